"""A moving average's level told right after its name ('die 50-Tage-Linie bei 153 HKD überwunden', 'Auch die
200-Tage-Linie bei etwa 135 HKD wurde zurückerobert') is the average's level, whatever break verb follows
(cues.csv, the moving-average row with its 'bei'/'at', ahead of the level-break row). Before, the break's participle
stood nearer the number and made it a round-number mark the session crossed: the true average was called wrong.

Quotes (9988.HK, seeds/quotes, closes up to 2026-01-14): the mean of the last 50 closes is 152.94, of the last 200
134.81 (the session closed at 169.00).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

TEMPLATES = [
    (
        "Alibaba schloss am Mittwoch in Hongkong bei 169,00 HKD und hat die 50-Tage-Linie bei {x} HKD überwunden.",
        "153",
        "163",
    ),
    (
        "Alibaba schloss am Mittwoch bei 169,00 HKD. Auch die 200-Tage-Linie bei etwa {x} HKD wurde zurückerobert.",
        "135",
        "148",
    ),
]


@pytest.mark.parametrize(("template", "true", "altered"), TEMPLATES)
def test_an_average_level_before_a_break_verb_is_the_averages(
    tmp_path: Path, template: str, true: str, altered: str
) -> None:
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2026-01-15", true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
