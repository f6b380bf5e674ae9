"""Probes (reviewfix): after a chart level or a target, a price joined by 'und' or ', dann' is the list's next level
(linking.levels_in_a_list) only while it has no verb of its own: one a verb follows right after its unit ('und
118,60 HKD kostet das Papier derzeit') opens a clause of its own, a price of the moment to check. Before, such a price
was set out of scope as a level and never checked."""

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2025, 10, 24)


def test_a_price_after_a_level_with_its_own_verb_stays_a_price() -> None:
    text = (
        "Als Unterstützung gilt für die Baidu-Aktie die Marke von 110 HKD und 118,60 HKD kostet das Papier in Hongkong."
    )
    claims = claims_by_quote(text, DAY)
    assert claims["110"].kind == "level_forecast"
    assert claims["118,60"].kind == "last_price" and claims["118,60"].listing == "9888.HK"


def test_a_price_after_a_target_and_dann_with_its_own_verb_stays_a_price() -> None:
    text = "Das Kursziel für die Baidu-Aktie liegt bei 150 HKD, dann 118,60 HKD notiert das Papier in Hongkong."
    claims = claims_by_quote(text, DAY)
    assert claims["150"].kind == "analyst_target"
    assert claims["118,60"].kind == "last_price" and claims["118,60"].checkable


def test_a_list_item_without_a_verb_is_still_a_level() -> None:
    text = "Die Baidu-Aktie schloss bei 118,60 HKD. Als Unterstützung gilt die Marke von 110 HKD und 104 HKD."
    claims = claims_by_quote(text, DAY)
    assert claims["110"].kind == claims["104"].kind == "level_forecast"
