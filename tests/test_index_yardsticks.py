"""An index a stock is set against ('outperforming the Hang Seng Tech index's 25% rise') never becomes the
subject of the sentences after it, whatever its figure measures: 'The stock has climbed 48% in 2025' after it
is the stock's year, not the index's (the index's period move had carried the index on, and a true 48 % was
judged as the index's year). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules

TEXT = (
    "Baidu shares rose 2% on Wednesday. Shares have gained 48% this year, outperforming the Hang Seng Tech "
    "index's 25% rise. The stock has climbed 48% in 2025, beating the Hang Seng Tech index, which rose 25%."
)


def test_the_stock_stays_the_subject_after_an_index_set_against_it() -> None:
    claims = extract_claims(TEXT, Published(date(2025, 11, 19), "option"), load_rules())[0]
    listings = [(c.quote, c.listing) for c in claims]
    assert listings == [("2", "9888.HK"), ("48", "9888.HK"), ("25", "^HSTECH"), ("48", "9888.HK"), ("25", "^HSTECH")]
