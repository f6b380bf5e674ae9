"""Probes from de266 (tester119), written afresh for these tests.

A chart's support or resistance levels are often listed with their noun said once: the next item after a comma and
'darunter'/'then' ('Die nächste Unterstützung liegt bei 110 HK$, darunter bei 100 HK$'), both items joined by 'und'
before a cue ('Unterstützung bieten 110 HK$ und 100 HK$'), or before an 'als' naming them ('Auf der Oberseite gelten 125
HK$ und 135 HK$ als Widerstände'; the plural 'Widerstände' is a cue word now too). Every item is a level, out of scope
like the first (linking.levels_in_a_list); before, the later items were checked as prices of the moment and called
wrong against the day's range.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

DAY = date(2025, 9, 26)


def _kinds(text: str) -> dict[str, str]:
    return {quote: claim.kind for quote, claim in claims_by_quote(text, DAY).items()}


def test_the_next_support_after_darunter_is_a_level_too() -> None:
    text = "Die Aktie von Meituan schloss bei 101,20 HK$. Erste Unterstützung bei 96 HK$, darunter bei 90 HK$."
    kinds = _kinds(text)
    assert kinds["101,20"] == "close"
    assert kinds["96"] == kinds["90"] == "level_forecast"


def test_levels_joined_by_und_before_als_resistances() -> None:
    text = "Die Aktie von Meituan schloss bei 101,20 HK$. Nach oben gelten 108 HK$ und 115 HK$ als Widerstände."
    kinds = _kinds(text)
    assert kinds["108"] == kinds["115"] == "level_forecast"


def test_english_levels_then_and_and() -> None:
    text = "Baidu's ADRs closed at $131.34 on Friday. Chartists see resistance at $138, then $145, and support at $125."
    kinds = _kinds(text)
    assert kinds["131.34"] == "close"
    assert kinds["138"] == kinds["145"] == kinds["125"] == "level_forecast"


def test_a_price_joined_to_a_later_level_by_a_verb_stays_a_price() -> None:
    text = "Die Aktie von Meituan schloss bei 101,20 HK$ und 108 HK$ gilt als nächster Widerstand."
    kinds = _kinds(text)
    assert kinds["101,20"] == "close"
    assert kinds["108"] == "level_forecast"


def test_an_item_named_as_a_dated_low_keeps_its_kind() -> None:
    text = "Baidu's ADRs closed at $131.34 on Friday. Support is at $125, then $120.40, the Sept. 23 low."
    kinds = _kinds(text)
    assert kinds["125"] == "level_forecast"
    assert kinds["120.40"] == "day_low"
