"""What earlier sentences established and how a sentence without a claim updates it."""

from __future__ import annotations

from claimcheck.core.extract.context import Context, update_context
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY


def _context_of(text: str, rules: Rules, company: str | None) -> Context:
    venues, venue_heads = rules.venue_scan(text)
    return Context(company=company, companies=rules.companies_in(text), venues=venues, venue_heads=venue_heads)


def test_mentions_between_two_offsets_are_sliced_in_text_order(rules: Rules) -> None:
    text = "Alibaba in Hongkong, Baidu in New York."
    context = _context_of(text, rules, None)
    assert [c.name for _, c in context.companies_between(0, len(text))] == ["Alibaba", "Baidu"]
    assert [c.name for _, c in context.companies_between(1, len(text))] == ["Baidu"]
    assert [v for _, v in context.venues_between(0, text.index("Baidu"))] == ["HK"]


def test_a_sentence_naming_only_another_stock_moves_the_context_on(rules: Rules) -> None:
    text = "Auch Baidu war gefragt."
    context = _context_of(text, rules, "Alibaba")
    update_context(context, text, 0, [], MONDAY, rules)
    assert context.company == "Baidu"


def test_a_sentence_naming_the_stock_in_play_among_others_keeps_it(rules: Rules) -> None:
    text = "Neben Alibaba waren auch JD.com und Baidu gefragt."
    context = _context_of(text, rules, "Alibaba")
    update_context(context, text, 0, [], MONDAY, rules)
    assert context.company == "Alibaba"


def test_a_relative_day_without_a_claim_dates_the_sentences_after_it(rules: Rules) -> None:
    text = "Die Aktie hat am Freitag in New York zugelegt."
    context = _context_of(text, rules, "Alibaba")
    update_context(context, text, 0, [], MONDAY, rules)
    assert context.day is not None and context.day.day is not None
    assert context.day.day.isoformat() == "2026-01-09"
    assert context.venue == "US"
