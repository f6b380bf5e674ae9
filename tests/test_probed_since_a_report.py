"""A move since a company's report on a named day ('down about 7% since the company reported earnings on March 19') runs
from the close before that day where the report came before the open, as Alibaba's did: the day's own close is one
reading, the close before it another. Before, only March 19's close (124.90) was the base, and the true figure
(125.48 / 134.43 on March 18 - 1 = -6.66 %) was called wrong. Words naming the close ('after the close on Feb. 25')
still date the base to that close. Quotes: seeds/quotes/BABA.csv."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-03-25"


def test_a_report_day_base_permits_the_close_before(tmp_path: Path) -> None:
    text = (
        "Alibaba's ADRs (NYSE:BABA) ended Tuesday at $125.48. They have shed about 7% since the company reported "
        "December-quarter earnings on March 19, and 20% would have been far too much."
    )
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["7"]
    assert claim.since_base == ("close_or_prior_close", "2026-03-19")
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["7"] == "accurate"


def test_a_wrong_move_since_the_report_stays_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba's ADRs (NYSE:BABA) ended Tuesday at $125.48. They are down 20% since the company reported on March 19."
    )
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["20"] == "wrong"


def test_a_report_after_the_close_is_measured_from_that_close() -> None:
    text = (
        "Alibaba's ADRs (NYSE:BABA) ended Tuesday at $125.48, up 0.5% since it reported results after the close on "
        "March 19."
    )
    assert claims_by_quote(text, date.fromisoformat(PUBLISHED))["0.5"].since_base == ("close", "2026-03-19")
