"""A German phrase of an earlier move standing inside the main clause, after its verb, its day an attribute of the noun
('gibt nach dem gestrigen Kurssprung 1,1 Prozent ab', 'legt nach dem Rückschlag vom Vortag 2 Prozent zu'): the phrase
ends at the noun and its own attributes, so the figures after it are the main clause's, of the day in play, with the
main verb's direction, not the earlier move's day and direction (found by tester147's ticker de304). Sentences written
for the test; figures from seeds/quotes:

- 0700.HK: close 2025-09-22 641.00, 2025-09-23 635.50 (-0.86 %), 2025-09-24 648.50 (+2.05 %).
- 9988.HK: close 2025-09-24 174.00, 2025-09-25 172.00 (-1.15 %).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Tencent-Aktie legt in Hongkong nach dem gestrigen Rückschlag 2,0 Prozent auf 648,50 HKD zu.",
        "Die Tencent-Aktie legt in Hongkong nach dem Rückschlag vom Vortag 2,0 Prozent auf 648,50 HKD zu.",
        "Die Tencent-Aktie legt in Hongkong nach dem Rückschlag von gestern 2,0 Prozent auf 648,50 HKD zu.",
    ],
)
def test_the_figures_after_the_phrase_are_the_main_clauses(sentence: str) -> None:
    claims = claims_by_quote(sentence, date(2025, 9, 24))
    assert claims["2,0"].reference == {"date": "2025-09-24"} and claims["2,0"].direction == "up"
    assert claims["648,50"].reference == {"date": "2025-09-24"}


def test_a_fall_after_a_jump_keeps_its_own_direction(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Die Alibaba-Aktie gibt in Hongkong nach dem gestrigen Kurssprung {x} Prozent auf 172,00 HKD ab.",
        "2025-09-25",
        "1,1",
        "3,1",
    )
    assert true["1,1"] == "accurate" and altered["3,1"] == "wrong"


def test_the_phrases_own_figure_keeps_the_earlier_day() -> None:
    # 'von 0,9 Prozent' is the earlier move's own figure (0700.HK 2025-09-23: -0.86 %), the bare one after it the day's
    claims = claims_by_quote(
        "Die Tencent-Aktie legt nach einem Minus von 0,9 Prozent am Vortag 2,0 Prozent auf 648,50 HKD zu.",
        date(2025, 9, 24),
    )
    assert claims["0,9"].reference == {"date": "2025-09-23"} and claims["0,9"].direction == "down"
    assert claims["2,0"].reference == {"date": "2025-09-24"} and claims["2,0"].direction == "up"
