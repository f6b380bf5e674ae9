"""A price in money is never an index's, and an extreme told with its level before its noun and the verb that set it
before a date ('but remain below the $148.43 peak they reached on March 17', 'above the $80.06 low they hit on Jan. 13')
is that day's high or low of the shares (subjects.subject_of, bindings._EXTREME_DATE_BEFORE, cues.csv day_high and
day_low rows). Before, the peak went to the Nasdaq 100 named just before it, read as the index's level of the
publication day: a true figure called wrong.

Quotes (BABA, seeds/quotes): 2025-03-17 high 148.43 (the highest high of 2025 to 2025-09-02); 2025-01-13 low 80.06.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

PEAK = (
    "Alibaba's ADRs rose 2.6% to $138.55 on Tuesday. They are now up about 63% this year, compared with a gain of "
    "roughly 11% for the Nasdaq 100, but remain below the ${x} peak they reached on March 17."
)
LOW = "Alibaba's ADRs rose 2.6% to $138.55 on Tuesday, well above the ${x} low they hit on Jan. 13."


@pytest.mark.parametrize(
    ("template", "quote", "kind", "day"),
    [(PEAK, "148.43", "day_high", "2025-03-17"), (LOW, "80.06", "day_low", "2025-01-13")],
)
def test_the_extreme_is_the_shares_on_its_day(template: str, quote: str, kind: str, day: str) -> None:
    claim = claims_by_quote(template.format(x=quote), date(2025, 9, 2))[quote]
    assert (claim.listing, claim.kind, claim.reference) == ("BABA", kind, {"date": day})


def test_the_peak_is_judged_on_its_day(tmp_path: Path) -> None:
    verdicts, wrong = verdicts_true_and_altered(tmp_path, PEAK, "2025-09-02", "148.43", "158.43")
    assert (verdicts["148.43"], wrong["158.43"]) == ("accurate", "wrong")
