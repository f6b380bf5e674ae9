"""Every reading the measure names in words has its German wording in expectations/rules/phrases.csv: a name
missing there reached a German explanation in English ('stimmt: move to about the stated price gegenüber
Vortagesschluss'). Names built at run time (f-strings) are covered by their parts' rows and left out here."""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMED = re.compile(r"\b(?:point_reading|_range|_day_range_vs)\(\s*\"([^\"]+)\"")


def test_every_literal_reading_name_has_a_german_row() -> None:
    with (ROOT / "expectations" / "rules" / "phrases.csv").open(encoding="utf-8") as table:
        english = {row["en"] for row in csv.DictReader(table)}
    names = {
        match[1]
        for module in (ROOT / "src" / "claimcheck" / "core").glob("*.py")
        for match in NAMED.finditer(module.read_text(encoding="utf-8"))
    }
    assert len(names) >= 10  # the measure's readings are found at all
    assert names - english == set()
