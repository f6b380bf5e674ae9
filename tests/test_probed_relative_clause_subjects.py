"""A company named inside a relative clause between commas is not the subject of the number the main clause goes on
to: 'Meituan, which competes with Alibaba in food delivery, fell 3.1%' is Meituan's move. Before, the nearest name
before the number (the one inside the clause) took it (subjects.nearest_company, metrics.in_other_relative_clause)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    (
        (
            "Nvidia (NVDA), whose accelerators Baidu buys by the thousands, has fallen 4.2% this year.",
            "4.2",
            "Nvidia",
        ),
        ("Baidu, which competes with Alibaba in cloud services, lost 2.3% on Thursday.", "2.3", "Baidu"),
        ("Die Baidu-Aktie, die mit Alibaba um KI-Kunden wetteifert, verlor am Donnerstag 2,3 Prozent.", "2,3", "Baidu"),
    ),
)
def test_a_name_inside_a_relative_clause_does_not_take_the_main_clauses_number(
    text: str, quote: str, subject: str
) -> None:
    assert claims_by_quote(text, PUBLISHED)[quote].subject == subject


def test_the_relative_clauses_own_number_stays_its_subjects() -> None:
    claims = claims_by_quote("Baidu, which trailed Alibaba's 3.5% gain, rose 1.2% on Thursday.", PUBLISHED)
    assert claims["1.2"].subject == "Baidu" and claims["3.5"].subject == "Alibaba"
