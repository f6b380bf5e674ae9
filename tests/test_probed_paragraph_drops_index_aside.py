"""Probe from de263 (tester118), written afresh for these tests.

A sentence naming no subject goes on with the index the sentence before ended on ('Der Hang Seng schloss 0,8
Prozent höher. Auf Monatssicht steht damit ein Minus von knapp 3 Prozent'). Across a paragraph break that holds only
for a paragraph about the index: where a stock's paragraph named the index at its end, in passing, the next
paragraph's subjectless figure is the stock in play's (extract._Paragraph.opened_by_stock; before, the index's week
was checked and a true week of the stock called wrong).
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2026, 2, 20)


def test_a_new_paragraph_goes_on_with_the_stock_not_an_index_aside() -> None:
    text = (
        "Die Tencent-Aktie gab am Freitag in Hongkong 2,3 Prozent nach. "
        "Der Hang Seng verlor zeitgleich 0,9 Prozent.\n\nAuf Wochensicht steht damit ein Minus von 4,1 Prozent."
    )
    assert claims_by_quote(text, DAY)["4,1"].listing == "0700.HK"


def test_an_index_paragraph_still_goes_on_with_the_index() -> None:
    text = (
        "Die Tencent-Aktie gab am Freitag in Hongkong 2,3 Prozent nach.\n\n"
        "Der Hang Seng verlor zeitgleich 0,9 Prozent und schloss bei 26.413 Punkten.\n\n"
        "Auf Wochensicht steht damit ein Minus von 1,6 Prozent."
    )
    assert claims_by_quote(text, DAY)["1,6"].listing == "^HSI"


def test_within_the_paragraph_the_index_is_still_gone_on_with() -> None:
    text = (
        "Die Tencent-Aktie gab am Freitag in Hongkong 2,3 Prozent nach. Der Hang Seng verlor zeitgleich 0,9 Prozent. "
        "Auf Wochensicht steht damit ein Minus von 1,6 Prozent."
    )
    assert claims_by_quote(text, DAY)["1,6"].listing == "^HSI"
