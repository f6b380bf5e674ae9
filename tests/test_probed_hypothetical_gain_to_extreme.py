"""A gain or loss told as what a stock would make if it reached an extreme, the condition after a comma ('Gewinne von
26,58 Prozent würde die Aktie verbuchen, sollte sie das 52-Wochen-Hoch erreichen', '..., wenn sie auf das 52-Wochen-Tief
fiele', 'would gain 26.6%, should they regain their 52-week high'), is the distance to that extreme, measured in per
cent of the price, and judged.

Before, the comma pushed the extreme's words away from the number, and the figure was set out of scope as a forecast
(tester135's de287 showed the class, finanzen.net's standard sentence).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK on 2026-02-20: close 147.10; highest high of the 52 weeks to then 186.20 (2025-10-03), lowest low 95.70
# (2025-04-09). 186.20 / 147.10 - 1 = +26.58 %; 95.70 / 147.10 - 1 = -34.94 %.
GERMAN = (
    "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 147,10 HKD. Gewinne von {high} Prozent würde sie verbuchen, "
    "sollte sie das 52-Wochen-Hoch erreichen. Abschläge von {low} Prozent würde sie verbuchen, wenn sie auf das "
    "52-Wochen-Tief fiele."
)
ENGLISH = (
    "Alibaba's Hong Kong shares closed Friday at HK$147.10. They would gain {high}%, should they regain their 52-week "
    "high."
)


@pytest.mark.parametrize(("template", "high"), [(GERMAN, "26,58"), (ENGLISH, "26.6")])
def test_the_hypothetical_gain_is_the_distance_to_the_high(template: str, high: str) -> None:
    claims = claims_by_quote(template.format(high=high, low="34,94"), date(2026, 2, 21))
    assert (claims[high].kind, claims[high].reference) == ("distance_52w_high", {"date": "2026-02-20"})
    if template is GERMAN:
        assert claims["34,94"].kind == "distance_52w_low"


def test_the_distances_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, GERMAN, "2026-02-21", {"high": "26,58", "low": "34,94"}, {"high": "8,40", "low": "12,50"}
    )
    assert (true["26,58"], true["34,94"]) == ("accurate", "accurate")
    assert (altered["8,40"], altered["12,50"]) == ("wrong", "wrong")
