"""A venue named after a number, right before the number of the next conjunct, leads into that one: 'the ADRs lost
13.6% and the Hong Kong 15.9%' already, and now with a share word between ('the ADR is still ahead 8.3% and the Hong
Kong stock 11.1%'), where the ADR's figure had taken the Hong Kong listing (subjects._leads_into_number, share_words.csv
share). Sentences written for the test (no article copied)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

FRIDAY = date(2026, 2, 13)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Alibaba ADRs rose. Year to date, the ADR is still ahead 8.3% and the Hong Kong stock 11.1%.", "8.3", "11.1"),
        ("Alibaba ADRs rose. This year the ADRs have gained 8.3% and the Hong Kong shares 11.1%.", "8.3", "11.1"),
        (
            "Alibaba rose. Seit Jahresbeginn liegen die ADRs 8,3 Prozent vorn, die Hongkong-Aktien 11,1 Prozent.",
            "8,3",
            "11,1",
        ),
    ],
)
def test_a_venue_leading_into_the_next_number_is_that_ones(text: str, first: str, second: str) -> None:
    claims = claims_by_quote(text, FRIDAY)
    assert (claims[first].listing, claims[second].listing) == ("BABA", "9988.HK")
