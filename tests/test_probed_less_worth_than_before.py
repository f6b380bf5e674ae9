"""'X Prozent weniger wert als vor einem Monat' compares the price with the one a month back: no distance to a peak.
cues.csv's distance_past_peak row for a bare 'X Prozent weniger' ('heute sind es knapp 47 Prozent weniger', after a
peak told before) stays off where 'als' follows within two words ('weniger wert als', 'weniger teuer als'), as it does
right after ('weniger als am Vortag').

Before, '13 Prozent weniger wert als vor einem Monat' was the distance to the 52-week high: a true month's fall
(143.00 / 165.20 - 1 = -13.4 %) called wrong against the distance to the high.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.kinds import DISTANCE_KINDS
from tests.helpers import claims_by_quote, verdicts_by_quote

# 9988.HK closes (seeds/quotes): 143.00 on 2026-02-26, 165.20 on 2026-01-26, a month before.
TEXT = (
    "Die Alibaba-Aktie schloss in Hongkong am Donnerstag bei 143,00 HKD. "
    "Damit ist die Aktie rund 13 Prozent weniger wert als vor einem Monat."
)


def test_less_worth_than_a_month_ago_is_no_distance_to_a_peak() -> None:
    assert claims_by_quote(TEXT, date(2026, 2, 26))["13"].kind not in DISTANCE_KINDS


def test_the_true_figure_is_not_called_wrong(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, TEXT, "2026-02-26")["13"] != "wrong"


def test_a_bare_percentage_less_after_a_peak_stays_its_distance() -> None:
    text = (
        "Noch größer ist die Lücke zum Hoch von 2021: Damals notierten die Alibaba-ADS zeitweise bei mehr als 270 "
        "Dollar, heute sind es knapp 47 Prozent weniger."
    )
    assert claims_by_quote(text, date(2026, 2, 26))["47"].kind == "distance_past_peak"
