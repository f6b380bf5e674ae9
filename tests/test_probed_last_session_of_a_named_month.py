"""'Am letzten Handelstag des Januar' ('des Monats', 'on the last trading day of January') is the last session of that
month, not the session before the day told, as 'am letzten Handelstag' alone is; and 'im Gesamtmonat Januar' is the
month named, as 'im Monat Januar' is.

Before, dpa-AFX's 'Am letzten Handelstag des Januar haben Anleger ... Kasse gemacht. Der Hang-Seng-Index fiel um 2,1
Prozent ...' published on Friday 30 January was read as Thursday's session, and every figure after it with it; and
'im Gesamtmonat Januar gewann der Leitindex fast 7 Prozent' was read as the week's move of the clause before
(tester140's de295 showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# ^HSI: close 2026-01-29 27968.09, 2026-01-30 27387.11: -2.08 %; 2025-12-31 25630.54: January +6.85 %;
# 2026-02-26 26381.02, 2026-02-27 26630.54: +0.95 %.
OPENING = (
    "Am letzten Handelstag des Januar haben Anleger an der Börse in Hongkong Kasse gemacht. "
    "Der Hang-Seng-Index fiel um {day} Prozent auf 27.387,11 Punkte."
)
ENGLISH = "On the last trading day of January, the Hang Seng index fell {day}% to 27,387.11."
MONTH_UNNAMED = (
    "Der Hang Seng büßte im Februar 3,8 Prozent ein und ging mit 26.630,54 Punkten aus dem Monat. "
    "Am letzten Handelstag des Monats legte er knapp {day} Prozent zu."
)
WHOLE_MONTH = (
    "Der Hang-Seng-Index fiel um 2,1 Prozent auf 27.387,11 Punkte. Auf Wochensicht steht ein Plus von knapp 2,4 "
    "Prozent, im Gesamtmonat Januar gewann der Leitindex fast {month} Prozent."
)


@pytest.mark.parametrize(
    ("template", "quote", "published"),
    [(OPENING, "2,1", date(2026, 1, 30)), (OPENING, "2,1", date(2026, 2, 3)), (ENGLISH, "2.1", date(2026, 2, 3))],
)
def test_the_last_session_of_the_named_month(template: str, quote: str, published: date) -> None:
    claims = claims_by_quote(template.format(day=quote), published)
    assert claims[quote].reference == {"date": "2026-01-30"}


def test_the_last_session_of_the_month_told_of() -> None:
    claims = claims_by_quote(MONTH_UNNAMED.format(day="1"), date(2026, 3, 2))
    assert claims["1"].kind == "index_move"
    assert claims["1"].reference == {"date": "2026-02-27"}


def test_the_whole_month_compound_names_the_month() -> None:
    claims = claims_by_quote(WHOLE_MONTH.format(month="7"), date(2026, 1, 30))
    assert claims["7"].kind == "month_return"
    assert claims["7"].reference == {"start": "2026-01-01", "end": "2026-01-30"}
    assert claims["2,4"].kind == "week_return"


def test_the_last_session_of_january_is_judged_on_it(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, OPENING, "2026-01-30", {"day": "2,1"}, {"day": "4,6"})
    assert true["2,1"] == "accurate"
    assert true["27.387,11"] == "accurate"
    assert altered["4,6"] == "wrong"


def test_the_whole_month_is_judged_on_january(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, WHOLE_MONTH, "2026-01-30", {"month": "7"}, {"month": "12"})
    assert true["7"] == "accurate"
    assert altered["12"] == "wrong"
