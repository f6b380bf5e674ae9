"""'at the end of last week', 'Ende der Vorwoche': the Friday before the week of publication, also when
published on a Friday; 'zum Wochenschluss' stays the Friday on or before publication (a close of last week had
been dated to publication and judged against that week's sessions); a week's or month's move told in wire words
('on the week', 'month-to-date', 'seit Monatsanfang') is that period's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote


@pytest.mark.parametrize(
    ("text", "quote", "published", "day"),
    [
        ("Alibaba's ADRs closed at $157.01 at the end of last week.", "157.01", date(2025, 11, 26), "2025-11-21"),
        ("Die Alibaba-Aktie schloss Ende der Vorwoche bei 147,60 HKD.", "147,60", date(2025, 11, 28), "2025-11-21"),
        (
            "Zum Wochenschluss gewann die Alibaba-Aktie in Hongkong 2,3 Prozent.",
            "2,3",
            date(2025, 11, 28),
            "2025-11-28",
        ),
    ],
)
def test_the_end_of_last_week_is_the_friday_before_publications_week(
    text: str, quote: str, published: date, day: str
) -> None:
    assert claims_by_quote(text, published)[quote].reference == {"date": day}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Alibaba shares rose 4% on the week.", "4", "week_return"),
        ("Alibaba shares are up 8% month-to-date.", "8", "month_return"),
        ("Alibaba shares are up 8% so far this month.", "8", "month_return"),
        ("Die Alibaba-Aktie hat seit Monatsanfang 8 Prozent gewonnen.", "8", "month_return"),
    ],
)
def test_a_weeks_or_months_move_in_wire_words_is_that_periods(text: str, quote: str, kind: str) -> None:
    """They had been read as the day's move: a true week's or month's figure called wrong."""
    assert claims_by_quote(text, date(2025, 11, 26))[quote].kind == kind
