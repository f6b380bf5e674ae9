"""Readings a live ticker showed (de207): a stock's name leading a compound that names an event ('vom
Nvidia-Schock', 'nach den Nvidia-Zahlen') is not the subject of the figures after it where the sentence named its
subject before (subjects.nearest_company, subject_words.csv compound_subject); and a number before 'Uhr', 'a.m.' or
'p.m.' is a clock time, never a price (numbers._CLOCK_AFTER); an exchange named with an epithet before it ('an der New
Yorker Technologiebörse Nasdaq') is no index. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# ^GDAXI 2026-02-26 close 25289.02, the close before (02-25) 25175.94: 25289.02 / 25175.94 - 1 = +0.45 %
_DAX = "Der Dax ließ sich vom Nvidia-Schock nicht beirren und ging 0,5 Prozent fester bei 25.289 Punkten aus dem Handel"
# 9988.HK 2026-02-26 close 143.00, the close before 148.30: 143.00 / 148.30 - 1 = -3.57 %
_DAX += "."
_ALIBABA = "Alibaba verlor nach den Nvidia-Zahlen 3,6 Prozent auf 143,00 Hongkong-Dollar."


def test_a_name_leading_an_event_compound_is_not_the_subject(tmp_path: Path) -> None:
    claims = claims_by_quote(_DAX, date(2026, 2, 26))
    assert claims["0,5"].listing == claims["25.289"].listing == "^GDAXI"
    verdicts = verdicts_by_quote(tmp_path, _DAX, "2026-02-26")
    assert verdicts["0,5"] == verdicts["25.289"] == "accurate"
    assert verdicts_by_quote(tmp_path, _DAX.replace("0,5 Prozent", "2,5 Prozent"), "2026-02-26")["2,5"] == "wrong"
    alibaba = claims_by_quote(_ALIBABA, date(2026, 2, 26))
    assert alibaba["3,6"].listing == alibaba["143,00"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, _ALIBABA, "2026-02-26")["3,6"] == "accurate"


def test_a_compound_naming_the_shares_keeps_its_company() -> None:
    # NVDA 2026-02-26 close 184.89 (02-25: 195.56, -5.46 %)
    text = "Der Dax stieg leicht, die Nvidia-Aktie dagegen fiel um 5,5 Prozent auf 184,89 Dollar."
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["5,5"].listing == claims["184,89"].listing == "NVDA"


def test_a_clock_time_is_no_price() -> None:
    german = "15.35 Uhr: Nvidia eröffnet schwächer\nDie Nvidia-Aktie startete bei 194,27 Dollar in den Handel."
    claims = claims_by_quote(german, date(2026, 2, 26))
    assert "15.35" not in claims and claims["194,27"].kind == "open_price"
    english = "Nvidia opened at 10 a.m. at $194.27 and slid to $184.32 by 3 p.m."
    claims = claims_by_quote(english, date(2026, 2, 26))
    assert set(claims) == {"194.27", "184.32"}


def test_an_exchange_named_with_its_epithet_is_no_index() -> None:
    # rules._EXCHANGE_USE: 'an der' with up to two words before an exchange's name, every word of it a venue word
    text = "Die Nvidia-Aktie eröffnete am Donnerstag an der New Yorker Technologiebörse Nasdaq bei 194,27 Dollar."
    assert claims_by_quote(text, date(2026, 2, 27))["194,27"].listing == "NVDA"
    # ^IXIC 2026-02-26 close 22878.38: the index named as the sentence's subject stays the index
    index = "Die Technologiebörse Nasdaq schloss 1,2 Prozent tiefer bei 22.878 Punkten."
    assert claims_by_quote(index, date(2026, 2, 27))["22.878"].listing == "^IXIC"
