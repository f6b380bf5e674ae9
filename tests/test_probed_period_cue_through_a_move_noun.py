"""A period's words leading into a later number through a move's noun ('und beendete die Woche mit einem Minus von
0,7 Prozent', 'ended the week with a loss of 0.7%') are that number's, not the day's move written before them.

Before, 'Der Hang Seng verlor 0,9 Prozent auf 25.277 Punkte und beendete die Woche mit einem Minus von 0,7 Prozent'
read the 0,9 as the week's move too, and the day's true figure was called imprecise (tester140's de293 showed the
class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# ^HSI: close 2026-03-19 25500.58, 2026-03-20 25277.32 (-0.88 %); 2026-03-13 25465.60: week -0.74 %.
GERMAN = (
    "Der Hang Seng verlor {x} Prozent auf 25.277 Punkte und beendete die Woche mit einem Minus von knapp 0,7 Prozent."
)
ENGLISH = "The Hang Seng fell {x}% to 25,277 and ended the week with a loss of 0.7%."


@pytest.mark.parametrize(("template", "day", "week"), [(GERMAN, "0,9", "0,7"), (ENGLISH, "0.9", "0.7")])
def test_the_day_move_keeps_its_day(template: str, day: str, week: str) -> None:
    claims = claims_by_quote(template.format(x=day), date(2026, 3, 20))
    assert claims[day].kind == "index_move"
    assert claims[day].reference == {"date": "2026-03-20"}
    assert claims[week].kind == "week_return"


def test_the_day_move_is_judged_on_the_day(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, GERMAN, "2026-03-20", "0,9", "4,5")
    assert true["0,9"] == "accurate"
    assert altered["4,5"] == "wrong"
