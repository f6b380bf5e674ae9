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
_PEAK_52W = "Baidu ended Friday at $124.07, having gained 5% this year, and now sits 25% off its 52-week peak of $165.30."
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
