"""A weekday after 'since last' ('since last Friday's close', 'since the previous Monday') is the start of that
look-back alone, as a weekday right after 'since' already was: it dates no other figure of the sentence.

Before, 'The index has lost about 3.9% since last Friday's close and is down 3.0% since the start of the year' ended
the year-to-date move on last Friday (the word 'last' stood between 'since' and the day phrase) and called the true
3.0% wrong (tester141's en281 showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# NVDA: 2026-02-05 (Thursday) close 171.88; 2026-01-30 (Friday) close 191.13: -10.07 %; 2025-12-31 close 186.50:
# 171.88 / 186.50 - 1 = -7.84 %.
TEMPLATE = (
    "Nvidia ended Thursday at $171.88. The chipmaker has dropped about 10% since {since} and is down {x}% so far "
    "this year."
)


@pytest.mark.parametrize("since", ["last Friday's close", "last Friday", "the previous Friday's close"])
def test_the_year_to_date_move_ends_on_the_day_in_play(since: str) -> None:
    claims = claims_by_quote(TEMPLATE.format(since=since, x="7.8"), date(2026, 2, 6))
    assert claims["7.8"].reference == {"start": "2026-01-01", "end": "2026-02-05"}


def test_the_year_to_date_move_is_judged_to_the_day_in_play(tmp_path: Path) -> None:
    template = TEMPLATE.replace("{since}", "last Friday's close")
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-02-06", "7.8", "11.8")
    assert true["7.8"] == "accurate"
    assert altered["11.8"] == "wrong"
