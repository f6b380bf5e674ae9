"""Three readings probed with invented sentences.

- A price an overnight move went to ('Its ADRs slid 1.8% overnight to $139.50') is the close of that overnight
  session, as the move is, even where an earlier sentence named the day of the later market ('on Thursday'):
  before, the price kept the later day and a true close was called wrong (timing._overnight_after).
- 'im bisherigen Oktober', 'im bisherigen Monatsverlauf' is the month so far (cues.csv month_return): before, the
  move was read as the day's and a true month's fall called wrong.
- A price named as a zone or area that acts as support or resistance ('die Zone um 112 HK$ ... Unterstützung',
  'the area around $140 has acted as resistance') is a chart level, not a quote (cues.csv level_forecast).
- A stock's move and price in a live blog's entry stamped while its session traded ('10:15 a.m. ET' over 'was
  down 1.2% at $101.40') are the session's moves of that moment: intraday_move and intraday_price
  (linking.as_of_entry), not the day's change and last price; a German ticker's keep theirs, as its answers read them.
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


def test_a_live_entrys_move_while_trading_is_intraday() -> None:
    text = (
        "Stock market today: tech slips\n\nLive coverage | Thursday, November 20, 2025\n\n10:15 a.m. ET\n\n"
        "Baidu was down 1.2% at $114.10 as investors sold chip stocks.\n\n4:05 p.m. ET\n\n"
        "Baidu closed down 4.4% at $110.45."
    )
    claims = claims_by_quote(text, date(2025, 11, 20))
    assert claims["1.2"].kind == "intraday_move" and claims["114.10"].kind == "intraday_price"
    assert claims["4.4"].kind == "day_change" and claims["110.45"].kind == "close"
