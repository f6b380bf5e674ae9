"""'Overnight' told of a venue whose session ends before midday UTC (Hong Kong's) names that day's own session: it
traded in the night before the day for the writers of Europe and the Americas, who call another market's session so
('Overnight, Hong Kong's Hang Seng fell 2%' in a New York wrap of Wednesday is Wednesday's Hong Kong session). Before,
every overnight word stepped back to the session before the day (right for New York told from Europe or Asia), and
a true Hong Kong move was called wrong (`timing._ended_overnight`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/^HSI.csv: 2026-03-04 close 25249.48 vs 2026-03-03 25768.08 = -2.013 %; 2026-03-03: -1.120 %
WEDNESDAY = "2026-03-04"
HONG_KONG_TEXTS = (
    "Chip stocks bounced on Wall Street on Wednesday. Overnight, the Hang Seng Index slid {x}%.",
    "Nasdaq shares rose on Wednesday. In Asia, the Hang Seng Index gave up {x}% overnight.",
)


@pytest.mark.parametrize("text", HONG_KONG_TEXTS)
def test_an_overnight_hong_kong_move_is_that_days_session(text: str) -> None:
    claim = claims_by_quote(text.format(x="2.0"), date.fromisoformat(WEDNESDAY))["2.0"]
    assert (claim.kind, claim.listing, claim.reference) == ("index_move", "^HSI", {"date": WEDNESDAY})


@pytest.mark.parametrize("text", HONG_KONG_TEXTS)
def test_an_overnight_hong_kong_move_is_judged_on_its_session(tmp_path: Path, text: str) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, text, WEDNESDAY, "2.0", "5.0")
    assert true["2.0"] == "accurate"
    assert altered["5.0"] == "wrong"


def test_new_york_overnight_is_still_the_session_before() -> None:
    # seeds/quotes/BABA.csv: 2026-02-26 close 148.05, -2.78 %: the New York session of the night before a Friday
    text = "Hong Kong stocks fell on Friday. Overnight in New York, Alibaba's ADRs lost 2.8%."
    claim = claims_by_quote(text, date(2026, 2, 27))["2.8"]
    assert (claim.listing, claim.reference) == ("BABA", {"date": "2026-02-26"})
