"""A session's close or open naming no day, in a text stamped with its zone after its listing's close that day, is that
session's (frames._SESSION_JUST_ENDED, as a day's high and low were already): the session before stays permitted only
while the day's session has not closed. Texts written for the test (no article copied).

Quotes (seeds/quotes/BIDU.csv): Baidu's ADRs opened at 113.60 and closed at 112.53 on Tuesday 2026-03-24; opened at
114.85 and closed at 115.60 on Wednesday 2026-03-25 (the day +2.73 %, 115.60 / 112.53 - 1)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_by_quote

AFTER_THE_BELL = "Movers after the bell\n\nWed, March 25, 2026 at 5:05 PM EDT\n\n"
BEFORE_THE_CLOSE = "Midday movers\n\nWed, March 25, 2026 at 11:05 AM EDT\n\n"


def test_a_close_and_open_after_the_bell_are_the_days(tmp_path: Path) -> None:
    text = (
        AFTER_THE_BELL
        + "Baidu's shares had finished the regular session 2.7% higher at $115.60. They had opened at $114.85."
    )
    assert verdicts_by_quote(tmp_path, text, "2026-03-25") == {
        "2.7": "accurate",
        "115.60": "accurate",
        "114.85": "accurate",
    }


def test_the_session_befores_close_and_open_after_the_bell_are_caught(tmp_path: Path) -> None:
    # Tuesday's close and open: both had passed on the session before, permitted to any undated figure
    text = (
        AFTER_THE_BELL
        + "Baidu's shares had finished the regular session 2.7% higher at $112.53. They had opened at $113.60."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["112.53"] == "wrong" and verdicts["113.60"] == "wrong"


def test_before_the_close_the_last_close_is_still_the_session_befores(tmp_path: Path) -> None:
    text = BEFORE_THE_CLOSE + "Baidu's shares, which closed at $112.53, were trading higher."
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["112.53"] == "accurate"


def test_a_german_evening_text_after_new_yorks_close(tmp_path: Path) -> None:
    # 22:40 in Berlin (CET until 29 March) is 17:40 in New York (EDT since 8 March): the session had closed
    head = "Baidu in New York\n\n25.03.2026, 22:40 Uhr\n\n"
    true = head + "Die Baidu-ADRs gingen mit einem Plus von 2,7 Prozent bei 115,60 Dollar aus dem Handel."
    assert verdicts_by_quote(tmp_path, true, "2026-03-25") == {"2,7": "accurate", "115,60": "accurate"}
    stale = head + "Die Baidu-ADRs gingen mit einem Plus von 2,7 Prozent bei 112,53 Dollar aus dem Handel."
    assert verdicts_by_quote(tmp_path, stale, "2026-03-25")["112,53"] == "wrong"
