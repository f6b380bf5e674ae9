"""The inputs one sentence's extraction steps receive, built as `extract_claims` builds them, so
that the tests of each step module can call its functions directly on a sentence of their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claimcheck.core.extract.bindings import DayBindings, day_bindings
from claimcheck.core.extract.context import Context, main_company
from claimcheck.core.extract.metrics import CueHit, cue_hits
from claimcheck.core.numbers import NumberMention, find_numbers
from claimcheck.model import Published
from claimcheck.rules import Rules

MONDAY = Published(date(2026, 1, 12), "option")  # the publication day of every test sentence


@dataclass
class SentenceParts:
    text: str
    span: tuple[int, int]
    numbers: list[NumberMention]
    hits: list[CueHit]
    days: DayBindings
    context: Context

    def number(self, quote: str) -> NumberMention:
        """The number written as `quote` (its first occurrence)."""
        return next(m for m in self.numbers if self.text[m.start : m.end] == quote)


def parts_of(text: str, rules: Rules, lang: str = "de") -> SentenceParts:
    """A one-sentence text's numbers, cues, day bindings and a fresh context, as the entry point makes them."""
    numbers = find_numbers(text, lang, rules)
    companies = rules.companies_in(text)
    venues, venue_heads = rules.venue_scan(text)
    context = Context(company=main_company(companies), companies=companies, venues=venues, venue_heads=venue_heads)
    return SentenceParts(
        text, (0, len(text)), numbers, cue_hits(text, rules), day_bindings(text, 0, numbers, rules), context
    )
