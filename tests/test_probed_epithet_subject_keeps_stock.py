"""A sentence whose subject is an epithet of the stock in play ('Der Essenslieferdienst hatte ... vor dem Preiskampf
mit Alibaba und JD.com gewarnt' after Meituan's move; epithets.csv) keeps that stock in play: the stocks named after
the epithet are its objects (`context._headed_by_epithet_of`). Before, the text moved on to JD.com, and 'Seit
Monatsbeginn hat die Aktie rund 16 Prozent verloren' was read of a listing without quotes (tester148's de306).
"""

from __future__ import annotations

from datetime import date

TEXT = (
    "Börse Hongkong. Meituan-Aktien brachen am Donnerstag um 12,6 Prozent auf 101,70 HKD ein. Der Essenslieferdienst "
    "hat einen Einbruch des Nettogewinns gemeldet und vor dem Preiskampf mit Alibaba und JD.com gewarnt. Seit "
    "Monatsbeginn hat die Aktie damit rund 16 Prozent verloren."
)


def test_an_epithet_of_the_stock_in_play_keeps_it() -> None:
    from tests.helpers import claims_by_quote

    assert claims_by_quote(TEXT, date(2025, 8, 28))["16"].listing == "3690.HK"


def test_a_sentence_naming_another_stock_alone_still_moves_on() -> None:
    from tests.helpers import claims_by_quote

    text = TEXT.replace("Der Essenslieferdienst hat", "JD.com hat").replace(" mit Alibaba und JD.com", "")
    assert claims_by_quote(text, date(2025, 8, 28))["16"].listing != "3690.HK"
