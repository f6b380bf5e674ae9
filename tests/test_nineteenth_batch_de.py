"""Rules added after trying the nineteenth batch of written German articles as an editor would (tests/golden/articles
de106..de110: a dpa-AFX 'Aktien Asien Ausblick' before Hong Kong's open, an ARIVA.DE course report on Alibaba in
Frankfurt and on Tradegate in euros, a Börsen-Zeitung note on Tencent's and Meituan's week and year with the Hang Seng's
points, a wallstreet-online list of the Nasdaq 100's tops and flops, a boerse-frankfurt.de note on Alibaba's day in
euros beside Hong Kong and New York). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 21)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the day an extreme was set, told in a clause after its level, dates that extreme only, not the distance ---------


def test_a_set_on_clause_after_a_german_level_does_not_date_the_distance() -> None:
    claims = _claims(
        "Meituan schloss am Freitag bei 79,15 HKD. Vom 52-Wochen-Tief bei 73,60 HKD, erreicht am 4. März, ist das "
        "Papier nun 7,5 Prozent entfernt.",
        SATURDAY,
    )
    assert claims["7,5"].kind == "distance_52w_low"
    assert claims["7,5"].reference == {"date": "2026-03-20"}  # as of publication (its last session), not 4 March
    claims = _claims(
        "Tencent schloss am Freitag bei 508 HKD. Vom 52-Wochen-Hoch von 683 HKD, markiert am 2. Oktober, trennen die "
        "Aktie rund 26 Prozent.",
        SATURDAY,
    )
    assert claims["26"].kind == "distance_52w_high" and claims["26"].reference == {"date": "2026-03-20"}
    assert claims["683"].kind == "high_52w"


def test_the_same_in_english_keeps_the_distance_as_of_publication() -> None:
    claims = _claims(
        "Meituan closed at HK$79.15 on Friday. From its 52-week low of HK$73.60, reached on March 4, the stock is now "
        "7.5% higher.",
        SATURDAY,
    )
    assert claims["7.5"].kind == "distance_52w_low" and claims["7.5"].reference == {"date": "2026-03-20"}


def test_a_distance_from_a_low_set_weeks_ago_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Meituan in Hongkong\n\n"
        "Die Aktie von Meituan schloss am Freitag in Hongkong bei 79,15 HKD. Vom 52-Wochen-Tief bei 73,60 HKD, "
        "erreicht am 4. März, ist das Papier nun 7,5 Prozent entfernt.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["7,5"] == "accurate" and verdicts["73,60"] == "accurate"


# --- 'am Vortag' counts back from a day told before it, not from one a later clause tells ----------------------------


def test_the_day_before_is_not_counted_from_a_later_clauses_weekday() -> None:
    claims = _claims(
        "Baidu schloss am Mittwoch in Hongkong 1,2 Prozent höher bei 121,40 HKD. Am Vortag hatte das Papier dort noch "
        "3,1 Prozent verloren, am Montag war es bei 124,50 HKD aus dem Handel gegangen.",
        date(2026, 3, 25),
    )
    assert claims["3,1"].reference == {"date": "2026-03-24"}  # Wednesday's day before, not Monday's
    assert claims["124,50"].reference == {"date": "2026-03-23"}


def test_the_previous_day_in_english_counts_from_the_day_in_play() -> None:
    claims = _claims(
        "Baidu closed 1.2% higher at HK$121.40 in Hong Kong on Wednesday. The previous day the stock had lost 3.1%, "
        "and on Monday it had ended at HK$124.50.",
        date(2026, 3, 25),
    )
    assert claims["3.1"].reference == {"date": "2026-03-24"}
    assert claims["124.50"].reference == {"date": "2026-03-23"}


def test_the_day_before_a_day_told_earlier_in_the_sentence_still_counts_from_it() -> None:
    claims = _claims("Tencent closed at HK$513 on Thursday, down from HK$550.50 the previous day.", SATURDAY)
    assert claims["550.50"].reference == {"date": "2026-03-18"}


def test_a_true_move_of_the_day_before_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba in Hongkong\n\n"
        "Alibaba beendete den Handel in Hongkong am Mittwoch 0,2 Prozent fester bei 148,30 HKD. Am Vortag hatte der "
        "Titel dort 2,8 Prozent abgegeben, am Montag hatte er bei 152,20 HKD geschlossen.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["2,8"] == "accurate" and verdicts["152,20"] == "accurate"


# --- an index's move over a week in points is the week's, read in points ---------------------------------------------


def test_a_weeks_move_in_points_is_a_weeks_move() -> None:
    claims = _claims(
        "Der Hang Seng schloss am Freitag bei 25.277 Punkten. Auf Wochensicht büßte der Leitindex 188 Punkte oder 0,7 "
        "Prozent ein.",
        SATURDAY,
    )
    assert claims["188"].kind == "week_return" and claims["188"].listing == "^HSI"
    assert claims["188"].unit == "points" and claims["188"].direction == "down"
    assert claims["0,7"].kind == "week_return"


def test_a_weeks_move_in_points_in_english() -> None:
    claims = _claims(
        "The Hang Seng ended Friday at 25,277. Over the week the benchmark lost 188 points, or 0.7%.", SATURDAY
    )
    assert claims["188"].kind == "week_return" and claims["188"].direction == "down"


def test_a_weeks_move_in_points_is_judged_in_points(tmp_path: Path) -> None:
    true = verdicts_by_quote(
        tmp_path,
        "Hongkong\n\nDer Hang Seng schloss am Freitag bei 25.277 Punkten. Auf Wochensicht büßte der Leitindex 188 "
        "Punkte ein.\n",
        "2026-03-21",
    )
    assert true["188"] == "accurate"  # 25,465.60 to 25,277.32
    (tmp_path / "sign").mkdir()
    wrong_sign = verdicts_by_quote(
        tmp_path / "sign",
        "Hongkong\n\nDer Hang Seng schloss am Freitag bei 25.277 Punkten. Auf Wochensicht gewann der Leitindex 188 "
        "Punkte.\n",
        "2026-03-21",
    )
    assert wrong_sign["188"] == "wrong"


# --- a German text without a clock: a past-tense move of a session it said had ended is that session's whole move ----


def test_a_past_move_of_a_session_the_text_said_had_ended_reads_close_to_close() -> None:
    claims = _claims(
        "Die Börse Hongkong beendete den Handel am Freitag mit Verlusten: Der Hang Seng schloss 0,9 Prozent tiefer. "
        "Tencent verlor am Freitag 1,0 Prozent.\n\nMeituan gab am Freitag ebenfalls 1,9 Prozent ab.",
        SATURDAY,
    )
    assert claims["1,9"].completed_session and claims["1,9"].listing == "3690.HK"


def test_the_same_in_english_as_before() -> None:
    claims = _claims("The Hang Seng ended Friday down 0.9%.\n\nMeituan slipped 1.9% on Friday.", SATURDAY)
    assert claims["1.9"].completed_session


def test_a_wrong_move_inside_the_days_range_is_no_longer_let_through(tmp_path: Path) -> None:
    text = (
        "Hongkong am Freitag\n\n"
        "Der Hang Seng beendete den Handel am Freitag mit einem Minus von 0,9 Prozent.\n\n"
        "Meituan gab am Freitag 1,4 Prozent ab. Tencent verlor am Freitag 1,0 Prozent.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["1,4"] in ("wrong", "imprecise")  # -1.92 % close to close; the day's range held it
    assert verdicts["1,0"] == "accurate"


# --- 'Mill.' and 'Bill.' are the scale words they abbreviate, inside a sentence --------------------------------------


def test_mill_is_millions_and_does_not_end_the_sentence() -> None:
    claims = _claims(
        "Tencent fiel am Donnerstag in Hongkong um 6,8 Prozent. In Hongkong wurden an diesem Tag 59 Mill. "
        "Tencent-Aktien gehandelt.",
        SATURDAY,
    )
    assert claims["59"].kind == "volume" and claims["59"].listing == "0700.HK"
    assert claims["59"].scale == 1e6 and claims["59"].reference == {"date": "2026-03-19"}


def test_bill_is_a_german_trillion() -> None:
    claims = _claims(
        "Tencent ist an der Börse rund 4,6 Bill. HK$ wert. Die Aktie fiel am Freitag um 1,0 Prozent.", SATURDAY
    )
    assert claims["4,6"].scale == 1e12 and claims["1,0"].kind == "day_change"


def test_a_volume_in_mill_is_judged(tmp_path: Path) -> None:
    text = (
        "Hongkong\n\nTencent verlor am Donnerstag in Hongkong 6,8 Prozent. In Hongkong wechselten an diesem Tag "
        "59 Mill. Tencent-Aktien den Besitzer.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["59"] == "accurate"  # 59,432,770 shares


# --- a quote page's 'Umsatz bis 16:00 Uhr: 2.450 Stück' is a volume so far, not a business figure ---------------------


def test_a_volume_up_to_a_clock_time_is_a_partial_volume() -> None:
    claims = _claims(
        "Die Alibaba-Aktie kostete in Frankfurt am Mittwochnachmittag 129,40 Euro. Umsatz bis 16:00 Uhr: 2.450 Stück.",
        date(2026, 2, 25),
    )
    assert claims["2.450"].kind == "volume_partial" and claims["2.450"].listing == "AHLA.F"
    assert claims["129,40"].kind == "last_price"


# --- a price restated per share or per ADR a few words after 'entspricht' is a conversion, not a quote ----------------


def test_a_restatement_per_share_traded_elsewhere_is_a_conversion() -> None:
    claims = _claims(
        "Die Alibaba-ADRs schlossen am Mittwoch in New York bei 129,87 Dollar; umgerechnet entspricht dies etwa 126,90 "
        "Hongkong-Dollar je in Hongkong gehandelter Aktie.",
        date(2026, 3, 26),
    )
    assert claims["129,87"].kind == "close"
    assert claims["126,90"].kind == "price_conversion" and not claims["126,90"].checkable


def test_a_close_restated_per_adr_in_euros_is_a_conversion() -> None:
    claims = _claims(
        "Alibaba schloss am Freitag in Hongkong bei 155,40 HKD. Umgerechnet entspricht der Hongkonger Schlusskurs "
        "knapp 134,10 Euro je ADR.",
        date(2026, 2, 13),
    )
    assert claims["155,40"].kind == "close"
    assert claims["134,10"].kind == "price_conversion"


# --- a close bracketed right after a move's base day is that day's ----------------------------------------------------


def test_a_bracketed_close_after_the_day_before_is_the_day_befores() -> None:
    claims = _claims(
        "In Frankfurt kostete die Alibaba-Aktie um 16:10 Uhr 129,60 EUR, 0,3 Prozent weniger als am Vortag "
        "(Schlusskurs: 130,00 EUR).",
        date(2026, 2, 25),
    )
    assert claims["130,00"].kind == "close" and claims["130,00"].reference == {"date": "2026-02-24"}
    assert claims["129,60"].reference == {"date": "2026-02-25"}


def test_a_bracketed_close_after_the_day_before_in_english() -> None:
    claims = _claims(
        "Alibaba's ADRs traded at $152.40 at noon on Wednesday, 0.5% lower than the day before (close: $153.11).",
        date(2026, 2, 25),
    )
    assert claims["153.11"].reference == {"date": "2026-02-24"}


def test_the_day_befores_bracketed_close_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Alibaba in Frankfurt\n\n"
        "In Frankfurt kostete die Alibaba-Aktie am Mittwoch um 16:10 Uhr 129,60 EUR, 0,3 Prozent weniger als am "
        "Vortag (Schlusskurs: 130,00 EUR).\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-25")
    assert verdicts["130,00"] == "accurate"  # parity of Tuesday's ADR close, 153.11 / 1.1777 = 130.01 EUR
