"""Rules added after trying the twenty-fifth batch of written German articles as an editor would
(tests/golden/articles de154..de158: a dpa-AFX 'Börsentag auf einen Blick' with Hong Kong's afternoon, New York's
and Frankfurt's closes, a finanzen.net analysts' page on Alibaba with targets and distances, a Stock3 chart analysis of
Meituan with its week candle, a Swiss 'Finanz und Wirtschaft' piece on Tencent after its results, a Sunday newsletter's
weekly table of China tech). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a table's column naming the year to date ('seit 1.1.') under an intro naming the week ---------------------------


def test_table_column_since_january_first_is_the_year_to_date_not_the_intros_week(tmp_path: Path) -> None:
    # 9988.HK 2025-10-10 close 165.40; 2025-10-03 185.10 (-10.64 %); 2024-12-31 82.85 (+99.64 %)
    # ^HSI 2025-10-10 26290.32; 2025-10-03 27140.92 (-3.13 %); 2024-12-31 20059.95 (+31.06 %)
    text = (
        "Die Wochenbilanz (Schlusskurse vom 10. Oktober):\n\n"
        "| Titel | Schluss | Woche | seit 1.1. |\n"
        "| Alibaba (HK) | 165,40 HKD | -10,6 % | +99,6 % |\n"
        "| Hang Seng | 26.290 Pkt. | -3,1 % | +31,1 % |\n"
    )
    claims = _claims(text, date(2025, 10, 11))
    assert claims["99,6"].kind == "ytd_return" and claims["99,6"].listing == "9988.HK"
    assert claims["31,1"].kind == "ytd_return" and claims["31,1"].listing == "^HSI"
    assert claims["10,6"].kind == "week_return" and claims["3,1"].kind == "week_return"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-11")
    assert verdicts["99,6"] == "accurate" and verdicts["31,1"] == "accurate" and verdicts["10,6"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("+31,1", "+35,1"), "2025-10-11")
    assert wrong["35,1"] == "wrong"


def test_table_column_since_jan_1_in_english(tmp_path: Path) -> None:
    # BABA 2025-10-10 close 159.01; 2025-10-03 188.03 (-15.43 %); 2024-12-31 84.79 (+87.53 %)
    text = (
        "The week in numbers:\n\n"
        "| Stock | Close | Week | Since Jan. 1 |\n"
        "| Alibaba ADR | $159.01 | -15.4% | +87.5% |\n"
        "| Nasdaq 100 | 24,222 pts | -2.3% | +15.3% |\n"
    )
    claims = _claims(text, date(2025, 10, 11))
    assert claims["87.5"].kind == "ytd_return" and claims["87.5"].listing == "BABA"
    assert claims["15.3"].kind == "ytd_return" and claims["15.4"].kind == "week_return"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-11")
    assert verdicts["87.5"] == "accurate" and verdicts["15.3"] == "accurate"


# --- a quantity set against another session's ('so viel wie am Vortag') dates no later sentence -----------------------


def test_so_viel_wie_am_vortag_does_not_carry_the_day_before(tmp_path: Path) -> None:
    # 0700.HK Monday 2026-03-23: close 498.40 (-1.89 %), 35.1 million shares; ^HSI 24382.47 (-3.54 %)
    text = (
        "Tencent fielen am Montag in Hongkong um 1,9 Prozent auf 498,40 Hongkong-Dollar. Gehandelt wurden rund 35 "
        "Millionen Aktien, deutlich mehr als am Freitag. Der Hang Seng sackte um 3,5 Prozent auf 24.382 Punkte ab."
    )
    claims = _claims(text, date(2026, 3, 23))
    assert claims["3,5"].reference == {"date": "2026-03-23"} and claims["24.382"].reference == {"date": "2026-03-23"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-23")
    assert verdicts["3,5"] == "accurate" and verdicts["24.382"] == "accurate"


def test_as_many_as_on_the_previous_day_does_not_carry_that_day(tmp_path: Path) -> None:
    # same sessions as above, told in English
    text = (
        "Tencent fell 1.9% to HK$498.40 in Hong Kong on Monday. Some 35 million shares changed hands, far more than "
        "on Friday. The Hang Seng index slumped 3.5% to 24,382.47."
    )
    claims = _claims(text, date(2026, 3, 23))
    assert claims["3.5"].reference == {"date": "2026-03-23"} and claims["24,382.47"].reference == {"date": "2026-03-23"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-23")
    assert verdicts["3.5"] == "accurate" and verdicts["24,382.47"] == "accurate"


# --- a German dateline stamping its time as 'Stand: 07:15 Uhr' after the date in words --------------------------------


def test_stand_after_a_date_in_words_is_the_time_of_writing(tmp_path: Path) -> None:
    # 0700.HK Tuesday 2026-02-24: range 516.00..534.50, close 520.00, the day before 538.00; 07:30 in Frankfurt is
    # 14:30 in Hong Kong, the session trading: 522.00 (-2.97 %) is a price of that moment, not the close
    text = (
        "Morgenüberblick am Dienstag, 24. Februar 2026 (Stand: 07:30 Uhr)\n\n"
        "In Hongkong verloren Tencent 3,0 Prozent auf 522,00 Hongkong-Dollar."
    )
    claims = _claims(text, date(2026, 2, 24))
    assert claims["522,00"].kind != "close" and claims["522,00"].reference == {"date": "2026-02-24"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-24")
    assert verdicts["522,00"] == "accurate" and verdicts["3,0"] == "accurate"


# --- the Swiss 'Höchst' and 'Tiefst' of a 52-week extreme ('52-Wochen-Höchst') --------------------------------------


def test_swiss_52_wochen_hoechst_and_tiefst_are_the_52_week_extremes(tmp_path: Path) -> None:
    # 9988.HK Friday 2026-02-27: close 142.90; 52-week high 186.20 (2025-10-03): -23.25 %; low 95.70 (2025-04-09)
    text = (
        "Alibaba schlossen am Freitag in Hongkong bei 142,90 HK$. Vom 52-Wochen-Höchst bei 186,20 HK$ ist der Titel "
        "damit gut 23% entfernt. Das 52-Wochen-Tiefst liegt bei 95,70 HK$."
    )
    claims = _claims(text, date(2026, 2, 28))
    assert claims["186,20"].kind == "high_52w" and claims["23"].kind == "distance_52w_high"
    assert claims["95,70"].kind == "low_52w"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-28")
    assert verdicts["23"] == "accurate" and verdicts["186,20"] == "accurate" and verdicts["95,70"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("gut 23%", "gut 28%"), "2026-02-28")
    assert wrong["28"] == "wrong"


# --- 'beendete die abgelaufene Handelswoche mit einem Minus von': the week's move, told in a weekend's text -----------


def test_beendete_die_abgelaufene_handelswoche_is_the_weeks_move(tmp_path: Path) -> None:
    # BIDU Friday 2026-03-20: close 114.26 (-3.99 % on the day); 2026-03-13 124.07: -7.91 % on the week
    text = "Die Baidu-ADR beendeten die abgelaufene Handelswoche mit einem Minus von 7,9 Prozent bei 114,26 Dollar."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["7,9"].kind == "week_return" and claims["7,9"].listing == "BIDU"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-22")
    assert verdicts["7,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("7,9", "17,9"), "2026-03-22")["17,9"] == "wrong"


def test_ended_the_trading_week_is_the_weeks_move(tmp_path: Path) -> None:
    text = "Baidu's ADRs ended the trading week down 7.9% at $114.26."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["7.9"].kind == "week_return" and claims["7.9"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2026-03-22")["7.9"] == "accurate"


# --- 'rutschte bis auf X und ging ... aus dem Handel': the level reached, not the close told after it ----------------


def test_bis_auf_before_the_session_end_told_after_it_is_no_close(tmp_path: Path) -> None:
    # 3690.HK Wednesday 2026-03-11: range 76.65..79.60, close 77.40 (-2.15 %)
    text = (
        "Meituan fielen am Mittwoch in Hongkong zeitweise kräftig. Die Aktie rutschte bis auf 76,65 HKD und ging "
        "schließlich 2,2 Prozent tiefer aus dem Handel."
    )
    claims = _claims(text, date(2026, 3, 11))
    assert claims["76,65"].kind != "close" and claims["76,65"].reference == {"date": "2026-03-11"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-11")
    assert verdicts["76,65"] == "accurate" and verdicts["2,2"] == "accurate"


def test_as_low_as_before_the_session_end_told_after_it_is_no_close(tmp_path: Path) -> None:
    # BIDU Friday 2026-03-20: range 113.73..117.89, close 114.26 (-3.99 %)
    text = "Baidu's ADRs slid to as low as $113.73 on Friday and closed 4% lower."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["113.73"].kind != "close"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["113.73"] == "accurate" and verdicts["4"] == "accurate"


# --- a move at the open told with the opening price: the move to that price, not to the day's extreme ---------------


def test_open_move_with_its_opening_price_is_the_move_to_that_price(tmp_path: Path) -> None:
    # NVDA Friday 2026-02-27: open 181.25, low 176.38, the day before 184.89: the open -1.97 %, the low -4.60 %
    text = "Nvidia eröffnete am Freitag mit 181,25 Dollar 2,0 Prozent unter dem Schlusskurs vom Donnerstag."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["181,25"].kind == "open_price" and claims["2,0"].kind == "open_move"
    assert claims["2,0"].moved_to == 181.25
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["2,0"] == "accurate"
    # 3 % lies between the open and the low, but not at the open the sentence names
    assert verdicts_by_quote(tmp_path, text.replace("2,0 Prozent", "3,0 Prozent"), "2026-02-27")["3,0"] != "accurate"


def test_open_move_with_its_opening_price_in_english(tmp_path: Path) -> None:
    text = "Nvidia opened at $181.25 on Friday, down 2.0% from Thursday's close."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["181.25"].kind == "open_price" and claims["2.0"].kind == "open_move"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["2.0"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2.0%", "3.0%"), "2026-02-27")["3.0"] != "accurate"


# --- a move in a clause after one told for the week ('im Wochenverlauf ..., die Baidu-ADR ...'): the week's too ------


def test_move_after_one_told_for_the_week_in_its_sentence_is_the_weeks(tmp_path: Path) -> None:
    # week to Friday 2026-03-20: BABA 122.41 vs 135.21 = -9.47 %; BIDU 114.26 vs 124.07 = -7.91 % (the day: -3.99 %)
    text = "In New York verloren die Alibaba-ADR im Wochenverlauf 9,5 Prozent, die Baidu-ADR gaben um 7,9 Prozent nach."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["7,9"].kind == "week_return" and claims["7,9"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2026-03-22")["7,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("7,9", "4,0"), "2026-03-22")["4,0"] != "accurate"


def test_move_after_one_told_over_the_week_in_english(tmp_path: Path) -> None:
    text = "Alibaba's ADRs lost 9.5% over the week in New York, while Baidu's fell 7.9%."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["7.9"].kind == "week_return" and claims["7.9"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2026-03-22")["7.9"] == "accurate"


def test_a_move_told_on_the_day_after_a_weeks_move_keeps_its_day() -> None:
    # ^NDX Friday 2026-03-20: -1.88 % on the day
    text = "Alibaba's ADRs lost 9.5% over the week, even as the Nasdaq 100 fell 1.9% on the day."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["1.9"].kind == "index_move" and claims["1.9"].listing == "^NDX"


# --- a list's label in the plural ('Unterstützungen:', 'Widerstände:') reaches all its items -------------------------


def test_plural_support_and_resistance_labels_reach_every_item(tmp_path: Path) -> None:
    # BIDU Friday 2026-03-20: close 114.26, range 113.73..117.89: the levels are the chart's, not prices of the day
    text = (
        "Baidu schloss am Freitag in New York bei 114,26 USD.\n\n"
        "Unterstützungen: 113,70 USD, 110,00 USD, 105,50 USD\n"
        "Widerstände: 117,90 USD, 121,00 USD, 125,00 USD\n"
    )
    claims = _claims(text, date(2026, 3, 22))
    for quote in ("110,00", "105,50", "121,00", "125,00"):
        assert claims[quote].kind == "level_forecast", quote
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-22")
    assert verdicts["110,00"] == "out_of_scope" and verdicts["125,00"] == "out_of_scope"


def test_plural_support_and_resistance_labels_in_english() -> None:
    text = "Baidu closed at $114.26 on Friday.\n\nSupports: $113.70, $110.00, $105.50\nResistances: $117.90, $121.00\n"
    claims = _claims(text, date(2026, 3, 22))
    assert claims["110.00"].kind == "level_forecast" and claims["121.00"].kind == "level_forecast"


def test_an_item_under_a_plural_label_with_a_note_naming_its_extreme_is_that_extreme(tmp_path: Path) -> None:
    # BIDU Thursday 2026-03-19: low 116.47; Friday 2026-03-20 close 114.26
    text = (
        "Baidu schloss am Freitag in New York bei 114,26 USD.\n\n"
        "Widerstände: 116,47 USD (Tagestief vom Donnerstag), 121,00 USD\n"
    )
    claims = _claims(text, date(2026, 3, 22))
    assert claims["116,47"].kind == "day_low" and claims["116,47"].reference == {"date": "2026-03-19"}
    assert claims["121,00"].kind == "level_forecast"
    assert verdicts_by_quote(tmp_path, text, "2026-03-22")["116,47"] == "accurate"
