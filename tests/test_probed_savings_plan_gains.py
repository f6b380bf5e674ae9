"""Probes from de263 (tester118), written afresh for these tests.

A savings plan buys every month: its gain is an average over many buy prices, the reader's own position, not the
share's move over any one period ('Wer seit März 2024 jeden Monat 100 Euro per Sparplan investiert hat, liegt rund
38 Prozent im Plus'). The cue table reads such a gain as own_position (out of scope) and no longer as a since_return
from the plan's start (rules/cues.csv; before, the figure was read as a move of the day or since the start).

A broker's order volume ('ab einem Ordervolumen von 1000 Euro gebührenfrei') is an amount of money, not a price
(before, it was checked as the share's euro price).
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2026, 2, 20)


def test_a_savings_plan_gain_told_with_who_is_the_readers_own_position() -> None:
    text = (
        "Wer seit März 2024 jeden Monat 100 Euro per Sparplan in die Tencent-Aktie investiert hat, "
        "liegt nach Berechnungen der Redaktion noch rund 38 Prozent im Plus."
    )
    assert claims_by_quote(text, DAY)["38"].kind == "own_position"


def test_savers_with_a_monthly_rate_are_an_own_position_too() -> None:
    text = "Anleger, die seit Jahresbeginn monatlich 50 Euro in Baidu stecken, liegen knapp 9 Prozent im Minus."
    assert claims_by_quote(text, DAY)["9"].kind == "own_position"
    text = "Investors who have put $200 into Baidu every month since 2024 are now up about 12%, by our count."
    assert claims_by_quote(text, DAY)["12"].kind == "own_position"


def test_a_one_off_buyer_is_still_no_savings_plan() -> None:
    text = "Wer die Aktie im April 2025 gekauft hat, liegt heute 60 Prozent im Plus."
    assert claims_by_quote(text, DAY)["60"].kind != "own_position"


def test_an_order_volume_is_an_amount_not_a_price() -> None:
    text = "Bei dem Online-Broker ist die Meituan-Aktie ab einem Ordervolumen von 1000 Euro gebührenfrei handelbar."
    assert claims_by_quote(text, DAY)["1000"].kind == "amount"
