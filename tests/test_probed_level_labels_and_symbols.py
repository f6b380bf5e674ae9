"""A chart level labelled with the close it was set at ('Support: HK$116.60 (Oct 14 close)') dates that level
only: before, Oct 14 became the day in play (a claim in the same line, 'resistance: HK$126.30 (today's high)', let the
line report a day) and the next paragraph's Hang Seng and Alibaba figures, Tuesday's, were read on it and called
wrong. The signs '≈' and '~' before a figure hedge it as 'about' does. Quotes: seeds/quotes/^HSI.csv 2025-10-28 close
26346.14 (-0.33 %), 9988.HK.csv 2025-10-28 close 171.00 (-1.50 %), 9888.HK.csv SMA50 to 2025-10-28 113.31."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"

TEXT = (
    "Chart check for 9888.HK:\n\n"
    "- 50-day SMA ≈ HK$113; year to date ~50%.\n"
    "- Support: HK$116.60 (Oct 14 close); resistance: HK$126.30 (today's high).\n\n"
    "Hang Seng Index: 26,346.14 (-0.33%). Alibaba (9988.HK): HK$171.00 (-1.5%).\n"
)


def test_a_close_labelling_a_level_dates_that_level_only(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT, date.fromisoformat(PUBLISHED))
    for quote in ("26,346.14", "0.33", "171.00", "1.5"):
        assert claims[quote].reference == {"date": "2025-10-28"}, quote
    verdicts = verdicts_by_quote(tmp_path, TEXT, PUBLISHED)
    assert [verdicts[q] for q in ("26,346.14", "0.33", "171.00", "1.5")] == ["accurate"] * 4


def test_approximation_signs_hedge_their_figure() -> None:
    claims = claims_by_quote(TEXT, date.fromisoformat(PUBLISHED))
    assert (claims["113"].kind, claims["113"].hedge) == ("moving_average", "approx")
    assert (claims["50"].kind, claims["50"].hedge) == ("ytd_return", "approx")
