"""Rules added after trying the twenty-eighth batch of written German articles as an editor would, second set
(tests/golden/articles de189..de193: a Das Investment fund manager's column on January's holdings, an Aktiencheck.de
technical note on Baidu, an FAZ Finanzen week in review of the Dax, the Nasdaq and Chinese stocks, an NZZ report on
Asia's markets in Swiss style, a Smartbroker+ Magazin 'Chartcheck' of Nvidia). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- Swiss 'Höchst' / 'Tiefst': 'Jahreshöchst', 'unter ihrem Höchst vom 2. Oktober' ------------------------------


def test_swiss_jahreshoechst_is_the_years_high_and_its_distance(tmp_path: Path) -> None:
    # ^HSI 2025-10-20: high of 2025 27381.84 on 2025-10-02; close 2025-10-20 25858.83: 25858.83 / 27381.84 - 1 = -5.56 %
    text = (
        "Der Hang-Seng-Index schloss am Montag bei 25 859 Punkten. Das Jahreshöchst liegt bei 27 382 Punkten; "
        "vom Jahreshöchst ist das Börsenbarometer damit 5,6% entfernt."
    )
    claims = _claims(text, date(2025, 10, 20))
    assert claims["27 382"].kind == "year_high" and claims["27 382"].listing == "^HSI"
    assert claims["5,6"].kind == "distance_52w_high" and claims["5,6"].direction == "down"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-20")
    assert verdicts["27 382"] == "accurate" and verdicts["5,6"] == "accurate"
    altered = verdicts_by_quote(tmp_path, text.replace("27 382", "28 382").replace("5,6%", "8,6%"), "2025-10-20")
    assert altered["28 382"] == "wrong" and altered["8,6"] == "wrong"


def test_swiss_jahrestiefst_is_the_years_low(tmp_path: Path) -> None:
    # 3690.HK lowest low of 2026 up to 2026-03-06: 73.60 on 2026-03-04
    text = "Meituan fielen am Mittwoch in Hongkong auf ein Jahrestiefst von 73,60 Hongkong-Dollar."
    claims = _claims(text, date(2026, 3, 6))
    assert claims["73,60"].kind == "year_low" and claims["73,60"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-03-06")["73,60"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("73,60", "78,60"), "2026-03-06")["78,60"] == "wrong"


def test_below_a_dated_swiss_hoechst_is_the_move_since_that_days_high(tmp_path: Path) -> None:
    # 9888.HK high 2025-10-02 141.40; close 2025-10-17 112.90: 112.90 / 141.40 - 1 = -20.16 %
    text = (
        "Baidu schlossen am Freitag in Hongkong bei 112,90 Hongkong-Dollar, gut 20% unter ihrem Höchst vom 2. Oktober."
    )
    claims = _claims(text, date(2025, 10, 17))
    assert claims["20"].kind == "since_return" and claims["20"].direction == "down"
    assert claims["20"].reference == {"start": "2025-10-02", "end": "2025-10-17"}
    assert verdicts_by_quote(tmp_path, text, "2025-10-17")["20"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 20%", "gut 26%"), "2025-10-17")["26"] == "wrong"


# --- a move noun in the genitive or 'Rücksetzer' says the move's direction ---------------------------------------


def test_genitive_move_nouns_carry_their_direction(tmp_path: Path) -> None:
    # NVDA 2026-03-06 177.81 / 183.33 (2026-03-05) - 1 = -3.01 %; 0700.HK 2026-03-06 519.0 / 502.0 - 1 = +3.39 %
    text = (
        "Die Nvidia-Aktie litt am Freitag an der Nasdaq. Trotz des Tagesverlusts von 3,0 Prozent am Freitag "
        "blieb Nvidia an der Nasdaq gefragt. In Hongkong stand Tencent am Freitag im Zeichen eines Kurssprungs "
        "von 3,4 Prozent."
    )
    claims = _claims(text, date(2026, 3, 7))
    assert claims["3,0"].kind == "day_change" and claims["3,0"].direction == "down"
    assert claims["3,4"].kind == "day_change" and claims["3,4"].direction == "up"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["3,0"] == "accurate" and verdicts["3,4"] == "accurate"
    altered = verdicts_by_quote(tmp_path, text.replace("3,0 Prozent", "9,0 Prozent"), "2026-03-07")
    assert altered["9,0"] == "wrong"


def test_ruecksetzer_is_a_fall() -> None:
    # ^HSI 2026-01-30 27387.11 / 27968.09 (2026-01-29) - 1 = -2.08 %
    text = (
        "Der Hang Seng verbuchte am Freitag einen Rücksetzer von 2,1 Prozent. Es war der Rückschlag eines Rekordmonats."
    )
    claims = _claims(text, date(2026, 1, 31))
    assert claims["2,1"].kind == "index_move" and claims["2,1"].direction == "down"


# --- a period opening the clause after a colon is not the period of the move told before the colon --------------


def test_a_period_after_a_colon_is_not_the_moves_before_it(tmp_path: Path) -> None:
    # 0700.HK 2026-03-06 519.0 / 502.0 (2026-03-05) - 1 = +3.39 %; the week 519.0 / 518.0 (2026-02-27) - 1 = +0.19 %
    text = (
        "Tencent drehte in Hongkong dank eines Sprungs um 3,4 Prozent am Freitag ins Plus: Auf Wochensicht blieb ein "
        "Zuwachs von 0,2 Prozent."
    )
    claims = _claims(text, date(2026, 3, 7))
    assert claims["3,4"].kind == "day_change" and claims["3,4"].reference == {"date": "2026-03-06"}
    assert claims["0,2"].kind == "week_return"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["3,4"] == "accurate" and verdicts["0,2"] == "accurate"
    altered = verdicts_by_quote(tmp_path, text.replace("3,4", "9,4"), "2026-03-07")
    assert altered["9,4"] == "wrong"


def test_a_period_heading_a_list_after_its_colon_still_governs_it() -> None:
    # the period before the colon is the label's: 'Auf Wochensicht: Tencent +0,2 Prozent'
    text = "Die Bilanz auf Wochensicht: Tencent gewann 0,2 Prozent, Meituan verlor 5,3 Prozent."
    claims = _claims(text, date(2026, 3, 7))
    assert claims["0,2"].kind == "week_return" and claims["5,3"].kind == "week_return"


# --- 'ein Gewinn von 0,2 Prozent auf 519 HKD': a move noun before a percentage is no earnings figure --------------


def test_a_gain_of_a_percentage_to_a_price_is_no_earnings_figure(tmp_path: Path) -> None:
    # 0700.HK close 2026-03-06 519.0; the week +0.19 %
    text = "Tencent-Aktien: Auf Wochensicht stand am Freitag ein Gewinn von 0,2 Prozent auf 519 Hongkong-Dollar."
    claims = _claims(text, date(2026, 3, 7))
    assert claims["519"].kind in ("close", "last_price") and claims["519"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-03-07")["519"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("519", "549"), "2026-03-07")["549"] == "wrong"


def test_a_gain_of_money_stays_an_earnings_figure() -> None:
    text = "Tencent meldete für das Quartal einen Gewinn von 58,1 Milliarden Yuan."
    claims = _claims(text, date(2026, 3, 7))
    assert claims["58,1"].kind == "financials"


# --- 'die Aktie notiert 9,0% darüber' after a moving average named in the clause before -------------------------


def test_a_distance_after_the_clause_naming_a_moving_average(tmp_path: Path) -> None:
    # 0700.HK 2026-03-13 close 547.5; SMA20 of the closes to 2026-03-13 527.105: 547.5 / 527.105 - 1 = +3.87 %
    text = (
        "Tencent schloss am Freitag in Hongkong bei 547,50 HKD. Die 20-Tage-Linie bei 527,11 HKD hat in der "
        "laufenden Woche gehalten, die Aktie notiert 3,9% darüber."
    )
    claims = _claims(text, date(2026, 3, 13))
    assert claims["3,9"].kind == "moving_average_distance" and claims["3,9"].direction == "up"
    assert verdicts_by_quote(tmp_path, text, "2026-03-13")["3,9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("3,9%", "8,9%"), "2026-03-13")["8,9"] == "wrong"


# --- 'höher als eine Woche zuvor', 'lower than a week earlier': the week's move -----------------------------------


def test_higher_than_a_week_before_is_the_weeks_move(tmp_path: Path) -> None:
    # BABA 2026-03-20 close 122.41; 2026-03-13 135.21: 122.41 / 135.21 - 1 = -9.47 % (the day: -2.00 %)
    text = "Die Alibaba-ADRs schlossen am Freitag bei 122,41 Dollar und damit 9,5 Prozent tiefer als eine Woche zuvor."
    claims = _claims(text, date(2026, 3, 21))
    assert claims["9,5"].kind == "week_return" and claims["9,5"].direction == "down"
    assert claims["9,5"].reference == {"start": "2026-03-13", "end": "2026-03-20"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["9,5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("9,5", "4,5"), "2026-03-21")["4,5"] == "wrong"
    trailing = text.replace(" zuvor.", " zuvor – trotz eines Tagesverlusts von 2,0 Prozent.")
    assert _claims(trailing, date(2026, 3, 21))["2,0"].kind == "day_change"  # the cue reaches the number before it
    english = "Alibaba's ADRs ended Friday at $122.41, 9.5% lower than a week earlier."
    assert _claims(english, date(2026, 3, 21))["9.5"].kind == "week_return"


# --- 'über die ganze Vorwoche gerechnet': the week before's move --------------------------------------------------


def test_over_the_whole_week_before_is_a_weeks_move(tmp_path: Path) -> None:
    # ^HSI 2025-10-31 25906.65 / 2025-10-24 26160.15 - 1 = -0.97 %
    text = "Über die ganze Vorwoche gerechnet verlor der Hang-Seng-Index 1,0%. Am Montag ging es weiter abwärts."
    claims = _claims(text, date(2025, 11, 3))
    assert claims["1,0"].kind == "week_return" and claims["1,0"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2025-11-03")["1,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("1,0%", "3,0%"), "2025-11-03")["3,0"] == "wrong"


# --- 'beendete den Februar mit ...', 'Für Tencent war der Februar schwach: ...': the named month's move --------------


def test_ended_the_month_named_is_the_months_move(tmp_path: Path) -> None:
    # ^HSI February 2026: 26630.54 (2026-02-27) / 27387.11 (2026-01-30) - 1 = -2.76 %
    text = "Der Hang Seng beendete den Februar mit einem Minus von 2,8 Prozent. Am Montag ging es weiter abwärts."
    claims = _claims(text, date(2026, 3, 2))
    assert claims["2,8"].kind == "month_return" and claims["2,8"].listing == "^HSI"
    assert claims["2,8"].reference == {"start": "2026-02-01", "end": "2026-02-28"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-02")["2,8"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2,8", "6,8"), "2026-03-02")["6,8"] == "wrong"


def test_a_month_as_the_subject_of_a_lead_clause_dates_the_move_after_its_colon(tmp_path: Path) -> None:
    # 0700.HK February 2026: 518.0 (2026-02-27) / 606.0 (2026-01-30) - 1 = -14.52 %
    text = "Für Tencent war der Februar ein Monat zum Vergessen: Die Aktie verlor in Hongkong 14,5 Prozent."
    claims = _claims(text, date(2026, 3, 2))
    assert claims["14,5"].kind == "month_return" and claims["14,5"].listing == "0700.HK"
    assert claims["14,5"].reference == {"start": "2026-02-01", "end": "2026-02-28"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-02")["14,5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("14,5", "4,5"), "2026-03-02")["4,5"] == "wrong"


def test_a_month_named_without_a_verb_beside_it_is_no_lead_clause() -> None:
    text = "Seit dem 5. Januar verlor die Tencent-Aktie in Hongkong 14,5 Prozent."
    assert _claims(text, date(2026, 3, 2))["14,5"].kind != "month_return"


# --- 'die Technologiebörse' is the Nasdaq: its index, or the exchange after 'an der' -------------------------------


def test_die_technologieboerse_is_the_nasdaq_composite(tmp_path: Path) -> None:
    # ^IXIC 2026-03-06 22387.68 / 22748.99 (2026-03-05) - 1 = -1.59 % (the Nasdaq 100: -1.51 %)
    text = "Der Nasdaq 100 gab am Freitag 1,5 Prozent nach. Die Technologiebörse verlor am Freitag 1,6 Prozent."
    claims = _claims(text, date(2026, 3, 7))
    assert claims["1,6"].kind == "index_move" and claims["1,6"].listing == "^IXIC"
    assert verdicts_by_quote(tmp_path, text, "2026-03-07")["1,6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("1,6", "3,6"), "2026-03-07")["3,6"] == "wrong"


def test_an_der_technologieboerse_is_the_exchange_not_the_index() -> None:
    # NVDA 2026-03-06 -3.01 %: a stock's move at the exchange, no index move
    text = "Die Nvidia-Aktie verlor am Freitag an der Technologiebörse 3,0 Prozent."
    claims = _claims(text, date(2026, 3, 7))
    assert claims["3,0"].kind == "day_change" and claims["3,0"].listing == "NVDA"


# --- an index's target or potential in points is a forecast, no index level --------------------------------------


def test_an_index_target_in_points_is_a_forecast(tmp_path: Path) -> None:
    # ^GDAXI close 2026-03-06 23591.03: the level is judged, the year-end target is not
    text = (
        "Der Dax schloss am Freitag bei 23.591 Punkten. Die Strategen halten an ihrem Jahresziel für den Dax von "
        "26.000 Punkten fest, für den Hang Seng sehen sie ein Potenzial bis 30.000 Punkte."
    )
    claims = _claims(text, date(2026, 3, 7))
    assert claims["26.000"].kind == "forecast" and not claims["26.000"].checkable
    assert claims["30.000"].kind == "forecast" and not claims["30.000"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["23.591"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("23.591", "24.591"), "2026-03-07")["24.591"] == "wrong"


# --- a level an index closed or ended the week on, told in a Saturday's review, is a close, not any level of a range -


def test_a_level_the_week_ended_on_in_a_saturday_review_is_a_close(tmp_path: Path) -> None:
    # ^IXIC close 2026-03-06 22387.68; 22,838 lies inside Thursday 2026-03-05's range (22500.29..22877.02) but is no
    # close of the week (the nearest, 2026-03-04, 22807.48)
    text = (
        "Wochenrückblick\n\nDer Nasdaq Composite beendete die Woche mit einem Minus von 1,2 Prozent bei 22.388 Punkten."
    )
    claims = _claims(text, date(2026, 3, 7))
    assert claims["22.388"].kind == "index_level" and claims["22.388"].listing == "^IXIC"
    assert verdicts_by_quote(tmp_path, text, "2026-03-07")["22.388"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("22.388", "22.838"), "2026-03-07")["22.838"] == "wrong"


# --- a fund's own return ('Der Fonds legte ... 7,4 Prozent zu') is no quoted stock's move -------------------------


def test_a_funds_own_return_is_not_the_stocks_move(tmp_path: Path) -> None:
    # 0700.HK 2026-01-30 606.0 / 622.0 (2026-01-29) - 1 = -2.57 %; the fund has no quotes
    text = (
        "Der Januar hat unseren Anlegern Freude gemacht. Der Fonds legte im ersten Monat des Jahres 7,4 Prozent zu. "
        "Tencent verlor am Freitag in Hongkong 2,6 Prozent."
    )
    claims = _claims(text, date(2026, 1, 31))
    assert claims["7,4"].listing is None and claims["2,6"].listing == "0700.HK"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-31")
    assert verdicts["7,4"] == "unverifiable" and verdicts["2,6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2,6", "5,6"), "2026-01-31")["5,6"] == "wrong"
