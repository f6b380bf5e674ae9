"""A separable verb written as one word at the end of a subordinate clause ('Meituan-Aktien, die um 12,6 Prozent auf
101,70 HKD einbrachen', '..., die um 0,8 Prozent anzogen'; directions.csv) tells its move's sign as its main-clause
form ('brachen ... ein') does. Before, the move was a count without a direction, out of scope, and a true figure went
unchecked (tester148's de306).

Quotes (seeds/quotes): 3690.HK 2025-08-28 101.70 on 116.30 = -12.55 %; 0700.HK 2025-08-26 609.50 on 614.50 = -0.81 %,
2025-08-25 614.50 on 600.00 = +2.42 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

TEMPLATES = [
    (
        "Börse Hongkong am Donnerstag: Größter Verlierer waren Meituan-Aktien, die um {x} Prozent auf 101,70 HKD "
        "einbrachen.",
        "2025-08-28",
        "12,6",
        "8,6",
        "down",
    ),
    (
        "Börse Hongkong am Dienstag: Tencent-Aktien, die um {x} Prozent abrutschten, zogen den Index nach unten.",
        "2025-08-26",
        "0,8",
        "3,8",
        "down",
    ),
    (
        "Börse Hongkong am Montag: Gefragt waren Tencent-Aktien, die um {x} Prozent anzogen.",
        "2025-08-25",
        "2,4",
        "5,4",
        "up",
    ),
]


@pytest.mark.parametrize(("template", "published", "true", "altered", "direction"), TEMPLATES)
def test_a_fused_separable_verb_tells_the_sign(
    tmp_path: Path, template: str, published: str, true: str, altered: str, direction: str
) -> None:
    claim = claims_by_quote(template.format(x=true), date.fromisoformat(published))[true]
    assert (claim.kind, claim.direction) == ("day_change", direction)
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, published, true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
