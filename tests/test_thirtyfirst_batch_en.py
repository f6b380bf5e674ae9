"""Rules added after trying the thirty-first batch of written English articles as an editor would
(tests/golden/articles en201..en203: a Fortune 'stocks to watch' item, a Morning Brew weekend newsletter with a
'markets' box, an EJ Insight Hong Kong market commentary). Each sentence here is written for the test, not taken
from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'peak' as the noun of a 52-week high ('off its 52-week peak of $X'): the 52-week high and the distance to it,
# not a last price and a move carried over from the clause before ---

# BIDU 2026-03-13: close 124.07; 52-week high 165.30 (high of 2026-01-22): 124.07 / 165.30 - 1 = -24.94 %
_PEAK_52W = "Baidu ended Friday at $124.07, down 5% this year, and now sits 25% off its 52-week peak of $165.30."
_PEAK_52W_ALTERED = _PEAK_52W.replace("25% off", "15% off").replace("$165.30", "$175.30")


def test_a_52_week_peak_is_the_52_week_high() -> None:
    claims = claims_by_quote(_PEAK_52W, date(2026, 3, 13))
    assert claims["165.30"].kind == "high_52w" and claims["165.30"].listing == "BIDU"
    assert claims["25"].kind == "distance_52w_high" and claims["25"].direction == "down"


def test_a_52_week_peak_is_judged_on_the_52_weeks(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _PEAK_52W, "2026-03-13")
    assert verdicts["165.30"] == "accurate" and verdicts["25"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _PEAK_52W_ALTERED, "2026-03-13")
    assert altered["175.30"] != "accurate" and altered["15"] != "accurate"


# --- 'peaking at $X' is the day's high, as 'peaked at' and 'peaks at' are ---

# NVDA 2026-02-06: high 187.00, close 185.41
_PEAKING = "Nvidia rallied on Friday, peaking at $187 before it settled at $185.41."


def test_peaking_at_is_the_days_high(tmp_path: Path) -> None:
    claims = claims_by_quote(_PEAKING, date(2026, 2, 6))
    assert claims["187"].kind == "day_high" and claims["187"].listing == "NVDA"
    assert verdicts_by_quote(tmp_path, _PEAKING, "2026-02-06")["187"] == "accurate"
    assert verdicts_by_quote(tmp_path, _PEAKING.replace("$187", "$189"), "2026-02-06")["189"] != "accurate"


# --- an upside told against the present price in words ('N% above where it trades now') is the target's upside, and
# a chart level a sentence opens on with a capital ('Support is seen at ...', 'Resistance is expected near ...') is a
# level to watch: neither is a market figure, so neither is judged ---

# NVDA 2026-02-06 close 185.41; a move of 35 % or 20 % that day would be wrong either way (the day was +7.87 %)
_UPSIDE_WORDS = "Nvidia closed at $185.41 on Friday. The average target of $250 sits 35% above where it trades now."
# ^HSI 2025-10-20 range 25,710.61 .. 25,912.77: a level of 25,000 or 26,500 that day would be wrong
_SUPPORT_CAPITAL = "The Hang Seng Index closed at 25,858.83 on Monday. Support is seen at 25,000 points."
_RESISTANCE_CAPITAL = "The Hang Seng Index closed at 25,858.83 on Monday. Resistance is expected near 26,500 points."


def test_an_upside_against_where_it_trades_is_no_days_move(tmp_path: Path) -> None:
    claims = claims_by_quote(_UPSIDE_WORDS, date(2026, 2, 6))
    assert claims["35"].kind == "analyst_target"
    verdicts = verdicts_by_quote(tmp_path, _UPSIDE_WORDS, "2026-02-06")
    assert verdicts["35"] == "out_of_scope" and verdicts["185.41"] == "accurate"
    assert verdicts_by_quote(tmp_path, _UPSIDE_WORDS.replace("185.41", "195.41"), "2026-02-06")["195.41"] != "accurate"


def test_a_capitalised_support_or_resistance_is_a_level_to_watch(tmp_path: Path) -> None:
    assert claims_by_quote(_SUPPORT_CAPITAL, date(2025, 10, 20))["25,000"].kind == "level_forecast"
    assert claims_by_quote(_RESISTANCE_CAPITAL, date(2025, 10, 20))["26,500"].kind == "level_forecast"
    verdicts = verdicts_by_quote(tmp_path, _SUPPORT_CAPITAL, "2025-10-20")
    assert verdicts["25,000"] == "out_of_scope" and verdicts["25,858.83"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _SUPPORT_CAPITAL.replace("25,858.83", "26,858.83"), "2025-10-20")
    assert altered["26,858.83"] != "accurate"


# --- a target raised 'to as much as $X' is still the target: 'as much as' there is no intraday reach of the stock ---

# BIDU 2025-09-17: close 137.83, range 130.68 .. 138.00; a price of $160 that day would be wrong
_TARGET_AS_MUCH_AS = "Two brokers lifted their price targets to as much as $160; Baidu closed at $137.83 on Wednesday."


def test_a_target_raised_to_as_much_as_is_a_target(tmp_path: Path) -> None:
    assert claims_by_quote(_TARGET_AS_MUCH_AS, date(2025, 9, 17))["160"].kind == "analyst_target"
    verdicts = verdicts_by_quote(tmp_path, _TARGET_AS_MUCH_AS, "2025-09-17")
    assert verdicts["160"] == "out_of_scope" and verdicts["137.83"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _TARGET_AS_MUCH_AS.replace("137.83", "147.83"), "2025-09-17")
    assert altered["147.83"] != "accurate"
