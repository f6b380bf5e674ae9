"""A day of a month named between a month and a move dates the move: 'Its rally started in September: on
September 17 alone, the shares leapt 15.7%' is that session's move (9888.HK 131.00 / 113.20 - 1 = +15.72 % on
2025-09-17), not September's (+49 %, so the true figure was called wrong). A month heading its sentence or opening a
label before a colon still gives its period to a move that names no day of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 28)


@pytest.mark.parametrize(
    "text",
    (
        "Baidu's Hong Kong stock closed lower on Tuesday. Its rally started in September: on September 17 alone, "
        "the shares leapt 15.7% on chip news.",
        "Baidu's Hong Kong stock closed lower on Tuesday. In September, on Sept. 17, the shares leapt 15.7%.",
        "Die Baidu-Aktie schloss am Dienstag in Hongkong tiefer. Im September: Am 17. September sprang die Aktie um "
        "15,7 Prozent.",
    ),
)
def test_a_named_day_of_the_month_dates_the_move(text: str) -> None:
    claim = next(c for q, c in claims_by_quote(text, PUBLISHED).items() if q.startswith("15"))
    assert claim.kind == "day_change"
    assert claim.reference == {"date": "2025-09-17"}


@pytest.mark.parametrize(
    "text",
    (
        "In September, Baidu's Hong Kong shares gained 49%, their best month in years.",
        "Baidu's Hong Kong shares rallied in September: the stock gained 49%.",
    ),
)
def test_a_month_without_a_day_is_still_the_moves_period(text: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)["49"]
    assert claim.kind == "month_return"
    assert claim.reference == {"start": "2025-09-01", "end": "2025-09-30"}
