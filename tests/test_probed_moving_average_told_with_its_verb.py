"""A moving average's level told with a verb of its own ('Die 200-Tage-Linie notiert bei rund 145,60 Dollar') is the
average, not a share price (cues.csv moving_average price row); the distance 'zu ihr' a longer clause after the
average names is the distance to that average (cues.csv moving_average_distance row, up to 100 characters apart).

Before, the level was a price of the day and the distance the day's move (a true figure called wrong; tester143, de298).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA 2026-03-13: close 135.21, SMA50 155.68, SMA200 145.59; 135.21 / 155.68 - 1 = -13.15 %.
TEXT = (
    "Die Alibaba-ADRs schlossen am Freitag bei 135,21 Dollar. Die 50-Tage-Linie, die derzeit bei 155,70 Dollar "
    "verläuft, hat die Aktie Anfang März klar unterschritten; der Abstand zu ihr liegt mittlerweile bei rund {x} "
    "Prozent. Die 200-Tage-Linie notiert bei rund {level} Dollar."
)


def test_the_kinds() -> None:
    claims = claims_by_quote(TEXT.format(x="13", level="145,60"), date(2026, 3, 14))
    assert claims["13"].kind == "moving_average_distance"
    assert claims["145,60"].kind == "moving_average"


def test_they_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-03-14", {"x": "13", "level": "145,60"}, {"x": "23", "level": "165,60"}
    )
    assert (true["13"], true["145,60"]) == ("accurate", "accurate")
    assert (altered["23"], altered["165,60"]) == ("wrong", "wrong")
