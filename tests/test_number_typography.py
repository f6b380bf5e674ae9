"""Numbers as web pages and agencies set them: a currency sign set off by a blank ('HK$ 167.80', 'EUR
139,50', 'USD 160.20': the price had lost its currency and gone unchecked), Swiss thousands set off by an
apostrophe ('25'906.12 Punkte' had been a move of 906 points, judged against the index's day), an en dash
as a minus ('–2,1 %' had been a bare count), no-break spaces before units and inside them ('per\u00a0cent'), a
German month abbreviated ('am 26. Feb.').
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.numbers import find_numbers, parse_number
from claimcheck.rules import load_rules
from tests.helpers import claims_by_quote

WEDNESDAY = date(2025, 11, 26)


@pytest.mark.parametrize(
    ("sentence", "quote", "listing"),
    [
        ("Alibaba shares rose to HK$ 167.80.", "167.80", "9988.HK"),
        ("Alibaba shares rose to US$ 160.", "160", "BABA"),
        ("Alibaba shares rose to USD 160.20.", "160.20", "BABA"),
        ("Die Alibaba-Aktie stieg auf EUR 139,50.", "139,50", "AHLA.F"),
        ("Die Alibaba-Aktie stieg auf € 139,50.", "139,50", "AHLA.F"),
    ],
)
def test_a_currency_sign_set_off_by_a_blank_is_the_prices_currency(sentence: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(sentence, WEDNESDAY)[quote]
    assert (claim.kind, claim.listing, claim.checkable) == ("last_price", listing, True)


@pytest.mark.parametrize(("token", "lang", "value"), [("25'906.12", "en", 25906.12), ("25’906,12", "de", 25906.12)])
def test_swiss_thousands_are_set_off_by_an_apostrophe(token: str, lang: str, value: float) -> None:
    assert parse_number(token, lang) == (value, 2)


def test_a_swiss_index_level_is_one_number() -> None:
    claim = claims_by_quote("Der Hang Seng schloss bei 25'906.12 Punkten.", WEDNESDAY)["25'906.12"]
    assert (claim.kind, claim.value, claim.listing) == ("index_level", 25906.12, "^HSI")
    # an apostrophe before other than three digits sets nothing off
    assert [n.value for n in find_numbers("Baidu’s 2 Prozent", "de", load_rules())] == [2.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Alibaba-Aktie in Hongkong: –2,1 % auf 150,20 HKD.",
        "Die Alibaba-Aktie in Hongkong: −2,1\u00a0% auf 150,20\u00a0HKD.",
    ],
)
def test_an_en_dash_or_minus_sign_before_a_percentage_is_a_fall(sentence: str) -> None:
    claim = claims_by_quote(sentence, WEDNESDAY)["2,1"]
    assert (claim.kind, claim.direction, claim.listing) == ("day_change", "down", "9988.HK")


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\u202f"])
def test_a_unit_of_two_words_may_be_joined_by_a_no_break_space(blank: str) -> None:
    # 'per\u00a0cent' had lost the number its unit: the percentage went unread
    claims = claims_by_quote(f"Alibaba's Hong Kong shares fell 3.6 per{blank}cent on Wednesday.", WEDNESDAY)
    assert claims["3.6"].kind == "day_change" and claims["3.6"].unit == "percent"


@pytest.mark.parametrize("day", ["26. Feb.", "26. Februar", "26.2."])
def test_a_german_day_with_its_month_abbreviated(day: str) -> None:
    # 'am 26. Feb.' had named no day: the move was read as of publication (Friday 2026-02-27)
    claims = claims_by_quote(f"Die Alibaba-Aktie fiel am {day} in Hongkong um 3,6 Prozent.", date(2026, 2, 27))
    assert claims["3,6"].reference == {"date": "2026-02-26"}
