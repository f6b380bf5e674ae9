"""A sum of money a product or service costs ('ein Fahrzeug soll weniger als 30.000 US-Dollar kosten', 'Jedes Abo kostet
9 Euro', 'each vehicle costs about $28,000'), its noun the subject of 'kosten'/'cost', is the thing's price, no quote
of the company's shares (cues.csv: amount). Before, a price in a currency with 'kostet' or no cue at all was read as the
stock's last price in a story about the company, and a robotaxi's price was checked against Baidu's ADR."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 27)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu zeigte sein neues Robotaxi; ein Fahrzeug soll weniger als 25.000 US-Dollar kosten.", "25.000"),
        ("Baidu baut die Flotte aus. Jedes Fahrzeug kostet rund 28.000 US-Dollar.", "28.000"),
        ("Baidu startet einen Bezahldienst. Das Abo kostet 9 Dollar im Monat.", "9"),
        ("Baidu is expanding its robotaxi fleet. Each vehicle costs about $28,000 to build.", "28,000"),
    ],
)
def test_a_things_price_is_no_quote(text: str, quote: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.checkable) == ("amount", False)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Baidu-Aktie kostet 122,76 US-Dollar, ein Fahrzeug soll weniger als 30.000 US-Dollar kosten.", "122,76"),
        ("Baidu baut die Flotte aus. Die ADRs kosteten am Freitag 122,76 US-Dollar.", "122,76"),
    ],
)
def test_the_shares_price_stays_a_quote(text: str, quote: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.listing, claim.checkable) == ("last_price", "BIDU", True)
