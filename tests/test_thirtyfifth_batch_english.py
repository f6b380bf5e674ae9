"""Rules added after trying the thirty-fifth batch of written English articles as an editor would
(tests/golden/articles en219..en220: a broker's equity research note on Tencent, a wealth manager's weekly client
email on the Nasdaq, Nvidia, Alibaba and Baidu). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a part of a month after an extreme's level and 'from' ('its 52-week high of $212.19 from late October') dates that
# extreme only: not the sentence's moving-average distance nor its move since the start of the year ---

# NVDA 2026-01-20 (Tuesday): close 178.07; SMA50 of the closes to 2026-01-20 184.21: 178.07 / 184.21 - 1 = -3.34 %;
# 52-week high 212.19 (2025-10-29): 178.07 / 212.19 - 1 = -16.08 %; year to date vs 2025-12-31 186.50: -4.52 %
_EXTREME_FROM_LATE_OCTOBER = (
    "Nvidia ended Tuesday at $178.07. It sits 3.3% below its 50-day moving average and about 16% under its 52-week "
    "high of $212.19 from late October, and it has lost 4.5% since the start of the year."
)
_EXTREME_FROM_LATE_OCTOBER_ALTERED = _EXTREME_FROM_LATE_OCTOBER.replace("3.3%", "6.3%").replace("4.5%", "8.5%")


def test_a_part_of_a_month_after_an_extremes_level_dates_that_extreme_only() -> None:
    claims = claims_by_quote(_EXTREME_FROM_LATE_OCTOBER, date(2026, 1, 20))
    assert claims["3.3"].kind == "moving_average_distance" and claims["3.3"].reference == {"date": "2026-01-20"}
    assert claims["4.5"].kind == "ytd_return"
    assert claims["4.5"].reference == {"start": "2026-01-01", "end": "2026-01-20"}
    assert claims["212.19"].kind == "high_52w"


def test_a_part_of_a_month_after_an_extremes_level_is_judged_as_of_the_text(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _EXTREME_FROM_LATE_OCTOBER, "2026-01-20")
    assert verdicts["3.3"] == "accurate" and verdicts["4.5"] == "accurate" and verdicts["212.19"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _EXTREME_FROM_LATE_OCTOBER_ALTERED, "2026-01-20")
    assert altered["6.3"] != "accurate" and altered["8.5"] != "accurate"


# --- 'below where it began the year', 'above where they entered the year': a move since the last close of the year
# before, not the month a clause before it named ---

# ^NDX 2026-03-06 (Friday): close 24643.02; March so far vs 2026-02-27 24960.04: -1.270 %; year to date vs 2025-12-31
# 25249.85: 24643.02 / 25249.85 - 1 = -2.403 %
_WHERE_IT_BEGAN_THE_YEAR = (
    "The Nasdaq 100 closed at 24,643.02 on Friday. For March the index is down 1.3%, and it is now 2.4% below where "
    "it began the year."
)
_WHERE_IT_BEGAN_THE_YEAR_ALTERED = _WHERE_IT_BEGAN_THE_YEAR.replace("2.4%", "4.4%")


def test_where_a_stock_began_the_year_is_the_year_to_date_base() -> None:
    claims = claims_by_quote(_WHERE_IT_BEGAN_THE_YEAR, date(2026, 3, 6))
    assert claims["1.3"].kind == "month_return"
    assert claims["2.4"].kind == "ytd_return" and claims["2.4"].listing == "^NDX"
    assert claims["2.4"].reference == {"start": "2026-01-01", "end": "2026-03-06"}


def test_where_a_stock_began_the_year_is_judged_on_the_year(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _WHERE_IT_BEGAN_THE_YEAR, "2026-03-06")
    assert verdicts["1.3"] == "accurate" and verdicts["2.4"] == "accurate"
    assert verdicts_by_quote(tmp_path, _WHERE_IT_BEGAN_THE_YEAR_ALTERED, "2026-03-06")["4.4"] != "accurate"


# --- 'Since we upgraded the shares on 16 June', 'since our model portfolio bought them on September 8': a move since
# the close of the day the writer's own call was made, not that day's move ---

# 9988.HK 2025-10-24 (Friday): close 168.30; 2025-09-08 close 137.30: 168.30 / 137.30 - 1 = +22.58 %
_SINCE_OUR_CALL = (
    "Alibaba's Hong Kong shares closed at HK$168.30 on Friday. Since our model portfolio bought them on September 8, "
    "they have gained about 23%."
)
_SINCE_OUR_CALL_ALTERED = _SINCE_OUR_CALL.replace("23%", "33%")
# the British order of the day, the call told after the move: the same base
_SINCE_WE_CALLED = (
    "Alibaba's Hong Kong shares closed at HK$168.30 on Friday, up 22.6% since we recommended them to clients on "
    "8 September."
)


def test_a_move_since_the_writers_own_call_on_a_day_is_a_since_return() -> None:
    claims = claims_by_quote(_SINCE_OUR_CALL, date(2025, 10, 24))
    assert claims["23"].kind == "since_return" and claims["23"].listing == "9988.HK"
    assert claims["23"].reference == {"start": "2025-09-08", "end": "2025-10-24"}
    british = claims_by_quote(_SINCE_WE_CALLED, date(2025, 10, 24))
    assert british["22.6"].kind == "since_return"
    assert british["22.6"].reference == {"start": "2025-09-08", "end": "2025-10-24"}


def test_a_move_since_the_writers_own_call_is_judged_from_that_close(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, _SINCE_OUR_CALL, "2025-10-24")["23"] == "accurate"
    assert verdicts_by_quote(tmp_path, _SINCE_OUR_CALL_ALTERED, "2025-10-24")["33"] == "wrong"


# --- a move whose clause goes on to the 52-week high it set ('jumped 11.3% on Wednesday and hit a new 52-week high'):
# the day's move, no distance to the high ---

# BIDU 2025-09-17 (Wednesday): close 137.83 vs 123.79 (2025-09-16) = +11.34 %; high 138.00, the highest of the 52 weeks
_MOVE_AND_NEW_HIGH = "Baidu's ADRs jumped 11.3% on Wednesday and hit a new 52-week high in the session."
_MOVE_AND_NEW_HIGH_ALTERED = _MOVE_AND_NEW_HIGH.replace("11.3%", "13.3%")


def test_a_move_and_the_high_it_set_is_the_days_move() -> None:
    claims = claims_by_quote(_MOVE_AND_NEW_HIGH, date(2025, 9, 17))
    assert claims["11.3"].kind == "day_change" and claims["11.3"].listing == "BIDU"
    assert claims["11.3"].reference == {"date": "2025-09-17"}


def test_a_move_and_the_high_it_set_is_judged_as_the_days_move(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, _MOVE_AND_NEW_HIGH, "2025-09-17")["11.3"] == "accurate"
    assert verdicts_by_quote(tmp_path, _MOVE_AND_NEW_HIGH_ALTERED, "2025-09-17")["13.3"] == "wrong"


# --- a key-data box's '52-week range (ADS): US$95.73 - US$192.67': the 52-week low and high, whatever listing the
# bracket names and with the currency told again before the high ---

# BABA 2026-02-27: lowest low 2025-02-28 .. 2026-02-27 95.73 (2025-04-09), highest high 192.67 (2025-10-02)
_RANGE_BOX = "Alibaba Group (BABA US)\n\nLast price: US$144.11\n52-week range (ADS): US$95.73 - US$192.67\n"
_RANGE_BOX_ALTERED = _RANGE_BOX.replace("95.73", "85.73").replace("192.67", "182.67")


def test_a_boxs_52_week_range_with_a_bracket_is_the_low_and_the_high() -> None:
    claims = claims_by_quote(_RANGE_BOX, date(2026, 2, 27))
    assert claims["95.73"].kind == "low_52w" and claims["95.73"].listing == "BABA"
    assert claims["192.67"].kind == "high_52w" and claims["192.67"].listing == "BABA"


def test_a_boxs_52_week_range_is_judged_on_the_52_weeks(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _RANGE_BOX, "2026-02-27")
    assert verdicts["95.73"] == "accurate" and verdicts["192.67"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _RANGE_BOX_ALTERED, "2026-02-27")
    assert altered["85.73"] == "wrong" and altered["182.67"] == "wrong"


# --- 'a 4% weight', 'a weight of 9%': a holding's share of a portfolio or an index, no move of the stock; 'the index's
# heaviest weight' names no share and leaves the move after it the stock's ---

# 0700.HK 2025-10-13 (Monday): close 639.00 vs 651.50 (2025-10-10) = -1.92 %
_PORTFOLIO_WEIGHT = (
    "Tencent, the benchmark's heaviest weight, slid 1.9% to HK$639 on Monday. We cut the stock to a 3% weight in "
    "our income portfolios in August."
)
_PORTFOLIO_WEIGHT_ALTERED = _PORTFOLIO_WEIGHT.replace("1.9%", "3.9%").replace("3% weight", "5% weight")


def test_a_portfolio_weight_is_no_move() -> None:
    claims = claims_by_quote(_PORTFOLIO_WEIGHT, date(2025, 10, 13))
    assert claims["1.9"].kind == "day_change" and claims["1.9"].listing == "0700.HK"
    assert not claims["3"].checkable


def test_a_portfolio_weight_is_not_judged(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _PORTFOLIO_WEIGHT, "2025-10-13")
    assert verdicts["1.9"] == "accurate" and verdicts.get("3") in (None, "out_of_scope")
    altered = verdicts_by_quote(tmp_path, _PORTFOLIO_WEIGHT_ALTERED, "2025-10-13")
    assert altered["3.9"] == "wrong" and altered.get("5") in (None, "out_of_scope")


# --- a business segment's growth in a results sentence ('with fintech and business services up 10% and international
# games up 35%'): a business figure, never the stock's move ---

# 0700.HK 2025-09-12 (Friday): close 643.50
_SEGMENTS_UP = (
    "Tencent closed at HK$643.50 on Friday. In the June quarter, revenue rose 15% from a year earlier, with fintech "
    "and business services up 10% and international games up 35%."
)
_SEGMENTS_UP_ALTERED = _SEGMENTS_UP.replace("643.50", "663.50").replace("35%", "3%")


def test_a_business_segments_growth_is_no_move() -> None:
    claims = claims_by_quote(_SEGMENTS_UP, date(2025, 9, 15))
    assert not claims["10"].checkable and not claims["35"].checkable


def test_a_business_segments_growth_is_not_judged(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _SEGMENTS_UP, "2025-09-15")
    assert verdicts["643.50"] == "accurate" and verdicts.get("35") in (None, "out_of_scope")
    altered = verdicts_by_quote(tmp_path, _SEGMENTS_UP_ALTERED, "2025-09-15")
    assert altered["663.50"] == "wrong" and altered.get("3") in (None, "out_of_scope")


# --- 'down 18.8% for February' right after its percentage: the month's move, not the day's, nor the week's a period
# before it named ---

# BIDU 2026-02-27 (Friday): close 124.44; February vs 2026-01-30 153.18: 124.44 / 153.18 - 1 = -18.76 %; the week vs
# 2026-02-20 135.86: -8.41 %
_FOR_A_MONTH = "Baidu's ADRs ended Friday at $124.44, down 18.8% for February."
_FOR_A_MONTH_AFTER_A_WEEK = "Baidu's ADRs ended Friday at $124.44, 8.4% lower on the week and down 18.8% for February."


def test_a_percentage_for_a_named_month_is_that_months_move() -> None:
    for text in (_FOR_A_MONTH, _FOR_A_MONTH_AFTER_A_WEEK):
        claims = claims_by_quote(text, date(2026, 2, 27))
        assert claims["18.8"].kind == "month_return"
        assert claims["18.8"].reference == {"start": "2026-02-01", "end": "2026-02-27"}


def test_a_percentage_for_a_named_month_is_judged_on_the_month(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _FOR_A_MONTH_AFTER_A_WEEK, "2026-02-27")
    assert verdicts["18.8"] == "accurate" and verdicts["8.4"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _FOR_A_MONTH.replace("18.8%", "13.8%"), "2026-02-27")
    assert altered["13.8"] == "wrong"
