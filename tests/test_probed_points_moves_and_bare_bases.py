"""Two index readings a sentence's shape decides.

- 'rose 0.3% on Thursday to gain 81 points': the points after an infinitive's verb are a move, not a level
  (metrics.LEVEL_BEFORE: a word between 'to' and the number is a hedge's, 'to about 25,547', never a move verb's).
  Before, '81' was read as the Nasdaq 100's level and a true move was called wrong.
- 'ended at 26,845 points on Friday, down from 26,924 on Thursday': a grouped whole number after a figure in points
  is the index's level too, though written without 'points' (frames._bare_index_level). Before, the true base was
  not found.

Figures: seeds/quotes/^NDX.csv closes 25,465.94 (Wed 2026-01-14) and 25,547.07 (Thu 2026-01-15): +81.13 points,
+0.32 %; seeds/quotes/^HSI.csv closes 26,923.62 (Thu 2026-01-15) and 26,844.96 (Fri 2026-01-16)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered


@pytest.mark.parametrize(
    "text",
    (
        "The Nasdaq 100 rose 0.3% on Thursday to gain 81 points.",
        "The Nasdaq 100 climbed on Thursday to end 81 points higher.",
    ),
)
def test_points_after_an_infinitives_verb_are_a_move(text: str) -> None:
    claims = claims_by_quote(text, date(2026, 1, 15))
    assert claims["81"].kind == "index_move" and claims["81"].direction == "up"


def test_a_hedge_between_to_and_the_number_still_makes_a_level() -> None:
    claims = claims_by_quote("The Nasdaq 100 rose to about 25,547 points on Thursday.", date(2026, 1, 15))
    assert claims["25,547"].kind == "index_level"


def test_a_true_points_move_passes_and_a_wrong_one_is_caught(tmp_path: Path) -> None:
    template = "The Nasdaq 100 rose 0.3% on Thursday to gain {x} points."
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-15", "81", "400")
    assert true == {"0.3": "accurate", "81": "accurate"}
    assert altered["400"] == "wrong"  # the day ranged 54 to 315 points above the close before


def test_a_bare_grouped_base_after_a_level_in_points_is_a_level(tmp_path: Path) -> None:
    template = "The Hang Seng ended at 26,845 points on Friday, down from {x} on Thursday."
    claims = claims_by_quote(template.format(x="26,924"), date(2026, 1, 16))
    assert claims["26,924"].kind == "index_level" and claims["26,924"].reference == {"date": "2026-01-15"}
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-16", "26,924", "27,310")
    assert true == {"26,845": "accurate", "26,924": "accurate"}
    assert altered["27,310"] == "wrong"
