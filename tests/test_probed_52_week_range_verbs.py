"""A 52-week range told with a verb between its name and its ends ('the 52-week range runs from HK$73.25 to HK$141.40',
'its 52-week range spans $74.71 to $149.51', 'was between ... and ...') holds the 52-week low and high (cues.csv, the
52-week range rows), as 'the 52-week range is ...' did. Before, the verb left only the range's shape, read as the
session's own: the day's low and high, and both true ends were called wrong.

Quotes (seeds/quotes): 9888.HK in the 52 weeks to 2025-10-17: lowest low 73.25 (2025-04-09), highest high 141.40
(2025-10-02); BIDU: 74.71 (2025-04-09) and 149.51 (2025-10-06).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

SENTENCES = [
    (
        "Baidu (9888.HK) slid on Friday. Its 52-week range runs from HK$73.25 to HK$141.40.",
        "73.25",
        "141.40",
        "9888.HK",
    ),
    (
        "Baidu (9888.HK) slid on Friday. The 52-week range ranges from HK$73.25 to HK$141.40.",
        "73.25",
        "141.40",
        "9888.HK",
    ),
    ("Baidu (BIDU) slid on Friday. The stock's 52-week range spans $74.71 to $149.51.", "74.71", "149.51", "BIDU"),
    ("Baidu (BIDU) slid on Friday. Its 52-week range was between $74.71 and $149.51.", "74.71", "149.51", "BIDU"),
]


@pytest.mark.parametrize(("text", "low", "high", "listing"), SENTENCES)
def test_a_range_told_with_a_verb_holds_the_52_week_extremes(text: str, low: str, high: str, listing: str) -> None:
    claims = claims_by_quote(text, date(2025, 10, 19))
    assert (claims[low].kind, claims[high].kind) == ("low_52w", "high_52w")
    assert claims[low].listing == claims[high].listing == listing


def test_true_ends_are_accurate_and_an_altered_high_wrong(tmp_path: Path) -> None:
    template = "Baidu (9888.HK) slid on Friday. In Hong Kong, the 52-week range runs from HK$73.25 to HK${x}."
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-10-19", "141.40", "151.40")
    assert (verdicts["73.25"], verdicts["141.40"], wrong["151.40"]) == ("accurate", "accurate", "wrong")
