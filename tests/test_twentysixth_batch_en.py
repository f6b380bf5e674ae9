"""Rules added after trying the twenty-sixth batch of written English articles as an editor would
(tests/golden/articles en160..en164: an AP 'Asian shares' story, an Investor's Business Daily Nvidia chart analysis, a
Reuters GLOBAL MARKETS wrap, a TipRanks BABA analyst piece and an FT-style Hong Kong tech stocks piece). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'up about 1% since Friday's close': the weekday after 'since' is the start of that return only ----------------


def test_a_weekday_right_after_since_dates_no_other_figure_of_the_sentence(tmp_path: Path) -> None:
    # ^NDX 2026-03-12 close 24533.58; 2026-03-11 24965.01: -1.728 %; Friday 2026-03-06 24643.02: -0.444 %
    english = (
        "Tech slides\n\nThe Nasdaq 100 closed 1.7% lower at 24,533.58, leaving it down about 0.4% since Friday's close."
    )
    claims = _claims(english, date(2026, 3, 12))
    assert claims["1.7"].kind == "index_move" and claims["1.7"].listing == "^NDX"
    assert claims["1.7"].reference != {"date": "2026-03-06"}
    assert claims["24,533.58"].reference != {"date": "2026-03-06"}
    assert claims["0.4"].reference == {"start": "2026-03-06", "end": "2026-03-12"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-12")
    assert verdicts["1.7"] == "accurate" and verdicts["24,533.58"] == "accurate" and verdicts["0.4"] == "accurate"
    german = (
        "Technologiewerte unter Druck\n\nDer Nasdaq 100 verlor 1,7 Prozent auf 24.533,58 Punkte und liegt seit "
        "Freitag rund 0,4 Prozent im Minus."
    )
    claims = _claims(german, date(2026, 3, 12))
    assert claims["1,7"].reference != {"date": "2026-03-06"}
    verdicts = verdicts_by_quote(tmp_path, german, "2026-03-12")
    assert verdicts["1,7"] == "accurate" and verdicts["24.533,58"] == "accurate"


# --- 'lower for the week so far': the week to date, not the week's move ------------------------------------------


def test_for_the_week_so_far_is_the_week_to_date(tmp_path: Path) -> None:
    # ^NDX 2026-03-26 close 23586.99; Friday 2026-03-20 23898.15: -1.302 %; five sessions back (03-19) 24355.28: -3.16 %
    english = "Wall Street slides\n\nThe Nasdaq 100 fell 2.4% to 23,586.99, leaving it 1.3% lower for the week so far."
    claims = _claims(english, date(2026, 3, 26))
    assert claims["1.3"].kind == "week_to_date_return" and claims["1.3"].listing == "^NDX"
    assert claims["1.3"].reference == {"start": "2026-03-23", "end": "2026-03-26"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-26")["1.3"] == "accurate"
    for tail in ("1.3% lower so far in the week.", "down 1.3% on the week to date."):
        text = english.replace("1.3% lower for the week so far.", tail)
        assert _claims(text, date(2026, 3, 26))["1.3"].kind == "week_to_date_return"
    # the week's move as before
    text = english.replace("for the week so far", "for the week")
    assert _claims(text, date(2026, 3, 26))["1.3"].kind == "week_return"


# --- '... for the week so far, while Tencent jumped 3.1% to HK$514': a comma, a conjunction and a price end its reach


def test_a_period_ending_its_clause_before_a_comma_and_while_is_not_the_next_clauses(tmp_path: Path) -> None:
    # 2026-03-24: ^HSI 25063.71 vs 03-23 24382.47 = +2.79 %, vs Friday 03-20 25277.32 = -0.85 %;
    # 0700.HK 514.00 vs 03-23 498.40 = +3.13 %
    english = (
        "Hong Kong rebounds\n\nHong Kong's Hang Seng index rose 2.8% on Tuesday but remained 0.8% lower for the week "
        "so far, while Tencent jumped 3.1% to HK$514."
    )
    claims = _claims(english, date(2026, 3, 24))
    assert claims["0.8"].kind == "week_to_date_return"
    assert claims["3.1"].kind == "day_change" and claims["3.1"].listing == "0700.HK"
    assert claims["3.1"].reference == {"date": "2026-03-24"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-24")["3.1"] == "accurate"


# --- ', having risen 0.7% to 24,162.98 on Wednesday': a thousands separator does not end the clause -----------------


def test_a_thousands_separator_does_not_end_a_participle_clause_that_owns_its_day(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-26 close 22612.97 vs 03-25 22957.08 = -1.50 %; 2026-03-25 vs 03-24 22636.91 = +1.41 %
    english = "Frankfurt\n\nThe DAX ended 1.5% lower at 22,612.97, having gained 1.4% to 22,957.08 on Wednesday."
    claims = _claims(english, date(2026, 3, 26))
    assert claims["1.5"].reference != {"date": "2026-03-25"}
    assert claims["22,612.97"].reference != {"date": "2026-03-25"}
    assert claims["1.4"].reference == {"date": "2026-03-25"}
    assert claims["22,957.08"].reference == {"date": "2026-03-25"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-26")
    assert verdicts["1.5"] == "accurate" and verdicts["22,612.97"] == "accurate" and verdicts["1.4"] == "accurate"


def test_a_period_said_once_for_two_clauses_still_reaches_the_second_without_a_price() -> None:
    # ('up 88% year to date, while the Hong Kong shares have gained about 96%': the year to date of both)
    english = (
        "Alibaba\n\nAlibaba's ADRs remain up 88% year to date, while the Hong Kong shares have gained about 96% in "
        "Hong Kong dollar terms."
    )
    claims = _claims(english, date(2025, 10, 13))
    assert claims["96"].kind == "ytd_return" and claims["96"].listing == "9988.HK"
    assert claims["96"].reference == {"start": "2025-01-01", "end": "2025-10-13"}


# --- 'after topping out at $188.88': the day's high ---------------------------------------------------------------


def test_topping_out_at_a_price_is_the_days_high(tmp_path: Path) -> None:
    # NVDA 2026-03-16: high 188.88, close 183.22 (+1.65 % vs 180.25); ^HSI 2026-03-24 high 25077.09, +2.79 %
    english = (
        "Nvidia\n\nNvidia closed 1.6% higher at $183.22 on Monday after topping out at $188.88 during the keynote."
    )
    claims = _claims(english, date(2026, 3, 17))
    assert claims["188.88"].kind == "day_high" and claims["188.88"].listing == "NVDA"
    assert claims["188.88"].reference == {"date": "2026-03-16"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-17")["188.88"] == "accurate"
    index = "Hong Kong\n\nThe Hang Seng topped out at 25,077.09 before ending 2.8% higher on Tuesday."
    claims = _claims(index, date(2026, 3, 24))
    assert claims["25,077.09"].kind == "day_high" and claims["25,077.09"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, index, "2026-03-24")["25,077.09"] == "accurate"


# --- 'taking its losses for October to 9.6 per cent': the month a move noun is told for ----------------------------


def test_a_move_noun_for_a_named_month_is_that_months_return(tmp_path: Path) -> None:
    # 3690.HK 2025-10-17 close 94.50; 2025-09-30 close 104.50: -9.57 %
    english = "Meituan slides\n\nMeituan slid 4.3 per cent to HK$94.50, taking its losses for October to 9.6 per cent."
    claims = _claims(english, date(2025, 10, 17))
    assert claims["9.6"].kind == "month_return" and claims["9.6"].listing == "3690.HK"
    assert claims["9.6"].reference == {"start": "2025-10-01", "end": "2025-10-17"}
    assert verdicts_by_quote(tmp_path, english, "2025-10-17")["9.6"] == "accurate"
    # a month before the publication's: that month whole
    earlier = (
        "Baidu\n\nBaidu's Hong Kong shares rose 1.2 per cent on Thursday, trimming their gains for September to 4 "
        "per cent."
    )
    claims = _claims(earlier, date(2025, 10, 17))
    assert claims["4"].kind == "month_return" and claims["4"].reference == {"start": "2025-09-01", "end": "2025-09-30"}


# --- '1.2% below the 50-day': a moving average named by its window alone ------------------------------------------


def test_a_distance_to_the_bare_50_day_is_a_moving_average_distance(tmp_path: Path) -> None:
    # NVDA 2026-03-16 close 183.22; SMA50 185.39 (-1.17 %); SMA200 177.63 (+3.15 %)
    english = (
        "Nvidia chart check\n\nNvidia stock ended Monday's session 1.2% below the 50-day and 3.1% above its 200-day."
    )
    claims = _claims(english, date(2026, 3, 17))
    assert claims["1.2"].kind == "moving_average_distance" and claims["1.2"].listing == "NVDA"
    assert claims["1.2"].reference == {"date": "2026-03-16"}
    assert claims["3.1"].kind == "moving_average_distance"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-17")
    assert verdicts["1.2"] == "accurate" and verdicts["3.1"] == "accurate"
    # a window of another figure is not an average
    volume = "Nvidia\n\nNvidia stock rose 1.6% on Monday, with volume 22% above the 50-day average volume."
    assert _claims(volume, date(2026, 3, 17))["22"].kind != "moving_average_distance"


# --- ', having gained 1.4% on Wednesday, which had left it up 2.6% for the week': the relative clause is that day's ---


def test_a_pluperfect_relative_clause_after_a_participle_clause_keeps_its_day(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-26 close 22612.97 (-1.50 %); 2026-03-25 22957.08 (+1.41 %), vs Friday 03-20 22380.19: +2.58 %
    english = (
        "Frankfurt\n\nThe DAX ended 1.5% lower at 22,612.97, having gained 1.4% on Wednesday, which had left it up "
        "2.6% for the week."
    )
    claims = _claims(english, date(2026, 3, 26))
    assert claims["2.6"].listing == "^GDAXI" and claims["2.6"].reference["end"] == "2026-03-25"
    assert claims["1.5"].reference != {"date": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-26")["1.5"] == "accurate"


# --- 'The pan-European STOXX 600 index fell 1.2%': an index without quotes, never the DAX named before ---------------


def test_the_stoxx_600_is_an_index_of_its_own(tmp_path: Path) -> None:
    english = "Europe\n\nGermany's DAX ended 1.5% lower on Thursday.\n\nThe pan-European STOXX 600 index fell 1.2%."
    claims = _claims(english, date(2026, 3, 26))
    assert claims["1.2"].listing != "^GDAXI"
    assert verdicts_by_quote(tmp_path, english, "2026-03-26")["1.2"] == "unverifiable"
    german = "Europa\n\nDer DAX schloss am Donnerstag 1,5 Prozent tiefer.\n\nDer Stoxx Europe 600 verlor 1,2 Prozent."
    assert _claims(german, date(2026, 3, 26))["1,2"].listing != "^GDAXI"
    assert verdicts_by_quote(tmp_path, german, "2026-03-26")["1,2"] == "unverifiable"
