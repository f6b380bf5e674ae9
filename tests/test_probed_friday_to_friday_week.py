"""A move 'von Freitag zu Freitag' ('Friday to Friday') is the week's move, from the Friday before to the week's last
Friday, not the last Friday's session (cues.csv, week_return with base week_end). Before, the weekday in the words
dated the figure as that Friday's day move, and a true weekly gain was called wrong."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 26)  # a Sunday: the week ran from Friday 2025-10-17 to Friday 2025-10-24


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        ("Die Tencent-Aktie verteuerte sich in Hongkong von Freitag zu Freitag um 3,1 Prozent auf 540,00 HKD.", "3,1"),
        ("In New York legten die Alibaba-ADRs von Freitag auf Freitag 2,2 Prozent zu.", "2,2"),
        ("Nvidia shares rose 4.1% Friday to Friday.", "4.1"),
        ("Meituan's Friday-to-Friday decline came to 1.8% in Hong Kong.", "1.8"),
    ),
)
def test_friday_to_friday_is_the_weeks_move(text: str, quote: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert claim.kind == "week_return"
    assert claim.reference == {"start": "2025-10-17", "end": "2025-10-24"}


def test_the_close_beside_it_stays_the_fridays() -> None:
    text = "Die Tencent-Aktie verteuerte sich in Hongkong von Freitag zu Freitag um 3,1 Prozent auf 540,00 HKD."
    claim = claims_by_quote(text, PUBLISHED)["540,00"]
    assert claim.kind == "close" and claim.reference == {"date": "2025-10-24"}
