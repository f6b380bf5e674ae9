"""A percentage whose clause tells the last day a standing was held ('after having been up almost 5% as recently as
Wednesday') is the period's figure of the clause before on that day, not that day's move (metrics._held_until).
Sentences written for the test (no article copied).

Quotes (seeds/quotes/NVDA.csv): Nvidia closed at 186.50 on 2025-12-31, 195.56 on Wednesday 2026-02-25 (year to date
+4.86 %, 195.56 / 186.50 - 1; the day +1.41 %, 195.56 / 192.85 - 1) and 184.89 on Thursday 2026-02-26 (year to date
-0.86 %, 184.89 / 186.50 - 1; the day -5.46 %, 184.89 / 195.56 - 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2026, 2, 26)
TEXT = "Nvidia has slipped 0.9% this year, having been up almost 5% as recently as Wednesday."


def test_a_standing_held_until_a_day_is_the_periods_figure_on_that_day(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT, THURSDAY)
    assert claims["5"].kind == "ytd_return"
    assert claims["5"].reference == {"start": "2026-01-01", "end": "2026-02-25"}
    assert claims["0.9"].reference == {"start": "2026-01-01", "end": "2026-02-26"}
    # read as Wednesday's move (+1.41 %) the true 5 had been called wrong
    assert verdicts_by_quote(tmp_path, TEXT, THURSDAY.isoformat()) == {"0.9": "accurate", "5": "accurate"}


def test_a_wrong_standing_is_still_caught(tmp_path: Path) -> None:
    text = TEXT.replace("almost 5%", "almost 9%")
    assert verdicts_by_quote(tmp_path, text, THURSDAY.isoformat())["9"] == "wrong"


def test_a_dated_move_after_the_period_stays_the_days(tmp_path: Path) -> None:
    text = "Nvidia has slipped 0.9% this year, after a 5.5% drop on Thursday."
    claims = claims_by_quote(text, THURSDAY)
    assert claims["5.5"].kind == "day_change" and claims["5.5"].reference == {"date": "2026-02-26"}
    assert verdicts_by_quote(tmp_path, text, THURSDAY.isoformat())["5.5"] == "accurate"
