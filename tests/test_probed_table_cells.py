"""Tables whose cells carry their own period labels, and the text after a table. A row 'Alibaba (Dollar): 135,21 |
Woche +3,4 % | März -6,2 %' labels each move inside its cell (cues.csv: a period word or a month's name right after a
'|' and before a signed figure): the week's and the month's moves, not the day's. A row label naming a currency
('Alibaba (Euro):') is the venue of the bare price after it. A sentence after the table naming no subject speaks of
the text's main stock on the venue in play before the table, not of the table's last row (`_TextReader._after_table`).
Texts written for the test (no article copied).

Quotes (seeds/quotes/BABA.csv, ^NDX.csv; ECB EUR/USD in FX_ECB_reference_rates.csv), Friday 2026-03-13:
- BABA closed 135.21; 130.79 on 2026-03-06, 144.11 on 2026-02-27, 146.58 on 2025-12-31.
  Week 135.21 / 130.79 - 1 = +3.38 %; March 135.21 / 144.11 - 1 = -6.18 %; year to date 135.21 / 146.58 - 1 = -7.76 %.
- Euro parity (derived, BABA / EUR/USD): 135.21 / 1.1476 = 117.82; 2026-03-06 130.79 / 1.1561 = 113.13;
  2026-02-27 144.11 / 1.1805 = 122.08. Week 117.82 / 113.13 - 1 = +4.15 %; March 117.82 / 122.08 - 1 = -3.49 %.
- ^NDX closed 24,380.73; 24,643.02 on 2026-03-06, 24,960.04 on 2026-02-27: week -1.06 %, March -2.32 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 14)

GERMAN = (
    "Die Alibaba-ADRs schlossen am Freitag in New York bei 135,21 Dollar.\n\n"
    "Die Woche in Zahlen (Schlusskurse vom 13.3.):\n"
    "Alibaba (Dollar): 135,21 | Woche +3,4 % | März -6,2 %\n"
    "Alibaba (Euro): 117,82 | Woche +4,1 % | März -3,5 %\n"
    "Nasdaq 100: 24.380,73 | Woche -1,1 % | März -2,3 %\n\n"
    "Unterm Strich steht seit Jahresbeginn ein Minus von knapp 8 Prozent."
)

ENGLISH = (
    "Alibaba's ADRs closed at $135.21 in New York on Friday.\n\n"
    "The week in numbers (closing prices, March 13):\n"
    "Nasdaq 100: 24,380.73 | Week -1.1% | March -2.3%\n"
    "Alibaba (USD): 135.21 | Week +3.4% | March -6.2%\n\n"
    "All told, the stock is down nearly 8% since the start of the year."
)


def test_a_cells_own_period_label_names_its_move() -> None:
    claims = claims_by_quote(GERMAN, SATURDAY)
    assert claims["3,4"].kind == "week_return" and claims["3,4"].listing == "BABA"
    assert claims["6,2"].kind == "month_return"
    assert claims["6,2"].reference == {"start": "2026-03-01", "end": "2026-03-13"}
    assert claims["1,1"].kind == "week_return" and claims["1,1"].listing == "^NDX"
    assert claims["2,3"].kind == "month_return" and claims["2,3"].listing == "^NDX"
    english = claims_by_quote(ENGLISH, SATURDAY)
    assert english["1.1"].kind == "week_return" and english["2.3"].kind == "month_return"
    assert english["3.4"].kind == "week_return" and english["6.2"].kind == "month_return"


def test_a_row_label_naming_the_euro_is_the_venue_of_its_bare_price() -> None:
    claims = claims_by_quote(GERMAN, SATURDAY)
    assert claims["117,82"].unit == "EUR" and claims["117,82"].listing == "AHLA.F"
    assert claims["4,1"].listing == "AHLA.F" and claims["3,5"].listing == "AHLA.F"


def test_the_text_after_a_table_speaks_of_its_main_stock() -> None:
    assert claims_by_quote(GERMAN, SATURDAY)["8"].listing == "BABA"
    assert claims_by_quote(ENGLISH, SATURDAY)["8"].listing == "BABA"


def test_the_tables_figures_are_judged_on_their_periods(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, GERMAN, SATURDAY.isoformat())
    for quote in ("3,4", "6,2", "117,82", "4,1", "3,5", "1,1", "2,3", "8"):
        assert verdicts[quote] == "accurate", quote
    # a slip in a cell is caught on the cell's own period: the week's +3.38 %, not the day's move
    slipped = GERMAN.replace("Woche +3,4 %", "Woche +5,4 %")
    assert verdicts_by_quote(tmp_path, slipped, SATURDAY.isoformat())["5,4"] == "wrong"
