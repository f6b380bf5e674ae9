"""Moves in points told with the extreme they went to ('after dipping 190 points at one point to a low of 25,591.66,
climbed as much as 299 points to an intraday high of 26,080.84') are the session's moves, not the open or the high:
a level written with its thousands grouped separates the high's or low's words from the move before them, and an
opening level ('opened at 25,718.53 and, after dipping ...') does not reach past 'after'. en187's two true moves had
been called wrong. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# ^HSI 2025-10-23: open 25718.53, low 25591.66, high 26080.84; 2025-10-22 close 25781.77: the low 190.11 points below
# that close, the high 299.07 points above it
_TEXT = (
    "Hong Kong stocks rebounded on Thursday. The Hang Seng Index opened at 25,718.53 and, after dipping 190 points at"
    " one point to a low of 25,591.66, climbed as much as 299 points to an intraday high of 26,080.84."
)


def test_moves_in_points_to_an_extreme_are_the_sessions_moves(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2025, 10, 23))
    assert (claims["190"].kind, claims["299"].kind) == ("index_move", "index_move")
    assert (claims["25,718.53"].kind, claims["26,080.84"].kind) == ("open_price", "day_high")
    verdicts = verdicts_by_quote(tmp_path, _TEXT, "2025-10-23")
    assert all(verdicts[q] == "accurate" for q in ("25,718.53", "190", "299", "26,080.84")), verdicts


def test_a_move_in_points_beyond_the_sessions_range_is_wrong(tmp_path: Path) -> None:
    # 499 points: 200 beyond the high's 299.07
    verdicts = verdicts_by_quote(tmp_path, _TEXT.replace("as much as 299", "as much as 499"), "2025-10-23")
    assert verdicts["499"] == "wrong"
