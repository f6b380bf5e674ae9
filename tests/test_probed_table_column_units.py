"""Probes from the editor's set's missed table figures (de120's 'Wochenbilanz', de216's 'Asiatische Werte'), written
afresh for these tests.

A table's header may name its column's unit instead of each cell: '| Woche in % |' over '| +0,4 |', '| Veränd. in % |'
over '| –2,50 |'; and a close's column naming none takes the currency its row's label names ('| Alibaba (HKD) |
169,20 |'). The bare figures are then percentages or prices (`_TextReader._in_column_units`); before, they were no
claims at all (a wrong figure in them went unseen). A minus sign before a bare figure closing a cell is a fall
(directions.csv; before, the row's other cell's '+' gave both figures its sign).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: Friday 2026-01-30 close 169.20, five sessions before (2026-01-23) 168.50: 169.20 / 168.50
# - 1 = +0.42 %. seeds/quotes/3690.HK.csv: Friday close 97.20, 2026-01-23 97.55: 97.20 / 97.55 - 1 = -0.36 %.
WEEK_TABLE = (
    "Die Woche in Hongkong\n\n31.01.2026\n\nSchlusskurse vom Freitag, Veränderung zur Vorwoche:\n\n"
    "| Wert | Schluss | Woche in % |\n|---|---|---|\n"
    "| Alibaba (HKD) | {baba} | +0,4 |\n| Meituan (HKD) | 97,20 | {meituan} |\n"
)


def test_a_header_naming_the_unit_makes_the_bare_figures_under_it_claims(tmp_path: Path) -> None:
    true_figures = {"baba": "169,20", "meituan": "-0,36"}
    claims = claims_by_quote(WEEK_TABLE.format(**true_figures), date(2026, 1, 31))
    assert claims["169,20"].kind == "close" and claims["169,20"].listing == "9988.HK"
    assert claims["0,36"].kind == "week_return" and claims["0,36"].direction == "down"
    assert claims["0,4"].kind == "week_return" and claims["0,4"].direction == "up"
    altered_figures = {"baba": "196,20", "meituan": "+0,36"}
    true, altered = verdicts_true_and_altered(tmp_path, WEEK_TABLE, "2026-01-31", true_figures, altered_figures)
    assert true["169,20"] == true["0,4"] == true["97,20"] == true["0,36"] == "accurate"
    assert altered["196,20"] == "wrong" and altered["0,36"] == "wrong"


# the same Friday in English, the currency in the close's header cell ('Close (HK$)', which the close's header cue of
# cues.csv now takes with a sign in its brackets). seeds/quotes: 9988.HK 169.20 against Thursday's 173.30 = -2.37 %,
# 3690.HK 97.20 against 98.60 = -1.42 %
CLOSE_TABLE = (
    "Hong Kong close: tech leads the slide\n\nJanuary 30, 2026, 4:30 PM HKT\n\nHong Kong stocks fell on Friday.\n\n"
    "| Stock | Close (HK$) | Change (%) |\n|---|---|---|\n"
    "| Alibaba | {baba} | -2.37 |\n| Meituan | 97.20 | {meituan} |\n"
)


def test_a_currency_in_the_close_header_makes_the_bare_prices_under_it_closes(tmp_path: Path) -> None:
    true_figures = {"baba": "169.20", "meituan": "-1.42"}
    claims = claims_by_quote(CLOSE_TABLE.format(**true_figures), date(2026, 1, 30))
    assert claims["169.20"].kind == "close" and claims["169.20"].unit == "HKD"
    assert claims["1.42"].kind == "day_change" and claims["1.42"].direction == "down"
    altered_figures = {"baba": "196.20", "meituan": "+1.42"}
    true, altered = verdicts_true_and_altered(tmp_path, CLOSE_TABLE, "2026-01-30", true_figures, altered_figures)
    assert true["169.20"] == true["2.37"] == true["97.20"] == true["1.42"] == "accurate"
    assert altered["196.20"] == "wrong" and altered["1.42"] == "wrong"


def test_a_currency_heading_another_column_than_the_close_gives_no_price() -> None:
    # '| Vortag (EUR) |' over a bare figure: the close of the session before, which read as the day's price would be
    # set against the wrong session
    text = "Alibaba in Frankfurt\n\n| Aktie | Kurs (EUR) | Vortag (EUR) |\n|---|---|---|\n"
    text += "| Alibaba | 138,10 | 136,00 |\n"
    claims = claims_by_quote(text, date(2026, 2, 10))
    assert claims["138,10"].unit == "EUR"
    assert "136,00" not in claims or not claims["136,00"].checkable
