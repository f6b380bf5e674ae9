"""A percentage set right after a session's extreme, 'fell as low as $121.16, roughly 10% below Wednesday's close',
tells how far that extreme lay from the close before: the session's intraday move at its extreme (cues.csv
intraday_move), not the day's move to the close. Before, it was read as the day's move and a true figure called
wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: 2026-03-18 close 134.43; 2026-03-19 low 121.16, close 124.90:
# 121.16 / 134.43 - 1 = -9.87 % (about 10 %); the close 124.90 / 134.43 - 1 = -7.09 %
DAY = "2026-03-19"
TEMPLATE = (
    "Alibaba's U.S.-listed shares slid on Thursday. The ADRs sank as low as $121.16 in the afternoon, "
    "about {x}% below the previous close, before recovering some ground."
)


def test_percent_after_a_low_is_the_intraday_move() -> None:
    claims = claims_by_quote(TEMPLATE.format(x="10"), date.fromisoformat(DAY))
    assert claims["10"].kind == "intraday_move"
    assert claims["10"].direction == "down"


def test_percent_after_a_high_is_the_intraday_move() -> None:
    claims = claims_by_quote(
        "Baidu's ADRs ended Thursday little changed. They traded as high as $120.40 early on, "
        "3% above Wednesday's close.",
        date.fromisoformat(DAY),
    )
    assert claims["3"].kind == "intraday_move"
    assert claims["3"].direction == "up"


def test_true_distance_of_the_low_is_accurate_and_an_altered_one_is_not(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEMPLATE, DAY, "10", "14")
    assert true["10"] == "accurate"
    assert altered["14"] in ("wrong", "imprecise")
