"""Investor's Business Daily stamps its pages clock first, then the date in slashes ('04:38 PM ET 03/10/2026',
'4:04:48 PM ET 03/25/2026'): that is the time of writing, so a move told after the close reads close to close."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from claimcheck.core.dates import publication_instant

NEW_YORK = ZoneInfo("America/New_York")


def test_a_clock_before_a_slashed_date_is_the_publication_time() -> None:
    for head, day, expected in (
        ("STOCK OF THE DAY\nBy A. Writer\n05:47 PM ET 02/11/2026\n", date(2026, 2, 11), datetime(2026, 2, 11, 17, 47)),
        ("By A. Writer\n9:31:07 AM ET 01/06/2026", date(2026, 1, 6), datetime(2026, 1, 6, 9, 31)),
    ):
        assert publication_instant(head, day) == expected.replace(tzinfo=NEW_YORK), head


def test_a_clock_before_another_days_slashed_date_is_not_used() -> None:
    assert publication_instant("05:47 PM ET 02/11/2026", date(2026, 2, 12)) is None
