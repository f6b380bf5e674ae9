"""A move 'seit dem ersten Handelstag des Jahres' ('since the first trading day of the year') runs from the close of
the year's first session (the first weekday after New Year's Day, a holiday on every exchange held), and a close told
in the clause about that day ('als die Papiere bei 104,60 Hongkong-Dollar geschlossen hatten') is that session's.

Before, the German move was read as a day's move on that first session and its close as the day reported, both true
figures called wrong (tester140's de295 showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 3690.HK: close 2026-01-02 104.60 (the year's first session), 2026-01-30 97.20: 97.20 / 104.60 - 1 = -7.07 %.
GERMAN = (
    "Meituan verloren 1,4 Prozent auf 97,20 Hongkong-Dollar. Seit dem ersten Handelstag des Jahres, als die Papiere "
    "bei 104,60 Hongkong-Dollar geschlossen hatten, summiert sich das Minus auf gut {x} Prozent."
)
ENGLISH = "Meituan shares fell 1.4% to HK$97.20. They have lost {x}% since the first trading day of the year."


@pytest.mark.parametrize("template", [GERMAN, ENGLISH])
def test_the_move_runs_from_the_first_session(template: str) -> None:
    claims = claims_by_quote(template.format(x="7"), date(2026, 1, 30))
    assert claims["7"].kind == "since_return"
    assert claims["7"].reference == {"start": "2026-01-02", "end": "2026-01-30"}


def test_the_close_told_of_that_day_is_its_own() -> None:
    claims = claims_by_quote(GERMAN.format(x="7"), date(2026, 1, 30))
    assert claims["104,60"].reference == {"date": "2026-01-02"}


def test_the_move_is_judged_from_the_first_session(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, GERMAN, "2026-01-30", "7", "11")
    assert true["7"] == "accurate"
    assert true["104,60"] == "accurate"
    assert altered["11"] == "wrong"
