"""Rules added after trying the twenty-sixth batch of written German articles as an editor would, second set
(tests/golden/articles de169..de173: a Focus Money analysis of Nvidia with its record, moving averages and RSI, a Sunday
'Euro am Sonntag' review of Alibaba's week and January in Hong Kong and Frankfurt with the DAX, an NZZ note in Swiss
style on the Hang Seng and Alibaba, an Onvista profile of Tencent with its key figures, a Tagesschau report on Chinese
tech stocks under pressure). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'seit vergangenem Freitag' (the dative without an article) is a move since that Friday's close -------------------


def test_seit_vergangenem_freitag_is_a_move_since_fridays_close(tmp_path: Path) -> None:
    # 3690.HK Wednesday 2026-03-25 close 90.00; Friday 2026-03-20 79.15 (+13.71 %); Tuesday 79.00 (+13.92 % on the day)
    text = (
        "Meituan-Aktie springt an\n\nDie Meituan-Aktie schloss am Mittwoch in Hongkong bei 90,00 HKD. "
        "Seit vergangenem Freitag hat das Papier damit 13,7 Prozent gewonnen."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["13,7"].kind == "since_return" and claims["13,7"].listing == "3690.HK"
    assert claims["13,7"].reference == {"start": "2026-03-20", "end": "2026-03-25"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["13,7"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("13,7", "18,7"), "2026-03-25")
    assert wrong["18,7"] == "wrong"


def test_seit_letztem_freitag_too(tmp_path: Path) -> None:
    # 9888.HK Wednesday 2025-10-22 close 115.10; Friday 2025-10-17 112.90 (+1.95 %)
    text = (
        "Baidu in Hongkong gefragt\n\nDie Baidu-Aktie ging am Mittwoch in Hongkong mit 115,10 HKD aus dem Handel, "
        "seit letztem Freitag ein Plus von 1,9 Prozent."
    )
    claims = _claims(text, date(2025, 10, 22))
    assert claims["1,9"].kind == "since_return"
    assert claims["1,9"].reference == {"start": "2025-10-17", "end": "2025-10-22"}
    assert verdicts_by_quote(tmp_path, text, "2025-10-22")["1,9"] == "accurate"


def test_since_last_friday_in_english_reads_the_same(tmp_path: Path) -> None:
    # BABA Wednesday 2026-03-25 close 129.87; Friday 2026-03-20 122.41 (+6.09 %)
    text = "Alibaba's U.S.-listed shares closed at $129.87 on Wednesday, up 6.1% since last Friday."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["6.1"].kind == "since_return"
    assert claims["6.1"].reference == {"start": "2026-03-20", "end": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["6.1"] == "accurate"


# --- 'Jahresschluss 2025 von ...' is the last close of that year; 'gegenüber dem Jahresschluss' the year to date ------


def test_jahresschluss_von_is_the_year_end_close_and_the_move_from_it_the_year_to_date(tmp_path: Path) -> None:
    # 0700.HK Friday 2026-01-09 close 611.00; 2025-12-31 (half day) close 599.00: +2.00 %
    text = (
        "Tencent startet freundlich ins Jahr\n\nDie Tencent-Aktie schloss am Freitag in Hongkong bei 611,00 HKD. "
        "Gegenüber dem Jahresschluss 2025 von 599,00 HKD liegt sie damit 2,0 Prozent im Plus."
    )
    claims = _claims(text, date(2026, 1, 9))
    assert claims["599,00"].kind == "close" and claims["599,00"].reference == {"date": "2025-12-31"}
    assert claims["2,0"].kind == "ytd_return" and claims["2,0"].reference == {
        "start": "2026-01-01",
        "end": "2026-01-09",
    }
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-09")
    assert verdicts["599,00"] == "accurate" and verdicts["2,0"] == "accurate"
    wrong = verdicts_by_quote(tmp_path, text.replace("599,00", "589,00"), "2026-01-09")
    assert wrong["589,00"] == "wrong"


def test_vorjahresschluss_bei_too(tmp_path: Path) -> None:
    # 0700.HK Thursday 2026-01-08 close 616.00; 2025-12-31 close 599.00: +2.84 %
    text = (
        "Tencent legt zu\n\nDie Tencent-Aktie ging am Donnerstag in Hongkong mit 616,00 HKD aus dem Handel. Vom "
        "Vorjahresschluss bei 599,00 HKD aus gerechnet hat sie 2,8 Prozent zugelegt."
    )
    claims = _claims(text, date(2026, 1, 8))
    assert claims["599,00"].reference == {"date": "2025-12-31"} and claims["2,8"].kind == "ytd_return"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-01-08")
    assert verdicts["599,00"] == "accurate" and verdicts["2,8"] == "accurate"


def test_year_end_close_of_in_english_reads_the_same(tmp_path: Path) -> None:
    # same sessions as the Tencent test, told in English (the rule's English words were there before)
    text = "Tencent closed at HK$611.00 in Hong Kong on Friday, up 2.0% from its year-end close of HK$599.00."
    claims = _claims(text, date(2026, 1, 9))
    assert claims["599.00"].reference == {"date": "2025-12-31"}
    assert verdicts_by_quote(tmp_path, text, "2026-01-09")["599.00"] == "accurate"


# --- a new 52-week low 'und schloss 4,5 Prozent tiefer': the session's end in its own predicate is the day's move -----


def test_new_52_week_low_and_a_close_lower_is_the_days_move(tmp_path: Path) -> None:
    # 3690.HK Thursday 2026-02-12: low 84.30 (the lowest of the 52 weeks held), close 84.85, Wednesday 88.85: -4.50 %
    text = (
        "Meituan weiter unter Druck\n\nDie Meituan-Aktie fiel am Donnerstag in Hongkong auf ein 52-Wochen-Tief von "
        "84,30 Hongkong-Dollar und schloss 4,5 Prozent tiefer."
    )
    claims = _claims(text, date(2026, 2, 12))
    assert claims["84,30"].kind == "low_52w"
    assert claims["4,5"].kind == "day_change" and claims["4,5"].reference == {"date": "2026-02-12"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-12")
    assert verdicts["84,30"] == "accurate" and verdicts["4,5"] == "accurate"


def test_new_52_week_low_and_closed_lower_in_english(tmp_path: Path) -> None:
    # 3690.HK Monday 2026-03-02: low 77.10 (52-week low), close 77.40, Friday 81.15: -4.62 %
    text = "Meituan shares hit a 52-week low of HK$77.10 in Hong Kong on Monday and closed 4.6% lower."
    claims = _claims(text, date(2026, 3, 2))
    assert claims["4.6"].kind == "day_change" and claims["4.6"].direction == "down"
    assert verdicts_by_quote(tmp_path, text, "2026-03-02")["4.6"] == "accurate"


def test_a_distance_told_after_the_low_stays_a_distance() -> None:
    # the rule needs the session's end between: a distance told with its own words is untouched
    text = "Die Meituan-Aktie notiert gut 5 Prozent über ihrem 52-Wochen-Tief von 84,30 Hongkong-Dollar."
    assert _claims(text, date(2026, 2, 13))["5"].kind == "distance_52w_low"


# --- an earlier move named with its day, its figure in brackets ('nach dem Kurssprung vom Vortag (+1,6 %)') ----------


def test_bracketed_move_after_a_move_noun_of_the_previous_day_is_that_days(tmp_path: Path) -> None:
    # 9988.HK Wednesday 2026-02-11 close 160.10 (-0.25 % on 160.50); Tuesday 2026-02-10 160.50 (+1.65 % on 157.90)
    text = (
        "Alibaba gibt nach\n\nDie Alibaba-Aktie gab am Mittwoch in Hongkong nach dem Kurssprung vom Vortag (+1,6 %) "
        "um 0,2 Prozent auf 160,10 HKD nach."
    )
    claims = _claims(text, date(2026, 2, 11))
    assert claims["1,6"].reference == {"date": "2026-02-10"}
    assert claims["0,2"].reference == {"date": "2026-02-11"} and claims["160,10"].reference == {"date": "2026-02-11"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-11")
    assert verdicts["1,6"] == "accurate" and verdicts["160,10"] == "accurate"


def test_bracketed_move_after_a_weekdays_move_noun(tmp_path: Path) -> None:
    # ^HSI Friday 2026-03-06 25757.29 (+1.72 % on 25321.34); Thursday 2026-03-05 +0.28 % (on 25249.48)
    text = "Nach dem Plus vom Donnerstag (+0,3 Prozent) legte der Hang Seng am Freitag um 1,7 Prozent zu."
    claims = _claims(text, date(2026, 3, 6))
    assert claims["0,3"].reference == {"date": "2026-03-05"} and claims["1,7"].reference == {"date": "2026-03-06"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-06")
    assert verdicts["0,3"] == "accurate" and verdicts["1,7"] == "accurate"


def test_bracketed_move_after_a_weekdays_possessive_in_english(tmp_path: Path) -> None:
    # same sessions as above
    text = "The Hang Seng climbed 1.7% on Friday after Thursday's modest gain (+0.3%)."
    claims = _claims(text, date(2026, 3, 6))
    assert claims["0.3"].reference == {"date": "2026-03-05"} and claims["1.7"].reference == {"date": "2026-03-06"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-06")["0.3"] == "accurate"


def test_a_bracketed_move_after_the_sentences_own_day_keeps_it() -> None:
    # no move's noun before the day: the bracket tells the day's own move
    text = "Der Hang Seng schloss am Freitag (+1,7 %) bei 25.757 Punkten."
    claims = _claims(text, date(2026, 3, 6))
    assert claims["1,7"].reference == {"date": "2026-03-06"} and claims["25.757"].reference == {"date": "2026-03-06"}


# --- 'Seit Jahresanfang beträgt das Plus in Euro gerechnet ...': the clause's own period, not 'the same period' -----


def test_in_euro_gerechnet_with_its_own_period_is_that_period(tmp_path: Path) -> None:
    # BABA 2026-02-27 close 144.11 / ECB 1.1805 = 122.08 EUR; 2025-12-31 146.58 / 1.1750 = 124.75 EUR: -2.14 % in euros
    text = (
        "Alibaba in Frankfurt\n\nIn Frankfurt kostete die Alibaba-Aktie am Freitag 122,08 Euro, auf Wochensicht ein "
        "Minus von 7 Prozent. Seit Jahresbeginn beträgt das Minus in Euro gerechnet gut 2 Prozent."
    )
    claims = _claims(text, date(2026, 2, 27))
    assert claims["2"].kind == "ytd_return" and claims["2"].listing == "AHLA.F"
    assert claims["2"].reference == {"start": "2026-01-01", "end": "2026-02-27"}
    assert verdicts_by_quote(tmp_path, text, "2026-02-27")["2"] == "accurate"


def test_in_euro_terms_with_its_own_period_in_english() -> None:
    text = (
        "Alibaba's Frankfurt-listed shares cost 122.08 euros on Friday, down 7% on the week. Since the start of the "
        "year, the loss in euro terms is about 2%."
    )
    claims = _claims(text, date(2026, 2, 27))
    assert claims["2"].kind == "ytd_return"


def test_in_euro_gerechnet_without_a_period_of_its_own_is_still_the_same_period() -> None:
    text = (
        "Alibaba in Frankfurt\n\nIn Hongkong verlor die Alibaba-Aktie auf Wochensicht 5 Prozent, in Euro gerechnet "
        "waren es 7 Prozent."
    )
    claims = _claims(text, date(2026, 2, 27))
    assert claims["7"].kind == "week_return"


# --- 'im Jahresvergleich' with a share or an index is the twelve months' move (a business figure's stays its own) ---


def test_im_jahresvergleich_is_the_twelve_month_return(tmp_path: Path) -> None:
    # 3690.HK 2025-10-16 close 98.75; 2024-10-16 close 173.20: -42.98 %; ^HSI 25888.51 against 20286.85: +27.61 %
    text = (
        "Meituan\n\nDie Meituan-Aktie schloss am Donnerstag in Hongkong bei 98,75 HKD. Im Jahresvergleich hat sie "
        "damit knapp 43 Prozent an Wert verloren. Der Hang Seng liegt im Jahresvergleich rund 28 Prozent höher."
    )
    claims = _claims(text, date(2025, 10, 16))
    assert claims["43"].kind == "twelve_month_return" and claims["43"].listing == "3690.HK"
    assert claims["43"].reference == {"start": "2024-10-16", "end": "2025-10-16"}
    assert claims["28"].kind == "twelve_month_return" and claims["28"].listing == "^HSI"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-16")
    assert verdicts["43"] == "accurate" and verdicts["28"] == "accurate"


def test_im_jahresvergleich_of_a_business_figure_stays_out_of_scope() -> None:
    text = (
        "Baidu\n\nDie Baidu-Aktie schloss am Donnerstag in Hongkong bei 117,80 HKD. Der Umsatz sank im "
        "Jahresvergleich um 4 Prozent auf 32,7 Milliarden Yuan."
    )
    claims = _claims(text, date(2025, 10, 16))
    assert claims["4"].kind == "financials" and not claims["4"].checkable


def test_im_jahresvergleich_of_an_economic_figure_is_no_share_move() -> None:
    # the rule needs a share's or index's move words after it ('zugelegt', 'an Wert verloren', 'höher')
    text = (
        "Alibaba\n\nDie Alibaba-Aktie schloss am Montag in Hongkong bei 160,00 HKD. Die Einzelhandelsumsätze stiegen "
        "im Jahresvergleich nur um 1,3 Prozent – so schwach wie seit drei Jahren nicht."
    )
    claims = _claims(text, date(2025, 12, 15))
    assert claims["1,3"].kind != "twelve_month_return" and not claims["1,3"].checkable
