"""An index's move in whole points, written with its decimals dropped ('or 490 points' for 490.62), is accurate, as a
level in whole points already was (bands.csv whole_points): writers truncate points as often as they round them.
Sentences written for the test (no article copied).

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
