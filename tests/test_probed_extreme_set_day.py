"""A 52-week extreme told with the day it was set ('Their 52-week high, $165.30, was set on Jan. 22') is read as of
publication, the day it names being the extreme's, not a session the text reports: it does not move the end of a later
period figure naming no day (linking.bound_period_windows), which stays at the last session the text reported. Texts
written for the test (no article copied).

Quotes (seeds/quotes/BIDU.csv): Baidu's ADRs closed at 92.59 on 2025-03-10 and 94.47 on 2025-03-11; at 125.50 on
Tuesday 2026-03-10 and 125.15 on Wednesday 2026-03-11; the 52-week high 165.30 was the day high of 2026-01-22. Twelve
months to Tuesday: 125.50 / 92.59 - 1 = +35.54 %; to Wednesday: 125.15 / 94.47 - 1 = +32.48 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

ENGLISH = (
    "Baidu's ADRs finished Tuesday's session 2.5% higher at $125.50. Their 52-week high, $165.30, was set on Jan. 22. "
    "Over the last twelve months the stock has climbed 36%."
)
GERMAN = (
    "Die Baidu-ADRs schlossen am Dienstag in New York bei 125,50 Dollar, 2,5 Prozent höher. Ihr 52-Wochen-Hoch von "
    "165,30 Dollar markierten sie am 22. Januar. Auf Sicht von zwölf Monaten liegt das Papier rund 36 Prozent im Plus."
)


def test_the_period_after_a_dated_extreme_ends_at_the_session_reported(tmp_path: Path) -> None:
    claims = claims_by_quote(ENGLISH, date(2026, 3, 11))
    assert claims["165.30"].kind == "high_52w" and claims["165.30"].set_on == "2026-01-22"
    assert claims["36"].kind == "twelve_month_return"
    assert claims["36"].reference == {"start": "2025-03-10", "end": "2026-03-10"}
    verdicts = verdicts_by_quote(tmp_path, ENGLISH, "2026-03-11")
    assert verdicts["36"] == "accurate" and verdicts["165.30"] == "accurate"


def test_a_wrong_twelve_months_after_a_dated_extreme_is_still_caught(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, ENGLISH.replace("36%", "26%"), "2026-03-11")
    assert verdicts["26"] == "wrong"


def test_the_same_in_german(tmp_path: Path) -> None:
    claims = claims_by_quote(GERMAN, date(2026, 3, 11))
    assert claims["36"].reference == {"start": "2025-03-10", "end": "2026-03-10"}
    assert verdicts_by_quote(tmp_path, GERMAN, "2026-03-11")["36"] == "accurate"
