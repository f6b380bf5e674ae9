"""A price spoken in whole units and then its cents ('124 dollars 90 cents', '80 Hong Kong dollars and 70 cents') is one
price to the cent in the whole part's currency (numbers._dollars_and_cents), not a price of whole dollars and another
of cents (en205, a broadcast transcript). Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# BABA close 2026-03-19 (Thursday) 124.90; 3690.HK close 2026-03-19 80.70
_CASES = [
    ("Alibaba's American shares closed on Thursday at 124 dollars 90 cents.", "124", 124.90, "BABA", "126"),
    ("Meituan ended Thursday's session at 80 Hong Kong dollars and 70 cents.", "80", 80.70, "3690.HK", "83"),
]


@pytest.mark.parametrize(("text", "quote", "value", "listing", "altered"), _CASES)
def test_a_spoken_price_with_its_cents_is_one_price(
    tmp_path: Path, text: str, quote: str, value: float, listing: str, altered: str
) -> None:
    claims = claims_by_quote(text, date(2026, 3, 20))
    assert (claims[quote].kind, claims[quote].listing, claims[quote].value) == ("close", listing, value)
    assert set(claims) == {quote}  # the cents are no price of their own
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")[quote] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace(f"at {quote} ", f"at {altered} "), "2026-03-20")[altered] == "wrong"
