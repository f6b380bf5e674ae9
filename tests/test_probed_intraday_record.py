"""A record named with 'intraday' before it ('climbed to an intraday record of $195.62', 'touched an intraday record
of 23,119.91') is an all-time high (cues.csv all_time_high rows), as 'a record high of' is. Before, the words read as
no extreme at all: the price was taken for one traded during the session, and a made-up record within the day's
range passed as accurate.

Quotes (seeds/quotes): NVDA 2025-10-10 high 195.62, the highest high held up to then (from 2024-09-03); its low that
day 182.05. ^IXIC 2025-10-10 high 23,119.91.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

SENTENCES = [
    ("Nvidia (NVDA) climbed as much as 1.6% in the first hour to an intraday record of $195.62.", "195.62", "NVDA"),
    ("Shares of Nvidia (NVDA) touched a fresh intraday record of $195.62 before the selloff.", "195.62", "NVDA"),
    ("The Nasdaq Composite reached an intraday record of 23,119.91 before falling 3.6%.", "23,119.91", "^IXIC"),
]


@pytest.mark.parametrize(("text", "quote", "listing"), SENTENCES)
def test_an_intraday_record_is_an_all_time_high(text: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(text, date(2025, 10, 10))[quote]
    assert (claim.kind, claim.listing, claim.reference) == ("all_time_high", listing, {"date": "2025-10-10"})


def test_a_record_inside_the_days_range_is_not_let_through(tmp_path: Path) -> None:
    template = "Nvidia (NVDA) climbed as much as 1.6% on Friday to an intraday record of ${x} before sliding."
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-10-10", "195.62", "189.62")
    assert (verdicts["195.62"], wrong["189.62"]) == ("accurate", "wrong")
