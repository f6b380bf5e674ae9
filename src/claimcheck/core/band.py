"""Tolerance bands from the claim's wording, and the claims frame the GX suite judges.

The band says what the claim allows; the excess columns say how far the data fall outside.
This module decides no verdict: the GX validation does, through adapters/gx_validation.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from claimcheck.core.extract import AS_OF_KINDS, STATEMENT_KINDS
from claimcheck.model import Claim, Measurement, Published, Reading
from claimcheck.rules import Rules

CONFIDENCE_COSTS = {
    "implied day": 0.25,
    "approximate day": 0.25,
    "day after publication": 0.3,
    "inferred listing": 0.15,
    "alternative reading": 0.2,
}

FRAME_COLUMNS = [
    "claim_id",
    "confidence_reasons",
    "listing",
    "metric",
    "reading",
    "session",
    "observed",
    "observed_lo",
    "observed_hi",
    "band_lo",
    "band_hi",
    "band_excess",
    "tolerance",
    "wrong_ratio",
    "unconfirmed_ratio",
    "rule",
    "confidence",
]


def unit_class(claim: Claim) -> str:
    if claim.kind == "fx_conversion":
        return "fx"
    if claim.kind in STATEMENT_KINDS or claim.unit in ("percent", "percentage_points"):
        return "percent"
    if claim.unit == "points":
        return "points"
    return "price"


@dataclass(frozen=True)
class ClaimBand:
    lo: float
    hi: float
    rule: str


def banded(claim: Claim) -> bool:
    """A claim has a band when it states a number, or a direction without one ('stieg am Montag')."""
    return claim.value is not None or (claim.kind in STATEMENT_KINDS and claim.direction is not None)


def claim_band(claim: Claim, rules: Rules) -> ClaimBand:
    """The values the claim's wording allows, in the signed units of its metric."""
    if claim.value is None and banded(claim):  # only the sign is claimed: a move of 0.00 % still holds
        up = claim.direction == "up"
        return ClaimBand(0.0, math.inf, "sign:up") if up else ClaimBand(-math.inf, 0.0, "sign:down")
    assert claim.value is not None
    value = claim.value
    high = claim.value_high if claim.value_high is not None else value
    half = 0.5 * 10 ** (-claim.decimals)
    shape = claim.hedge or "exact"
    band = rules.bands.get(shape, rules.bands["exact"])
    cls = unit_class(claim)
    floor = {"percent": band.abs_percent, "points": band.abs_points}.get(cls, band.abs_price_rel * value)
    width = max(half, band.rel * value, floor)
    if shape == "approx":
        lo, hi = value - width, high + width
    elif shape == "just_under":
        lo, hi = value - width, high
    elif shape == "just_over":
        lo, hi = value, high + width
    elif shape == "more_than":
        lo, hi = value, high * (band.cap or math.inf)
    elif shape in ("less_than", "up_to"):
        lo, hi = value * (band.cap or 0.0), high
    else:
        lo, hi = value - half, high + half
    if claim.direction == "down" and cls == "percent":
        lo, hi = -hi, -lo
    return ClaimBand(lo, hi, f"{shape}:{cls}")


def tolerance(cls: str, observed: float, rules: Rules) -> float:
    """How far outside the band a value may lie and still be only 'imprecise'."""
    rule = rules.tolerances[cls]
    return max(rule.imprecise_abs, rule.imprecise_rel * abs(observed), 1e-9)


def excess(band: ClaimBand, reading: Reading) -> float:
    return max(0.0, band.lo - reading.hi, reading.lo - band.hi)


def choose_reading(band: ClaimBand, readings: list[Reading]) -> Reading:
    """The latest primary reading that holds; else the latest alternative that holds;
    else the primary reading nearest to the band (the most charitable one)."""
    readings = [r for r in readings if not r.diagnostic]
    primaries = [r for r in readings if r.primary] or readings
    for pool in (primaries, [r for r in readings if not r.primary]):
        holding = [r for r in pool if excess(band, r) == 0.0]
        if holding:
            return max(holding, key=lambda r: r.session)
    return min(primaries, key=lambda r: (excess(band, r), _days_back(r)))


def _days_back(reading: Reading) -> int:
    return -int(reading.session.replace("-", "") or 0)


def confidence(claim: Claim, reading: Reading | None, published: Published) -> tuple[float, list[str]]:
    costs: list[str] = []
    if claim.date_basis in ("implied", "approximate"):
        costs.append(f"{claim.date_basis} day")
    if any("after the publication date" in n for n in claim.notes):
        costs.append("day after publication")
    if any(n.startswith(("no venue named", "listing taken")) for n in claim.notes):
        costs.append("inferred listing")
    if reading is not None and not reading.primary:
        costs.append("alternative reading")
    score = 1.0 - sum(CONFIDENCE_COSTS[c] for c in costs)
    if not published.trusted:
        score -= 0.3
        costs.append(f"publication date is {published.source}")
    return round(max(score, 0.05), 2), costs


def may_be_wrong(claim: Claim, published: Published) -> bool:
    """Only a claim pinned to a known day may be called wrong; others at most unverifiable.
    A day that resolved to after publication is doubtful by nature: never wrong either."""
    if not published.trusted or any("after the publication date" in note for note in claim.notes):
        return False
    return (
        claim.date_basis in ("stated", "relative")
        or (claim.date_basis == "implied" and claim.kind in AS_OF_KINDS)
        or (claim.kind == "fx_conversion" and claim.date_basis != "unresolved")
    )


def claims_frame(items: list[tuple[str, Claim, Measurement, Published]], rules: Rules) -> pd.DataFrame:
    """One row per checkable claim, keyed by a run-wide id; rows without data keep NaN."""
    rows = [frame_row(key, claim, found, published, rules) for key, claim, found, published in items]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def frame_row(key: str, claim: Claim, found: Measurement, published: Published, rules: Rules) -> dict[str, object]:
    nan = float("nan")
    band = claim_band(claim, rules) if banded(claim) else None
    reading = choose_reading(band, found.readings) if band and found.readings else None
    score, reasons = confidence(claim, reading, published)
    row: dict[str, object] = {
        "claim_id": key,
        "listing": claim.listing,
        "metric": claim.kind,
        "reading": reading.name if reading else None,
        "session": reading.session if reading else None,
        "observed": nan,
        "observed_lo": nan,
        "observed_hi": nan,
        "band_lo": band.lo if band else nan,
        "band_hi": band.hi if band else nan,
        "band_excess": nan,
        "tolerance": nan,
        "wrong_ratio": nan,
        "unconfirmed_ratio": nan,
        "rule": band.rule if band else None,
        "confidence": score,
        "confidence_reasons": "; ".join(reasons),
    }
    if reading is None or band is None:
        return row
    # The observed value shown is the point of the reading nearest the band's centre (of a
    # one-sided band, its finite edge).
    finite_edge = band.lo if math.isfinite(band.lo) else band.hi
    centre = (band.lo + band.hi) / 2 if math.isfinite(band.lo + band.hi) else finite_edge
    target = min(max(centre, reading.lo), reading.hi)
    over = excess(band, reading)
    tol = tolerance(unit_class(claim), target, rules)
    ratio = over / tol
    row.update(
        observed=target,
        observed_lo=reading.lo,
        observed_hi=reading.hi,
        band_excess=over,
        tolerance=tol,
        wrong_ratio=ratio if may_be_wrong(claim, published) else nan,
        unconfirmed_ratio=nan if may_be_wrong(claim, published) else ratio,
    )
    return row
