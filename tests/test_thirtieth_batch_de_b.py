"""Rules added after trying the thirtieth batch of written German articles as an editor would (tests/golden/articles
de201..de204: a Sparkasse 'Morgen-Info' research note with a key-figures table, a trend. weekly column in Viennese
style, a finanztreff.de Top/Flop list of the Hang Seng and the Nasdaq, a Mission-Money newsletter on Nvidia and
Tencent). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- the date an extreme was set, in brackets or after a level in Hong Kong dollars, dates that extreme only --------


def test_bracketed_date_after_an_extremes_level_dates_the_extreme_only(tmp_path: Path) -> None:
    # BABA 2026-02-26 close 148.05; year: 148.05 / 146.58 (2025-12-31) - 1 = +1.00 %;
    # 52-week high 192.67 (2025-10-02): 148.05 / 192.67 - 1 = -23.16 %
    text = (
        "Die Alibaba-ADRs schlossen am Donnerstag in New York bei 148,05 Dollar. Seit Jahresbeginn liegen sie "
        "1,0 Prozent im Plus, vom 52-Wochen-Hoch bei 192,67 Dollar (2. Oktober 2025) sind sie 23 Prozent entfernt."
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["1,0"].kind == "ytd_return" and claims["1,0"].reference["start"] == "2026-01-01"
    assert claims["23"].kind == "distance_52w_high" and claims["23"].reference != {"date": "2025-10-02"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["1,0"] == "accurate" and verdicts["23"] == "accurate" and verdicts["192,67"] == "accurate"
    altered = text.replace("1,0 Prozent", "4,0 Prozent").replace(" 23 ", " 33 ")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-02-27")
    assert verdicts["4,0"] == "wrong" and verdicts["33"] == "wrong"


def test_bracketed_date_after_an_extremes_level_in_english(tmp_path: Path) -> None:
    # BABA 2026-02-26: month so far 148.05 / 169.56 (2026-01-30) - 1 = -12.69 %; 52-week high 192.67 (2025-10-02)
    text = (
        "Alibaba's ADRs closed at $148.05 in New York on Thursday. They are down 12.7% this month and 23% below "
        "their 52-week high of $192.67 (Oct. 2)."
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["12.7"].kind == "month_return" and claims["12.7"].reference["start"] == "2026-02-01"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["12.7"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("12.7%", "9.7%"), "2026-02-27")["9.7"] == "wrong"


def test_date_the_extreme_was_set_after_a_level_in_hong_kong_dollars(tmp_path: Path) -> None:
    # 0700.HK Friday 2026-03-20 close 508.00; the year's high 639.00 on 2026-01-13: 508.00 / 639.00 - 1 = -20.50 %
    text = (
        "Tencent schloss am Freitag in Hongkong bei 508 Hongkong-Dollar. Vom Jahreshoch bei 639 Hongkong-Dollar, "
        "erreicht am 13. Januar, ist die Aktie rund 20 Prozent entfernt."
    )
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["20"].reference == {"date": "2026-03-20"}
    # the extreme set on a named day is read as of publication, a Saturday: as of Hong Kong's last session before it
    assert claims["639"].kind == "year_high" and claims["639"].reference == {"date": "2026-03-20"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["639"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("bei 639", "bei 659"), "2026-03-21")["659"] == "wrong"


# --- a distance to the year's extreme is read on the year so far where the 52 weeks are not all held --------------


def test_distance_to_the_years_high_is_measured_without_the_52_weeks(tmp_path: Path) -> None:
    # 0700.HK quotes start 2025-05-15, so the 52 weeks to 2026-03-20 are not all held; the year's high so far is
    # 639.00 (2026-01-13): 508.00 (Friday 2026-03-20) / 639.00 - 1 = -20.50 %
    text = (
        "Die Tencent-Aktie ging am Freitag in Hongkong mit 508 Hongkong-Dollar aus dem Handel. Vom Jahreshoch ist sie "
        "damit gut 20 Prozent entfernt."
    )
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["20"].kind == "distance_52w_high" and claims["20"].year_extreme
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["20"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 20", "gut 28"), "2026-03-21")["28"] == "wrong"


def test_distance_to_the_52_week_high_stays_unverifiable_without_the_52_weeks(tmp_path: Path) -> None:
    # the same close against the 52-week high: the 52 weeks before 2026-03-20 are not all held for 0700.HK
    text = (
        "Die Tencent-Aktie ging am Freitag in Hongkong mit 508 Hongkong-Dollar aus dem Handel. Vom 52-Wochen-Hoch ist "
        "sie damit gut 20 Prozent entfernt."
    )
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["20"] == "unverifiable"


# --- a figure's noun a reason's preposition governs ('trotz eines Rekordumsatzes') is not the move's ---------------


def test_revenue_noun_after_trotz_leaves_the_move_and_close_to_the_shares(tmp_path: Path) -> None:
    # NVDA Thursday 2026-02-26: 184.89 / 195.56 (2026-02-25) - 1 = -5.46 %; low 184.315
    text = (
        "Die Nvidia-Aktie verlor am Donnerstag an der Nasdaq trotz eines Rekordumsatzes 5,5 Prozent auf 184,89 Dollar, "
        "im Tief kostete sie 184,32 Dollar."
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["5,5"].kind == "day_change" and claims["184,89"].kind == "close"
    assert claims["184,32"].kind == "day_low"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["5,5"] == "accurate" and verdicts["184,89"] == "accurate" and verdicts["184,32"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5,5 Prozent", "4,5 Prozent"), "2026-02-27")["4,5"] == "wrong"


def test_revenue_figure_of_its_own_after_trotz_stays_a_financial_figure() -> None:
    # the revenue linked to its noun by 'von' is the company's figure; the move after it is the shares'
    text = "Trotz eines Umsatzes von 68 Milliarden Dollar fiel die Nvidia-Aktie am Donnerstag um 5,5 Prozent."
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["68"].kind == "financials" and claims["5,5"].kind == "day_change"


def test_despite_record_revenue_before_the_move_in_english(tmp_path: Path) -> None:
    # NVDA 2026-02-26: -5.46 % to 184.89
    text = "Nvidia shares despite record revenue lost 5.5% to $184.89 on Thursday."
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["5.5"].kind == "day_change" and claims["184.89"].kind == "close"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["5.5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5.5%", "3.5%"), "2026-02-27")["3.5"] == "wrong"


# --- 'Mit X Millionen gehandelten Stücken': a volume, whatever 'Umsatz' says after it ---------------------------------


def test_gehandelten_stuecken_is_a_volume_before_umsatz(tmp_path: Path) -> None:
    # 9988.HK Thursday 2026-02-26: volume 98,872,855 shares; close 143.00
    text = (
        "Alibaba schlossen am Donnerstag bei 143 Hongkong-Dollar. Mit 98,9 Millionen gehandelten Stücken war der "
        "Umsatz der Alibaba-Aktie in Hongkong hoch."
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["98,9"].kind == "volume" and claims["98,9"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["98,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("98,9", "58,9"), "2026-02-27")["58,9"] == "wrong"


# --- a price alert a writer sets ('Kurs-Alarm bei 160 Dollar') is a level to watch, no quote -------------------------


def test_price_alerts_are_no_quotes(tmp_path: Path) -> None:
    # NVDA Friday 2026-03-20: 172.70 / 178.56 (2026-03-19) - 1 = -3.28 %
    text = "Nvidia verlor am Freitag 3,3 Prozent auf 172,70 Dollar. Für Nvidia liegt mein Preisalarm bei 155 Dollar."
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["155"].kind == "level_forecast"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["155"] == "out_of_scope"
    assert verdicts["3,3"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("3,3 Prozent", "5,3 Prozent"), "2026-03-21")["5,3"] == "wrong"


def test_a_list_after_a_price_alert_and_its_colon_is_no_quote() -> None:
    text = (
        "Die Tencent-Aktie fiel am Freitag in Hongkong um 1,0 Prozent auf 508 Hongkong-Dollar. Meine Kurs-Alarme: "
        "Tencent bei 480 HKD, Nvidia bei 160 USD."
    )
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["480"].kind == "level_forecast" and claims["160"].kind == "level_forecast"
    assert claims["508"].kind == "close"
    english = "Nvidia fell 3.3% to $172.70 on Friday. I have set a price alert at $160 for the stock."
    assert claims_by_quote(english, date(2026, 3, 21))["160"].kind == "level_forecast"


# --- a second distance told by ellipsis: 'entfernt' said once for two extremes ---------------------------------------


def test_second_distance_by_ellipsis_is_the_distance_to_its_extreme(tmp_path: Path) -> None:
    # 0700.HK Friday 2026-03-20 close 508.00; the October 2025 high 683.00 (2025-10-02): 508.00 / 683.00 - 1 = -25.62 %;
    # the year's high 639.00 (2026-01-13): -20.50 %
    text = (
        "Tencent fiel am Freitag in Hongkong um 1,0 Prozent auf 508 Hongkong-Dollar. Vom Jahreshoch ist die Aktie "
        "rund 20 Prozent entfernt, vom Oktober-Hoch sogar gut 25 Prozent."
    )
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["25"].kind == "distance_past_peak" and claims["25"].direction == "down"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["25"] == "accurate" and verdicts["20"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 25", "gut 35"), "2026-03-21")["35"] == "wrong"


def test_a_period_move_after_a_move_is_no_elliptical_distance() -> None:
    text = "Tencent fiel am Freitag um 1,0 Prozent auf 508 Hongkong-Dollar, seit Jahresbeginn um 15 Prozent."
    assert claims_by_quote(text, date(2026, 3, 21))["15"].kind == "ytd_return"


# --- a figure rounded half up meets its band's edge: inside it, whatever floating point says ----------------------


def test_price_rounded_half_up_from_half_a_cent_is_accurate(tmp_path: Path) -> None:
    # BABA Thursday 2026-02-26 open 148.355: rounded half up (and half to even) 148.36
    text = "Die Alibaba-ADRs eröffneten am Donnerstag bei 148,36 Dollar."
    assert claims_by_quote(text, date(2026, 2, 27))["148,36"].kind == "open_price"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["148,36"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("148,36", "152,36"), "2026-02-27")["152,36"] == "wrong"


# --- a table's 'Eröffnung' cell names the open of the price in the next cell ----------------------------------------


def test_table_cell_eroeffnung_is_the_open(tmp_path: Path) -> None:
    # BABA Thursday 2026-02-26: open 148.355, high 149.06, close 148.05
    text = (
        "Die Alibaba-ADRs schlossen am Donnerstag an der NYSE bei 148,05 Dollar.\n\n"
        "| Alibaba-ADR | 26.02.2026 |\n| Eröffnung | 148,36 USD |\n| Tageshoch | 149,06 USD |\n"
    )
    claims = claims_by_quote(text, date(2026, 2, 27))
    assert claims["148,36"].kind == "open_price" and claims["148,36"].listing == "BABA"
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["148,36"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("148,36", "146,36"), "2026-02-27")["146,36"] == "wrong"
