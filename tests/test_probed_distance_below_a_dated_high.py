"""A distance below a session's high the text dates by a day of a month ('3,6 Prozent unter dem Tageshoch am 10. März',
'3.6% below the intraday high of $139.22 on March 10') is the move since that day's high, up to the session reported
(cues.csv since_return, dated), as it was for a weekday already. Before, the figure was read as the day's move and a
true one called wrong.

Quotes (BABA, seeds/quotes): high 2026-03-10 139.22; close Thursday 2026-03-12 134.20:
134.20 / 139.22 - 1 = -3.61 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Die Alibaba-ADRs beendeten den Donnerstag bei 134,20 Dollar, 3,6 Prozent unter dem Tageshoch am 10. März "
            "bei 139,22 Dollar.",
            "3,6",
        ),
        ("Alibaba's ADRs ended Thursday at $134.20, 3.6% below the intraday high of $139.22 on March 10.", "3.6"),
        ("Alibaba's ADRs ended Thursday at $134.20, 3.6% below the high they hit on March 10.", "3.6"),
    ],
)
def test_a_distance_below_a_high_dated_by_its_day_of_the_month(text: str, quote: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.reference) == ("since_return", {"start": "2026-03-10", "end": "2026-03-12"})
