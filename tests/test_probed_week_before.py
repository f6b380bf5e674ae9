"""'after a 4.2% drop the week before' is a week's move (cues.csv week_return; the last calendar week permitted, as for
'last week'), not the day's; and a price a period's move went to with the period's words between ('fell 3% this week
to $171.24') is the close of the period's last session in a text written after it (linking._PERIOD_WENT_TO). Sentences
written for the test (no article copied).

Quotes (seeds/quotes/NVDA.csv): Nvidia closed at 180.25 on Friday 2026-03-13, 172.70 on Friday 2026-03-20 (the week:
-4.19 %, 172.70 / 180.25 - 1), 171.24 on Thursday 2026-03-26 and 167.52 on Friday 2026-03-27 (the week: -3.00 %,
167.52 / 172.70 - 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 28)


def test_the_week_before_is_a_weeks_move(tmp_path: Path) -> None:
    text = "Nvidia shares fell 3% this week to $167.52, after a 4.2% drop the week before."
    claims = claims_by_quote(text, SATURDAY)
    assert claims["4.2"].kind == "week_return"
    assert claims["167.52"].kind == "close" and claims["167.52"].reference == {"date": "2026-03-27"}
    verdicts = verdicts_by_quote(tmp_path, text, SATURDAY.isoformat())
    assert verdicts == {"3": "accurate", "167.52": "accurate", "4.2": "accurate"}


def test_a_stale_price_the_week_went_to_is_wrong(tmp_path: Path) -> None:
    # Thursday's close told as the week's end: it had been read on any session of the window and passed
    text = "Nvidia shares lost 3% over the week to $171.24."
    assert verdicts_by_quote(tmp_path, text, SATURDAY.isoformat())["171.24"] == "wrong"
