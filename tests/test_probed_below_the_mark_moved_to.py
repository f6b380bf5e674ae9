"""A level moved to ('rutschte unter die Marke von 25.000 Punkten', 'stieg über die Schwelle von ...'; hedges.csv,
the accusative after a verb of motion beside the dative 'unter der Marke von') is a bound, not the level itself.
Before, 'unter die Marke von 25.000 Punkten' was read as the close at 25.000 and a true figure was called imprecise
(tester148's de306).

Quotes (^HSI, seeds/quotes): close 2025-08-28 24998.82.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

TEMPLATES = [
    ("Der Hang Seng schloss am Donnerstag tiefer und rutschte unter die Marke von {x} Punkten.", "25.000", "24.500"),
    ("Der Hang Seng schloss am Donnerstag und fiel damit unter die Schwelle von {x} Punkten.", "25.000", "24.500"),
    ("Der Hang Seng schloss am Donnerstag und stieg damit über die Marke von {x} Punkten.", "24.900", "25.500"),
]


@pytest.mark.parametrize(("template", "true", "altered"), TEMPLATES)
def test_a_mark_moved_to_is_a_bound(tmp_path: Path, template: str, true: str, altered: str) -> None:
    claim = claims_by_quote(template.format(x=true), date(2025, 8, 28))[true]
    assert claim.hedge in ("less_than", "more_than")
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-08-28", true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
