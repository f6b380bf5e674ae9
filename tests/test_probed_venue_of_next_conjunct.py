"""A venue word or ticker after a number that heads the next conjunct, with a verb of its own ('BIDU is up 42% and
9888.HK has gained 37%', 'the ADRs rose 2% and the Hong Kong shares fell 1%'), is that conjunct's subject, not the
number's venue (subject_words.csv next_conjunct_*; subjects.named_venue weighs it as a venue across a clause). Before,
being nearest, it took the first number too: the ADRs' true year-to-date gain was checked on the Hong Kong shares and
called imprecise.

Quotes (seeds/quotes): BIDU 2024-12-31 84.31, 2025-10-17 120.01: +42.34 %; 9888.HK 82.70 and 112.90: +36.52 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

SENTENCES = [
    ("Baidu slipped on Friday. Year to date, BIDU is up 42% and 9888.HK has gained 37%.", "BIDU", "9888.HK"),
    (
        "Baidu slipped on Friday. Year to date, the ADRs are up 42% and the Hong Kong shares have gained 37%.",
        "BIDU",
        "9888.HK",
    ),
    ("Alibaba slipped on Friday. So far this year, BABA is up 42% and 9988.HK has risen 37%.", "BABA", "9988.HK"),
    (
        "Baidu: Seit Jahresbeginn legten die ADRs 42 Prozent zu und die Hongkonger Aktien gewannen 37 Prozent.",
        "BIDU",
        "9888.HK",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), SENTENCES)
def test_each_conjunct_keeps_its_own_listing(text: str, first: str, second: str) -> None:
    claims = claims_by_quote(text, date(2025, 10, 19))
    assert (claims["42"].listing, claims["37"].listing) == (first, second)


def test_the_first_conjuncts_true_figure_is_accurate(tmp_path: Path) -> None:
    template = (
        "Baidu (BIDU) closed at $120.01 on Friday. In Hong Kong, the shares (9888.HK) dropped 4.2%.\n\n"
        "Still, year to date, BIDU is up {x}% and 9888.HK has gained 37%."
    )
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-10-19", "42", "62")
    assert (verdicts["42"], verdicts["37"], wrong["62"]) == ("accurate", "accurate", "wrong")
