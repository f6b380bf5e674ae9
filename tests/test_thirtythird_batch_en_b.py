"""Thirty-third batch, English, second set (tester76: en213..en215): a movers list whose intro ends in a full stop, a
move 'in the month' and 'in the quarter', a holding's weight 'at 7% of assets'. Expected values from seeds/quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# NVDA 2025-09-16 close 174.88; 2025-09-17 range 168.41 .. 173.20: 169.50 / 174.88 = -3.08 %, inside -3.70 .. -0.96 %
_MOVERS = (
    "Here are the stocks on the move at midday on Wednesday. The Nasdaq 100 hovered near the flat line.\n\n"
    "Baidu — Shares rose 10% on news about its chips. Baidu had closed at $123.79 on Tuesday.\n\n"
    "Nvidia — The chip designer lost {move}% to $169.50."
)


def test_a_movers_item_starts_again_from_the_day_before_the_first_item_without_a_colon_intro(tmp_path: Path) -> None:
    claims = claims_by_quote(_MOVERS.format(move="3"), date(2025, 9, 17))
    assert claims["123.79"].reference == {"date": "2025-09-16"}  # Baidu's item told Tuesday
    assert claims["3"].reference == {"date": "2025-09-17"}  # Nvidia's item does not go on from it
    assert verdicts_by_quote(tmp_path, _MOVERS.format(move="3"), "2025-09-17")["3"] == "accurate"
    assert verdicts_by_quote(tmp_path, _MOVERS.format(move="7"), "2025-09-17")["7"] == "wrong"


# ^HSI 2025-10-20 close 25858.83 vs 2025-09-30 close 26855.56 = -3.711 % (October to date)
_MONTH = "The Hang Seng Index closed Monday at 25,858.83 and has lost {move}% in the month."


def test_a_move_in_the_month_is_the_month_to_date(tmp_path: Path) -> None:
    claim = claims_by_quote(_MONTH.format(move="3.7"), date(2025, 10, 20))["3.7"]
    assert (claim.kind, claim.reference) == ("month_return", {"start": "2025-10-01", "end": "2025-10-20"})
    assert verdicts_by_quote(tmp_path, _MONTH.format(move="3.7"), "2025-10-20")["3.7"] == "accurate"
    assert verdicts_by_quote(tmp_path, _MONTH.format(move="6.7"), "2025-10-20")["6.7"] == "wrong"


# NVDA 2025-09-30 close 186.58 vs 2025-08-29 close 174.18 = +7.119 % (September); vs 2025-06-30 close 157.99 =
# +18.096 % (the third quarter: a calendar quarter is not measured yet, never September's move)
_QUARTER = (
    "Nvidia rose {month}% in September and {quarter}% in the quarter, the fund's largest position at 7% of assets."
)


def test_a_move_in_the_quarter_is_no_months_move_and_a_weight_of_assets_no_move(tmp_path: Path) -> None:
    text = _QUARTER.format(month="7.1", quarter="18.1")
    claims = claims_by_quote(text, date(2025, 9, 30))
    assert claims["18.1"].kind == "months_return" and claims["7"].kind == "deal_size"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-09-30")
    assert (verdicts["7.1"], verdicts["18.1"], verdicts["7"]) == ("accurate", "unverifiable", "out_of_scope")
    altered = verdicts_by_quote(tmp_path, _QUARTER.format(month="9.1", quarter="28.1"), "2025-09-30")
    assert altered["9.1"] == "wrong" and altered["28.1"] != "accurate"


# BIDU 2025-09-16 close 123.79; September to date: 2025-09-17 close 137.83 vs 2025-08-29 close 95.30 = +44.63 %
# (Tuesday's close alone: 123.79 / 95.30 = +29.90 %)
_NOW_THIS_MONTH = "Baidu closed at $123.79 on Tuesday, and the stock is now up more than {move}% this month."


def test_a_conjunct_saying_now_of_a_period_to_date_is_not_the_earlier_clauses_day(tmp_path: Path) -> None:
    claim = claims_by_quote(_NOW_THIS_MONTH.format(move="40"), date(2025, 9, 17))["40"]
    assert claim.time_source == "publication_default"  # not 'text': Tuesday is the close's day, not the month's end
    assert verdicts_by_quote(tmp_path, _NOW_THIS_MONTH.format(move="40"), "2025-09-17")["40"] == "accurate"
    assert verdicts_by_quote(tmp_path, _NOW_THIS_MONTH.format(move="50"), "2025-09-17")["50"] == "wrong"


# ^NDX 2025-09-30 close 24679.99, the last session of September; its closes from 2025-09-20 on lie in 24397.31 ..
# 24761.07 (read as 'Ende September' is: the month's last days), which 23,679.99 is far below
_ENDED_SEPTEMBER = "In a quiet October, the Nasdaq 100, which ended September at {level}, is up 1.2% this month."


def test_a_level_told_as_the_months_end_is_read_on_that_months_last_days(tmp_path: Path) -> None:
    claim = claims_by_quote(_ENDED_SEPTEMBER.format(level="24,679.99"), date(2025, 10, 8))["24,679.99"]
    assert claim.reference == {"start": "2025-09-20", "end": "2025-09-30"}  # not the publication's sessions
    verdicts = verdicts_by_quote(tmp_path, _ENDED_SEPTEMBER.format(level="24,679.99"), "2025-10-08")
    assert verdicts["24,679.99"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _ENDED_SEPTEMBER.format(level="23,679.99"), "2025-10-08")
    assert altered["23,679.99"] == "wrong"


# the third quarter of 2025: NVDA 2025-09-30 close 186.58 vs 2025-06-30 close 157.99 = +18.096 %; 9988.HK 177.0 vs
# 109.8 = +61.202 %; the fourth: NVDA 2025-12-31 close 186.50 vs 2025-09-30 186.58 = -0.043 % (its 2025-12-24 close
# would give about +2 %: the quarter's last session only, not the week up to it)
def test_a_named_calendar_quarter_is_measured_from_the_last_close_before_it(tmp_path: Path) -> None:
    claim = claims_by_quote("Nvidia rose 18.1% in the third quarter.", date(2025, 10, 8))["18.1"]
    assert (claim.kind, claim.reference) == ("months_return", {"start": "2025-07-01", "end": "2025-09-30"})
    text = "Nvidia rose {nvda}% in the third quarter, and Alibaba gained {baba}% in Q3."
    verdicts = verdicts_by_quote(tmp_path, text.format(nvda="18.1", baba="61.2"), "2025-10-08")
    assert (verdicts["18.1"], verdicts["61.2"]) == ("accurate", "accurate")
    altered = verdicts_by_quote(tmp_path, text.format(nvda="12.8", baba="71.2"), "2025-10-08")
    assert (altered["12.8"], altered["71.2"]) == ("wrong", "wrong")
    fourth = "Nvidia was flat in the fourth quarter, slipping {move}%."
    assert verdicts_by_quote(tmp_path, fourth.format(move="0.04"), "2026-01-10")["0.04"] == "accurate"
    assert verdicts_by_quote(tmp_path, fourth.format(move="2.2"), "2026-01-10")["2.2"] == "wrong"


# 0700.HK 2025-10-20: open 624.0, low 621.5, high 632.5, close 627.5
_LOW_OF_THE_DAY = "Tencent rose 3.2 per cent to HK$627.50 after opening at HK$624, and its low of the day was HK${low}."


def test_a_low_of_the_day_followed_by_its_price_is_the_days_low(tmp_path: Path) -> None:
    assert claims_by_quote(_LOW_OF_THE_DAY.format(low="621.50"), date(2025, 10, 20))["621.50"].kind == "day_low"
    assert verdicts_by_quote(tmp_path, _LOW_OF_THE_DAY.format(low="621.50"), "2025-10-20")["621.50"] == "accurate"
    assert verdicts_by_quote(tmp_path, _LOW_OF_THE_DAY.format(low="612.50"), "2025-10-20")["612.50"] == "wrong"


# a Monday text (2025-10-20): last week is 2025-10-13 .. 2025-10-17; ^HSI 2025-10-17 close 25247.10 vs 2025-10-10
# 26290.32 = -3.968 %; the five sessions to Monday (25858.83 vs 2025-10-13 25889.48 = -0.12 %) are no reading of it
_LAST_WEEK = "Hong Kong stocks rebounded on Monday. The Hang Seng Index lost {move} per cent last week."


def test_a_move_told_of_last_week_is_the_previous_calendar_weeks(tmp_path: Path) -> None:
    claim = claims_by_quote(_LAST_WEEK.format(move="4"), date(2025, 10, 20))["4"]
    assert (claim.kind, claim.reference) == ("week_return", {"start": "2025-10-10", "end": "2025-10-17"})
    assert verdicts_by_quote(tmp_path, _LAST_WEEK.format(move="4"), "2025-10-20")["4"] == "accurate"
    assert verdicts_by_quote(tmp_path, _LAST_WEEK.format(move="0.1"), "2025-10-20")["0.1"] == "wrong"


# BABA year to date, vs 2024-12-31 close 84.79: 2025-09-15 close 158.04 = +86.39 %, 2025-09-16 close 162.21 = +91.31 %,
# 2025-09-17 (trading at 12:41 PM EDT) range 163.26 .. 167.32 = +92.5 % .. +97.3 %
_STAMPED_MIDDAY = (
    "Stocks making the biggest moves midday\n\nPublished Wed, Sep 17 2025 12:41 PM EDT\n\n"
    "Alibaba — The e-commerce giant's shares climbed 2%, and the stock is up {move}% in 2025."
)


def test_a_period_naming_no_day_in_a_text_stamped_while_trading_is_of_that_session_or_the_close_before(
    tmp_path: Path,
) -> None:
    assert verdicts_by_quote(tmp_path, _STAMPED_MIDDAY.format(move="95"), "2025-09-17")["95"] == "accurate"
    assert verdicts_by_quote(tmp_path, _STAMPED_MIDDAY.format(move="86"), "2025-09-17")["86"] != "accurate"
