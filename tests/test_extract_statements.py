"""Claims without a number, found directly on test sentences: only explicit ones."""

from __future__ import annotations

from claimcheck.core.extract.statements import statement_claims
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY, parts_of


def _statements(text: str, rules: Rules, published: Published = MONDAY) -> list[Claim]:
    parts = parts_of(text, rules)
    return statement_claims(text, parts.span, parts.numbers, parts.hits, [], published, rules, parts.context)


def test_a_named_stocks_move_on_a_named_day_is_a_sign_claim(rules: Rules) -> None:
    (claim,) = _statements("Die Alibaba-Aktie legte am Freitag in Hongkong deutlich zu.", rules)
    assert (claim.kind, claim.direction, claim.subject, claim.listing) == ("direction", "up", "Alibaba", "9988.HK")
    assert claim.value is None and claim.reference == {"date": "2026-01-09"} and claim.checkable


def test_no_day_a_negation_or_no_publication_date_makes_no_statement(rules: Rules) -> None:
    assert _statements("Die Alibaba-Aktie legte in Hongkong deutlich zu.", rules) == []
    assert _statements("Die Alibaba-Aktie legte am Freitag nicht zu.", rules) == []
    assert _statements("Die Alibaba-Aktie legte am Freitag zu.", rules, Published(None, "unknown")) == []


def test_a_look_back_runs_from_after_the_period_it_names(rules: Rules) -> None:
    (claim,) = _statements("Die Alibaba-Aktie erreichte am Freitag den höchsten Stand seit Oktober 2024.", rules)
    assert (claim.kind, claim.direction) == ("extreme_since", "up")
    assert claim.reference == {"start": "2024-11-01", "end": "2026-01-09"}  # the earlier peak lies in October
    assert claim.quote.endswith("seit Oktober 2024")
