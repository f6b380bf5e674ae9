"""A side phrase between commas dating the level a sentence opens with ('Vom Januarhoch bei 174,20 HKD, markiert am 29.
Januar, hat die Aktie knapp 18 Prozent eingebüßt') does not push the high's words away from the distance after it, as a
day told between them in one clause does not: the distance from that month's high, not the session's move its verb alone
would tell (tester150: a true distance from the March high had been read as the day's move and called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: highest high of January 2026 174.20 (2026-01-29); close 2026-02-27 142.90:
# 142.90 / 174.20 - 1 = -17.97 %
FRIDAY = date(2026, 2, 27)


ASIDES = (", markiert am 29. Januar,", ", erreicht am 29. Januar,", ", aufgestellt Ende Januar,")


@pytest.mark.parametrize("aside", ASIDES)
def test_the_distance_from_the_month_high_reaches_across_the_aside(aside: str) -> None:
    text = (
        "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 142,90 HKD. "
        f"Vom Januarhoch bei 174,20 HKD{aside} hat das Papier knapp 18 Prozent eingebüßt."
    )
    claims = claims_by_quote(text, FRIDAY)
    assert claims["18"].kind == "distance_past_peak"
    assert claims["18"].extreme_month == "2026-01"


def test_the_true_distance_passes_and_an_altered_one_does_not(tmp_path: Path) -> None:
    template = (
        "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 142,90 HKD. "
        "Vom Januarhoch bei 174,20 HKD, markiert am 29. Januar, hat das Papier knapp {x} Prozent eingebüßt."
    )
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-02-27", "18", "12")
    assert true["18"] == "accurate"
    assert altered["12"] in ("wrong", "imprecise")
