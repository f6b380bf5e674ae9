"""Tolerance bands from the claim's wording, and the claims frame the GX suite judges.

The band says what the claim allows; the excess columns say how far the data fall outside.
This module decides no verdict: the GX validation does, through adapters/gx_validation.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from claimcheck.core.kinds import (
    DISTANCE_KINDS,
    INDEX_KINDS,
    MOVING_AVERAGE_KINDS,
    SHARE_PRICE_KINDS,
    STATEMENT_KINDS,
    VOLUME_KINDS,
)
from claimcheck.model import INFERRED_LISTING, Claim, Measurement, Published, Reading
from claimcheck.rules import Rules

CONFIDENCE_COSTS = {
    "implied day": 0.25,
    "approximate day": 0.25,
    "day after publication": 0.3,
    "inferred listing": 0.15,
    "alternative reading": 0.2,
    "derived reading": 0.2,
}

FRAME_COLUMNS = [
    "claim_id",
    "confidence_reasons",
    "listing",
    "metric",
    "scope_reason",
    "reading",
    "session",
    "derived",
    "readings",
    "observed",
    "observed_lo",
    "observed_hi",
    "band_lo",
    "band_hi",
    "band_excess",
    "tolerance",
    "derived_bound",
    "allowance",
    "worst_excess",
    "worst_allowance",
    "rule",
    "confidence",
]


def unit_class(claim: Claim) -> str:
    if claim.kind == "fx_conversion":
        return "fx"
    if claim.kind in VOLUME_KINDS:
        return "volume"
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
    if claim.value is None and claim.direction == "flat":  # 'schloss unverändert': no move of note either way
        width = rules.bands["flat"].abs_percent
        return ClaimBand(-width, width, "sign:flat")
    if claim.value is None and banded(claim):  # only the sign is claimed: a move of 0.00 % still holds
        up = claim.direction == "up"
        return ClaimBand(0.0, math.inf, "sign:up") if up else ClaimBand(-math.inf, 0.0, "sign:down")
    assert claim.value is not None
    value = claim.value
    high = claim.value_high if claim.value_high is not None else value
    half = 0.5 * 10 ** (-claim.decimals)
    if claim.ratio_word:  # 'ein Sechstel', 'verdoppelt': stated to about a tenth of the figure, not to a whole percent
        half = max(half, rules.bands["ratio_word"].rel * abs(value))
    shape = claim.hedge or "exact"
    band = rules.bands.get(shape, rules.bands["exact"])
    cls = unit_class(claim)
    if cls == "price":  # 'rund 150 US-Dollar': a hedged price is rounded, not 5 % off
        width = band.abs_price_rel * value
        if band.price_half_units is not None:  # 'etwa $157,82' claims cents: hedged by cents
            width = min(width, band.price_half_units * half)
        width = max(half, width)
    elif cls == "volume":  # the hedge's width, and at least the volume row's (sources count shares differently)
        width = max(half, band.rel * value, rules.bands["volume"].rel * value)
    else:
        relative = band.rel * value
        if band.last_digit_units is not None:  # 'knapp 76 Prozent' is 75 to 76, not 5 % below: its last digit bounds it
            relative = min(relative, band.last_digit_units * last_digit_unit(value, claim.decimals))
        width = max(half, relative, band.abs_points if cls == "points" else band.abs_percent)
    if shape == "approx" or (shape == "exact" and cls == "volume"):
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
        # a percentage read off a screen showing two decimals and rounded again ('-1,95 %' said as '2,0'): the band
        # reaches the half-unit of the screen's last decimal further
        shown = band.screen_decimals
        again = 0.5 * 10**-shown if shown is not None and cls == "percent" and claim.decimals < shown else 0.0
        lo, hi = value - half - again, high + half + again
        if claim.kind in _WHOLE_POINTS_KINDS and cls == "points" and claim.decimals == 0:
            # "25.787 Punkte" for 25,787.66, 'or 490 points' for a move of 490.62, 'trading between 24,559 and
            # 24,988' for a day's low and high of 24,559.57 and 24,988.53: the decimals dropped
            hi = max(hi, high + rules.bands["whole_points"].abs_points)
    if claim.direction == "down" and (cls == "percent" or claim.kind in _SIGNED_IN_MONEY):
        lo, hi = -hi, -lo
    if claim.kind in MOVING_AVERAGE_KINDS:
        # another source's average differs a little (adjusted closes, a dividend in the window, a day's lag):
        # the moving_average row widens the band either way, whatever the hedge
        row = rules.bands["moving_average"]
        spread = row.abs_percent if cls == "percent" else row.abs_price_rel * abs(value)
        lo, hi = lo - spread, hi + spread
    return ClaimBand(lo, hi, f"{shape}:{cls}")


def last_digit_unit(value: float, decimals: int) -> float:
    """The unit of a stated figure's last significant digit: a decimal's last place ('1,5': 0.1), else the last
    non-zero digit of the whole number ('76': 1, '70': 10, '100': 100), a round figure stating less."""
    if decimals > 0:
        return float(10**-decimals)
    whole = round(abs(value))
    unit = 1
    while whole and whole % (unit * 10) == 0:
        unit *= 10
    return float(unit)


# a move or a distance in money carries its sign as a percentage does ('down $2.10', '$26.76 below its high')
_SIGNED_IN_MONEY = DISTANCE_KINDS | {"price_change"}
# an index's level or move in points, whatever price word names it (a day's low, high or open)
_WHOLE_POINTS_KINDS = INDEX_KINDS | SHARE_PRICE_KINDS


def tolerance(cls: str, observed: float, rules: Rules) -> float:
    """How far outside the band a value may lie and still be only 'imprecise'."""
    rule = rules.tolerances[cls]
    return max(rule.imprecise_abs, rule.imprecise_rel * abs(observed), 1e-9)


def derived_bound(cls: str, observed: float, rules: Rules) -> float:
    """How far a reading from a derived series (a parity, not a quote) may lie from the real one."""
    rule = rules.tolerances[cls]
    base = 100.0 + observed if cls == "percent" else abs(observed)
    return rule.derived_abs + rule.derived_rel * max(base, 0.0)


def derived_margin(cls: str, observed: float, rules: Rules) -> float:
    """How close to a derived reading a claim is accurate: a parity is an estimate (the ECB rate is
    fixed hours before a German venue's close), it cannot tell a price that close from the real one."""
    rule = rules.tolerances[cls]
    base = 100.0 + observed if cls == "percent" else abs(observed)
    return rule.derived_accurate_rel * max(base, 0.0)


# a reading on a band's edge is inside it: a figure rounded half up ('148,36' for an open of 148.355) meets its band's
# edge in floating point, a hair outside it
_EDGE = 1e-9


def excess(band: ClaimBand, reading: Reading) -> float:
    over = max(0.0, band.lo - reading.hi, reading.lo - band.hi)
    return 0.0 if over <= _EDGE * max(1.0, abs(reading.lo), abs(reading.hi)) else over


@dataclass(frozen=True)
class Weighed:
    """One permitted reading against the claim's band: how far outside, and how far it may be."""

    reading: Reading
    point: float  # the reading's value nearest the band's centre
    excess: float
    tolerance: float
    derived_bound: float

    @property
    def allowance(self) -> float:
        return self.tolerance + self.derived_bound

    @property
    def ratio(self) -> float:
        return self.excess / self.allowance


def weigh(band: ClaimBand, reading: Reading, cls: str, rules: Rules) -> Weighed:
    finite_edge = band.lo if math.isfinite(band.lo) else band.hi
    centre = (band.lo + band.hi) / 2 if math.isfinite(band.lo + band.hi) else finite_edge
    point = min(max(centre, reading.lo), reading.hi)
    bound = derived_bound(cls, point, rules) if reading.derived else 0.0
    margin = derived_margin(cls, point, rules) if reading.derived else 0.0
    return Weighed(reading, point, max(0.0, excess(band, reading) - margin), tolerance(cls, point, rules), bound)


def best_reading(weighed: list[Weighed]) -> Weighed:
    """The reading the verdict rests on: one that holds (a preferred quote first, then the latest
    session), else the one nearest its allowance."""
    holding = [w for w in weighed if w.excess == 0.0]
    if holding:
        return max(holding, key=lambda w: (w.reading.primary, not w.reading.derived, w.reading.session))
    return min(weighed, key=lambda w: (w.ratio, not w.reading.primary, _days_back(w.reading)))


def _days_back(reading: Reading) -> int:
    return -int(reading.session.replace("-", "") or 0)


def confidence(claim: Claim, reading: Reading | None, published: Published) -> tuple[float, list[str]]:
    costs: list[str] = []
    if claim.date_basis in ("implied", "approximate"):
        costs.append(f"{claim.date_basis} day")
    if claim.after_publication_note is not None:
        costs.append("day after publication")
    if claim.listing_source in INFERRED_LISTING:
        costs.append("inferred listing")
    if reading is not None and not reading.primary:
        costs.append("alternative reading")
    if reading is not None and reading.derived:
        costs.append("derived reading")
    score = 1.0 - sum(CONFIDENCE_COSTS[c] for c in costs)
    if not published.trusted:
        score -= 0.3
        costs.append(f"publication date is {published.source}")
    return round(max(score, 0.05), 2), costs


def permitted(claim: Claim, found: Measurement, published: Published) -> list[Reading]:
    """The readings the claim's words permit. A day that rests on a guessed or unknown publication
    date permits none: no session can be held against the claim (its nearest reading is still shown)."""
    readings = [r for r in found.readings if not r.diagnostic]
    if not published.trusted and claim.date_basis not in ("stated", "none"):
        return []
    return readings


def claims_frame(items: list[tuple[str, Claim, Measurement | None, Published]], rules: Rules) -> pd.DataFrame:
    """One row per claim, keyed by a run-wide id; what was not measured stays NaN."""
    rows = [frame_row(key, claim, found, published, rules) for key, claim, found, published in items]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def frame_row(
    key: str, claim: Claim, found: Measurement | None, published: Published, rules: Rules
) -> dict[str, object]:
    """Measured quantities only: the best and the worst permitted reading against the band, how
    many readings are permitted, the derived bound. The claims suite turns them into a verdict."""
    nan = float("nan")
    band = claim_band(claim, rules) if claim.checkable and banded(claim) else None
    cls = unit_class(claim)
    allowed = permitted(claim, found, published) if found and band else []
    shown = allowed or ([r for r in found.readings if not r.diagnostic] if found and band else [])
    weighed = [weigh(band, r, cls, rules) for r in shown] if band else []
    best = best_reading(weighed) if weighed else None
    worst = max((w for w in weighed if allowed), key=lambda w: w.ratio, default=None)
    score, reasons = confidence(claim, best.reading if best else None, published)
    return {
        "claim_id": key,
        "listing": claim.listing,
        "metric": claim.kind,
        "scope_reason": claim.scope_reason,
        "reading": best.reading.name if best else None,
        "session": best.reading.session if best else None,
        "derived": bool(best and best.reading.derived),
        "readings": len(allowed),
        "observed": best.point if best else nan,
        "observed_lo": best.reading.lo if best else nan,
        "observed_hi": best.reading.hi if best else nan,
        "band_lo": band.lo if band else nan,
        "band_hi": band.hi if band else nan,
        "band_excess": best.excess if best else nan,
        "tolerance": best.tolerance if best else nan,
        "derived_bound": best.derived_bound if best else nan,
        "allowance": best.allowance if best and allowed else nan,
        "worst_excess": worst.excess if worst else nan,
        "worst_allowance": worst.allowance if worst else nan,
        "rule": band.rule if band else None,
        "confidence": score,
        "confidence_reasons": "; ".join(reasons),
    }
