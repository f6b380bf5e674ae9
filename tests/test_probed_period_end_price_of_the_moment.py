"""Probe from en255 (tester118), written afresh for this test.

A text written while the session traded gives a period's move as of the price of that moment (`Claim.moved_to`,
linking.period_price_of_the_moment). Where it tells a price of the moment ('As of 12:30 p.m. ET, the shares were
up 3.1% at $128.40') and, later, a price the session only touched ('after rising as much as 4.6% to $130.30 earlier
in the day'), the period ends at the former: the peak is no price of the moment (before, the last price told won,
so a five-day gain true at the moment was measured from the peak and called imprecise).
"""

from __future__ import annotations

from datetime import date

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.pipeline import load_rules

TEXT = (
    "Why Baidu Stock Is Rising Today\n\n"
    "By Motley Fool Staff – Feb 4, 2026 at 12:55PM\n\n"
    "Shares of Baidu (NASDAQ: BIDU) were climbing on Wednesday. As of 12:30 p.m. ET, the stock was up 3.1% at "
    "$128.40, after rising as much as 4.6% to $130.30 earlier in the day. Over the past five trading days, the "
    "shares have gained about 8%.\n"
)


def test_a_period_told_while_trading_ends_at_the_price_of_the_moment_not_the_peak() -> None:
    claims, _ = extract_claims(TEXT, Published(date(2026, 2, 4), "option"), load_rules())
    week = [c for c in claims if c.quote == "8"]
    assert len(week) == 1
    assert week[0].open_session_day == "2026-02-04"
    assert week[0].moved_to == 128.40
