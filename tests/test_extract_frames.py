"""One claim from one number: the slots combined, called directly on test sentences."""

from __future__ import annotations

from claimcheck.core.extract.frames import number_claim
from claimcheck.model import Claim
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY, SentenceParts, parts_of


def _claim_of(parts: SentenceParts, quote: str, rules: Rules) -> Claim | None:
    m = parts.number(quote)
    text = parts.text
    return number_claim(text, text, parts.span, m, parts.numbers, MONDAY, rules, parts.context, parts.hits, parts.days)


def test_a_move_gets_its_metric_sign_subject_listing_and_day(rules: Rules) -> None:
    parts = parts_of("Die Alibaba-Aktie fiel am Freitag in New York um 3,5 %.", rules)
    claim = _claim_of(parts, "3,5", rules)
    assert claim is not None
    assert (claim.kind, claim.direction, claim.subject, claim.listing) == ("day_change", "down", "Alibaba", "BABA")
    assert claim.reference == {"date": "2026-01-09"} and claim.time_source == "text" and claim.checkable
    assert claim.quote == "3,5" and parts.text[slice(*claim.span)] == "3,5" and claim.sentence_span == parts.span


def test_where_the_listing_came_from_is_a_typed_slot(rules: Rules) -> None:
    named = parts_of("Die Alibaba-Aktie fiel am Freitag in New York um 3,5 %.", rules)
    home = parts_of("Die Alibaba-Aktie fiel am Freitag um 3,5 %.", rules)
    index = parts_of("Der Hang Seng fiel am Freitag um 1,2 %.", rules)
    sources = [
        (c.listing, c.listing_source)
        for c in (_claim_of(named, "3,5", rules), _claim_of(home, "3,5", rules), _claim_of(index, "1,2", rules))
        if c is not None
    ]
    assert sources == [("BABA", "text"), ("9988.HK", "home_default"), ("^HSI", "text")]


def test_a_year_and_a_bare_count_are_no_claims(rules: Rules) -> None:
    parts = parts_of("Im Jahr 2024 befragte man 20 Analysten zur Alibaba-Aktie.", rules)
    assert _claim_of(parts, "2024", rules) is None
    assert _claim_of(parts, "20", rules) is None


def test_a_sum_of_money_is_out_of_scope_and_not_a_share_price(rules: Rules) -> None:
    parts = parts_of("Alibaba meldete einen Umsatz von 34,24 Mrd. USD.", rules)
    claim = _claim_of(parts, "34,24", rules)
    assert claim is not None and not claim.checkable and claim.scope_reason is not None
    assert claim.kind not in ("close", "last_price")


def test_a_text_that_names_no_stock_makes_no_checkable_claim(rules: Rules) -> None:
    parts = parts_of("Seit Jahresbeginn stieg der Preis um 5 %.", rules)
    claim = _claim_of(parts, "5", rules)
    assert claim is not None and claim.kind == "no_subject" and not claim.checkable and claim.subject is None


def test_a_move_beside_a_distance_to_the_high_stays_the_days_move(rules: Rules) -> None:
    parts = parts_of("Tencent shares gained 2% and are 11% off their 52-week high.", rules, "en")
    move, distance = _claim_of(parts, "2", rules), _claim_of(parts, "11", rules)
    assert move is not None and (move.kind, move.direction) == ("day_change", "up")
    assert distance is not None and (distance.kind, distance.direction) == ("distance_52w_high", "down")
