"""A day of a month set right beside a year counted back ('a year ago, on March 19', 'on March 19 last year', 'vor
einem Jahr, am 19. März', 'am 19. März des vergangenen Jahres') is that day of the year before publication's
(dates._day_a_year_back). Before, 'a year ago' counted 365 days back (2025-03-20) or the latest March 19 was taken
(2026-03-19), and a true close was called wrong.

Quotes (BABA, seeds/quotes): close 2025-03-19 143.20, 2025-03-20 136.91; close 2026-03-19 124.90.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's ADRs ended Thursday at $124.90. A year ago, on March 19, they had finished at $143.20.", "143.20"),
        ("Alibaba's ADRs ended Thursday at $124.90. On March 19 last year, they had finished at $143.20.", "143.20"),
        (
            "Die Alibaba-ADRs schlossen am Donnerstag bei 124,90 Dollar. Vor einem Jahr, am 19. März, hatten sie "
            "bei 143,20 Dollar geschlossen.",
            "143,20",
        ),
        (
            "Die Alibaba-ADRs schlossen am Donnerstag bei 124,90 Dollar. Am 19. März des vergangenen Jahres hatten sie "
            "bei 143,20 Dollar geschlossen.",
            "143,20",
        ),
    ],
)
def test_a_day_of_a_month_beside_a_year_counted_back_is_of_the_year_before(text: str, quote: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    assert claims[quote].kind == "close" and claims[quote].reference == {"date": "2025-03-19"}
    assert next(c for q, c in claims.items() if q != quote).reference == {"date": "2026-03-19"}


def test_a_year_counted_back_in_another_clause_leaves_the_day_this_years() -> None:
    # 124.90 / 143.20 - 1 = -12.8 %: the year is the move's, March 19 the close's (2026)
    claims = claims_by_quote("Alibaba's ADRs closed at $124.90 on March 19, down 13% from a year ago.", PUBLISHED)
    assert claims["124.90"].reference == {"date": "2026-03-19"}
    assert claims["13"].reference == {"start": "2025-03-19", "end": "2026-03-19"}
