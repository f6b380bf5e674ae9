"""The next level of a chart list after a first one, '... bei 141,00 HKD (Jahrestief vom 8. Januar) und darunter bei
135 HKD', is a chart level as the comma form ', darunter bei 135 HKD' is (cues.csv level_forecast): joined by 'und',
and after a bracket naming the first level's origin. Before, it was read as a price of the bracket's day (a non-claim
called wrong)."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

FRIDAY = date(2026, 2, 27)


def test_next_support_after_a_bracket_and_und_is_a_chart_level() -> None:
    claims = claims_by_quote(
        "Alibaba beendete den Tag bei 142,90 HKD. Halt finden sollte die Aktie bei 141 HKD (Tief vom 8. Januar) "
        "und darunter bei 133 HKD.",
        FRIDAY,
    )
    assert claims["133"].kind == "level_forecast"
    assert not claims["133"].checkable


def test_next_resistance_after_und_is_a_chart_level() -> None:
    claims = claims_by_quote(
        "Alibaba beendete den Tag bei 142,90 HKD. Widerstände sehe ich bei 152 HKD und darüber bei 158 HKD.", FRIDAY
    )
    assert claims["158"].kind == "level_forecast"
    assert not claims["158"].checkable
