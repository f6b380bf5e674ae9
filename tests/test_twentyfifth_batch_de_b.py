"""Rules added after trying the twenty-fifth batch of written German articles (second set) as an editor would
(tests/golden/articles de159..de163: a Handelsblatt 'Dax aktuell' evening ticker with the Nasdaq 100, Nvidia and
Alibaba in Frankfurt, a Börse Online piece on Baidu after its results, an ariva 'Hot Stock' note on Nvidia's record
high, a German Reuters 'Hongkonger Börse schließt' report, a direct bank's five-year review of Alibaba). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import check_text, claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'über dem Mittwochsschluss': a weekday's close in one word after a comparison is the base, not the day ----------


def test_a_weekday_close_compound_after_ueber_dates_the_base_only(tmp_path: Path) -> None:
    # NVDA 2026-03-16 (Monday): open 182.97; Friday 2026-03-13 close 180.25 (+1.51 %), open 184.92
    text = (
        "Nvidia legte am Montag an der Nasdaq zu. Die Aktie eröffnete mit 182,97 Dollar 1,5 Prozent über dem "
        "Freitagsschluss."
    )
    claims = _claims(text, date(2026, 3, 17))
    assert claims["182,97"].kind == "open_price" and claims["182,97"].reference == {"date": "2026-03-16"}
    assert claims["1,5"].kind == "open_move" and claims["1,5"].reference == {"date": "2026-03-16"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-17")
    assert verdicts["182,97"] == "accurate" and verdicts["1,5"] == "accurate"


def test_a_weekday_close_compound_after_unter_dem_dates_the_base_only(tmp_path: Path) -> None:
    # 0700.HK 2026-03-19 (Thursday): open 528.00; Wednesday 2026-03-18 close 550.50 (-4.09 %), open 546.50
    text = "Tencent eröffnete am Donnerstag in Hongkong bei 528,00 HKD, gut 4 Prozent unter dem Mittwochsschluss."
    claims = _claims(text, date(2026, 3, 19))
    assert claims["528,00"].reference == {"date": "2026-03-19"} and claims["528,00"].listing == "0700.HK"
    assert claims["4"].reference == {"date": "2026-03-19"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-19")
    assert verdicts["528,00"] == "accurate" and verdicts["4"] == "accurate"


def test_an_english_weekday_close_after_above_stays_the_base() -> None:
    # the English wording the German compound now reads like
    claims = _claims("Nvidia opened on Monday at $182.97, 1.5% above Friday's close.", date(2026, 3, 17))
    assert claims["182.97"].reference == {"date": "2026-03-16"} and claims["1.5"].reference == {"date": "2026-03-16"}


def test_a_weekday_close_compound_as_the_subject_still_dates_its_numbers() -> None:
    # no comparison before it: 'Der Freitagsschluss lag bei ...' names the session the number is of
    claims = _claims("Nvidia: Der Freitagsschluss lag bei 180,25 Dollar.", date(2026, 3, 17))
    assert claims["180,25"].reference == {"date": "2026-03-13"}


# --- '10.10.25 08:31': a German portal's stamp with a two-digit year gives the time of writing ------------------------


def test_a_two_digit_year_stamp_is_the_time_of_writing() -> None:
    from claimcheck.core.dates import publication_instant

    instant = publication_instant("Nvidia-Aktie: Neues Hoch\n\n13.03.26 08:15 | ariva.de\n", date(2026, 3, 13))
    assert instant is not None and (instant.hour, instant.minute) == (8, 15)
    assert instant.utcoffset() is not None and instant.utcoffset().total_seconds() == 3600  # Berlin, CET
    # a stamp of another day is not the publication's
    assert publication_instant("12.03.26 08:15 | ariva.de", date(2026, 3, 13)) is None


def test_a_chart_figure_in_a_morning_note_stamped_with_a_two_digit_year_is_of_the_last_close(tmp_path: Path) -> None:
    # NVDA: close 2026-03-12 183.14 vs its 200-day simple average 177.17: +3.37 %; 2026-03-13 (not yet traded at 08:15
    # in Frankfurt) 180.25 vs 177.39: +1.61 %
    text = (
        "Nvidia-Aktie: Chipwerte gefragt\n\n13.03.26 08:15 | ariva.de\n\n"
        "Die Nvidia-Aktie notiert 3,4 Prozent über ihrer 200-Tage-Linie."
    )
    (claim,) = (c for c in check_text(tmp_path, text, "2026-03-13")["articles"][0]["claims"] if c["quote"] == "3,4")
    assert claim["kind"] == "moving_average_distance" and claim["reference"] == {"date": "2026-03-12"}
    assert claim["verdict"] == "accurate"


# --- 'Alle Kurse: Schlusskurse vom 11. März 2026': a magazine's stated close, with its colon -------------------------


def test_kursangaben_schlusskurse_vom_states_the_close_the_figures_are_as_of(tmp_path: Path) -> None:
    # BABA: close 2025-03-19 143.20 (a year before the stated 2026-03-19); 2025-03-20 136.91 (range 136.37..138.99);
    # close 2026-03-19 124.90
    text = (
        "Alibaba im Langzeitcheck\n\nAnlegermagazin | Kursangaben: Schlusskurse vom 19. März 2026\n\n"
        "Vor einem Jahr kostete ein Alibaba-ADR an der Wall Street 143,20 Dollar. Heute sind es 124,90 Dollar."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["143,20"] == "accurate" and verdicts["124,90"] == "accurate"
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-20")["articles"][0]["claims"]}
    assert claims["143,20"]["reference"] == {"date": "2025-03-19"}


def test_a_list_of_closing_prices_in_the_body_states_no_close_of_the_text() -> None:
    # no colon after 'Kurse': 'Die Kurse vom Freitag' in a sentence is no stated close of the text's figures
    from claimcheck.core.extract import _STATED_AS_OF

    assert _STATED_AS_OF.search("Alle Kurse: Schlusskurse vom 11. März 2026") is not None
    assert _STATED_AS_OF.search("Kursangaben: 11.03.2026") is not None
    assert _STATED_AS_OF.search("Die Kurse vom Freitag zeigen ein gemischtes Bild.") is None


# --- 'in Euro gerechnet sind es ...': the currency another clause restates its figure in is no venue of this one -----


def test_a_currency_restated_in_the_next_clause_leaves_the_venue_in_play(tmp_path: Path) -> None:
    # NVDA: close 2026-03-20 172.70 vs 2025-12-31 186.50: -7.40 %; in euros (ECB 1.1555, 1.1750) 149.46 vs 158.72:
    # -5.84 %
    text = (
        "Nvidia schloss am Freitag an der Nasdaq bei 172,70 Dollar. Seit Jahresbeginn steht ein Minus von 7,4 "
        "Prozent, in Euro gerechnet sind es knapp 6 Prozent."
    )
    claims = _claims(text, date(2026, 3, 23))
    assert claims["7,4"].listing == "NVDA" and claims["6"].listing == "NVD.F"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-23")
    assert verdicts["7,4"] == "accurate" and verdicts["6"] == "accurate"


def test_a_currency_restated_in_english_leaves_the_venue_in_play() -> None:
    text = "Nvidia closed on Friday at $172.70 on the Nasdaq. It is down 7.4% this year, in euro terms almost 6%."
    claims = _claims(text, date(2026, 3, 23))
    assert claims["7.4"].listing == "NVDA"


def test_a_price_in_euros_after_a_comma_still_names_its_venue() -> None:
    # 'auf 149,50 Euro' is the price's unit, not a restatement: the move before it stays in euros
    claims = _claims(
        "Nvidia an der Nasdaq schwach. Die Aktie gab 1,2 Prozent nach, auf 149,50 Euro.", date(2026, 3, 23)
    )
    assert claims["149,50"].listing == "NVD.F"


# --- 'Relative Stärke (RSI, 14 Tage): 43': the RSI named in words before its bracketed abbreviation ------------------


def test_relative_staerke_before_its_bracketed_abbreviation_is_the_rsi(tmp_path: Path) -> None:
    # BABA: RSI(14) to 2026-03-11, Wilder 33.3 (simple averages 21.9)
    text = "Alibaba an der Wall Street, Schlusskurse vom Mittwoch. Charttechnik:\n- Relative Stärke (RSI, 14 Tage): 33"
    claims = _claims(text, date(2026, 3, 12))
    assert claims["33"].kind == "rsi" and claims["33"].listing == "BABA" and "14" not in claims
    wrong = text.replace(": 33", ": 45")
    assert verdicts_by_quote(tmp_path, wrong, "2026-03-12")["45"] == "wrong"


def test_relative_staerke_index_in_words_is_the_rsi_but_levys_relative_strength_is_not() -> None:
    claims = _claims("Alibaba in New York. Der Relative Stärke Index (RSI) liegt bei 33.", date(2026, 3, 12))
    assert claims["33"].kind == "rsi"
    english = _claims("Alibaba in New York. Relative Strength Index (RSI, 14 days): 33", date(2026, 3, 12))
    assert english["33"].kind == "rsi"
    levy = _claims("Alibaba in New York. Die Relative Stärke nach Levy liegt bei 1,05.", date(2026, 3, 12))
    assert "1,05" not in levy or levy["1,05"].kind != "rsi"


def test_a_currency_heading_the_sentence_still_names_its_venue() -> None:
    # 'In Euro gerechnet, ...' before the number is the number's own currency, not a later clause's restatement
    claims = _claims(
        "Nvidia schloss am Freitag an der Nasdaq bei 172,70 Dollar. In Euro gerechnet, verlor das Papier seit "
        "Jahresbeginn knapp 6 Prozent.",
        date(2026, 3, 23),
    )
    assert claims["6"].listing == "NVD.F"
