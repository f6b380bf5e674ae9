"""Points after 'from' are the level an index moved from, not a move of that many points ('down from 26,924 points
on Thursday', 'fell to 26,845 points from 26,924 points'; metrics.LEVEL_BEFORE): before, the Hang Seng's true
previous close was judged as a fall of 26,924 points and called wrong. A sentence read alone is told English by its
capitalised article and 'on' (sentences.detect_language): before, such a sentence was German by default and its
'26,845' read as 26.845.

Figures from seeds/quotes/^HSI.csv: closes 26,923.62 on Thu 2026-01-15 and 26,844.96 on Fri 2026-01-16."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

PUBLISHED = "2026-01-16"


@pytest.mark.parametrize(
    "text",
    (
        "The Hang Seng ended at 26,845 points on Friday, down from 26,924 points on Thursday.",
        "The benchmark Hang Seng slid to 26,845 points on Friday from 26,924 points on Thursday.",
    ),
)
def test_points_after_from_are_the_level_moved_from(text: str) -> None:
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert claims["26,845"].value == 26845 and claims["26,845"].kind == "index_level"
    assert claims["26,924"].kind == "index_level" and claims["26,924"].reference == {"date": "2026-01-15"}


def test_a_true_level_moved_from_passes_and_a_wrong_one_is_caught(tmp_path: Path) -> None:
    template = "The Hang Seng ended at 26,845 points on Friday, down from {x} points on Thursday."
    true, altered = verdicts_true_and_altered(tmp_path, template, PUBLISHED, "26,924", "27,310")
    assert true == {"26,845": "accurate", "26,924": "accurate"}
    assert altered["27,310"] == "wrong"  # Thursday's close was 26,923.62


def test_from_before_other_words_is_no_level() -> None:
    """Review: 'from' takes no word between it and the level ('recovered from a 300 point slump' is a move)."""
    claims = claims_by_quote("The Hang Seng recovered from a 300 point slump on Friday.", date.fromisoformat(PUBLISHED))
    assert claims["300"].kind == "index_move"
