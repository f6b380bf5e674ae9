"""Rules added after trying the thirty-first batch of written German articles as an editor would (tests/golden/articles
de205..de207: a Stuttgarter Zeitung 'Börse kompakt', a comdirect Informer morning note with a table of closes, a Focus
Online 'Aktien-Ticker'). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'der Composite-Index' is the Nasdaq Composite (companies.csv) ------------------------------------------------


def test_composite_index_after_the_nasdaq_as_a_venue_is_the_nasdaq_composite(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-03 close 23790.65, 23790.65 / 24638.00 (2026-03-02) - 1 = -3.44 %;
    # ^IXIC 2026-03-03 close 22516.69, 22516.69 / 22748.86 (2026-03-02) - 1 = -1.02 %, low 22124.78
    text = (
        "Der Dax brach am Dienstag um 3,4 Prozent auf 23.791 Punkte ein. An der Nasdaq hielten sich die Verluste in "
        "Grenzen. Der Composite-Index schloss 1,0 Prozent tiefer bei 22.517 Punkten, nachdem er im Verlauf bis auf "
        "22.125 Punkte gefallen war."
    )
    claims = claims_by_quote(text, date(2026, 3, 4))
    assert all(claims[q].listing == "^IXIC" for q in ("1,0", "22.517", "22.125"))
    assert claims["3,4"].listing == "^GDAXI"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-04")
    assert verdicts["1,0"] == "accurate" and verdicts["22.517"] == "accurate" and verdicts["22.125"] == "accurate"
    altered = text.replace("1,0 Prozent", "2,6 Prozent").replace("22.517", "22.917")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-04")
    assert verdicts["2,6"] == "wrong" and verdicts["22.917"] == "wrong"


# --- a table's header row naming the close's column alone sets the columns of the rows under it -----------------

_CLOSES_OF_FRIDAY = (
    "Die Schlusskurse vom Freitag, 6. März, im Überblick:\n\n"
    "| Titel | Schlusskurs | Tagesveränderung |\n"
    "|---|---|---|\n"
    "| Hang Seng | 25.757 Pkt. | +1,7 % |\n"
    "| Meituan | 76,85 HKD | +3,2 % |\n"
)


def test_header_row_with_the_close_column_alone_reads_points_as_level_and_prices_as_close(tmp_path: Path) -> None:
    # ^HSI 2026-03-06 close 25757.29, 25757.29 / 25321.34 (2026-03-05) - 1 = +1.72 %;
    # 3690.HK 2026-03-06 close 76.85, 76.85 / 74.50 - 1 = +3.15 %; 0700.HK close 519.0, 519 / 502 - 1 = +3.39 %
    text = _CLOSES_OF_FRIDAY + "| Tencent | 519,00 HKD | +3,4 % |\n"
    claims = claims_by_quote(text, date(2026, 3, 7))
    assert claims["25.757"].kind == "index_level" and claims["25.757"].listing == "^HSI"
    assert claims["76,85"].kind == "close" and claims["519,00"].kind == "close"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert all(verdicts[q] == "accurate" for q in ("25.757", "1,7", "76,85", "519,00", "3,4"))
    altered = text.replace("25.757", "26.757").replace("76,85", "79,85")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-07")
    assert verdicts["26.757"] == "wrong" and verdicts["79,85"] == "wrong"


def test_a_rows_move_beside_its_close_is_the_move_to_that_close_not_one_inside_the_range(tmp_path: Path) -> None:
    # ^HSI 2026-03-06: close 25757.29 / 25321.34 (2026-03-05) - 1 = +1.72 %; the day's range from the close before:
    # low 25267.63 (-0.21 %) to high 25806.72 (+1.92 %). 3690.HK: 76.85 / 74.50 - 1 = +3.15 %; range 73.65 (-1.14 %)
    # to 77.95 (+4.63 %). A move of +0.9 % or +1.5 % lies inside the range, not at the close
    text = _CLOSES_OF_FRIDAY
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["1,7"] == "accurate" and verdicts["3,2"] == "accurate"
    altered = text.replace("+1,7 %", "+0,9 %").replace("+3,2 %", "+1,5 %")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-07")
    assert verdicts["0,9"] == "wrong" and verdicts["1,5"] == "wrong"
