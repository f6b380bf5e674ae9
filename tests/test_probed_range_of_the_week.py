"""A range whose words name the week or the month as its period, 'Die Spanne der Woche reichte von ... bis ...',
'the trading range for the week ran from ... to ...', 'die Spanne des Monats', is that period's low and high, not
one session's (dates._WEEK_RANGE, _MONTH_RANGE). Before, only 'Wochenspanne' and 'the week's range' were read so; the
week's range in other words was judged against the last session's low and high."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 26)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    (
        ("Die Spanne der Woche reichte bei Tencent von 512,00 bis 548,50 HKD.", "512,00", "548,50"),
        ("Die Handelsspanne der vergangenen Woche lag bei Meituan zwischen 96,10 und 104,80 HKD.", "96,10", "104,80"),
        ("For Meituan, the trading range for the week ran from HK$96.10 to HK$104.80.", "96.10", "104.80"),
    ),
)
def test_a_weeks_range_in_words_is_the_weeks(text: str, low: str, high: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    assert claims[low].kind == "period_low" and claims[high].kind == "period_high"
    assert claims[low].reference == {"start": "2025-10-20", "end": "2025-10-24"}


def test_a_months_range_in_words_is_the_months() -> None:
    claims = claims_by_quote("Die Spanne des Monats reichte bei Tencent von 512,00 bis 548,50 HKD.", PUBLISHED)
    assert claims["512,00"].kind == "period_low" and claims["548,50"].kind == "period_high"
    assert claims["512,00"].reference["start"] == "2025-10-01"
