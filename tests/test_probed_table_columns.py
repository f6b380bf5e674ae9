"""A table's header row naming a subject over each column ('Week ended | Nvidia | Nasdaq 100') gives each cell of the
rows under it that subject (subjects.subject_of, Context.column_subjects); a period over the rows' labels makes each
row's moves that period's, ending on the row's day. Before, every cell was the day's move of the last company named.
A German row label in figures without its year ('25.03. | ...', '26.03.: ...') is the row's day (dates._SHORT_DOTTED).
Tables written for the test (no article copied).

Quotes (seeds/quotes/NVDA.csv, ^NDX.csv), closes: Nvidia 177.81 (2026-03-06), 180.25 (03-13), 172.70 (03-20), 175.20
(03-24), 178.68 (03-25), 171.24 (03-26), 167.52 (03-27); Nasdaq 100 24,643.02, 24,380.73, 23,898.15, 24,002.45,
24,162.98, 23,586.99, 23,132.77 on the same days. The weeks: Nvidia +1.37 % (180.25 / 177.81 - 1), -4.19 %
(172.70 / 180.25 - 1), -3.00 % (167.52 / 172.70 - 1); Nasdaq 100 -1.06 % (24,380.73 / 24,643.02 - 1), -1.98 %
(23,898.15 / 24,380.73 - 1), -3.20 % (23,132.77 / 23,898.15 - 1). The days: 25 March Nvidia +1.99 % (178.68 / 175.20
- 1), Nasdaq 100 +0.67 % (24,162.98 / 24,002.45 - 1); 26 March Nvidia -4.16 % (171.24 / 178.68 - 1), Nasdaq 100
-2.38 % (23,586.99 / 24,162.98 - 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

WEEKS = (
    "Nvidia and the tech index lost ground again.\n\n"
    "Week ended | Nvidia | Nasdaq 100\n"
    "March 13 | +1.4% | -1.1%\n"
    "March 20 | -4.2% | -2.0%\n"
    "March 27 | -3.0% | -3.2%\n"
)
SATURDAY = date(2026, 3, 28)
# a row label in figures without its year, as German tables write it, and one with the month's name
DAYS = (
    "Nvidia und der Nasdaq 100 im Wochenverlauf.\n\n"
    "Datum | Nvidia | Nasdaq 100\n"
    "25.03. | +2,0 % | +0,7 %\n"
    "26. März | -4,2 % | -2,4 %\n"
)


def test_each_column_has_its_subject_and_each_row_the_week_it_ended() -> None:
    claims = claims_by_quote(WEEKS, SATURDAY)
    assert claims["1.4"].listing == "NVDA" and claims["1.1"].listing == "^NDX"
    assert claims["4.2"].kind == "week_return"
    assert claims["4.2"].reference == {"start": "2026-03-13", "end": "2026-03-20"}
    assert claims["3.2"].listing == "^NDX" and claims["3.2"].reference == {"start": "2026-03-20", "end": "2026-03-27"}


def test_a_weekly_table_is_judged_on_its_weeks(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, WEEKS, SATURDAY.isoformat())
    assert set(verdicts.values()) == {"accurate"} and len(verdicts) == 6


def test_swapped_columns_are_caught(tmp_path: Path) -> None:
    swapped = WEEKS.replace("March 20 | -4.2% | -2.0%", "March 20 | -2.0% | -4.2%")
    verdicts = verdicts_by_quote(tmp_path, swapped, SATURDAY.isoformat())
    assert verdicts["2.0"] == "wrong" and verdicts["4.2"] == "wrong"


def test_a_german_table_of_days_by_column() -> None:
    claims = claims_by_quote(DAYS, date(2026, 3, 27))
    assert claims["0,7"].listing == "^NDX" and claims["0,7"].reference == {"date": "2026-03-25"}
    assert claims["4,2"].listing == "NVDA" and claims["4,2"].reference == {"date": "2026-03-26"}


def test_german_day_columns_are_judged(tmp_path: Path) -> None:
    assert set(verdicts_by_quote(tmp_path, DAYS, "2026-03-27").values()) == {"accurate"}
