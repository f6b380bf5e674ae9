"""One plain sentence per verdict, and the diagnosis: which reading would make a claim hold.

What is said, not how: every sentence is a Message (a catalogue key and typed values), worded
in the report's language by adapters/wording.py from the gettext catalogues.
"""

from __future__ import annotations

import math

from claimcheck.core.band import ClaimBand, banded, claim_band, excess, unit_class
from claimcheck.model import (
    Claim,
    Day,
    Evidence,
    Figure,
    Judgement,
    Measurement,
    Message,
    Phrase,
    Reading,
    ScopeReason,
    Term,
    Verdict,
)
from claimcheck.rules import Rules


def diagnosis(claim: Claim, found: Measurement, band: ClaimBand, chosen: str | None) -> list[Message]:
    """Readings other than the chosen one, nearest first: the neighbour that would make it hold."""
    cls = unit_class(claim)
    lines: list[Message] = []
    for reading in sorted(found.readings, key=lambda r: excess(band, r)):
        if reading.name == chosen and len({r.session for r in found.readings}) == 1:
            continue
        state = "diagnosis.holds" if excess(band, reading) == 0.0 else "diagnosis.does_not_hold"
        lines.append(
            Message(
                state,
                {
                    "reading": Phrase(reading.name),
                    "day": Day(reading.session),
                    "value": Figure(reading.lo, reading.hi, cls),
                },
            )
        )
    return lines[:6]


def consistency_note(move: Claim, price: Claim, previous_close: float, rules: Rules) -> Message | None:
    """'4,88 Prozent auf 167,80 HKD': the move and the price bind each other through the previous
    close. Says whether the pair fits the data's previous close, within what both claims allow
    (their precision and hedges)."""
    if move.value is None or price.value is None:
        return None
    moves, prices = claim_band(move, rules), claim_band(price, rules)
    candidates = [p / (1 + m / 100) for p in (prices.lo, prices.hi) for m in (moves.lo, min(moves.hi, 1e6))]
    low, high = min(candidates), max(candidates)
    sign = -1.0 if move.direction == "down" else 1.0
    implied = price.value / (1 + sign * move.value / 100)
    gap = (previous_close / implied - 1) * 100
    fits = low <= previous_close <= high
    return Message(
        "explain.consistency",
        {
            "move": move.quote,
            "price": price.quote,
            "implied": Figure(implied, implied, "price"),
            "actual": Figure(previous_close, previous_close, "price"),
            "gap": Figure(gap, gap, "percent"),
            "verdict": Term("explain.consistent" if fits else "explain.inconsistent"),
        },
    )


def _chosen(found: Measurement | None, row: dict[str, object] | None) -> Reading | None:
    if found is None or row is None:
        return None
    return next((r for r in found.readings if r.name == row.get("reading") and r.session == row.get("session")), None)


def extreme_month_note(claim: Claim, evidence: list[Evidence]) -> Message | None:
    """'52-Wochen-Hoch vom Oktober': does the extreme the verdict rests on fall in that month?"""
    if claim.extreme_month is None or not evidence:
        return None
    day = evidence[-1].date  # a 52-week reading lists the extreme last
    key = "explain.extreme_month_same" if day.startswith(claim.extreme_month) else "explain.extreme_month_differs"
    return Message(key, {"month": Day(claim.extreme_month), "day": Day(day)})


def judgement(
    claim: Claim,
    verdict: Verdict,
    row: dict[str, object] | None,
    found: Measurement | None,
    rules: Rules,
) -> Judgement:
    if not claim.checkable:
        reason = Message("explain.out_of_scope", {"reason": ScopeReason(claim.kind, claim.scope_reason)})
        return Judgement(claim.id, verdict, None, None, None, None, reason, [])
    label = Term(f"label.{claim.kind}")
    cls = unit_class(claim)
    band = claim_band(claim, rules) if banded(claim) else None
    chosen = _chosen(found, row)
    evidence: list[Evidence] = list(chosen.evidence) if chosen else []
    if found is not None:
        evidence.extend(found.indicative)
    observed = row.get("observed") if row else None
    observed_value = float(observed) if isinstance(observed, float) and math.isfinite(observed) else None
    confidence = float(str(row["confidence"])) if row and row.get("confidence") is not None else None
    diag = diagnosis(claim, found, band, str(row.get("reading")) if row else None) if found and band else []
    if observed_value is None or band is None or row is None:
        why = found.unverifiable_reason if found and found.unverifiable_reason else None
        key = "explain.no_data_indicative" if found and found.indicative else "explain.no_data"
        text = Message(key, {"label": label, "reason": Phrase(why) if why else Term("explain.nothing_measured")})
        return Judgement(
            claim.id,
            verdict,
            None,
            _band(band),
            band.rule if band else None,
            confidence,
            text,
            evidence,
            None,
            diag,
        )
    claimed = (
        Message("explain.claimed_hedged", {"quote": claim.quote, "hedge": claim.hedge_text})
        if claim.hedge_text
        else Message("explain.claimed", {"quote": claim.quote})
    )
    template = "unconfirmed" if verdict == "unverifiable" else verdict
    text = Message(
        f"explain.{template}",
        {
            "label": label,
            "claimed": claimed,
            "reading": Phrase(str(row["reading"])),
            "day": Day(str(row["session"])),
            "source": (chosen.listing if chosen and chosen.listing else claim.listing) or Term("data.ecb"),
            "value": Figure(float(str(row["observed_lo"])), float(str(row["observed_hi"])), cls),
        },
    )
    month_note = extreme_month_note(claim, list(chosen.evidence) if chosen else [])
    if month_note:
        diag.insert(0, month_note)
    reasons = [r for r in str(row.get("confidence_reasons") or "").split("; ") if r]
    return Judgement(
        claim.id,
        verdict,
        observed_value,
        _band(band),
        band.rule,
        confidence,
        text,
        evidence,
        str(row["reading"]),
        diag,
        reasons,
        bool(row.get("derived")),
    )


def _band(band: ClaimBand | None) -> tuple[float, float] | None:
    if band is None:
        return None
    return (max(band.lo, -1e308), min(band.hi, 1e308))  # JSON has no infinity
