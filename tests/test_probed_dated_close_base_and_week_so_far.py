"""A dated close after a comparison and its determiner ('fallen about 17.5% from its Jan. 28 close of HK$173.50') is
the base of the move before it and the day of its own level only (bindings._dates_a_base_without_number): before,
Jan. 28 dated the next conjunct too, and 'down 13.4% over the past month' was read on the month to Jan. 28 and called
wrong. 'in the week so far' is the week to date (cues.csv): before, it was read as the day's move. Text written for
this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: Thursday 2026-02-26 close 143.00; Wednesday 2026-01-28 close 173.50: 143.00 / 173.50 - 1 =
# -17.58 %; a month before, Monday 2026-01-26 close 165.20: 143.00 / 165.20 - 1 = -13.44 %; the week before's last
# close, Friday 2026-02-20, 147.10: 143.00 / 147.10 - 1 = -2.79 %; Thursday's own move 143.00 / 148.30 - 1 = -3.57 %.
TEXT = (
    "Alibaba's Hong Kong-listed shares closed 3.6% lower at HK$143 on Thursday.\n\n"
    "The stock has fallen about 17.5% from its Jan. 28 close of HK$173.50 and is down {month}% over the past month. "
    "It has lost {week}% in the week so far.\n"
)
PUBLISHED = date(2026, 2, 26)


def test_a_dated_close_dates_its_base_only(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT.format(month="13.4", week="2.8"), PUBLISHED)
    assert claims["17.5"].since_base == ("close", "2026-01-28")
    assert claims["173.50"].reference == {"date": "2026-01-28"}
    assert claims["13.4"].kind == "past_month_return" and claims["13.4"].reference["end"] == "2026-02-26"
    assert claims["2.8"].kind == "week_to_date_return"
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-02-26", {"month": "13.4", "week": "2.8"}, {"month": "8.4", "week": "1.2"}
    )
    assert true["13.4"] == true["2.8"] == true["173.50"] == true["17.5"] == "accurate"
    assert altered["8.4"] == altered["1.2"] == "wrong"
