"""One plain sentence per verdict, and the diagnosis: which reading would make a claim hold."""

from __future__ import annotations

import math

from claimcheck.core.band import ClaimBand, claim_band, excess, unit_class
from claimcheck.model import Claim, Judgement, Measurement, Verdict
from claimcheck.rules import Rules

KIND_LABELS = {
    "close": "closing price",
    "open_price": "opening price",
    "intraday_price": "intraday price",
    "last_price": "price",
    "level_break": "break of a price level",
    "day_change": "day's move",
    "intraday_move": "intraday move",
    "open_move": "move at the open",
    "ytd_return": "year-to-date return",
    "week_return": "one-week return",
    "month_return": "month-to-date return",
    "twelve_month_return": "twelve-month return",
    "distance_52w_high": "distance to the 52-week high",
    "distance_52w_low": "distance to the 52-week low",
    "high_52w": "52-week high",
    "rsi": "RSI",
    "fx_conversion": "currency conversion",
    "index_move": "index move",
    "index_level": "index level",
}


def fmt(value: float, cls: str) -> str:
    if cls == "percent":
        return f"{value:+.2f} %"
    if cls == "points":
        return f"{value:.1f}"
    return f"{value:,.2f}"


def _span(lo: float, hi: float, cls: str) -> str:
    return fmt(lo, cls) if lo == hi else f"{fmt(lo, cls)} to {fmt(hi, cls)}"


def diagnosis(claim: Claim, found: Measurement, band: ClaimBand, chosen: str | None) -> list[str]:
    """Readings other than the chosen one, nearest first: the neighbour that would make it hold."""
    cls = unit_class(claim)
    lines: list[str] = []
    for reading in sorted(found.readings, key=lambda r: excess(band, r)):
        holds = excess(band, reading) == 0.0
        if reading.name == chosen and len({r.session for r in found.readings}) == 1:
            continue
        lines.append(
            f"{'holds' if holds else 'does not hold'}: {reading.name} on {reading.session} "
            f"= {_span(reading.lo, reading.hi, cls)}"
        )
    return lines[:6]


def judgement(
    claim: Claim,
    verdict: Verdict,
    row: dict[str, object] | None,
    found: Measurement | None,
    rules: Rules,
) -> Judgement:
    if not claim.checkable:
        return Judgement(claim.id, "out_of_scope", None, None, None, None, f"Not checked: {claim.scope_reason}.", [])
    label = KIND_LABELS.get(claim.kind, claim.kind)
    cls = unit_class(claim)
    band = claim_band(claim, rules) if claim.value is not None else None
    evidence = []
    if found is not None:
        chosen = next(
            (
                r
                for r in found.readings
                if r.name == (row or {}).get("reading") and r.session == (row or {}).get("session")
            ),
            None,
        )
        evidence = list(chosen.evidence) if chosen else []
        evidence.extend(found.indicative)
    observed = row.get("observed") if row else None
    observed_value = float(observed) if isinstance(observed, float) and math.isfinite(observed) else None
    confidence = float(row["confidence"]) if row and row.get("confidence") is not None else None  # type: ignore[arg-type]
    diag = diagnosis(claim, found, band, str(row.get("reading")) if row else None) if found and band else []
    if observed_value is None or band is None or row is None:
        reason = found.unverifiable_reason if found else "nothing could be measured"
        text = f"Cannot check the {label}: {reason}."
        if found and found.indicative:
            text += " An FX-implied value is shown as indicative evidence only."
        return Judgement(
            claim.id,
            "unverifiable",
            None,
            _band(band),
            band.rule if band else None,
            confidence,
            text,
            evidence,
            None,
            diag,
        )
    reading = str(row["reading"])
    span = _span(float(row["observed_lo"]), float(row["observed_hi"]), cls)  # type: ignore[arg-type]
    where = f"{claim.listing or 'ECB'} {row['session']}" if ":" not in reading else str(row["session"])
    claimed = claim.quote + (f" ({claim.hedge_text})" if claim.hedge_text else "")
    if verdict == "accurate":
        text = f"The {label} {claimed} holds: {reading} on {where} was {span}."
    elif verdict == "imprecise":
        text = f"The {label} {claimed} is close but outside its band: {reading} on {where} was {span}."
    elif verdict == "wrong":
        text = f"The {label} {claimed} does not match: {reading} on {where} was {span}."
    else:
        text = (
            f"The {label} {claimed} names no session it can be held to; the nearest reading, "
            f"{reading} on {where}, was {span}."
        )
    return Judgement(
        claim.id, verdict, observed_value, _band(band), band.rule, confidence, text, evidence, reading, diag
    )


def _band(band: ClaimBand | None) -> tuple[float, float] | None:
    if band is None:
        return None
    return (band.lo, band.hi if math.isfinite(band.hi) else 1e308)
