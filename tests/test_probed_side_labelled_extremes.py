"""A price labelled in brackets by its side alone ('186,20 HKD (Hoch)', '95,70 HKD (Tief)') is that side of the
52-week (the year's) window its sentence names, else the sentence before (linking.labelled_extremes): 'In Hongkong
liegen die Eckwerte bei 186,20 HKD (Hoch) und 95,70 HKD (Tief)' after 'Das 52-Wochen-Tief liegt bei 86,70 Euro' is
the Hong Kong 52-week high and low; a range told in the other order ('52-Wochen-Spanne: 186,20 HKD (Hoch) und 95,70 HKD
(Tief)') takes the labels' sides.

Before, the labelled prices were read as the day's last price and the range's first figure as its low: true 52-week
extremes were called wrong (tester145's de300).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK to 2026-02-26: close 143.00; 52-week high 186.20 (2025-10-03), 52-week low 95.70 (2025-04-09).
AFTER = (
    "Die Alibaba-Aktie schloss in Hongkong bei 143,00 HKD. Das 52-Wochen-Tief der ADRs liegt bei 95,73 US-Dollar. "
    "In Hongkong liegen die Eckwerte bei {high} HKD (Hoch) und {low} HKD (Tief)."
)
OPENING = "Die Alibaba-Aktie schloss in Hongkong bei 143,00 HKD. "
RANGE = OPENING + "Die 52-Wochen-Spanne: {high} HKD (Hoch) und {low} HKD (Tief)."


def test_labels_take_the_window_of_the_sentence_before() -> None:
    claims = claims_by_quote(AFTER.format(high="186,20", low="95,70"), date(2026, 2, 26))
    assert (claims["186,20"].kind, claims["186,20"].listing) == ("high_52w", "9988.HK")
    assert (claims["95,70"].kind, claims["95,70"].listing) == ("low_52w", "9988.HK")


def test_labels_set_the_sides_of_a_range_told_high_first() -> None:
    claims = claims_by_quote(RANGE.format(high="186,20", low="95,70"), date(2026, 2, 26))
    assert (claims["186,20"].kind, claims["95,70"].kind) == ("high_52w", "low_52w")


def test_a_label_without_a_window_named_leaves_the_price() -> None:
    claims = claims_by_quote("Die Alibaba-Aktie schloss in Hongkong bei 143,00 HKD (Tief).", date(2026, 2, 26))
    assert claims["143,00"].kind == "close"


def test_labelled_extremes_are_judged_as_the_windows(tmp_path: Path) -> None:
    for template in (AFTER, RANGE):
        (tmp_path / str(id(template))).mkdir()
        true, altered = verdicts_true_and_altered(
            tmp_path / str(id(template)),
            template,
            "2026-02-26",
            {"high": "186,20", "low": "95,70"},
            {"high": "196,20", "low": "98,70"},
        )
        assert (true["186,20"], true["95,70"]) == ("accurate", "accurate")
        assert (altered["196,20"], altered["98,70"]) == ("wrong", "wrong")
