"""A live blog dated by its last update ('Last updated: Tuesday, ... 4:25 a.m. ET') prints the entries of the day
before under a day heading ('MONDAY, OCT. 27') with their clock stamps, often set off by an em dash ('9:45 a.m. ET —
Tech leads at the open'). Each such entry was written at its clock time on the heading's day
(`extract._DAY_HEADING`, `sentences._TICKER_STAMP`), so a move told at the open of that day is a moment of its session,
not its close: the session had not closed when the entry was written (`linking._closed_when_written`). Before, the
em dash was no stamp's mark and an earlier day was taken as closed whatever the entry's time: a true move at the open
was called imprecise against the close."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/NVDA.csv: 2025-10-24 close 186.26; 2025-10-27 open 189.99 (+2.00 %), high 192.00 (+3.08 %), low
# 188.4318 (+1.17 %), close 191.49 (+2.81 %)
BLOG = """Live: Chip stocks climb

Last updated: Tuesday, October 28, 2025, 4:25 a.m. ET

MONDAY, OCT. 27

9:40 a.m. ET — Chipmakers start strong
Nvidia opened at $189.99, a gain of {x}% on the day.
"""


def test_an_entry_under_a_day_heading_is_of_that_days_open_session() -> None:
    claim = claims_by_quote(BLOG.format(x="2"), date(2025, 10, 28))["2"]
    assert (claim.listing, claim.reference) == ("NVDA", {"date": "2025-10-27"})
    assert not claim.completed_session


def test_a_move_at_the_open_of_the_headed_day_is_judged_on_its_range(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, BLOG, "2025-10-28", "2", "4.5")
    assert true["2"] == "accurate"
    assert altered["4.5"] == "wrong"


def test_a_day_heading_names_a_month_not_any_word() -> None:
    """Review: 'Monday Movers' heads a section; only a weekday with a date ('MONDAY, OCT. 27', 'Dienstag, 28. Oktober')
    dates the entries under it."""
    from claimcheck.core.extract import _DAY_HEADING

    assert _DAY_HEADING.match("MONDAY, OCT. 27\n\n") and _DAY_HEADING.match("Dienstag, 28. Oktober\n\n")
    assert not _DAY_HEADING.match("Monday Movers\n\n") and not _DAY_HEADING.match("Friday Focus\n\n")
