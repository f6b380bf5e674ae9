"""Readings found by probing sentences written for the test (no article copied): a move measured from a dated close
whose level is written after it ('From the February 10 close of $166.51, the stock has lost roughly 11%',
'Gemessen am Schlusskurs vom 10. Februar von 166,51 Dollar beträgt das Minus rund 11 Prozent') had been read as a
day's move on the base's day, the level between pushing the base's words away (a true figure called wrong); a price
in a clause after one naming two days ('fell 3.6% on Thursday and edged lower again on Friday, ending at
HK$142.90') had been read on the first day.

seeds/quotes/BABA.csv: close 166.51 on 2026-02-10, 148.05 on Thu 2026-02-26: 148.05 / 166.51 - 1 = -11.09 %.
seeds/quotes/9988.HK.csv: close 143.00 on Thu 2026-02-26, 142.90 on Fri 2026-02-27."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2026, 2, 27)
LEAD_EN = "Alibaba's ADRs fell 2.8% on Thursday, February 26. "
LEAD_DE = "Alibaba fiel am Donnerstag in New York um 2,8 Prozent. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "From the February 10 close of $166.51, the stock has lost roughly 11%.",
        LEAD_EN + "The stock has lost roughly 11% from its February 10 close of $166.51.",
        LEAD_DE + "Gemessen am Schlusskurs vom 10. Februar von 166,51 Dollar beträgt das Minus rund 11 Prozent.",
        LEAD_DE + "Gegenüber dem Schlusskurs vom 10. Februar bei 166,51 Dollar liegt die Aktie rund 11 Prozent tiefer.",
    ],
)
def test_a_move_from_a_dated_close_with_its_level(text: str) -> None:
    move = claims_by_quote(text, PUBLISHED)["11"]
    assert move.kind == "since_return"
    assert move.reference == {"start": "2026-02-10", "end": "2026-02-26"}


def test_the_move_from_a_dated_close_is_judged(tmp_path: Path) -> None:
    text = (
        LEAD_EN + "From the February 10 close of $166.51, the stock has lost roughly 11%. "
        "Measured from the February 10 close of $166.51, Alibaba's ADRs are down 14%."
    )
    verdicts = {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, "2026-02-27")["articles"][0]["claims"]}
    assert verdicts["11"] == "accurate"  # -11.09 %
    assert verdicts["14"] == "wrong"


def test_a_price_after_a_clause_naming_two_days_is_the_later_days(tmp_path: Path) -> None:
    text = (
        "In Hong Kong, Alibaba's shares fell 3.6% to HK$143.00 on Thursday and edged lower again on Friday, "
        "ending at HK$142.90."
    )
    claims = claims_by_quote(text, PUBLISHED)
    assert claims["143.00"].reference == {"date": "2026-02-26"}
    assert claims["142.90"].reference == {"date": "2026-02-27"}
    verdicts = {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, "2026-02-27")["articles"][0]["claims"]}
    assert verdicts["142.90"] == "accurate"
