"""A company named by what it is ('the e-commerce giant', 'des chinesischen Suchmaschinenbetreibers'; epithets.csv)
is the subject of its figure when exactly one company it may mean is named in the text: in a market wrap the
figure had gone to the company named last ('Tencent added 1.2%, while the e-commerce giant's U.S. shares fell
0.5%' had been Tencent's ADR). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimcheck.rules import load_rules
from tests.helpers import claims_by_quote

WEDNESDAY = date(2025, 11, 26)


def test_an_epithet_names_the_one_company_of_the_text_it_fits() -> None:
    text = "Alibaba rose 2.1% in Hong Kong. Tencent added 1.2%, while the e-commerce giant's U.S. shares fell 0.5%."
    claims = claims_by_quote(text, WEDNESDAY)
    assert (claims["1.2"].subject, claims["0.5"].subject, claims["0.5"].listing) == ("Tencent", "Alibaba", "BABA")


def test_a_german_epithet_in_an_inflected_form() -> None:
    text = (
        "Baidu und Tencent standen im Fokus. Tencent legte 1,2 Prozent zu. "
        "Die Aktie des chinesischen Suchmaschinenbetreibers verlor in Hongkong 2 Prozent."
    )
    claim = claims_by_quote(text, WEDNESDAY)["2"]
    assert (claim.subject, claim.listing, claim.direction) == ("Baidu", "9888.HK", "down")


def test_an_epithet_two_named_companies_fit_names_neither() -> None:
    text = "Alibaba und JD.com standen im Fokus. Tencent legte 1,2 Prozent zu. Der Onlinehändler verlor 2 Prozent."
    assert claims_by_quote(text, WEDNESDAY)["2"].subject == "Tencent"  # the company in play, as before


def test_a_company_named_between_the_epithet_and_the_number_is_the_subject() -> None:
    text = "Alibaba rose 2.1%. The e-commerce giant's rival Tencent rose 2%."
    assert claims_by_quote(text, WEDNESDAY)["2"].subject == "Tencent"


def test_every_epithet_names_companies_of_the_tables() -> None:
    rules = load_rules()
    assert rules.epithets is not None
    _, meant = rules.epithets
    assert {name for names in meant.values() for name in names} <= {c.name for c in rules.companies}
