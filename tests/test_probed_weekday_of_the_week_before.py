"""A weekday named with its week ('am Freitag vergangener Woche', 'am Freitag der Vorwoche', 'Friday of last week') is
that day of the calendar week before publication's: on a Saturday, the Friday eight days back, not the day before.
Before, any weekday with an earlier word was the latest such day before publication (tester143, de298: the previous
week's close read as the latest Friday's and called wrong).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA closes: 2026-03-13 (Friday) 135.21, 2026-03-20 (Friday) 122.41; 2026-03-09 (Monday) 132.64.
FRIDAY = "Die Alibaba-ADRs schlossen am Freitag bei 122,41 Dollar, {when} hatten sie noch {x} Dollar gekostet."


@pytest.mark.parametrize("when", ["am Freitag vergangener Woche", "am Freitag der Vorwoche"])
def test_the_friday_of_the_week_before(when: str) -> None:
    claim = claims_by_quote(FRIDAY.format(when=when, x="135,21"), date(2026, 3, 21))["135,21"]
    assert claim.reference == {"date": "2026-03-13"}


def test_a_monday_of_the_week_before_on_a_wednesday() -> None:
    text = "Die Alibaba-ADRs gaben am Dienstag nach. Am Montag der Vorwoche hatten sie bei 132,64 Dollar geschlossen."
    assert claims_by_quote(text, date(2026, 3, 18))["132,64"].reference == {"date": "2026-03-09"}


def test_the_close_of_the_week_before_is_judged(tmp_path: Path) -> None:
    template = FRIDAY.replace("{when}", "am Freitag der Vorwoche")
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-03-21", "135,21", "141,21")
    assert true["135,21"] == "accurate"
    assert altered["141,21"] == "wrong"
