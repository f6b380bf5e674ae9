"""Probe from de263 (tester118), written afresh for these tests.

A parity ('daraus ergibt sich eine rechnerische Parität von rund 441 Euro', 'an implied parity of about $118.20 per
ADS') is the text's own conversion of another listing's price, not a quote of the listing it is stated in: it is a
price_conversion, out of scope (rules/cues.csv; before, the German one was checked as the euro listing's last
price; the English one was read so already and is kept as a guard).
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2026, 3, 20)


def test_a_parity_stated_in_euros_is_a_conversion_not_a_quote() -> None:
    text = (
        "Ein Baidu-ADR verbrieft acht Aktien in Hongkong, daraus ergibt sich eine rechnerische Parität von rund "
        "104 Euro. In Frankfurt kostete das Papier am Vormittag 103,50 Euro."
    )
    claims = claims_by_quote(text, DAY)
    assert claims["104"].kind == "price_conversion"
    assert claims["103,50"].kind != "price_conversion"


def test_an_implied_parity_in_english_is_a_conversion() -> None:
    text = "For Baidu, that works out to an implied parity of about $118.20 per ADS, while the ADS traded at $118.90."
    assert claims_by_quote(text, DAY)["118.20"].kind == "price_conversion"
