"""A listed bank named as the one acting on a target or a rating right after its name ('Goldman Sachs hob das
Kursziel von 700 auf 780 HKD', 'Morgan Stanley cut its price target to HK$120') is a broker rating the stock the text
is about, not a subject of the figures after it (rules._RATES_A_STOCK, beside 'Die Analysten von ...'). Before, the
bank became the company in play: the next sentence's close of the stock was read as the bank's and left without a
listing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 3)


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    (
        (
            "Die Tencent-Aktie legte am Donnerstag 2,1 Prozent zu. Goldman Sachs hob das Kursziel von 700 auf 780 HKD. "
            "Die Aktie schloss bei 650,00 HKD.",
            "650,00",
            "0700.HK",
        ),
        (
            "Meituan fell 3.2% on Thursday. Morgan Stanley cut its price target to HK$120. "
            "The stock closed at HK$101.20.",
            "101.20",
            "3690.HK",
        ),
    ),
)
def test_the_stock_stays_the_subject_after_a_brokers_target(text: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert claim.kind == "close" and claim.listing == listing


def test_the_bank_with_its_own_figure_is_still_a_subject() -> None:
    # a bank's own shares: no target or rating after its name
    claim = claims_by_quote("Goldman Sachs shares rose 1.5% on Thursday.", PUBLISHED)["1.5"]
    assert claim.listing == "GS"
