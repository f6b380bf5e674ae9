"""A quote line's price, then its change with the sign glued to it, then the percentage in brackets ('Meituan
(3690.HK) HK$100.80 -0.70 (-0.69%)', 'Tencent 622,00 HKD -11,00 (-1,74 %)'): the change is a sum in the price's
currency, a price change whose sign is its direction (numbers._quote_line_changes, frames' money-move words). Before,
a blank before the dash and none after made 'HK$100.80 -0.70' one range, and both figures were dropped; a change with
its own currency ('+HK$5.50') was read as a second price of the day and called wrong.

Quotes (seeds/quotes, 2026-01-15 against 2026-01-14): 3690.HK 100.80 - 101.50 = -0.70 (-0.69 %); 0700.HK 622.00 -
633.00 = -11.00 (-1.74 %).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

THURSDAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "price", "price_kind", "change"),
    [
        ("Closing prices in Hong Kong:\nMeituan (3690.HK) HK$100.80 -0.70 (-0.69%)", "100.80", "close", "0.70"),
        ("Schlusskurse aus Hongkong:\nTencent (0700.HK) 622,00 HKD -11,00 (-1,74 %)", "622,00", "close", "11,00"),
        ("Tencent: HK$622.00, -HK$11.00 (-1.74%)", "622.00", "last_price", "11.00"),
    ],
)
def test_a_quote_lines_change_is_a_price_change(text: str, price: str, price_kind: str, change: str) -> None:
    claims = claims_by_quote(text, THURSDAY)
    assert claims[price].kind == price_kind  # (a close under a heading naming closing prices)
    assert (claims[change].kind, claims[change].unit, claims[change].direction) == ("price_change", "HKD", "down")
