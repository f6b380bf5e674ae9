"""Probe from de264 (tester119), written afresh for this test.

'Den höchsten Stand der Woche markierte die Aktie am Donnerstag mit 171,10 HK$' names the week's high as
'Wochenhoch' does: a period_high of the week up to the day in play (cues.csv, dates._WEEK_RANGE), the weekday
naming only when it was set. Before, the price was read as a last price of Thursday.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

SATURDAY = date(2025, 10, 25)


def test_the_weeks_highest_level_is_the_weeks_high() -> None:
    text = (
        "Baidu schloss am Freitag in Hongkong bei 117,80 HK$. "
        "Den höchsten Stand der Woche erreichte das Papier am Dienstag mit 119,90 HK$."
    )
    claim = claims_by_quote(text, SATURDAY)["119,90"]
    assert claim.kind == "period_high"
    assert claim.reference == {"start": "2025-10-20", "end": "2025-10-24"}


def test_the_weeks_lowest_level_is_the_weeks_low() -> None:
    text = (
        "Baidu schloss am Freitag in Hongkong bei 117,80 HK$. "
        "Den tiefsten Kurs der Woche sah die Aktie dann am Mittwoch mit 113,30 HK$."
    )
    claim = claims_by_quote(text, SATURDAY)["113,30"]
    assert claim.kind == "period_low"
    assert claim.reference == {"start": "2025-10-20", "end": "2025-10-24"}
