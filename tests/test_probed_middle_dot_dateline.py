"""A German dateline whose date and clock are parted by a middle dot or a bullet ('04.02.2026 · 18:45 Uhr · Redaktion',
'4. Februar 2026 • 18:45'), as the parts of a dateline are parted on many portals, gives the time of writing
(`dates.publication_instant`). Before, only a dash, comma or bar was read there: the text had no time, and a move
naming no day was read against any session of the week before publication (a wrong DAX move called accurate against
a session a week earlier)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.dates import publication_instant
from tests.helpers import verdicts_true_and_altered


@pytest.mark.parametrize(
    "head",
    [
        "Marktbericht am Abend\n\n04.02.2026 · 18:45 Uhr · Redaktion",
        "Mi., 04.02.2026 • 18:45 Uhr",
        "4. Februar 2026 · 18:45",
    ],
)
def test_a_dot_between_date_and_clock(head: str) -> None:
    instant = publication_instant(head, date(2026, 2, 4))
    assert instant is not None
    offset = instant.utcoffset()
    assert offset is not None
    assert (instant.hour, instant.minute, offset.total_seconds()) == (18, 45, 3600)


def test_a_move_without_its_day_is_the_session_of_the_dateline(tmp_path: Path) -> None:
    # seeds/quotes/^GDAXI.csv: 2026-02-04 close 24603.04, 2026-02-03 24780.79: -0.72 % (the Xetra close at 17:30 CET
    # came before 18:45). A text without a time was read against the ranges of the week's sessions, and a 1.4 % fall
    # fit the one of 2026-01-29 (-2.24 % to -0.26 %); with the time, the closes count: -0.72 %, -2.07 % on 2026-01-29
    template = (
        "Marktbericht am Abend\n\n04.02.2026 · 18:45 Uhr · Redaktion\n\n"
        "Hierzulande ging es abwärts. Der Dax schloss {x} Prozent tiefer bei 24.603 Punkten."
    )
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-02-04", "0,7", "1,4")
    assert true["0,7"] == "accurate"
    assert altered["1,4"] == "wrong"
