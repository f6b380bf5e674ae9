"""German articles' euro figures: a price said 'umgerechnet' (converted) is another listing's price in euros,
never the euro listing's own, wherever the verb stands ('Umgerechnet rund 18,60 Euro kostet eine Alibaba-Aktie
in Hongkong' had been judged as the Frankfurt price of the ADR, about 139 euros: a true conversion called
wrong); and a move told on a German venue the tables hold no row for goes to the company's other German
listing, as its euro price does. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

WEDNESDAY = date(2025, 11, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "Umgerechnet rund 18,60 Euro kostet eine Alibaba-Aktie in Hongkong.",
        "In Hongkong kostet eine Alibaba-Aktie umgerechnet rund 18,60 Euro.",
    ],
)
def test_a_converted_price_is_no_euro_listings_price(sentence: str) -> None:
    claim = claims_by_quote(sentence, WEDNESDAY)["18,60"]
    assert (claim.kind, claim.checkable, claim.listing) == ("price_conversion", False, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Alibaba-Aktie schloss in Hongkong bei 154,50 HKD (umgerechnet rund 17,10 Euro).",
        "Die Alibaba-Aktie schloss in Hongkong bei 154,50 HKD, umgerechnet sind das rund 17,10 Euro.",
    ],
)
def test_the_price_converted_from_stays_a_price_to_check(sentence: str) -> None:
    claims = claims_by_quote(sentence, WEDNESDAY)
    assert (claims["154,50"].kind, claims["154,50"].listing) == ("close", "9988.HK")
    assert claims["17,10"].kind == "price_conversion"


@pytest.mark.parametrize(
    ("sentence", "listing"),
    [
        ("Die Baidu-Aktie verteuerte sich auf Xetra um 3,4 Prozent auf 98,20 Euro.", "B1C.F"),  # no Xetra row
        ("Die Alibaba-Aktie verteuerte sich auf Xetra um 3,4 Prozent auf 139,20 Euro.", "AHLA.DE"),  # its own row
    ],
)
def test_a_move_on_a_german_venue_goes_where_its_euro_price_goes(sentence: str, listing: str) -> None:
    claims = list(claims_by_quote(sentence, WEDNESDAY).values())
    assert [(c.kind, c.listing) for c in claims] == [("day_change", listing), ("last_price", listing)]
