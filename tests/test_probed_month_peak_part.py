"""A month's peak named by a part of the month or after 'im' ('Vom Hoch Anfang Oktober', 'Vom Hoch im Oktober', 'from
their mid-October high') is the peak a distance is measured from, as 'Vom Oktober-Hoch' already was (cues.csv
distance_past_peak, dates._MONTHS_EXTREME): 'Vom Hoch im Oktober hat die Aktie fast 35 Prozent verloren' had been read
as the day's move and called wrong, and 'Anfang Oktober' dated the distance to early October. Each text here is
written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# BABA, October 2025: highest close 189.34 (2025-10-02), highest high 192.67 (2025-10-02). Thursday 2026-03-19 close
# 124.90: 124.90 / 189.34 - 1 = -34.03 %, 124.90 / 192.67 - 1 = -35.17 %: 'fast 35 Prozent' holds on either


@pytest.mark.parametrize(
    "text",
    [
        "Vom Hoch im Oktober hat die Alibaba-Aktie inzwischen fast 35 Prozent verloren.",
        "Vom Hoch Anfang Oktober hat die Alibaba-Aktie inzwischen fast 35 Prozent verloren.",
        "Vom Hoch Mitte Oktober ist die Alibaba-Aktie fast 35 Prozent entfernt.",
        "Alibaba's ADRs have lost almost 35% from their mid-October high.",
    ],
)
def test_a_distance_from_a_months_peak_named_by_its_part_is_measured_now(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 20))["35"]
    assert (claim.kind, claim.extreme_month) == ("distance_past_peak", "2025-10")
    assert claim.reference == {"date": "2026-03-20"}  # as of now, not of early October
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["35"] == "accurate"


def test_a_distance_far_off_the_peak_is_not_accurate(tmp_path: Path) -> None:
    # 25 % lies 9 points or more from both readings
    text = "Vom Hoch Anfang Oktober hat die Alibaba-Aktie inzwischen fast 25 Prozent verloren."
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["25"] != "accurate"
