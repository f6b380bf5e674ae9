"""Percentages that are no move of the shares, found by probing sentences written for the test (no article copied):
a fund's stake changed by one ('Hedge funds cut their stakes by 5% in the fourth quarter', 'ARK stockte seine
Position an Alibaba um 12 Prozent auf'), read as the stock's move over the quarter; a session's volume against the
average ('a decline of 15% from the average session volume'), read as the day's move and called wrong; a unit's own
move ('its video unit iQiyi jumped 12%') and a count it grew ('1.4 million rides, up 148%'), read as the parent's; a
figure's change after its sum ('revenue of 287.1 billion yuan ($40.1 billion), up 2% from a year earlier') and its
value per share ('earnings per American depositary share came in at 15.4 yuan'), read as share prices and moves; a
discount to parity ('mit einem Abschlag von 0,3 Prozent zur Parität'), read as the day's move.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's ADRs fell 2.8% on Thursday. Hedge funds cut their stakes by 5% in the fourth quarter.", "5"),
        ("Alibaba's ADRs fell 2.8% on Thursday. SoftBank raised its stake in Alibaba by 2% last year.", "2"),
        (
            "Alibaba fiel am Donnerstag in New York um 2,8 Prozent. "
            "ARK stockte seine Position an Alibaba um 12 Prozent auf.",
            "12",
        ),
    ],
)
def test_a_stake_changed_by_a_percentage_is_no_move_of_the_shares(text: str, quote: str) -> None:
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims[quote].kind == "deal_size" and not claims[quote].checkable
    assert next(c for q, c in claims.items() if q.startswith("2,8") or q == "2.8").kind == "day_change"


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's ADRs fell 2.8% on Thursday. About 10.3 million shares changed hands, a decline of 15% from the "
        "average session volume of 12.1 million shares.",
        "Alibaba fiel am Donnerstag in New York um 2,8 Prozent. Das Volumen lag 15 Prozent unter dem "
        "durchschnittlichen Tagesvolumen.",
    ],
)
def test_a_volume_against_its_average_is_no_move_of_the_shares(text: str) -> None:
    move = claims_by_quote(text, date(2026, 2, 27))["15"]
    assert move.kind == "volume_average"  # not measured: 'an average trading volume over several sessions'


@pytest.mark.parametrize(
    "text",
    [
        "Baidu's ADRs rose 5.7% on Thursday, while its video unit iQiyi jumped 12%.",
        "Baidu stieg am Donnerstag an der Nasdaq um 5,7 Prozent. Die Tochter iQiyi legte um 12 Prozent zu.",
    ],
)
def test_a_units_own_move_is_not_its_parents(text: str) -> None:
    # iQiyi is named as Baidu's unit: a company of its own, without quotes here, never Baidu's 12 % (BIDU rose 5.7 %)
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["12"].subject == "iQiyi" and claims["12"].listing is None


def test_a_units_count_grown_is_no_move_of_the_shares() -> None:
    text = "Baidu's ADRs rose 5.7% on Thursday. Its robotaxi unit Apollo Go completed 1.4 million rides, up 148%."
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["148"].kind == "business_growth" and not claims["148"].checkable


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba reported quarterly revenue of 287.1 billion yuan ($40.1 billion), up 2% from a year earlier.", "2"),
        (
            "Alibaba's ADRs fell 2.8% on Thursday. "
            "Adjusted earnings per American depositary share came in at 15.4 yuan.",
            "15.4",
        ),
    ],
)
def test_a_figures_own_change_and_value_are_no_share_price(text: str, quote: str) -> None:
    # the revenue's sum and its conversion between the noun and its change had pushed the noun away: a day's move
    assert claims_by_quote(text, date(2026, 2, 27))[quote].kind == "financials"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In Frankfurt notierte Alibaba am Freitag bei 122,40 Euro und damit mit einem Abschlag von 0,3 Prozent "
            "zur Parität der US-Aktie.",
            "0,3",
        ),
        ("Alibaba's Hong Kong shares traded at a 1.2% discount to the ADRs' parity on Friday.", "1.2"),
    ],
)
def test_a_discount_to_parity_is_no_move_of_the_shares(text: str, quote: str) -> None:
    # the distance of one listing's price to another's converted: out of scope, not the day's move
    claim = claims_by_quote(text, date(2026, 2, 27))[quote]
    assert claim.kind == "price_conversion" and not claim.checkable
