"""Rules added after trying the twentieth batch of written German articles as an editor would (tests/golden/articles
de121..de125: a t-online ticker on Alibaba in Frankfurt and on Tradegate in euros with New York the evening before,
a Manager Magazin piece on Nvidia after its five-trillion record, a finanzen100 chart check on Tencent with its
GD 38/100/200, RSI, supports and resistances, a Focus Money note on Baidu's results with pre-market, after-hours and
Hong Kong the day after, a Börsenbrief with short items and a table of the week's and month's moves). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 21)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a table's header row names each column's period: its rows' moves are that period's, not the day's --------------


def test_a_german_table_header_gives_each_column_its_period() -> None:
    claims = _claims(
        "Unsere Werte zum Wochenschluss (Schlusskurse vom Freitag):\n\n"
        "Aktie | Kurs | Woche | 1 Monat | YTD\n"
        "Nvidia | 172,70 USD | -4,2 % | -9,0 % | -7,4 %\n"
        "Tencent | 508,00 HKD | -7,2 % | -2,7 % | -15,2 %\n",
        SATURDAY,
    )
    assert claims["4,2"].kind == "week_return"
    assert claims["4,2"].listing == "NVDA" and claims["4,2"].reference == {"start": "2026-03-13", "end": "2026-03-20"}
    assert claims["9,0"].kind == "past_month_return"
    assert claims["9,0"].reference == {"start": "2026-02-20", "end": "2026-03-20"}
    assert claims["7,4"].kind == "ytd_return"
    assert claims["7,2"].kind == "week_return" and claims["7,2"].listing == "0700.HK"
    assert claims["2,7"].kind == "past_month_return"
    assert claims["172,70"].kind == "close"  # a price column names no period


def test_an_english_table_header_gives_each_column_its_period() -> None:
    claims = _claims(
        "How our picks closed on Friday:\n\n"
        "Stock | Close | Week | Month\n"
        "Nvidia | $172.70 | -4.2% | -9.0%\n"
        "Alibaba | $122.41 | -9.5% | -20.7%\n",
        SATURDAY,
    )
    assert claims["4.2"].kind == "week_return" and claims["9.5"].kind == "week_return"
    assert claims["9.0"].kind == "past_month_return" and claims["20.7"].kind == "past_month_return"
    assert claims["9.5"].listing == "BABA"


def test_a_row_with_other_cells_than_the_header_keeps_its_day() -> None:
    claims = _claims(
        "Aktie | Kurs | Woche\nNvidia schloss am Freitag 3,3 Prozent tiefer bei 172,70 Dollar.\n",
        SATURDAY,
    )
    assert claims["3,3"].kind == "day_change"


def test_true_week_and_month_columns_are_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Die Wochenbilanz\n\n"
        "Die Schlusskurse vom Freitag im Überblick:\n\n"
        "Wert | Schluss | Woche | 1 Monat\n"
        "Alibaba ADR | 122,41 USD | -9,5 % | -20,7 %\n"
        "Nasdaq 100 | 23.898 Punkte | -2,0 % | -4,5 %\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["9,5"] == "accurate" and verdicts["20,7"] == "accurate"
    assert verdicts["2,0"] == "accurate" and verdicts["4,5"] == "accurate"


# --- a run of sessions counted with 'nur'/'just' ('In nur drei Handelstagen', 'in just three sessions') ---------------


def test_a_run_counted_with_only_is_measured_over_its_sessions() -> None:
    claims = _claims(
        "Die Nvidia-Aktie legte am Mittwoch an der Nasdaq 3,0 Prozent auf 207,04 Dollar zu. In nur drei "
        "Handelstagen summierte sich das Plus damit auf gut 11 Prozent.",
        date(2025, 10, 31),
    )
    assert claims["11"].kind == "since_return"
    assert claims["11"].reference == {"start": "2025-10-24", "end": "2025-10-29"}
    claims = _claims(
        "Nvidia rose 3.0% to $207.04 on Wednesday on the Nasdaq. In just three sessions, the stock has gained "
        "more than 11%.",
        date(2025, 10, 31),
    )
    assert claims["11"].kind == "since_return"
    assert claims["11"].reference == {"start": "2025-10-24", "end": "2025-10-29"}


def test_a_true_run_counted_with_only_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia\n\nDie Nvidia-Aktie legte am Mittwoch an der Nasdaq 3,0 Prozent auf 207,04 Dollar zu. Binnen "
        "gerade einmal drei Handelstagen kletterte sie damit um gut 11 Prozent.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-31")
    assert verdicts["11"] == "accurate"


# --- 'In Euro gerechnet beträgt das Plus ...' restates the period of the move told before it, in euros --------------


def test_a_german_euro_restatement_with_betraegt_keeps_the_period_before() -> None:
    claims = _claims(
        "Die Nvidia-Aktie hat an der Nasdaq seit Jahresbeginn rund 51 Prozent zugelegt. Für Anleger aus dem "
        "Euroraum sieht die Rechnung schlechter aus: In Euro gerechnet liegt der Zuwachs nur bei knapp 36 Prozent.",
        date(2025, 10, 31),
    )
    assert claims["51"].kind == "ytd_return" and claims["51"].listing == "NVDA"
    assert claims["36"].kind == "ytd_return" and claims["36"].listing == "NVD.F"
    assert claims["36"].reference == {"start": "2025-01-01", "end": "2025-10-31"}


def test_the_english_euro_restatement_keeps_the_period_too() -> None:
    claims = _claims(
        "Nvidia shares have gained about 51% on the Nasdaq since the start of the year. In euro terms, the gain is "
        "just under 36%.",
        date(2025, 10, 31),
    )
    assert claims["36"].kind == "ytd_return" and claims["36"].listing == "NVD.F"


def test_a_true_euro_restatement_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia\n\nDie Nvidia-Aktie hat an der Nasdaq seit Jahresbeginn rund 51 Prozent zugelegt. In Euro "
        "gerechnet beträgt das Plus knapp 36 Prozent.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-31")
    assert verdicts["51"] == "accurate" and verdicts["36"] == "accurate"


# --- a past month named without its year dates a bound on the price: that month's low or high ----------------------


def test_a_price_below_a_bound_in_a_past_month_is_that_months_low() -> None:
    claims = _claims(
        "Die Nvidia-Aktie schloss an der Nasdaq bei 202,89 Dollar. Im April, als das Papier zeitweise unter 87 "
        "Dollar notierte, hatte kaum jemand mit einem Rekord gerechnet.",
        date(2025, 10, 31),
    )
    assert claims["87"].kind == "period_low" and claims["87"].listing == "NVDA"
    assert claims["87"].reference == {"start": "2025-04-01", "end": "2025-04-30"}
    claims = _claims(
        "Nvidia closed at $202.89 on the Nasdaq. In April, when the stock briefly traded below $87, few would have "
        "bet on a record.",
        date(2025, 10, 31),
    )
    assert claims["87"].kind == "period_low"
    assert claims["87"].reference == {"start": "2025-04-01", "end": "2025-04-30"}


def test_the_month_of_publication_is_no_past_window_for_a_bound() -> None:
    claims = _claims(
        "Nvidia closed at $202.89 on the Nasdaq. In October the stock rose above $200.", date(2025, 10, 31)
    )
    assert claims["200"].kind not in ("period_low", "period_high")


def test_a_true_low_of_a_past_month_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Nvidia\n\nDie Nvidia-Aktie schloss am Donnerstag an der Nasdaq bei 202,89 Dollar. Vom Jahrestief im April, "
        "als die Aktie zeitweise unter 87 Dollar kostete, hat sie sich mehr als verdoppelt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-31")
    assert verdicts["87"] == "accurate"


# --- the day of an extreme labelling a chart level ('(Hoch vom Mittwoch)') dates that level only ---------------------


def test_a_level_labelled_with_a_days_extreme_does_not_date_the_next_paragraph() -> None:
    claims = _claims(
        "Die Tencent-Aktie schloss am Freitag in Hongkong bei 547,50 HKD.\n\n"
        "Widerstände: 560,00 HKD, 578,00 HKD (Hoch vom Mittwoch), 600 HKD\n\n"
        "Der RSI (14) der Aktie liegt bei 51.\n",
        date(2026, 3, 13),
    )
    assert claims["578,00"].kind == "day_high" and claims["578,00"].reference == {"date": "2026-03-11"}
    assert claims["51"].kind == "rsi" and claims["51"].reference == {"date": "2026-03-13"}


def test_the_same_with_an_english_label() -> None:
    claims = _claims(
        "Tencent closed at HK$547.50 in Hong Kong on Friday.\n\n"
        "Resistance: HK$560, HK$578 (Wednesday's high), HK$600\n\n"
        "The stock's 14-day RSI stands at 51.\n",
        date(2026, 3, 13),
    )
    assert claims["51"].kind == "rsi" and claims["51"].reference == {"date": "2026-03-13"}


def test_a_true_rsi_after_a_labelled_level_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Tencent im Chartcheck\n\nDie Tencent-Aktie schloss am Freitag in Hongkong bei 547,50 HKD.\n\n"
        "Unterstützungen: 541,50 HKD (Tagestief vom Donnerstag), 502,00 HKD\n\n"
        "Der RSI (14) liegt bei 51 und damit im neutralen Bereich.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-13")
    assert verdicts["51"] == "accurate"


# --- 'Umsatz' with a count of shares after its number is the session's volume, not revenue --------------------------


def test_umsatz_counted_in_shares_is_the_volume() -> None:
    claims = _claims(
        "Tencent schloss am Freitag in Hongkong bei 547,50 HKD. Der Umsatz fiel mit 17,2 Mio. Aktien "
        "unterdurchschnittlich aus.",
        date(2026, 3, 13),
    )
    assert claims["17,2"].kind == "volume" and claims["17,2"].listing == "0700.HK"
    assert claims["17,2"].reference == {"date": "2026-03-13"}
    claims = _claims("Der Umsatz stieg im Quartal um 15 Prozent auf 17,2 Milliarden Yuan.", date(2026, 3, 13))
    assert claims["17,2"].kind == "financials"  # revenue in money stays out of scope


def test_a_volume_called_umsatz_is_not_set_out_of_scope(tmp_path: Path) -> None:
    text = (
        "Tencent\n\nTencent schloss am Freitag in Hongkong bei 547,50 HKD. Der Umsatz der Tencent-Aktie blieb mit "
        "17,2 Millionen Aktien unter dem Schnitt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-13")
    # checked as a volume (unverifiable where its sentence names no listing of its own), never set out of scope
    assert verdicts["17,2"] in ("accurate", "unverifiable")


# --- 'Pkt.' counts points; an index's points under a table's close column are its level -----------------------------


def test_an_index_in_points_under_the_close_column_is_its_level() -> None:
    claims = _claims(
        "Die Indizes zum Wochenschluss (Schlusskurse vom Freitag):\n\n"
        "Index | Schluss | Woche\n"
        "Hang Seng | 25.277 Pkt. | -0,7 %\n"
        "DAX | 22.380 Pkt. | -4,6 %\n",
        SATURDAY,
    )
    assert claims["25.277"].kind == "index_level" and claims["25.277"].listing == "^HSI"
    assert claims["25.277"].reference == {"date": "2026-03-20"}
    assert claims["22.380"].kind == "index_level" and claims["22.380"].listing == "^GDAXI"
    assert claims["0,7"].kind == "week_return"
    claims = _claims(
        "The indexes at Friday's close:\n\nIndex | Close | Week\nHang Seng | 25,277 points | -0.7%\n",
        SATURDAY,
    )
    assert claims["25,277"].kind == "index_level" and claims["0.7"].kind == "week_return"


def test_a_move_in_pkt_in_running_text_stays_a_move() -> None:
    claims = _claims("Der Dax verlor am Freitag 458 Pkt. auf 22.380 Punkte.", SATURDAY)
    assert claims["458"].kind == "index_move" and claims["22.380"].kind == "index_level"


def test_true_index_levels_in_a_table_are_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Die Wochenbilanz\n\nDie Schlusskurse vom Freitag:\n\n"
        "Index | Schluss | Woche\n"
        "Hang Seng | 25.277 Pkt. | -0,7 %\n"
        "Nasdaq 100 | 23.898 Pkt. | -2,0 %\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["25.277"] == "accurate" and verdicts["23.898"] == "accurate"


def test_an_index_level_under_a_close_column_beside_a_week_column_is_its_level(tmp_path: Path) -> None:
    # a header naming the week beside the close column is also a list intro for the rows under it: the level in
    # points had become the week's move in points and was called wrong (the merge of two testers' table rules);
    # ^HSI closed at 26,630.54 on Friday 2026-02-27
    text = "Die Woche in Zahlen:\n\n| Index | Schlusskurs | Woche in % |\n| Hang Seng | 26.630,54 Pkt. | +0,8 |\n"
    claim = claims_by_quote(text, date(2026, 3, 1))["26.630,54"]
    assert (claim.kind, claim.listing) == ("index_level", "^HSI")
    assert verdicts_by_quote(tmp_path, text, "2026-03-01")["26.630,54"] == "accurate"
