"""'at the end of last week', 'Ende der Vorwoche': the Friday before the week of publication, also when
published on a Friday; 'zum Wochenschluss' stays the Friday on or before publication (a close of last week had
been dated to publication and judged against that week's sessions). Sentences written for these tests."""

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
