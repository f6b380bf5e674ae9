"""What is a market claim and which slots it has: business and economic figures, per-share
profits, conversions that restate a price, repeats, momentary levels, the venue of 'US-notierte
Titel'. Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules

MONDAY = Published(date(2026, 1, 12), "option")


def _all(text: str, rules: Rules, published: Published = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, published, rules)
    return {c.quote: c for c in claims}


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Die Cloud-Sparte von Alibaba wuchs um 26 Prozent gegenüber dem Vorjahr.", "26", "business_growth"),
        ("Alibaba's cloud unit grew 26% year-over-year.", "26", "business_growth"),
        ("Der Konsum in China stieg nur um 1,3 Prozent, Alibaba litt darunter.", "1,3", "macro"),
        ("China's consumer spending rose 1.3% in November, weighing on Alibaba.", "1.3", "macro"),
        ("Analysten erwarten für Alibaba einen Gewinn von 64,79 CNY je Aktie.", "64,79", "financials"),
        ("Analysts expect Alibaba to report a profit of $8.20 per share.", "8.20", "financials"),
    ],
)
def test_business_and_economic_figures_are_not_share_price_claims(
    rules: Rules, text: str, quote: str, kind: str
) -> None:
    claim = _all(text, rules)[quote]
    assert (claim.kind, claim.checkable) == (kind, False)


def test_a_share_price_per_share_is_still_a_price(rules: Rules) -> None:
    claim = _all("Nvidia's stock had plunged 16% to $178 per share by noon.", rules)["178"]
    assert claim.checkable and claim.kind in ("last_price", "intraday_price")


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia briefly traded above the $171 mark on Monday.",
        "Die Nvidia-Aktie notierte am Montag kurzzeitig über 171 Dollar.",
    ],
)
def test_a_momentary_level_is_an_intraday_price(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["171"]
    assert (claim.kind, claim.listing) == ("intraday_price", "NVDA")


@pytest.mark.parametrize(
    "text",
    [
        "Seit Jahresbeginn haben die US-notierten Titel von Alibaba über 100 Prozent gewonnen.",
        "Seit Jahresbeginn haben die US-gelisteten Alibaba-Aktien über 100 Prozent gewonnen.",
    ],
)
def test_us_listed_titles_name_the_us_listing(rules: Rules, text: str) -> None:
    claim = _all(text, rules)["100"]
    assert (claim.kind, claim.listing) == ("ytd_return", "BABA")
