"""A distance told of a moving average the text named just before: 'Der Abstand beträgt rund 2,6 Prozent' in the
sentence after the one naming the 50-Tage-Linie (distance_words.csv average_back_reference,
`metrics.indicator_pointed_back`: its window is the one that sentence named), and 'ihr gegenüber notiert die Aktie gut
19 Prozent im Plus' after the 200-Tage-Linie in the same sentence (cues.csv). Before, the first was a count out of
scope, so a wrong distance went unchecked, and the second a day's move, so a true distance was called wrong
(tester148's de307). A distance said after a 52-week high stays no average's.

Quotes (NVDA, seeds/quotes): close 2025-11-18 181.36; SMA50 186.19 (-2.59 %), SMA200 151.85 (+19.44 %).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

LEAD = "Nvidia-Aktie: Am Dienstag schloss die Aktie bei 181,36 USD. "
TEMPLATES = [
    (
        LEAD + "Damit ist sie unter die 50-Tage-Linie gefallen, die bei 186,19 USD verläuft. Der Abstand beträgt rund "
        "{x} Prozent.",
        "2,6",
        "12",
    ),
    (LEAD + "Die 200-Tage-Linie liegt bei rund 152 USD. Der Abstand zu ihr beträgt gut {x} Prozent.", "19", "29"),
    (
        LEAD + "Deutlich darunter liegt die 200-Tage-Linie bei rund 152 USD – ihr gegenüber notiert die Aktie noch gut "
        "{x} Prozent im Plus.",
        "19",
        "29",
    ),
    ("Nvidia closed at $181.36 on Tuesday. The 50-day line sits at $186.19. The gap is about {x}%.", "2.6", "12"),
]


@pytest.mark.parametrize(("template", "true", "altered"), TEMPLATES)
def test_a_distance_pointing_back_to_an_average_is_its_distance(
    tmp_path: Path, template: str, true: str, altered: str
) -> None:
    assert claims_by_quote(template.format(x=true), date(2025, 11, 19))[true].kind == "moving_average_distance"
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-11-19", true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")


def test_a_distance_after_a_high_is_no_averages() -> None:
    text = LEAD + "Die 50-Tage-Linie liegt bei 186,19 USD. Das 52-Wochen-Hoch liegt bei 212,19 USD. "
    text += "Der Abstand beträgt rund 15 Prozent."
    assert claims_by_quote(text, date(2025, 11, 19))["15"].kind != "moving_average_distance"
