"""Rules added after trying the thirty-third batch's first set of written German articles as an editor would
(tests/golden/articles de214..de216: an Onvista 'Chartanalyse' of Nvidia the morning after a US holiday, an NZZ
'Börsenbericht' from Zurich with Asia and New York, a Börsen-Zeitung 'Marktbericht Asien' with a table of closes).
Each sentence here is written for the test, not taken from those articles; the expected values are computed from
seeds/quotes, the computation in a comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'Nach der Handelspause am Dienstag ... am Mittwoch': the closed weekday dates no figure ------------------------

AFTER_BREAK_DE = (
    "Nach der Handelspause am Dienstag gaben die Tencent-Aktien am Mittwoch in Hongkong {} Prozent auf 675 HKD nach."
)


def test_a_trading_break_with_der_before_the_sessions_weekday_dates_nothing(tmp_path: Path) -> None:
    # Hong Kong was closed on Tuesday 2025-10-07 (the day after Mid-Autumn); 0700.HK 675.0 (Wednesday 2025-10-08) /
    # 677.5 (2025-10-06) - 1 = -0.37 %
    claim = claims_by_quote(AFTER_BREAK_DE.format("0,4"), date(2025, 10, 8))["0,4"]
    assert claim.kind == "day_change" and claim.reference == {"date": "2025-10-08"}
    assert verdicts_by_quote(tmp_path, AFTER_BREAK_DE.format("0,4"), "2025-10-08")["0,4"] == "accurate"
    assert verdicts_by_quote(tmp_path, AFTER_BREAK_DE.format("1,4"), "2025-10-08")["1,4"] == "wrong"


def test_a_break_named_alone_stays_the_sessions_day() -> None:
    # 'Nach der Feiertagspause am Dienstag legte der Dax ... zu' names no other weekday: Tuesday is the first session
    # after Easter (Xetra closed 2025-04-18 and 2025-04-21); DAX 21293.53 (2025-04-22) / 21205.86 (2025-04-17) - 1
    # = +0.41 %
    text = "Nach der Feiertagspause am Dienstag legte der Dax 0,4 Prozent zu."
    claim = claims_by_quote(text, date(2025, 4, 23))["0,4"]
    assert claim.reference == {"date": "2025-04-22"}


# --- ', das waren X Prozent weniger als ...' after the day's low or high: a main clause telling that extreme's move ---

LOW_THAT_WAS_DE = (
    "Im Tief fiel die Tencent-Aktie am Dienstag in Hongkong bis auf 617 HKD, das waren {} Prozent weniger als zuvor."
)
CLOSE_THAT_WAS_DE = (
    "Die Tencent-Aktie schloss am Dienstag in Hongkong bei 621 HKD, das waren {} Prozent weniger als am Vortag."
)


def test_das_waren_after_the_days_low_is_the_intraday_move(tmp_path: Path) -> None:
    # 0700.HK low 2025-10-14 617.0 / 639.0 (2025-10-13) - 1 = -3.44 % (the day's range -3.44 % .. +0.78 %)
    claim = claims_by_quote(LOW_THAT_WAS_DE.format("3,4"), date(2025, 10, 14))["3,4"]
    assert claim.kind == "intraday_move" and claim.reference == {"date": "2025-10-14"}
    assert verdicts_by_quote(tmp_path, LOW_THAT_WAS_DE.format("3,4"), "2025-10-14")["3,4"] == "accurate"
    assert verdicts_by_quote(tmp_path, LOW_THAT_WAS_DE.format("5,4"), "2025-10-14")["5,4"] == "wrong"


def test_das_waren_after_a_close_stays_the_days_move(tmp_path: Path) -> None:
    # 0700.HK 621.0 (2025-10-14) / 639.0 (2025-10-13) - 1 = -2.82 %
    claim = claims_by_quote(CLOSE_THAT_WAS_DE.format("2,8"), date(2025, 10, 14))["2,8"]
    assert claim.kind == "day_change"
    assert verdicts_by_quote(tmp_path, CLOSE_THAT_WAS_DE.format("2,8"), "2025-10-14")["2,8"] == "accurate"
    assert verdicts_by_quote(tmp_path, CLOSE_THAT_WAS_DE.format("4,8"), "2025-10-14")["4,8"] == "wrong"


# --- a level grouped by spaces ('25 508 Punkten', NZZ and Börsen-Zeitung) before ', markiert am ...,' -------------

SPACED_HIGH_DE = (
    "Der Dax schloss am Donnerstag bei 24 491 Punkten. Vom 52-Wochen-Hoch bei 25 508 Punkten, markiert am 13. Januar, "
    "ist der Leitindex damit rund {} Prozent entfernt."
)


def test_the_date_an_extreme_grouped_by_spaces_was_set_dates_that_extreme_only(tmp_path: Path) -> None:
    # DAX 24491.06 (2026-02-05) / 25507.79 (high 2026-01-13) - 1 = -3.99 %
    claim = claims_by_quote(SPACED_HIGH_DE.format("4"), date(2026, 2, 5))["4"]
    assert claim.kind == "distance_52w_high" and claim.reference == {"date": "2026-02-05"}
    assert verdicts_by_quote(tmp_path, SPACED_HIGH_DE.format("4"), "2026-02-05")["4"] == "accurate"
    assert verdicts_by_quote(tmp_path, SPACED_HIGH_DE.format("7"), "2026-02-05")["7"] == "wrong"


# --- Swiss 'wechselten ... die Hand' is a session's volume as 'den Besitzer' is ----------------------------------

HANDS_DE = "In Hongkong wechselten am Dienstag {} Mio. Tencent-Aktien die Hand."


def test_die_hand_wechseln_is_a_volume(tmp_path: Path) -> None:
    # 0700.HK volume 2025-10-14 26,797,863 shares
    claim = claims_by_quote(HANDS_DE.format("26,8"), date(2025, 10, 14))["26,8"]
    assert claim.kind == "volume" and claim.listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, HANDS_DE.format("26,8"), "2025-10-14")["26,8"] == "accurate"
    assert verdicts_by_quote(tmp_path, HANDS_DE.format("36,8"), "2025-10-14")["36,8"] == "wrong"


# --- 'des Bruttoinlandsprodukts' is macroeconomic data, never the stock named before --------------------------------

GDP_DE = (
    "Die Alibaba-Aktie verlor am Dienstag in Hongkong {} Prozent. Volkswirte rechnen für das dritte Quartal mit einem "
    "Anstieg des Bruttoinlandsprodukts um 4,8 Prozent zum Vorjahr."
)


def test_the_gross_domestic_product_is_macro_data(tmp_path: Path) -> None:
    # 9988.HK 155.6 (2025-10-14) / 162.6 (2025-10-13) - 1 = -4.31 %; the GDP forecast is no market figure
    assert claims_by_quote(GDP_DE.format("4,3"), date(2025, 10, 14))["4,8"].kind == "macro"
    verdicts = verdicts_by_quote(tmp_path, GDP_DE.format("4,3"), "2025-10-14")
    assert verdicts["4,3"] == "accurate" and verdicts["4,8"] == "out_of_scope"
    assert verdicts_by_quote(tmp_path, GDP_DE.format("6,3"), "2025-10-14")["6,3"] == "wrong"


# --- a causative with 'um X Prozent' ('Sorgen drückten den Hang Seng um 1,7 %') moves its object ------------------

PRESSED_DE = "Neue Zollsorgen drückten den Hang-Seng-Index am Dienstag um {}% auf 25 441 Punkte."
LIFTED_DE = "Gute Nachrichten trieben die Tencent-Aktie am Mittwoch in Hongkong um {} Prozent auf 627 HKD."


def test_a_causative_verb_with_um_gives_its_object_a_move(tmp_path: Path) -> None:
    # HSI 25441.35 (2025-10-14) / 25889.48 (2025-10-13) - 1 = -1.73 %
    claim = claims_by_quote(PRESSED_DE.format("1,7"), date(2025, 10, 14))["1,7"]
    assert claim.kind == "index_move" and claim.listing == "^HSI" and claim.direction == "down"
    assert verdicts_by_quote(tmp_path, PRESSED_DE.format("1,7"), "2025-10-14")["1,7"] == "accurate"
    assert verdicts_by_quote(tmp_path, PRESSED_DE.format("3,7"), "2025-10-14")["3,7"] == "wrong"
    # 0700.HK 627.0 (2025-10-15) / 621.0 (2025-10-14) - 1 = +0.97 %
    assert claims_by_quote(LIFTED_DE.format("1,0"), date(2025, 10, 15))["1,0"].direction == "up"
    assert verdicts_by_quote(tmp_path, LIFTED_DE.format("1,0"), "2025-10-15")["1,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, LIFTED_DE.format("3,0"), "2025-10-15")["3,0"] == "wrong"


# --- 'eröffnete mit einer Kurslücke bei X' is the open; 'die Kurslücke bei X' alone stays a chart level -------------

GAP_OPEN_DE = "Die Baidu-ADRs eröffneten am Mittwoch mit einer Kurslücke bei {} Dollar und fielen danach weiter."


def test_opening_with_a_gap_at_a_price_is_the_open(tmp_path: Path) -> None:
    # BIDU open 2026-02-04 140.77 (close the day before 144.86)
    claim = claims_by_quote(GAP_OPEN_DE.format("140,77"), date(2026, 2, 4))["140,77"]
    assert claim.kind == "open_price" and claim.listing == "BIDU"
    assert verdicts_by_quote(tmp_path, GAP_OPEN_DE.format("140,77"), "2026-02-04")["140,77"] == "accurate"
    assert verdicts_by_quote(tmp_path, GAP_OPEN_DE.format("143,77"), "2026-02-04")["143,77"] == "wrong"
    chart = claims_by_quote("Die Kurslücke bei 150 Dollar dürfte die Baidu-ADRs anziehen.", date(2026, 2, 4))["150"]
    assert chart.kind == "level_forecast"
