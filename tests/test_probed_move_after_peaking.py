"""A fall told as following a peak ('have fallen about 17% after peaking in early October', 'down 17% since hitting a
high in early October', 'hat 17 Prozent verloren, nachdem sie Anfang Oktober ein Hoch erreicht hatte') is the distance
below that peak, not the day's move nor a move over the days the peak's month names.

Before, 'after peaking' and 'nachdem ... ein Hoch erreicht hatte' were read as the day's move and a true figure was
called wrong; 'since hitting a high in early October' as a move over the first days of October (unverifiable).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA: Friday 2025-11-28 close 157.30; the highest close of the past year 189.34 (2025-10-02, that day's high 192.67).
# 157.30 / 189.34 - 1 = -16.92 %; from the intraday high, 157.30 / 192.67 - 1 = -18.36 %.
ENGLISH_AFTER = "Alibaba's ADRs closed Friday at $157.30 and have fallen about {x}% after peaking in early October."
ENGLISH_SINCE = "Alibaba's ADRs closed Friday at $157.30. They are down {x}% since hitting a high in early October."
GERMAN = (
    "Die Alibaba-ADRs schlossen am Freitag bei 157,30 Dollar. Sie haben rund {x} Prozent verloren, nachdem sie Anfang "
    "Oktober ein Hoch erreicht hatten."
)
PEAK_DISTANCES = {"distance_past_peak", "distance_52w_high"}  # a peak of the past 52 weeks is measured as that high


@pytest.mark.parametrize("template", [ENGLISH_AFTER, ENGLISH_SINCE, GERMAN])
def test_the_fall_is_measured_from_the_peak(template: str) -> None:
    claims = claims_by_quote(template.format(x="17"), date(2025, 11, 29))
    assert claims["17"].kind in PEAK_DISTANCES
    assert claims["17"].reference == {"date": "2025-11-28"}


@pytest.mark.parametrize("template", [ENGLISH_AFTER, GERMAN])
def test_the_distance_from_the_peak_is_judged(tmp_path: Path, template: str) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, template, "2025-11-29", {"x": "17"}, {"x": "30"})
    assert true["17"] == "accurate"
    assert altered["30"] == "wrong"
