"""Five readings an editor would agree on (tester111, from en245, en246, de254):

- 'its May 12 low of $X' is that day's low (cues.csv: the mirror of 'its Oct. 2 high of'); before, it was read as a
  price on that day and judged on its close (a true low called wrong).
- 'from its own April low': 'own' between the possessive and the month keeps the move a move since the low; before,
  the percentage fell to the day's move.
- a percentage is no count of chips ('nach Berichten über neue KI-Chips um 12 Prozent zugelegt'): the unit_count cue
  takes only a plain count, so the stock's move stays a move (before: out of scope, a wrong figure missed).
- a writer's own buy price and the gain on it ('bin bei 80 HKD eingestiegen, jetzt 40 Prozent im Plus', 'I bought at
  $85 and I'm up 60%') are not market claims (own_position, out of scope); before, a price judged on the day and a
  month's return.
- a list of chart levels goes on after the first ('support is at $121, then $116'; 'resistance sits at $128, followed
  by $131 near the 20-day SMA'): every item is a level, not a price or a moving average; an item the text calls a
  dated low ('$115.60, the March 3 low') is that day's low.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

FRIDAY = date(2025, 10, 10)
TUESDAY = date(2026, 3, 10)
HK_DAY = date(2025, 9, 18)


def test_a_dated_low_of_a_price_is_that_days_low() -> None:
    text = "Alibaba (BABA) slid 6% to $160.20. The shares have risen 67% since their April 9 low of $95.73."
    claim = claims_by_quote(text, FRIDAY)["95.73"]
    assert (claim.kind, claim.listing, claim.reference) == ("day_low", "BABA", {"date": "2025-04-09"})


def test_a_move_from_its_own_month_low_is_a_move_since_the_low() -> None:
    text = "Baidu (BIDU) slid 7% to $121.70. Even so, the stock has rallied about 60% from its own April low."
    claim = claims_by_quote(text, FRIDAY)["60"]
    assert (claim.kind, claim.listing) == ("since_return", "BIDU")


def test_a_percentage_near_chips_is_the_stocks_move() -> None:
    text = (
        "Die Baidu-Aktie schloss 1,4 Prozent höher bei 132,80 HKD. Am Mittwoch hatte das Papier nach Berichten "
        "über neue KI-Chips um rund 12 Prozent zugelegt."
    )
    claim = claims_by_quote(text, HK_DAY)["12"]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "9888.HK", {"date": "2025-09-17"})


def test_a_count_of_chips_stays_a_unit_count() -> None:
    text = "Die Baidu-Aktie schloss 1,4 Prozent höher bei 132,80 HKD. Baidu will 200.000 Chips ausliefern."
    assert claims_by_quote(text, HK_DAY)["200.000"].kind == "unit_count"


def test_a_writers_own_entry_and_gain_are_no_market_claims() -> None:
    text = (
        "Die Baidu-Aktie schloss 1,4 Prozent höher bei 132,80 HKD. Bin im Juni bei 80 HKD eingestiegen, "
        "jetzt gut 60 Prozent im Plus."
    )
    claims = claims_by_quote(text, HK_DAY)
    assert (claims["80"].kind, claims["80"].checkable) == ("amount", False)
    assert (claims["60"].kind, claims["60"].checkable) == ("own_position", False)


def test_an_english_writers_own_entry_and_gain_are_no_market_claims() -> None:
    text = "Baidu (BIDU) rose 2% to $137.83. I bought in June at $84 and I'm now up roughly 64%."
    claims = claims_by_quote(text, HK_DAY)
    assert (claims["84"].kind, claims["84"].checkable) == ("amount", False)
    assert (claims["64"].kind, claims["64"].checkable) == ("own_position", False)


def test_every_item_of_a_list_of_levels_is_a_level() -> None:
    text = (
        "Baidu (BIDU) closed 2.5% higher at $125.50. Resistance sits at $129, followed by $132 near the 20-day "
        "SMA and $141 near the 50-day SMA. Below, support is at $120, then $116."
    )
    claims = claims_by_quote(text, TUESDAY)
    assert [claims[q].kind for q in ("129", "132", "141", "120", "116")] == ["level_forecast"] * 5


def test_a_level_told_as_a_dated_low_is_that_days_low() -> None:
    text = "Baidu (BIDU) closed 2.5% higher at $125.50. Support is at $121, then $115.60, the March 3 low."
    claims = claims_by_quote(text, TUESDAY)
    assert claims["121"].kind == "level_forecast"
    assert (claims["115.60"].kind, claims["115.60"].reference) == ("day_low", {"date": "2026-03-03"})


def test_a_moving_average_named_in_a_list_of_levels_stays_the_average() -> None:
    text = "Tencent (0700.HK) closed at HK$512. Resistance: the 20-day moving average near HK$524, then HK$550."
    claims = claims_by_quote(text, date(2026, 3, 24))
    assert (claims["524"].kind, claims["550"].kind) == ("moving_average", "level_forecast")
