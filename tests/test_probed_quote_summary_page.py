"""A stock-summary page of the kind generated each night (StockInvest.us, Macroaxis) tells the day's range in per cent
and in money, a forecast with its probability and price band, chart levels 'from accumulated volume', a score, a pivot's
move 'so far', and a key-statistics list. Before, the range's width and the forecast's figures were judged as the day's
move and prices (called wrong), the pivot's move as the move of the pivot's day, 'Previous close' on a weekend page as
Friday's close, the RSI under '(14)' lost to the next line's 'Year-...', and '1-year return:', 'day low at' and 'were
bought and sold' not read. Quotes: seeds/quotes/BABA.csv, Friday 2026-02-13: close 155.73 (Thursday 158.73), low
152.85, high 158.11; Tuesday 2026-02-10 close 166.51; 2025-02-13 close 119.54."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-02-14"  # a Saturday

PAGE = (
    "BABA shares lost 1.89% on Friday, from $158.73 to $155.73. During the session the shares swung 3.44% from a "
    "day low at $152.85 to a day high of $158.11, and in total, 16 million shares were bought and sold. "
    "Volume rose on the last day by 4.6 million shares.\n\n"
    "Given the current trend, the stock is expected to fall 7.25% during the next 3 months and, with an 80% "
    "probability, hold a price between $131.40 and $157.20 at the end of this 3-month period.\n\n"
    "A sell signal was issued from a pivot top point on Tuesday, February 10, 2026, and so far it has fallen 6.47%. "
    "The stock meets strong resistance above today's price from accumulated volume at $166.51. During the last day, "
    "the stock moved $5.26 between high and low. Overall score: 1.25.\n\n"
    "Key figures\n\n"
    "- Previous close: $158.73\n"
    "- RSI (14): 41.7\n"
    "- Year-to-date return: 6.2%\n"
    "- 1-year return: 30.3%\n"
)


def _claims() -> dict[str, Claim]:
    return claims_by_quote(PAGE, date.fromisoformat(PUBLISHED))


@pytest.mark.parametrize(
    ("quote", "kind"),
    (
        ("3.44", "amount"),  # the range's width in per cent of the low
        ("5.26", "amount"),  # ... and in money
        ("7.25", "forecast"),
        ("80", "forecast"),  # the forecast's probability
        ("131.40", "level_forecast"),
        ("157.20", "level_forecast"),
        ("166.51", "level_forecast"),  # resistance from accumulated volume
        ("1.25", "indicator"),  # the page's score
    ),
)
def test_the_pages_views_and_widths_are_not_judged(quote: str, kind: str) -> None:
    claim = _claims()[quote]
    assert claim.kind == kind and not claim.checkable


@pytest.mark.parametrize(
    ("quote", "kind", "reference"),
    (
        ("152.85", "day_low", {"date": "2026-02-13"}),
        ("158.11", "day_high", {"date": "2026-02-13"}),
        ("16", "volume", {"date": "2026-02-13"}),
        ("4.6", "volume_change", {"date": "2026-02-13"}),
        ("6.47", "since_return", {"start": "2026-02-10", "end": "2026-02-13"}),
        ("158.73", "close", {"date": "2026-02-12"}),  # the weekend page's previous close: Thursday's
        ("41.7", "rsi", {"date": "2026-02-13"}),
        ("30.3", "twelve_month_return", {"start": "2025-02-13", "end": "2026-02-13"}),
    ),
)
def test_the_pages_market_figures_are_read(quote: str, kind: str, reference: dict[str, str]) -> None:
    claim = _claims()[quote]
    assert (claim.kind, claim.reference) == (kind, reference)


def test_the_pages_true_figures_are_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, PAGE, PUBLISHED)
    for quote in ("152.85", "158.11", "6.47", "158.73", "30.3"):
        assert verdicts[quote] == "accurate", quote
    for quote in ("3.44", "5.26", "7.25", "80", "131.40", "157.20", "166.51", "1.25"):
        assert verdicts[quote] == "out_of_scope", quote


def test_a_previous_close_in_hong_kong_dollars_is_a_close() -> None:
    # 'Previous close: HK$125.10': the label reaches past the longer currency sign (9888.HK close 2025-10-27 125.10)
    text = "Baidu's Hong Kong stock ended Tuesday at HK$123.90.\n\n- Previous close: HK$125.10\n- Open: HK$125.50\n"
    claim = claims_by_quote(text, date(2025, 10, 28))["125.10"]
    assert (claim.kind, claim.reference) == ("close", {"date": "2025-10-27"})


def test_a_window_counted_after_for_is_the_windows_move(tmp_path: Path) -> None:
    # 'a 2.02% gain for the last 2 weeks': the move since the close two weeks back (BABA 170.43 on Friday 2025-10-31
    # against 167.05 on 2025-10-17: +2.02 %), not Friday's move (-2.01 %)
    text = (
        "The Alibaba stock price fell by -2.01% on the last day (Friday, 31st Oct 2025) from $173.93 to $170.43. "
        "The price has been going up and down, and there has been a 2.02% gain for the last 2 weeks. "
        "It has gained 4% for the past 3 months."
    )
    claims = claims_by_quote(text, date(2025, 11, 1))
    assert (claims["2.02"].kind, claims["2.02"].reference) == (
        "since_return",
        {"start": "2025-10-17", "end": "2025-10-31"},
    )
    assert claims["4"].kind == "months_return"
    assert verdicts_by_quote(tmp_path, text, "2025-11-01")["2.02"] == "accurate"
