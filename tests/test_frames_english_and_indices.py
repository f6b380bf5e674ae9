"""Claim frames in English at parity with German, index subjects, companies without a row.
Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.measure import _candidate_days
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules

MONDAY = Published(date(2026, 1, 12), "option")


def _claims(text: str, rules: Rules, published: Published = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, published, rules)
    return {c.quote: c for c in claims if c.checkable}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Hong Kong shares of Alibaba jump 6.1% to HK$150.2, their best day in a month.", ("6.1", "150.2")),
        ("Alibaba's stock soared 4.4%, reaching HK$141.80.", ("4.4", "141.80")),
        ("Die Alibaba-Aktie gewinnt in Hongkong 3,1 Prozent auf 150,20 HKD.", ("3,1", "150,20")),
    ],
)
def test_a_move_without_a_day_reads_the_publication_day_as_a_default(
    rules: Rules, text: str, quotes: tuple[str, ...]
) -> None:
    got = _claims(text, rules)
    for quote in quotes:
        claim = got[quote]
        assert claim.reference == {"date": "2026-01-12"}
        # still 'implied' (never wrong for a day the text did not name), and typed as a default
        assert (claim.date_basis, claim.time_source) == ("implied", "publication_default")


def test_the_publication_default_is_still_read_against_the_last_sessions(rules: Rules) -> None:
    default = _claims("Alibaba's Hong Kong shares jump 6.1%.", rules)["6.1"]
    stated = _claims("Alibaba's Hong Kong shares jumped 6.1% on Monday.", rules)["6.1"]
    assert stated.time_source == "text" and stated.reference == default.reference
    assert _candidate_days(stated, "XHKG") == [date(2026, 1, 12)]
    window = _candidate_days(default, "XHKG")
    assert len(window) == 5 and window[-1] == date(2026, 1, 12) and window[0] == date(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Alibaba shares slump 4.2% in Hong Kong.", "4.2", "down"),
        ("Baidu's stock tumbled 6.3% in Hong Kong.", "6.3", "down"),
        ("Alibaba's Hong Kong shares rise 2.5%.", "2.5", "up"),
        ("Alibaba-Papiere rutschten in Hongkong um 4,2 Prozent ab.", "4,2", "down"),
    ],
)
def test_english_move_verbs_in_every_tense_give_the_sign(rules: Rules, text: str, quote: str, direction: str) -> None:
    claim = _claims(text, rules)[quote]
    assert (claim.kind, claim.direction) == ("day_change", direction)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Caution: Alibaba stock faces 35% crash, analysts warn.", "35"),
        ("Der Alibaba-Aktie droht ein Einbruch von 20 Prozent.", "20"),
        ("Alibaba shares could fall 15% if the talks fail.", "15"),
    ],
)
def test_a_warned_or_possible_move_is_a_forecast_not_a_market_claim(rules: Rules, text: str, quote: str) -> None:
    claims, _ = extract_claims(text, MONDAY, rules)
    (claim,) = [c for c in claims if c.quote == quote]
    assert (claim.kind, claim.checkable) == ("forecast", False)
