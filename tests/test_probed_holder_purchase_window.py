"""A window counted back from now keeps its end when a later clause tells when some holders bought: 'Over the past
12 months, the shares are down about 2%, but investors who bought in early September 2024 ... sit on a gain of 64%'
read the 2% as the twelve months up to early September 2024 (before the quotes held: unverifiable, never checked).
The purchase's month is the base of the holders' gain, no day of the number told before it (since_bases.csv
holder, timing._without_others_look_back)."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

SATURDAY = date(2026, 3, 14)


def test_a_twelve_month_move_before_a_holders_purchase_ends_now() -> None:
    text = (
        "Baidu's ADRs ended the week at $118.40. Over the past 12 months, the stock has slipped about 3%, but "
        "shareholders who bought in late October 2024 are still up roughly 40%."
    )
    claims = claims_by_quote(text, SATURDAY)
    assert claims["3"].kind == "twelve_month_return"
    assert claims["3"].reference == {"start": "2025-03-13", "end": "2026-03-13"}


def test_a_month_told_for_the_move_itself_still_dates_it() -> None:
    text = "Baidu's ADRs ended the week at $118.40. The stock slipped 3% in October 2025, when the market wobbled."
    claims = claims_by_quote(text, SATURDAY)
    assert claims["3"].reference is not None and claims["3"].reference.get("start", "").startswith("2025-10")
