"""Rules added after trying the twenty-eighth batch of written English articles (second set) as an editor would
(tests/golden/articles en185..en189: a Kiplinger 'Stock market today' on the Nasdaq, Nvidia and the China ADRs, a
TheStreet review of Alibaba's 2025, an AASTOCKS Hong Kong commentary with turnover, a Morningstar analyst note on
Tencent with trailing returns, a Business Insider markets live post). Each sentence here is written for the test, not
taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the session before ('in the prior session', 'a day earlier') told in a later clause counts back from the day the
# sentence reports: it dates neither the clause before it nor the sentences after it ---

_DAY_EARLIER_CLAUSE_EN = (
    "Hong Kong stocks edged higher on Friday. The Hang Seng Index closed up 95 points, or 0.4%, at {level}, "
    "recovering only part of the 480 points it lost a day earlier. The benchmark is down 2.6% this year."
)


def test_a_day_earlier_in_a_later_clause_dates_only_its_own_clause() -> None:
    claims = _claims(_DAY_EARLIER_CLAUSE_EN.format(level="24,952"), date(2026, 3, 27))
    for quote in ("95", "0.4", "24,952"):
        assert claims[quote].reference == {"date": "2026-03-27"}, quote
    assert claims["480"].reference == {"date": "2026-03-26"}
    assert claims["2.6"].reference == {"start": "2026-01-01", "end": "2026-03-27"}


def test_the_close_before_a_day_earlier_clause_is_checked_on_the_day_reported(tmp_path: Path) -> None:
    # ^HSI 2026-03-27 close 24951.88 vs 24856.43 = +95.45 points, +0.38 %; vs 2025-12-31 25630.54 = -2.65 % (read on
    # Thursday, 24856.43 after -479.52 points, the close and the day's move would be called wrong)
    verdicts = verdicts_by_quote(tmp_path, _DAY_EARLIER_CLAUSE_EN.format(level="24,952"), "2026-03-27")
    assert all(verdicts[quote] == "accurate" for quote in ("95", "0.4", "24,952", "2.6"))
    altered = verdicts_by_quote(tmp_path, _DAY_EARLIER_CLAUSE_EN.format(level="24,552"), "2026-03-27")
    assert altered["24,552"] == "wrong"


# --- ... and beside a weekday the sentence names, it leaves that weekday in play; a move noun's subject named after
# it ('its 0.8% slide in ...') is looked for in its own sentence only, never in the next one ---

_PRIOR_SESSION_WITH_WEEKDAY_EN = (
    "The Nasdaq 100 rose 0.7% to 24,163 on Wednesday, more than making up for its 0.8% slide in the prior session. "
    "Germany's DAX closed 1.4% higher at {level}."
)


def test_the_prior_session_beside_a_weekday_leaves_that_weekday_in_play() -> None:
    claims = _claims(_PRIOR_SESSION_WITH_WEEKDAY_EN.format(level="22,957"), date(2026, 3, 25))
    assert claims["0.8"].listing == "^NDX" and claims["0.8"].reference == {"date": "2026-03-24"}
    assert claims["1.4"].reference == claims["22,957"].reference == {"date": "2026-03-25"}


def test_moves_after_the_prior_session_are_checked_on_the_weekday_named(tmp_path: Path) -> None:
    # ^NDX 2026-03-25 24162.98 vs 24002.45 = +0.67 %; 2026-03-24 24002.45 vs 24188.59 = -0.77 %; ^GDAXI 2026-03-25
    # 22957.08 vs 22636.91 = +1.41 % (carried to Tuesday, -0.07 % to 22636.91, the DAX figures would be called wrong;
    # the 0.8% read as the DAX's, -0.07 %, too)
    verdicts = verdicts_by_quote(tmp_path, _PRIOR_SESSION_WITH_WEEKDAY_EN.format(level="22,957"), "2026-03-25")
    assert all(verdicts[quote] == "accurate" for quote in ("0.7", "24,163", "0.8", "1.4", "22,957"))
    altered = verdicts_by_quote(tmp_path, _PRIOR_SESSION_WITH_WEEKDAY_EN.format(level="22,557"), "2026-03-25")
    assert altered["22,557"] == "wrong"


# --- a since-return's dated base dates neither another clause of its sentence nor a later sentence ---

_SINCE_BASE_THEN_YTD_EN = (
    "Nvidia has fallen 8.6% since it posted results after the bell on Feb. 25, and it is down 4.2% this year.\n\n"
    "Alibaba's ADRs jumped 3.5% to ${price}."
)


def test_a_since_base_before_another_figure_is_not_carried() -> None:
    claims = _claims(_SINCE_BASE_THEN_YTD_EN.format(price="129.87"), date(2026, 3, 25))
    assert claims["8.6"].reference == {"start": "2026-02-25", "end": "2026-03-25"}
    assert claims["4.2"].reference == {"start": "2026-01-01", "end": "2026-03-25"}
    assert claims["3.5"].reference == claims["129.87"].reference == {"date": "2026-03-25"}


def test_moves_after_a_since_base_are_checked_on_the_day_written(tmp_path: Path) -> None:
    # NVDA 178.68 (2026-03-25) vs close 2026-02-25 195.56 = -8.63 %, vs 2025-12-31 186.50 = -4.19 %; BABA 2026-03-25
    # 129.87 vs 125.48 = +3.50 % (carried to Feb. 25, 152.28, the close would be called wrong)
    verdicts = verdicts_by_quote(tmp_path, _SINCE_BASE_THEN_YTD_EN.format(price="129.87"), "2026-03-25")
    assert all(verdicts[quote] == "accurate" for quote in ("8.6", "4.2", "3.5", "129.87"))
    altered = verdicts_by_quote(tmp_path, _SINCE_BASE_THEN_YTD_EN.format(price="139.87"), "2026-03-25")
    assert altered["139.87"] == "wrong"


# --- 'on the year', 'over the calendar year' are the year's move up to the day told: a past year's named in the
# sentence, that calendar year's (`frames._for_a_past_year`), never the day's ---

_ON_THE_YEAR_EN = "Baidu's ADRs finished 2025 at $130.66, up {move}% on the year."
_OVER_THE_CALENDAR_YEAR_EN = (
    "Nvidia ended Wednesday's session at $186.50, leaving it with a gain of {move}% over the calendar year."
)


def test_on_the_year_and_over_the_calendar_year_are_the_years_move() -> None:
    claims = _claims(_ON_THE_YEAR_EN.format(move="55"), date(2026, 1, 2))
    assert claims["55"].kind == "calendar_year_return"
    assert claims["55"].reference == {"start": "2025-01-01", "end": "2025-12-31"}
    claims = _claims(_OVER_THE_CALENDAR_YEAR_EN.format(move="39"), date(2026, 1, 1))
    assert claims["39"].kind == "ytd_return"
    assert claims["39"].reference == {"start": "2025-01-01", "end": "2025-12-31"}


def test_a_years_move_said_on_the_year_is_checked_on_the_whole_year(tmp_path: Path) -> None:
    # BIDU 2025-12-31 130.66 vs 2024-12-31 84.31 = +54.98 %; NVDA 2025-12-31 186.50 vs 2024-12-31 134.29 = +38.88 %
    # (read as the day's move, -1.18 % and -0.36 %, both would be called wrong)
    assert verdicts_by_quote(tmp_path, _ON_THE_YEAR_EN.format(move="55"), "2026-01-02")["55"] == "accurate"
    assert verdicts_by_quote(tmp_path, _ON_THE_YEAR_EN.format(move="45"), "2026-01-02")["45"] == "wrong"
    assert verdicts_by_quote(tmp_path, _OVER_THE_CALENDAR_YEAR_EN.format(move="39"), "2026-01-01")["39"] == "accurate"
    assert verdicts_by_quote(tmp_path, _OVER_THE_CALENDAR_YEAR_EN.format(move="29"), "2026-01-01")["29"] == "wrong"


# --- 'over three months' counts its window back as 'over the past three months' does, after a month's move too ---

_OVER_THREE_MONTHS_EN = (
    "Nvidia closed at $178.68 on Wednesday; it has lost 8.6% over the past month and {move}% over three months."
)


def test_over_three_months_is_a_three_month_window() -> None:
    claims = _claims(_OVER_THREE_MONTHS_EN.format(move="5.3"), date(2026, 3, 25))
    assert claims["8.6"].kind == "past_month_return"
    assert claims["5.3"].kind == "months_return"
    assert claims["5.3"].reference == {"start": "2025-12-25", "end": "2026-03-25"}


def test_a_move_over_three_months_is_checked_on_that_window(tmp_path: Path) -> None:
    # NVDA 2026-03-25 178.68 vs close 2026-02-25 195.56 = -8.63 %; vs 2025-12-24 188.61 (the last close three months
    # back) = -5.26 % (read as the past month's, -8.63 %, the true 5.3 % would be called wrong)
    verdicts = verdicts_by_quote(tmp_path, _OVER_THREE_MONTHS_EN.format(move="5.3"), "2026-03-25")
    assert verdicts["8.6"] == verdicts["5.3"] == "accurate"
    assert verdicts_by_quote(tmp_path, _OVER_THREE_MONTHS_EN.format(move="2.3"), "2026-03-25")["2.3"] == "wrong"


# --- a move in per cent after a move verb, restated in money ('jumped 3.13%, or $15.6, to $514', 'climbing 3.2% or
# $2.45 to close at $79'), is a move in money as after 'up' ('up 0.64% or $1.1'), not a price ---

_RESTATED_AFTER_VERB_EN = (
    "TENCENT (00700.HK) jumped 3.13%, or ${tencent}, to $514. "
    "MEITUAN-W (03690.HK) led the gainers, climbing 3.2% or ${meituan} to close at $79."
)


def test_a_sum_restating_a_verbs_move_is_a_move_in_money() -> None:
    claims = _claims(_RESTATED_AFTER_VERB_EN.format(tencent="15.6", meituan="2.45"), date(2026, 3, 24))
    assert claims["15.6"].kind == claims["2.45"].kind == "price_change"
    assert claims["15.6"].direction == claims["2.45"].direction == "up"


def test_a_sum_restating_a_verbs_move_is_checked_as_the_days_move(tmp_path: Path) -> None:
    # 0700.HK 2026-03-24 514.00 - 498.40 = +15.60 (+3.13 %), range 500.00 .. 520.00; 3690.HK 79.00 - 76.55 = +2.45
    # (+3.20 %) (read as prices, HK$15.6 and HK$2.45 would be called wrong)
    verdicts = verdicts_by_quote(tmp_path, _RESTATED_AFTER_VERB_EN.format(tencent="15.6", meituan="2.45"), "2026-03-24")
    assert all(verdicts[quote] == "accurate" for quote in ("3.13", "15.6", "514", "3.2", "2.45", "79"))
    altered = verdicts_by_quote(tmp_path, _RESTATED_AFTER_VERB_EN.format(tencent="25.6", meituan="3.45"), "2026-03-24")
    assert altered["25.6"] == altered["3.45"] == "wrong"


# --- 'at one point' is a moment of the session, no index point ---

_AT_ONE_POINT_EN = (
    "On Friday the Hang Seng Index rose as much as {points} points at one point before ending 95 points higher."
)


def test_at_one_point_is_no_figure() -> None:
    claims = _claims(_AT_ONE_POINT_EN.format(points="239"), date(2026, 3, 27))
    assert "one" not in claims
    assert claims["239"].kind == claims["95"].kind == "index_move"


def test_the_moves_around_at_one_point_are_checked_and_nothing_else(tmp_path: Path) -> None:
    # ^HSI 2026-03-27 high 25095.57 vs 2026-03-26 close 24856.43 = +239.14 points; close 24951.88 = +95.45 points (the
    # 'one' read as a level of 1 point was called wrong)
    verdicts = verdicts_by_quote(tmp_path, _AT_ONE_POINT_EN.format(points="239"), "2026-03-27")
    assert verdicts == {"239": "accurate", "95": "accurate"}
    assert verdicts_by_quote(tmp_path, _AT_ONE_POINT_EN.format(points="339"), "2026-03-27")["339"] == "wrong"


# --- Hong Kong's own press writes prices in '$' and a turnover in 'HK$ ... billion' in one sentence: the sum in
# billions does not make the bare '$' the US dollar ---

_TURNOVER_BESIDE_PRICES_EN = (
    "TENCENT (00700.HK) rose 3.13% to $514, trading between $500 and ${high} on 29.36 million shares "
    "(turnover: HK$15.0 billion)."
)


def test_a_turnover_in_hk_dollars_leaves_the_bare_dollar_prices_in_hong_kong() -> None:
    claims = _claims(_TURNOVER_BESIDE_PRICES_EN.format(high="520"), date(2026, 3, 24))
    assert all(claims[quote].listing == "0700.HK" for quote in ("3.13", "514", "500", "520"))


def test_prices_beside_a_turnover_in_hk_dollars_are_checked_in_hong_kong(tmp_path: Path) -> None:
    # 0700.HK 2026-03-24 close 514.00 vs 498.40 = +3.13 %, range 500.00 .. 520.00, volume 29,358,876 (read as the ADR's
    # prices they were unverifiable, TCEHY quotes ending 2025-09-29)
    verdicts = verdicts_by_quote(tmp_path, _TURNOVER_BESIDE_PRICES_EN.format(high="520"), "2026-03-24")
    assert all(verdicts[quote] == "accurate" for quote in ("3.13", "514", "500", "520"))
    assert verdicts_by_quote(tmp_path, _TURNOVER_BESIDE_PRICES_EN.format(high="540"), "2026-03-24")["540"] == "wrong"
