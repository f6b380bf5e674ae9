"""Three readings probed with invented sentences.

- A price an overnight move went to ('Its ADRs slid 1.8% overnight to $139.50') is the close of that overnight
  session, as the move is, even where an earlier sentence named the day of the later market ('on Thursday'):
  before, the price kept the later day and a true close was called wrong (timing._overnight_after).
- 'im bisherigen Oktober', 'im bisherigen Monatsverlauf' is the month so far (cues.csv month_return): before, the
  move was read as the day's and a true month's fall called wrong.
- A price named as a zone or area that acts as support or resistance ('die Zone um 112 HK$ ... Unterstützung',
  'the area around $140 has acted as resistance') is a chart level, not a quote (cues.csv level_forecast).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote


@pytest.mark.parametrize(
    "text",
    (
        "Tencent gained 1.2% to HK$640 on Thursday. Alibaba's ADRs slid 1.8% overnight to $139.50.",
        "Hong Kong stocks rose on Thursday. The U.S.-listed shares of Alibaba closed 1.8% lower overnight at $139.50.",
    ),
)
def test_the_price_an_overnight_move_went_to_is_that_sessions(text: str) -> None:
    claims = claims_by_quote(text, date(2025, 9, 11))
    assert claims["1.8"].reference == {"date": "2025-09-10"}
    assert claims["139.50"].kind == "close" and claims["139.50"].reference == {"date": "2025-09-10"}


@pytest.mark.parametrize(
    "text",
    (
        "Die Aktie von Baidu schloss in Hongkong bei 119,80 HK$. Im bisherigen Oktober summiert sich der Verlust "
        "auf 7 Prozent.",
        "Die Aktie von Baidu schloss in Hongkong bei 119,80 HK$. Im bisherigen Monatsverlauf büßte sie 7 Prozent ein.",
    ),
)
def test_the_month_so_far_in_german(text: str) -> None:
    claim = claims_by_quote(text, date(2025, 10, 15))["7"]
    assert claim.kind == "month_return" and claim.reference == {"start": "2025-10-01", "end": "2025-10-15"}


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        (
            "Die Baidu-Aktie schloss bei 119,80 HK$. Die Zone um 112 HK$ war zuletzt die wichtigste Unterstützung.",
            "112",
        ),
        ("Baidu closed at HK$119.80. The area around HK$125 has acted as resistance since August.", "125"),
    ),
)
def test_a_zone_named_as_support_is_a_chart_level(text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2025, 10, 15))[quote]
    assert claim.kind == "level_forecast" and not claim.checkable
