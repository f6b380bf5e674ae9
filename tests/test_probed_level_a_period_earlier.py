"""A level told with 'a week earlier' right after it ('nach 146,50 HKD eine Woche zuvor', 'up from HK$146.50 a week
earlier'; a month, a year) is the close that long before the day the sentence tells (timing.scope_of,
DayScope.counted_back, dates.day_counted_back), as 'am Vortag' after a level is the session before that day. Before,
it was read as the session before (or that session and the day itself): the true close of a week earlier was called
wrong, and the day before's close passed.

Quotes (9988.HK, seeds/quotes): close 2026-01-16 (Friday) 166.20, 2026-01-15 164.60, 2026-01-09 (the Friday before)
146.50, 2025-12-16 144.20, 2025-01-16 80.45.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

TEMPLATES = [
    ("Alibaba schloss am Freitag in Hongkong bei 166,20 HKD, nach {x} HKD eine Woche zuvor.", "146,50", "164,60"),
    ("Alibaba's Hong Kong shares ended Friday at HK$166.20, up from HK${x} a week earlier.", "146.50", "164.60"),
    ("Alibaba schloss am Freitag in Hongkong bei 166,20 HKD, nach {x} HKD einen Monat zuvor.", "144,20", "164,60"),
    (
        "Alibaba's Hong Kong shares ended Friday at HK$166.20, more than double its HK${x} a year earlier.",
        "80.45",
        "164.60",
    ),
]


@pytest.mark.parametrize(("template", "true", "day_before"), TEMPLATES)
def test_a_level_a_period_earlier_is_the_close_that_long_before(
    tmp_path: Path, template: str, true: str, day_before: str
) -> None:
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-17", true, day_before)
    assert (verdicts[true], altered[day_before]) == ("accurate", "wrong")
