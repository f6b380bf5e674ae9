"""A price told a fixed time back ('Vor einem Monat notierte die Aktie noch bei 169,90 HKD') is that day's
(`dates._RELATIVE`: 'vor einem Monat', 'a month ago' the same day of the month before), and the move a clause after it
restates ('..., das entspricht einem Rückgang von fast 16 Prozent') runs from then to the day in play: that period's
move (cues.csv week_return, past_month_return, twelve_month_return), not dated by the look-back
(`bindings._LOOK_BACK_RESTATED`). Before, the month's look-back named no day (its price read as publication's) and the
restated move was read as a day's move (true figures called wrong)."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# seeds/quotes/9988.HK.csv: 2026-01-27 close 169.90 (range 164.90..169.90), 2026-02-27 close 142.90:
# 142.90 / 169.90 - 1 = -15.89 %; 2026-02-20 close 147.10: 142.90 / 147.10 - 1 = -2.86 %
FRIDAY = date(2026, 2, 27)


def test_month_back_dates_the_price_and_the_restated_move_is_the_months() -> None:
    claims = claims_by_quote(
        "Alibaba beendete den Handel in Hongkong bei 142,90 HKD. Vor einem Monat stand das Papier noch bei "
        "169,90 HKD, das bedeutet ein Minus von knapp 16 Prozent.",
        FRIDAY,
    )
    assert claims["169,90"].reference == {"date": "2026-01-27"}
    assert claims["16"].kind == "past_month_return"
    assert claims["16"].reference == {"start": "2026-01-27", "end": "2026-02-27"}


def test_week_back_restated_move_is_the_weeks() -> None:
    claims = claims_by_quote(
        "Alibaba beendete den Handel in Hongkong bei 142,90 HKD. Vor einer Woche kostete die Aktie noch "
        "147,10 HKD, das war ein Abschlag von 2,9 Prozent.",
        FRIDAY,
    )
    assert claims["147,10"].reference == {"date": "2026-02-20"}
    assert claims["2,9"].kind == "week_return"
    assert claims["2,9"].reference == {"start": "2026-02-20", "end": "2026-02-27"}


def test_a_month_ago_dates_a_price_in_english() -> None:
    claims = claims_by_quote(
        "Alibaba ended the session at HK$142.90 in Hong Kong. A month ago the shares changed hands at HK$169.90.",
        FRIDAY,
    )
    assert claims["169.90"].reference == {"date": "2026-01-27"}
