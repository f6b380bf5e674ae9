from __future__ import annotations

import pytest

from claimcheck.core.band import claim_band, tolerance
from claimcheck.model import Claim
from claimcheck.rules import Rules


def _claim(
    quote: str,
    value: float,
    decimals: int,
    hedge: str | None,
    unit: str = "percent",
    direction: str | None = "up",
) -> Claim:
    return Claim(
        id="c",
        span=(0, 1),
        quote=quote,
        sentence_span=(0, 1),
        value=value,
        value_high=None,
        scale=1.0,
        direction=direction,
        unit=unit,
        kind="day_change",
        checkable=True,  # type: ignore[arg-type]
        scope_reason=None,
        hedge=hedge,
        hedge_text=None,
        subject=None,
        listing=None,
        reference=None,
        decimals=decimals,
    )


@pytest.mark.parametrize(
    ("quote", "value", "decimals", "hedge", "lo", "hi"),
    [
        ("4,88", 4.88, 2, None, 4.875, 4.885),  # half a unit in the last digit
        ("15", 15.0, 0, None, 14.495, 15.505),  # and as rounded again from a screen's two decimals (14.495 -> 14.50)
        ("15", 15.0, 0, "approx", 14.25, 15.75),  # 'rund': 5 % of the value, at least 0.5 pp
        ("13", 13.0, 0, "just_under", 12.35, 13.0),  # 'fast'
        ("55", 55.0, 0, "just_over", 55.0, 56.0),  # 'gut': 5 % of it, at most one unit of its last digit
        ("60", 60.0, 0, "just_over", 60.0, 63.0),  # a round figure states tens: 5 % of it
        ("10", 10.0, 0, "more_than", 10.0, 15.0),  # 'über'
        ("10", 10.0, 0, "less_than", 5.0, 10.0),  # 'weniger als'
    ],
)
def test_band_shapes(
    rules: Rules, quote: str, value: float, decimals: int, hedge: str | None, lo: float, hi: float
) -> None:
    band = claim_band(_claim(quote, value, decimals, hedge), rules)
    assert (band.lo, band.hi) == pytest.approx((lo, hi))


def test_down_moves_are_negative(rules: Rules) -> None:
    band = claim_band(_claim("22", 22.0, 0, "approx", direction="down"), rules)
    assert (band.lo, band.hi) == pytest.approx((-23.1, -20.9))


def test_imprecise_tolerances(rules: Rules) -> None:
    assert tolerance("percent", 18.35, rules) == pytest.approx(1.835)
    assert tolerance("percent", 2.0, rules) == pytest.approx(0.5)
    assert tolerance("price", 166.31, rules) == pytest.approx(1.6631)
    assert tolerance("points", 38.9, rules) == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("quote", "value", "decimals", "lo", "hi"),
    [
        ("rund 150", 150.0, 0, 148.5, 151.5),  # 1 % of the price
        ("rund 63", 63.0, 0, 62.37, 63.63),  # 1 % (wider than half a unit, 0.5)
        ("etwa 157,82", 157.82, 2, 157.32, 158.32),  # stated to the cent: 100 half-cents, not 1.58
        ("etwa 157,8", 157.8, 1, 156.222, 159.378),  # 100 half-units would be 5.0: 1 % is less
    ],
)
def test_a_hedged_price_is_hedged_at_its_stated_precision(
    rules: Rules, quote: str, value: float, decimals: int, lo: float, hi: float
) -> None:
    band = claim_band(_claim(quote, value, decimals, "approx", unit="USD", direction=None), rules)
    assert (band.lo, band.hi) == (pytest.approx(lo), pytest.approx(hi))
