"""A week's move said in points takes the week's words as one said in per cent does (cues.csv: 'for the week', 'on
the week', 'over the past week', 'in the past week', 'this past week' before points, or right after them): 'For the
week, the Hang Seng rose 913.05 points' is the week's move, not Friday's, where a Friday move of 192 points would have
called the true figure wrong. A decimal point inside the points figure does not end the English cues' look for
their unit ('over the week' stopped at '913.05' and found no 'points'; the German cue's look is left as it was, a dot
there groups thousands of a level, '25.757 Punkten'); a day's move in points after a week's move in per cent stays
the day's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes ^HSI: Friday 2025-10-17 close 25,247.0996, Thursday 2025-10-23 25,967.9805, Friday 2025-10-24
# 26,160.1504: the week +913.05 points (+3.62 %), the day +192.17 points (+0.74 %).
FRIDAY = date(2025, 10, 24)
WEEK = {"start": "2025-10-17", "end": "2025-10-24"}


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong stocks rose on Friday. For the week, the Hang Seng index gained 913.05 points.",
        "Hong Kong stocks rose on Friday. On the week, the Hang Seng index rose 913.05 points, or 3.6%.",
        "Hong Kong stocks rose on Friday. The Hang Seng index rose 913.05 points for the week.",
        "Hong Kong stocks rose on Friday. The Hang Seng index has added 913.05 points over the past week.",
        "Hong Kong stocks rose on Friday. Over the week, the Hang Seng index added 913.05 points.",
    ],
)
def test_a_week_move_in_points_is_the_weeks(text: str) -> None:
    claim = claims_by_quote(text, FRIDAY)["913.05"]
    assert (claim.kind, claim.listing, claim.reference) == ("week_return", "^HSI", WEEK)


def test_a_days_move_in_points_after_the_weeks_in_per_cent_stays_the_days() -> None:
    claims = claims_by_quote(
        "The Hang Seng index rose 3.6% for the week. On Friday, the Hang Seng index added 192.17 points.", FRIDAY
    )
    assert claims["3.6"].kind == "week_return"
    assert (claims["192.17"].kind, claims["192.17"].reference) == ("index_move", {"date": "2025-10-24"})


def test_the_weeks_points_are_judged_on_the_week(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Hong Kong stocks rose on Friday. For the week, the Hang Seng index gained {x} points.",
        "2025-10-24",
        "913.05",
        "1,413.05",
    )
    assert true["913.05"] == "accurate"
    assert altered["1,413.05"] == "wrong"
