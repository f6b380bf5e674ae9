"""A month's close named as such ('Der Januar-Schlusskurs lag bei ...', 'Its January close was ...', 'Zum Monatsende
Januar schloss ...', 'beendete den Januar bei ...') is the close of that month's last session (dates._MONTH_CLOSE).
Before, it was read as the close of the session the article reports and a true figure was called wrong.

Quotes (9988.HK, seeds/quotes): close Friday 2026-01-30 (January's last session) 169.20; 2026-02-27 142.90.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 2, 27)
OPENING = "Alibaba schloss am Freitag in Hongkong bei 142,90 HKD. "


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Der Januar-Schlusskurs hatte noch bei 169,20 HKD gelegen.", "169,20"),
        ("Zum Monatsende Januar hatte die Aktie bei 169,20 HKD geschlossen.", "169,20"),
        ("Den Januar beendete sie bei 169,20 HKD.", "169,20"),
        ("Its January close had been HK$169.20.", "169.20"),
        ("The end-of-January close was HK$169.20.", "169.20"),
    ],
)
def test_a_months_close_is_its_last_sessions(sentence: str, quote: str) -> None:
    claims = claims_by_quote(OPENING + sentence, PUBLISHED)
    assert claims[quote].reference == {"date": "2026-01-30"}
    assert claims["142,90"].reference == {"date": "2026-02-27"}


def test_a_verb_may_is_no_month() -> None:
    # (the month names are matched capitalised only: 'may close' read as May's close had dated the price 2025-05-30)
    claims = claims_by_quote("Alibaba said its shares may close at HK$142.90 on Friday in Hong Kong.", PUBLISHED)
    assert claims["142.90"].reference == {"date": "2026-02-27"}


def test_a_month_before_close_to_is_no_months_close() -> None:
    # 'Since March close to 200 million shares ...': 'close to' is 'nearly', no close of March (2025-03-31)
    claims = claims_by_quote(
        "Alibaba's ADRs closed at $124.90 on Thursday. Since March close to 200 million shares changed hands.",
        PUBLISHED,
    )
    assert claims["200"].reference == claims["124.90"].reference == {"date": "2026-02-26"}
