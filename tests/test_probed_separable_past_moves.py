"""A German move told with a separable verb in the simple past ('Meituan rückten um 3,3% vor', 'erholten sich um
2%') is a completed move (session_words.csv past_move): it had been read as a move still under way, whose German
listing's parity range let a wrong figure pass (de192 '3,3'). Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# 2025-10-20 (Monday), Hong Kong: ^HSI close 25858.83 / 25247.10 (10-17) - 1 = +2.42 %; 0700.HK close 627.50 / 608.00
# - 1 = +3.21 % (its day's range 621.50 .. 632.50, +2.22 % .. +4.03 % on the close before)
_TEXT = (
    "In Hongkong schloss der Hang-Seng-Index am Montag 2,4% höher bei 25 859 Punkten.\n\n"
    "Tencent rückten um 3,2% vor. Der Konzern hatte zuvor neue Spiele angekündigt."
)


def test_a_separable_verb_in_the_past_tells_a_completed_move(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2025, 10, 20))
    assert claims["3,2"].kind == "day_change" and claims["3,2"].listing == "0700.HK"
    assert claims["3,2"].completed_session
    assert verdicts_by_quote(tmp_path, _TEXT, "2025-10-20")["3,2"] == "accurate"


def test_a_wrong_completed_move_is_not_passed_on_the_range(tmp_path: Path) -> None:
    # 4,0 % lies inside the session's range of moves (up to +4.03 %) and its euro parity's, not near the close's +3.21 %
    verdicts = verdicts_by_quote(tmp_path, _TEXT.replace("3,2%", "4,0%"), "2025-10-20")
    assert verdicts["4,0"] == "wrong"


def test_a_reflexive_past_is_completed_too() -> None:
    claims = claims_by_quote(_TEXT.replace("rückten um 3,2% vor", "erholten sich um 3,2%"), date(2025, 10, 20))
    assert claims["3,2"].completed_session
