"""A look-back's day with the month abbreviated as Reuters writes it, without a full stop ('its best day since Sept 1,
when it soared 18.5%', 'down 6% since Aug 29'), starts the look-back and dates the 'when' clause as 'Sept. 1' does
(dates._SINCE_A_DAY, dates._SINCE_DAY_WHEN). Before, only 'Sept. 1' was read: 'Sept 1' was no date, the move told of
that day was read as the publication day's, and a true figure was called wrong.

Quotes (seeds/quotes): 9988.HK 2025-09-01 137.10 / 115.70 (2025-08-29) = +18.50 %; BIDU 2025-09-17 137.83 / 123.79
(2025-09-16) = +11.34 %; BIDU 2025-09-24 132.92 / 95.30 (2025-08-29) = +39.48 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered


@pytest.mark.parametrize(
    ("text", "quote", "reference"),
    [
        (
            "Alibaba's Hong Kong shares end up 9.2% at HK$174.00, their best day since Sept 1, when they soared 18.5%.",
            "18.5",
            {"date": "2025-09-01"},
        ),
        (
            "Baidu's ADRs are set for their best day since Sept 17, when they jumped 11.3%.",
            "11.3",
            {"date": "2025-09-17"},
        ),
        ("Baidu's ADRs have gained 39% since Aug 29.", "39", {"start": "2025-08-29", "end": "2025-09-24"}),
    ],
)
def test_the_day_of_an_abbreviated_month_without_a_stop_dates_the_look_back(
    text: str, quote: str, reference: dict[str, str]
) -> None:
    assert claims_by_quote(text, date(2025, 9, 24))[quote].reference == reference


def test_the_when_clause_after_sept_without_a_stop_is_judged_on_that_day(tmp_path: Path) -> None:
    template = "Alibaba's Hong Kong shares rose 9.2% to HK$174.00, their best day since Sept 1, when they soared {x}%."
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-09-24", "18.5", "12.5")
    assert (verdicts["18.5"], wrong["12.5"]) == ("accurate", "wrong")
