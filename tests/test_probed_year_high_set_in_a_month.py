"""A year's high told with the month it was set in ('Das Jahreshoch aus dem Oktober bei 186,20 HKD', 'the year high of
HK$186.20 set in October') is the high held at that month's end, read beside the one held at publication
(dates.extreme_set_in_month, `Claim.set_on`): in a January text, October is last year's, and its high is last year's.
Before, it was weighed against the new year's few sessions alone, and a true figure was called wrong.

Quotes (9988.HK, seeds/quotes): the highest daily high of 2025 is 186.20 on 2025-10-03; January 2026 up to the 16th
peaks at 170.10 (2026-01-15). So 186,20 is true as last year's high and 196,20 is wrong either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

TEMPLATES = [
    (
        "Alibaba kostet in Hongkong 166,20 HKD; vom Jahreshoch aus dem Oktober bei {x} HKD ist sie weit entfernt.",
        "186,20",
        "196,20",
    ),
    ("In Hong Kong, Alibaba now trades far below the year high of HK${x} set in October.", "186.20", "196.20"),
]


@pytest.mark.parametrize(("template", "true", "altered"), TEMPLATES)
def test_a_year_high_set_in_a_named_month_is_that_years(tmp_path: Path, template: str, true: str, altered: str) -> None:
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2026-01-16", true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
