"""Trading outside the session (after hours, before the bell) told in the clause after a number is that
clause's, not the number's: the close before it stays a close to check ('schloss ... bei 157,10 Dollar; im
nachbörslichen Handel ging es um weitere 1,5 Prozent abwärts' had read 157,10 as an after-hours price, which
daily quotes cannot check, so a true or wrong close went unjudged). Sentences written for these tests;
2025-11-26 is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 11, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Alibaba-Aktie schloss am Dienstag in New York 0,9 Prozent tiefer bei 157,10 Dollar; im nachbörslichen "
        "Handel ging es um weitere 1,5 Prozent abwärts.",
        "Die Alibaba-Aktie schloss am Dienstag in New York 0,9 Prozent tiefer bei 157,10 Dollar, im nachbörslichen "
        "Handel ging es um weitere 1,5 Prozent abwärts.",
        "Die Alibaba-Aktie schloss am Dienstag in New York bei 157,10 Dollar und gab nachbörslich "
        "weitere 1,5 Prozent ab.",
        "Alibaba's ADRs closed 0.9% lower at $157.10 on Tuesday; in after-hours trading they fell a further 1.5%.",
    ],
)
def test_the_close_before_an_after_hours_clause_stays_a_close(sentence: str) -> None:
    claims = claims_by_quote(sentence, PUBLISHED)
    close = claims.get("157,10") or claims["157.10"]
    late = claims.get("1,5") or claims["1.5"]
    assert (close.kind, close.listing, close.reference) == ("close", "BABA", {"date": "2025-11-25"})
    assert late.kind == "after_hours"


def test_an_after_hours_word_in_the_numbers_own_clause_still_governs_it() -> None:
    claims = claims_by_quote(
        "Nachbörslich fiel die Alibaba-Aktie in New York um 1,5 Prozent auf 154,70 Dollar.", PUBLISHED
    )
    assert claims["1,5"].kind == claims["154,70"].kind == "after_hours"
