"""Rules added after trying the twenty-third batch of written English articles as an editor would
(tests/golden/articles en137..en141: an AP 'How major US stock indexes fared' close story, a South China Morning Post
Hong Kong close, a Barron's 'Alibaba stock is falling' premarket piece, a MarketBeat report on Baidu, a Financial
Times 'Markets wrap'). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2026, 3, 26)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a wire's lists of one-line sentences under 'For the week:' and 'For the year:', a blank line between the items:
# every item is the period's move, in per cent, in points and in money; 'For the week:' on a weekday before Friday is
# the week so far ---

_WEEK_LIST_EN = (
    "Stocks slid again on Thursday as chipmakers fell.\n\n"
    "For the week:\n\n"
    "The Nasdaq 100 is down 311.16 points, or 1.3%.\n\n"
    "Nvidia is down $1.46, or 0.8%.\n\n"
    "For the year:\n\n"
    "Nvidia is down $15.26, or 8.2%.\n"
)
_WEEK_LIST_DE = (
    "Die Technologiewerte gaben am Donnerstag erneut nach.\n\n"
    "Seit Jahresbeginn:\n\n"
    "Der Nasdaq 100 liegt 1.662,86 Punkte im Minus.\n\n"
    "Nvidia hat 8,2 Prozent verloren.\n"
)


def test_one_line_items_under_a_period_intro_take_its_period() -> None:
    claims = _claims(_WEEK_LIST_EN, THURSDAY)
    week = {"start": "2026-03-23", "end": "2026-03-26"}
    for quote, listing in (("311.16", "^NDX"), ("1.3", "^NDX"), ("1.46", "NVDA"), ("0.8", "NVDA")):
        assert claims[quote].kind == "week_to_date_return" and claims[quote].listing == listing, quote
        assert claims[quote].reference == week, quote
    for quote in ("15.26", "8.2"):
        assert claims[quote].kind == "ytd_return", quote
        assert claims[quote].reference == {"start": "2026-01-01", "end": "2026-03-26"}, quote
    claims = _claims(_WEEK_LIST_DE, THURSDAY)
    for quote in ("1.662,86", "8,2"):
        assert claims[quote].kind == "ytd_return", quote


def test_a_paragraph_of_prose_after_the_list_keeps_its_day() -> None:
    text = _WEEK_LIST_EN + (
        "\nNvidia fell 2.3% on Thursday after a broker cut its rating on the chipmaker. "
        "The stock had risen on Wednesday.\n"
    )
    claims = _claims(text, THURSDAY)
    assert claims["2.3"].kind == "day_change" and claims["2.3"].reference == {"date": "2026-03-26"}


def test_the_weeks_and_years_moves_in_points_and_money_are_judged(tmp_path: Path) -> None:
    # ^NDX 2026-03-26 23586.99 vs Friday 2026-03-20 23898.15: -311.16 points, -1.302 %; NVDA 171.24 vs 172.70: -$1.46,
    # -0.845 %; vs 2025-12-31 186.50: -$15.26, -8.18 % (read on the day, as day moves, each was wrong)
    verdicts = verdicts_by_quote(tmp_path, _WEEK_LIST_EN, "2026-03-26")
    for quote in ("311.16", "1.3", "1.46", "0.8", "15.26", "8.2"):
        assert verdicts[quote] == "accurate", quote


# --- 'below the closing high it set on ...', 'below the closing high of HK$183.50 it reached last March': the distance
# to a past high and that high's level, never a day's move and a price of the day ---

_CLOSING_HIGH_EN = (
    "Nvidia ended at $171.24 on Thursday, 17% below the closing high it hit on Oct. 29. "
    "Meituan closed at HK$86.70, about 53 per cent below the closing high of HK$183.50 it reached last March."
)
FRIDAY = date(2026, 3, 27)


def test_a_distance_below_the_closing_high_it_set_is_no_days_move() -> None:
    claims = _claims(_CLOSING_HIGH_EN, FRIDAY)
    assert claims["17"].kind in ("distance_52w_high", "distance_past_peak") and claims["17"].listing == "NVDA"
    assert claims["53"].kind == "distance_past_peak" and claims["53"].listing == "3690.HK"
    assert claims["183.50"].kind == "period_high"
    assert claims["183.50"].reference == {"start": "2025-03-01", "end": "2025-03-31"}


def test_the_closing_highs_and_their_distances_are_judged_true(tmp_path: Path) -> None:
    # NVDA 2026-03-26 171.24 vs the closing high 207.04 (2025-10-29) = -17.29 %; 3690.HK 86.70 vs March 2025's
    # closing high 183.50 (2025-03-07) = -52.75 % (read as the day's moves and a price of the day, all were wrong)
    verdicts = verdicts_by_quote(tmp_path, _CLOSING_HIGH_EN, "2026-03-27")
    assert verdicts["17"] == "accurate" and verdicts["183.50"] == "accurate"
    assert verdicts["53"] in ("accurate", "unverifiable")


# --- an index's open: 'It had opened 1.1 per cent higher', 'Der Dax war 1,1 Prozent höher in den Handel gestartet' is
# the session's open against the close before, not the day's move ---

_INDEX_OPEN_EN = "Germany's Dax closed down 2 per cent at 22,380.19 on Friday. It had opened 1.1 per cent higher."
_INDEX_OPEN_DE = (
    "Der Dax schloss am Freitag 2 Prozent tiefer bei 22.380,19 Punkten. Eröffnet hatte er 1,1 Prozent höher."
)
FRIDAY_20 = date(2026, 3, 20)


def test_an_index_opening_higher_is_its_open_move() -> None:
    for text, quote in ((_INDEX_OPEN_EN, "1.1"), (_INDEX_OPEN_DE, "1,1")):
        claims = _claims(text, FRIDAY_20)
        assert claims[quote].kind == "open_move" and claims[quote].listing == "^GDAXI", text
        assert claims[quote].reference == {"date": "2026-03-20"}, text


def test_an_index_open_move_is_judged_on_the_open(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-20 open 23083.89 vs 2026-03-19 close 22839.56 = +1.07 %; read as the day's move (-2.01 %) it was
    # called wrong
    verdicts = verdicts_by_quote(tmp_path, _INDEX_OPEN_EN, "2026-03-20")
    assert verdicts["1.1"] == "accurate" and verdicts["2"] == "accurate"


# --- a price touched inside the session a sentence reports finished ('closed 3.6% lower at HK$143, after touching
# HK$150 in early trade') is that session's, not maybe the session's before, when the day came from an earlier
# sentence ---

_TOUCHED_EN = (
    "Hong Kong stocks fell on Thursday.\n\nAlibaba closed 3.6 per cent lower at HK$143, "
    "after touching HK$150 in early trade."
)
_TOUCHED_DE = (
    "Die Börse in Hongkong gab am Donnerstag nach.\n\n"
    "Alibaba verlor 3,6 Prozent auf 143 HKD, zeitweise hatte die Aktie im frühen Handel 150 HKD gekostet."
)
THURSDAY_26 = date(2026, 2, 26)


def test_a_price_touched_in_a_finished_session_is_that_sessions() -> None:
    for text in (_TOUCHED_EN, _TOUCHED_DE):
        claims = _claims(text, THURSDAY_26)
        assert claims["150"].kind == "intraday_price" and claims["150"].listing == "9988.HK", text
        assert claims["150"].reference == {"date": "2026-02-26"} and claims["150"].completed_session, text


def test_a_price_outside_that_sessions_range_is_not_accurate(tmp_path: Path) -> None:
    # 9988.HK 2026-02-26 range 143.0..148.8 (150 lies outside it); 2026-02-25's 148.1..150.2 had let it pass
    verdicts = verdicts_by_quote(tmp_path, _TOUCHED_EN, "2026-02-26")
    assert verdicts["143"] == "accurate" and verdicts["150"] in ("imprecise", "wrong")


# --- a headline's period words ending their clause right before 'as' ('head for weekly losses as Dax sinks 2%') are
# not the number's of the clause 'as' opens: its move is the day's (English only: German puts a comma before such a
# clause, which the cue rows stop at already) ---

_WEEKLY_AS_EN = "Hong Kong stocks head for weekly gains as Meituan soars 13.9%"
WEDNESDAY_25 = date(2026, 3, 25)


def test_period_words_before_as_leave_the_next_clauses_move_to_its_day() -> None:
    claims = _claims(_WEEKLY_AS_EN, WEDNESDAY_25)
    assert claims["13.9"].kind == "day_change" and claims["13.9"].listing == "3690.HK"
    assert claims["13.9"].reference == {"date": "2026-03-25"}
    claims = _claims("Meituan soared 13.9% this week as investors cheered its results.", WEDNESDAY_25)
    assert claims["13.9"].kind == "week_to_date_return"


def test_the_days_move_after_as_is_judged_on_the_day(tmp_path: Path) -> None:
    # 3690.HK 2026-03-25 90.00 vs 79.00 = +13.92 %; as the week so far (vs Friday 79.15: +13.71 %) it was called wrong
    verdicts = verdicts_by_quote(tmp_path, _WEEKLY_AS_EN, "2026-03-25")
    assert verdicts["13.9"] == "accurate"


# --- 'after starting the day up about 1%', 'started the session 2.6% lower': the open against the close before (the
# German 'in den Handel gestartet' was read so already) ---

_STARTED_EN = "The Nasdaq 100 ended Wednesday up 0.7% after starting the day up about 1%."
_STARTED_DE = (
    "Der Nasdaq 100 schloss am Mittwoch 0,7 Prozent höher, nachdem er rund 1 Prozent höher in den Handel gestartet war."
)


def test_starting_the_day_up_is_the_open_move() -> None:
    for text, day_move, open_move in ((_STARTED_EN, "0.7", "1"), (_STARTED_DE, "0,7", "1")):
        claims = _claims(text, WEDNESDAY_25)
        assert claims[day_move].kind == "index_move" and claims[day_move].listing == "^NDX", text
        assert claims[open_move].kind == "open_move" and claims[open_move].listing == "^NDX", text
        assert claims[open_move].reference == {"date": "2026-03-25"}, text


def test_the_open_move_is_judged_on_the_open(tmp_path: Path) -> None:
    # ^NDX 2026-03-25 open 24236.40 vs 24002.45 = +0.975 %, close 24162.98 = +0.669 %; as the day's move 'about 1%'
    # was called imprecise
    verdicts = verdicts_by_quote(tmp_path, _STARTED_EN, "2026-03-25")
    assert verdicts["0.7"] == "accurate" and verdicts["1"] == "accurate"
