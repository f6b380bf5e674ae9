"""The quarter so far ('seit Quartalsbeginn', 'im laufenden Quartal', 'quarter-to-date', 'so far this quarter', 'since
the start of the quarter') is measured from the last close before the quarter began, as a month's start is; before it
was a window of months of no length, unverifiable. 'this quarter' alone stays unmeasured: after a quarter's end it may
mean the quarter just ended."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-09-30 close 177.00 (the last session of the third quarter), 2025-11-19 close 156.40:
# 156.40 / 177.00 - 1 = -11.64 %
DAY = "2025-11-19"


@pytest.mark.parametrize(
    "text",
    (
        "Die Alibaba-Aktie hat in Hongkong seit Quartalsbeginn {x} Prozent verloren.",
        "Die Alibaba-Aktie hat in Hongkong im laufenden Quartal {x} Prozent verloren.",
        "Alibaba's Hong Kong shares have lost {x}% so far this quarter.",
        "Alibaba's Hong Kong shares have lost {x}% quarter-to-date.",
        "Alibaba's Hong Kong shares have lost {x}% since the beginning of the quarter.",
    ),
)
def test_the_quarter_so_far_is_measured_from_the_close_before_it(tmp_path: Path, text: str) -> None:
    true, quote = (text.format(x="11.6"), "11.6") if "%" in text else (text.format(x="11,6"), "11,6")
    claim = claims_by_quote(true, date.fromisoformat(DAY))[quote]
    assert (claim.kind, claim.listing, claim.since_base) == ("since_return", "9988.HK", ("close", "2025-09-30"))
    assert claim.reference == {"start": "2025-10-01", "end": DAY}
    altered = "4.6" if "%" in text else "4,6"
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, DAY, quote, altered)
    assert true_verdicts[quote] == "accurate"
    assert altered_verdicts[altered] == "wrong"


def test_a_period_since_the_quarters_start_is_as_of_the_session_reported() -> None:
    # a move naming no day after a sentence reporting Wednesday's close: as of that session or later
    text = (
        "Die Alibaba-Aktie schloss am Mittwoch in Hongkong bei 156,40 HKD. Seit Quartalsbeginn steht ein Minus von "
        "11,6 Prozent."
    )
    claim = claims_by_quote(text, date(2025, 11, 21))["11,6"]
    assert (claim.kind, claim.not_before) == ("since_return", DAY)


@pytest.mark.parametrize(
    "text",
    (
        "Alibaba's Hong Kong shares have lost 11.6% since its quarterly report.",
        "Alibaba's Hong Kong shares have lost 11.6% since the third-quarter results.",
    ),
)
def test_a_quarters_report_is_no_quarter_so_far(text: str) -> None:
    # (the report's day is not named: a look-back without a fixed base)
    claim = claims_by_quote(text, date.fromisoformat(DAY))["11.6"]
    assert (claim.kind, claim.since_base) == ("since_return", None)
