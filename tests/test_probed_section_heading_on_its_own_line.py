"""A section's heading printed on its own line right above its text, with no blank line between ('Gesamtmarkt' over
'Der Hang Seng ging mit ... Punkten aus dem Handel.'), starts a new section as one followed by a blank line does: the
day the section before named (a bullet's 'Den Ausschlag gab der 26. November') does not carry into it. Before, the
index's close under the heading was read on that earlier day and a true close was called wrong."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

TEXT = (
    "Monatsbilanz: Baidu im Oktober fester\n\n"
    "Baidu\n"
    "- Die Aktie beendete den Monat in Hongkong bei 120,00 HKD.\n"
    "- Den Ausschlag gab der 8. Oktober: Die Aktie sprang um 6,0 Prozent.\n\n"
    "Gesamtmarkt\n"
    "Der Hang Seng Index ging mit 25.907 Punkten aus dem Handel.\n"
)


def test_a_heading_right_above_its_text_ends_the_day_of_the_section_before() -> None:
    claims = claims_by_quote(TEXT, date(2025, 11, 1))
    assert claims["6,0"].reference == {"date": "2025-10-08"}
    assert claims["25.907"].reference != {"date": "2025-10-08"}
