"""Probe from de265 (tester119), written afresh for this test.

A relative clause between commas (', die seit Jahresbeginn ... zugelegt hat,') speaks of its own numbers, and a company
named inside it is not the subject of a number outside it. Its closing comma is a clause break, never the decimal comma
of a German number: ', die von Baidu stiegen um 2,6 Prozent auf 122,12 Dollar.' has no closing comma at all. Before,
the clause was read as ending in '2,6', so Baidu lay in a 'relative clause' the price 122,12 was outside of, and the
price went to the stock named before (Alibaba's ADR): a true close called wrong.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2025, 9, 23)


def test_a_decimal_comma_does_not_close_a_relative_clause() -> None:
    text = (
        "In New York legten die Papiere von Alibaba am Montag 1,1 Prozent auf 164,25 Dollar zu, "
        "die von Baidu verbilligten sich um 0,9 Prozent auf 136,63 Dollar."
    )
    claims = claims_by_quote(text, DAY)
    assert claims["164,25"].listing == "BABA"
    assert claims["0,9"].listing == "BIDU"
    assert claims["136,63"].listing == "BIDU"


def test_a_relative_clause_closed_by_a_comma_still_speaks_of_its_own_numbers() -> None:
    text = "Tencent, die seit Jahresbeginn 41,5 Prozent zugelegt hat, verlor am Montag 1,2 Prozent auf 630,50 HKD."
    claims = claims_by_quote(text, DAY)
    assert claims["41,5"].kind == "ytd_return"
    assert claims["1,2"].kind == "day_change"
    assert claims["630,50"].listing == "0700.HK"
