"""'The previous session' after a sentence on another stock's day, found by probing sentences written for the test (no
article copied).

A day before the one in play ('The previous day, the stock had lost 1.4%', 'Am Vortag hatte sie ... verloren') counts
back from the day the text tells. Another stock's move told in the simple past is a report of its own: in a Tuesday
item, 'Alibaba's ADRs ended Monday at $179.45. Baidu's ADRs added 4.8% in the previous session' means the last
session, Monday, not the Friday before Monday (the move had been read on Friday, +1.89 %: a true figure called wrong).
The same stock, or another one told in the pluperfect, still counts back from the day in play.

Quotes (seeds/quotes), closes: BIDU 122.76 on Friday 2025-10-24 (120.48 the day before: +1.89 %, 122.76 / 120.48 - 1)
and 128.66 on Monday 2025-10-27 (+4.81 %, 128.66 / 122.76 - 1); BABA 171.90 on 2025-10-23, 174.70 on 2025-10-24
(+1.63 %, 174.70 / 171.90 - 1) and 179.45 on 2025-10-27."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2025, 10, 28)
MONDAY, FRIDAY = {"date": "2025-10-27"}, {"date": "2025-10-24"}
LEAD = "Alibaba's ADRs ended Monday at $179.45. "


def test_another_stocks_previous_session_in_the_simple_past_is_the_last_session(tmp_path: Path) -> None:
    text = LEAD + "Baidu's ADRs added 4.8% in the previous session, to $128.66."
    claims = claims_by_quote(text, TUESDAY)
    assert claims["4.8"].listing == "BIDU" and claims["4.8"].reference == MONDAY
    assert claims["128.66"].reference == MONDAY
    verdicts = verdicts_by_quote(tmp_path, text, TUESDAY.isoformat())
    assert verdicts["4.8"] == "accurate" and verdicts["128.66"] == "accurate"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("They rose 1.6% in the previous session.", "1.6"),  # the same stock
        ("Baidu's ADRs had gained 1.9% in the previous session.", "1.9"),  # another one, in the pluperfect
    ],
)
def test_the_same_stock_or_a_pluperfect_counts_back_from_the_day_in_play(sentence: str, quote: str) -> None:
    assert claims_by_quote(LEAD + sentence, TUESDAY)[quote].reference == FRIDAY


def test_a_german_pluperfect_of_another_stock_counts_back_from_the_day_in_play(tmp_path: Path) -> None:
    text = "Die Alibaba-ADRs schlossen am Montag bei 179,45 Dollar. Baidu hatte am Vortag 1,9 Prozent gewonnen."
    assert claims_by_quote(text, TUESDAY)["1,9"].reference == FRIDAY
    assert verdicts_by_quote(tmp_path, text, TUESDAY.isoformat())["1,9"] == "accurate"
