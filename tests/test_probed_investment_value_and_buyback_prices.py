"""Sums that are no quote of the stock (cues.csv, amount rows): the value of a reader's holding ('Wer vor einem Jahr
1.000 Euro investiert hat, freut sich heute über einen Depotwert von rund 2.060 Euro', 'Anyone who invested $1,000 ...
now holds about $2,060') and the prices a company paid for its own shares ('bought back 1.2 million shares at prices
between HK$628 and HK$638', 'kaufte eigene Aktien zu Kursen zwischen 628 und 638 HKD zurück'). Before, the holding's
value was read as the share's price of the day and called wrong, and the buyback's prices as the session's low and
high (Tencent 2026-01-14: low 626.00, high 638.50, seeds/quotes) and called imprecise: a false accusation either way.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

FRIDAY = date(2026, 1, 16)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Wer vor einem Jahr 1.000 Euro in Alibaba-Aktien investiert hat, kann sich heute über einen Depotwert von "
            "rund 2.060 Euro freuen.",
            ("2.060",),
        ),
        ("Anyone who invested $1,000 in Alibaba a year ago now holds about $2,060.", ("2,060",)),
        ("Tencent bought back 1.2 million shares on Wednesday at prices between HK$628 and HK$638.", ("628", "638")),
        ("Tencent kaufte am Mittwoch eigene Aktien zu Kursen zwischen 628 und 638 HKD zurück.", ("628", "638")),
    ],
)
def test_a_holdings_value_or_a_buybacks_price_is_no_quote(text: str, quotes: tuple[str, ...]) -> None:
    claims = claims_by_quote(text, FRIDAY)
    assert [(claims[q].kind, claims[q].checkable) for q in quotes] == [("amount", False)] * len(quotes)


def test_a_listing_price_is_a_sum_of_the_offer() -> None:
    """'below their 2019 Hong Kong listing price of HK$176': the offer's price (an IPO's, cues.csv), not today's;
    before, it was judged as the day's price and called wrong."""
    text = "Alibaba shares, at HK$166.20, remain below their 2019 Hong Kong listing price of HK$176."
    assert claims_by_quote(text, FRIDAY)["176"].kind == "amount"
