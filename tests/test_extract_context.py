"""What earlier sentences established and how a sentence without a claim updates it."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.context import Context, update_context
from claimcheck.model import Published
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


FRIDAY = Published(date(2026, 1, 16), "option")


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        # the pluperfect's Tuesday dates its own close; the index's move is Thursday's, reported first
        (
            "Die Baidu-Aktie fiel am Donnerstag in Hongkong um 3,2 Prozent. Am Dienstag hatte sie noch bei "
            "121,40 HKD geschlossen. Der Hang Seng verlor 0,9 Prozent.",
            "0,9",
            "2026-01-15",
        ),
        (
            "Meituan rose 1.8% in Hong Kong on Thursday. On Tuesday the stock had dropped to HK$98.10. "
            "The Hang Seng Index gained 0.4%.",
            "0.4",
            "2026-01-15",
        ),
        # on another venue than the one in play, the pluperfect's day is that venue's last session
        (
            "Die Baidu-Aktie kostet am Freitag auf Tradegate 107,80 Euro. An der Nasdaq hatten die ADRs am "
            "Donnerstag um 2,5 Prozent zugelegt. Die ADRs kosteten damit 125,50 US-Dollar.",
            "125,50",
            "2026-01-15",
        ),
        # told first, the pluperfect's day is the one in play: it dates what follows ('damit')
        (
            "An der Nasdaq hatten die Baidu-ADRs am Donnerstag um 2,5 Prozent zugelegt. Die Aktie kostete damit "
            "125,50 US-Dollar.",
            "125,50",
            "2026-01-15",
        ),
    ],
)
def test_an_earlier_day_told_in_the_pluperfect_dates_its_own_sentence_only(
    rules: Rules, text: str, quote: str, day: str
) -> None:
    claims, _ = extract_claims(text, FRIDAY, rules)
    assert {c.quote: c for c in claims}[quote].reference == {"date": day}
