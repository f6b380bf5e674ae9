"""An index's move in whole points, written with its decimals dropped ('or 490 points' for 490.62), is accurate, as a
level in whole points already was (bands.csv whole_points): writers truncate points as often as they round them.
An index's close naming no day is read on the closes of the sessions up to publication, not on their ranges
(linking._told_closed). Sentences written for the test (no article copied).

Quotes (seeds/quotes/^HSI.csv): the Hang Seng closed at 25,335.95 on 2026-03-25 and 24,856.43 on Thursday 2026-03-26,
a fall of 479.52 points (24,856.43 - 25,335.95)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_by_quote


@pytest.mark.parametrize(
    ("points", "verdict"),
    [
        ("479", "accurate"),  # 479.52 with its decimals dropped
        ("480", "accurate"),  # rounded
        ("476", "wrong"),  # 3.52 points short: neither
    ],
)
def test_an_index_move_in_whole_points_may_drop_its_decimals(tmp_path: Path, points: str, verdict: str) -> None:
    text = f"Hang Seng\n\nDer Hang Seng fiel am Donnerstag um {points} Punkte.\n"
    assert verdicts_by_quote(tmp_path, text, "2026-03-27")[points] == verdict


# An index's close naming no day, in a text without a clock ('Der Hang-Seng-Index schloss bei 26.700 Punkten' under a
# dateline of the day): a close of one of the sessions up to publication, not any level of their ranges. It had been
# read on Thursday's range (26,410.77 .. 26,919.39), which holds 26,700: a wrong close let through. ^HSI closes:
# 26,834.77 on 2026-02-03, 26,847.32 on 02-04, 26,885.24 on Thursday 02-05.


@pytest.mark.parametrize(("level", "verdict"), [("26.700", "wrong"), ("26.885", "accurate")])
def test_an_index_close_naming_no_day_is_read_on_the_closes(tmp_path: Path, level: str, verdict: str) -> None:
    text = f"Asiens Börsen\n\nHongkong, 5. Feb. Der Hang-Seng-Index schloss bei {level} Punkten.\n"
    assert verdicts_by_quote(tmp_path, text, "2026-02-05")[level] == verdict
