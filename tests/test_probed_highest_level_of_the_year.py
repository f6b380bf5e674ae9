"""'der Höchststand des Jahres', 'der bisherige Tiefstkurs des laufenden Jahres' name the year's high and low as
'Jahreshoch' and 'Jahrestief' do (cues.csv): before, such a level was read as a high of some period the text does not
fix and left unverifiable.

Quotes (9988.HK, seeds/quotes): the highest daily high of 2026 up to 2026-01-16 is 170.10 (2026-01-15).
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_true_and_altered


def test_the_highest_level_of_the_year_is_the_year_high(tmp_path: Path) -> None:
    template = (
        "Alibaba schloss am Freitag in Hongkong bei 166,20 HKD; der bisherige Höchststand des Jahres liegt bei {x} HKD."
    )
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-17", "170,10", "175,10")
    assert (verdicts["170,10"], altered["175,10"]) == ("accurate", "wrong")
