"""Probe: 'US-Aktien' / 'US-Papiere' of a company name its US listing (the ADRs), so a dollar price
and a move in that sentence are the ADR's, not the home listing's that a bare 'Aktie' headline sets."""

from datetime import date

from tests.helpers import claims_by_quote


def test_us_papiere_after_a_bare_headline_are_the_adr() -> None:
    text = (
        "Alibaba-Aktie: Minus 3 Prozent zum Wochenstart\n\n"
        "Die US-Papiere von Alibaba verloren am Montag 2,7 Prozent auf 142,56 Dollar."
    )
    claims = claims_by_quote(text, date(2026, 3, 3))
    assert claims["2,7"].listing == "BABA"
    assert claims["142,56"].listing == "BABA"
    assert claims["142,56"].unit == "USD"


def test_us_aktien_name_the_adr_listing() -> None:
    text = "Baidu-Aktie: Minus 4 Prozent\n\nDie US-Aktien von Baidu schlossen am Dienstag bei 118,71 Dollar."
    claims = claims_by_quote(text, date(2026, 3, 4))
    assert claims["118,71"].listing == "BIDU"
    assert claims["118,71"].unit == "USD"
