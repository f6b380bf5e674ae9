"""What a number is about: company, venue and listing, chosen directly on test sentences."""

from __future__ import annotations

from claimcheck.core.extract.context import main_company
from claimcheck.core.extract.subjects import listing_for, named_venue, subject_of
from claimcheck.rules import Rules
from tests.extract_parts import parts_of


def test_the_main_company_is_the_stock_named_most_often(rules: Rules) -> None:
    text = "Baidu stieg. Alibaba fiel. Die Alibaba-Aktie fiel weiter. Der Hang Seng, der Hang Seng, der Hang Seng."
    assert main_company(rules.companies_in(text)) == "Alibaba"  # an index, however often named, is no main stock
    assert main_company([]) is None


def test_a_listing_follows_the_currency_else_the_venue_else_the_home_market(rules: Rules) -> None:
    alibaba = rules.company("Alibaba")
    assert alibaba is not None
    assert listing_for(rules, alibaba, None, "USD") == "BABA"
    assert listing_for(rules, alibaba, None, "EUR") == "AHLA.F"  # Frankfurt before Xetra
    assert listing_for(rules, alibaba, "US", None) == "BABA"
    assert listing_for(rules, alibaba, None, None) == "9988.HK"
    assert listing_for(rules, alibaba, "ABROAD", None) == "BABA"  # abroad, seen from Hong Kong


def test_the_venue_word_nearest_the_number_is_its_venue(rules: Rules) -> None:
    parts = parts_of("Alibaba fiel in Hongkong um 2 %, in New York um 3 %.", rules)
    assert named_venue(parts.text, 0, parts.number("2"), rules) == "HK"
    assert named_venue(parts.text, 0, parts.number("3"), rules) == "US"


def test_a_currency_word_implies_a_venue_when_none_is_named(rules: Rules) -> None:
    parts = parts_of("Die Alibaba-Aktie kostete 80 Euro.", rules)
    assert named_venue(parts.text, 0, parts.number("80"), rules) == "DE"


def test_with_respectively_each_number_of_a_run_belongs_to_its_name(rules: Rules) -> None:
    text = "Alibaba and Baidu rose 2% and 3%, respectively."
    parts = parts_of(text, rules, lang="en")
    got = [subject_of(text, 0, parts.number(q), rules, parts.context, parts.numbers) for q in ("2", "3")]
    assert [c.name if c else None for c in got] == ["Alibaba", "Baidu"]


def test_the_move_noun_after_a_number_names_its_subject(rules: Rules) -> None:
    text = "Alibaba shares tracked a more than 1% increase in the Hang Seng index."
    parts = parts_of(text, rules, lang="en")
    company = subject_of(text, 0, parts.number("1"), rules, parts.context, parts.numbers)
    assert company is not None and company.name == "Hang Seng"


def test_a_venue_heading_the_sentence_governs_it_and_a_followed_market_is_no_venue(rules: Rules) -> None:
    text = "In Frankfurt, Alibaba shares gained about 3.8%, tracking the stock's rally in Hong Kong."
    parts = parts_of(text, rules, lang="en")
    assert named_venue(parts.text, 0, parts.number("3.8"), rules) == "DE"
    # the number's own clause names its venue, whatever heads the sentence
    text = "In Frankfurt, Alibaba rose 2%, while in Hong Kong it gained 3%."
    parts = parts_of(text, rules, lang="en")
    assert named_venue(parts.text, 0, parts.number("2"), rules) == "DE"
    assert named_venue(parts.text, 0, parts.number("3"), rules) == "HK"
    # a market the move follows is not its venue, even without a heading venue
    parts = parts_of("Alibaba rose 2% on Friday, tracking the rally in Hong Kong.", rules, lang="en")
    assert named_venue(parts.text, 0, parts.number("2"), rules) is None
