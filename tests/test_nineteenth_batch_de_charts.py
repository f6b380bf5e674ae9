"""Rules added after trying the nineteenth batch of written German articles as an editor would (tests/golden/articles
de111..de115: a tagesschau.de 'Asiens Börsen' report in percent and weekdays, a Handelszeitung column on Nvidia in
dollars and euros with its record high, a DerStandard.at market report on Vienna, Frankfurt and Wall Street, a Spiegel
short on Baidu's fall in New York and Hong Kong the next day, a Capital column on Alibaba with a performance list in
euros, the gain since a low and the 200-day line in euros). Each sentence here is written for the test, not taken from
those articles. Before these rules: the gain since a dated low with its price ('Vom Zwischentief bei ... am 9. April
2025 ...') was read as the day's move (a true figure called wrong); a performance list's line with a sign word or a
hedge after its label ('- 3 Monate: minus 17 Prozent') lost its period; a 200-day line bracketed with its short name and
told in euros ('(GD 200) verläuft in Euro gerechnet bei') was read as a price, its distance as the day's move; the
Vienna index and a Vienna stock the tables did not know took the Nvidia move named before them; 'Umgerechnet kostet ...
rund 106 Euro' was judged as a German quote; 'Über die ganze Woche gerechnet' was read as the day's move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 21)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the gain since a dated low, with the low's price between ('Vom Zwischentief bei 95,73 Dollar am 9. April 2025') --


def test_the_gain_since_a_dated_low_with_its_price_is_a_since_return() -> None:
    for opening in ("Seit dem Zwischentief", "Vom Zwischentief", "Vom Tief", "Seit dem Verlaufstief"):
        claims = _claims(
            "Die Alibaba-ADRs beendeten den Freitag bei 122,41 Dollar. "
            f"{opening} bei 95,73 Dollar am 9. April 2025 hat das Papier inzwischen um knapp 28 Prozent zugelegt.",
            SATURDAY,
        )
        assert claims["28"].kind == "since_return", opening
        assert claims["28"].listing == "BABA", opening
        assert claims["28"].reference is not None and claims["28"].reference["start"] == "2025-04-09", opening


def test_the_gain_since_the_years_low_dated_after_its_price() -> None:
    claims = _claims(
        "Tencent schloss am Freitag in Hongkong bei 508 HKD. "
        "Vom Jahrestief bei 460 HKD am 7. April 2025 aus hat die Aktie gut 10 Prozent gewonnen.",
        SATURDAY,
    )
    assert claims["10"].kind == "since_return"
    assert claims["10"].reference is not None and claims["10"].reference["start"] == "2025-04-07"


def test_a_true_gain_since_a_dated_low_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-ADRs beendeten den Freitag in New York bei 122,41 Dollar. "
        "Seit dem Zwischentief bei 95,73 Dollar am 9. April 2025 hat das Papier um knapp 28 Prozent zugelegt.\n\n"
        "Vom Zwischentief bei 95,73 Dollar am 9. April 2025 gerechnet ergibt das sogar ein Plus von 35 Prozent."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["28"] == "accurate"  # 122.41 / 95.73 - 1 = +27.87 %
    assert verdicts["35"] == "wrong"


# --- a performance list's line with a sign word or a hedge after its label ('- 3 Monate: minus 17 Prozent') -----------


def test_a_list_line_with_a_sign_word_keeps_its_period() -> None:
    claims = _claims(
        "Die Alibaba-ADRs beendeten den Freitag bei 122,41 Dollar.\n\n"
        "Die Wertentwicklung im Überblick:\n"
        "- 1 Woche: minus 8,9 Prozent\n"
        "- 1 Monat: rund 20 Prozent im Minus\n"
        "- 6 Monate: plus 3 Prozent\n"
        "- 12 Monate: minus 10,6 Prozent",
        SATURDAY,
    )
    assert claims["8,9"].kind == "week_return"
    assert claims["20"].kind == "past_month_return"
    assert claims["3"].kind == "months_return"
    assert claims["10,6"].kind == "twelve_month_return"
    assert claims["10,6"].reference == {"start": "2025-03-20", "end": "2026-03-20"}


def test_a_list_line_with_a_sign_word_in_english() -> None:
    claims = _claims(
        "Alibaba's ADRs ended Friday at $122.41.\n\n"
        "How the stock has done:\n- 1 week: down 8.9%\n- 12 months: minus 10.6%",
        SATURDAY,
    )
    assert claims["8.9"].kind == "week_return"
    assert claims["10.6"].kind == "twelve_month_return"


def test_a_true_list_line_with_a_sign_word_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-ADRs beendeten den Freitag in New York bei 122,41 Dollar.\n\n"
        "Die Wertentwicklung im Überblick:\n- 1 Woche: minus 9,5 Prozent\n- 12 Monate: minus 10,6 Prozent"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["9,5"] == "accurate"  # 122.41 vs 2026-03-13 135.21: -9.47 %
    assert verdicts["10,6"] == "accurate"  # 122.41 vs 2025-03-20 136.91: -10.59 %


# --- a 200-day line bracketed with its short name and told in euros ('(GD 200) verläuft in Euro gerechnet bei') -------


def test_a_bracketed_line_told_in_euros_is_the_average_and_its_distance() -> None:
    claims = _claims(
        "Die Alibaba-ADRs beendeten den Freitag bei 122,41 Dollar. "
        "Der gleitende 200-Tage-Durchschnitt (GD 200) liegt in Euro gerechnet bei etwa 125 Euro, "
        "der Kurs notiert damit rund 15 Prozent darunter.",
        SATURDAY,
    )
    assert claims["125"].kind == "moving_average"
    assert claims["15"].kind == "moving_average_distance"
    assert claims["15"].direction == "down"


def test_a_bracketed_line_in_english_is_the_average() -> None:
    claims = _claims(
        "Alibaba's ADRs ended Friday at $122.41. The 200-day moving average (SMA 200) has now come in at roughly $146.",
        SATURDAY,
    )
    assert claims["146"].kind == "moving_average"


def test_a_true_line_in_euros_is_not_called_imprecise(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-ADRs beendeten den Freitag in New York bei 122,41 Dollar. "
        "Die 200-Tage-Linie (GD 200) verläuft in Euro gerechnet bei rund 125 Euro, "
        "die Aktie notiert damit rund 15 Prozent darunter."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["125"] == "accurate"  # SMA200 of BABA close / ECB EUR/USD: 125.11 EUR
    assert verdicts["15"] == "accurate"  # 105.94 / 125.11 - 1 = -15.3 %


# --- the Vienna index and a Vienna stock the tables did not know ------------------------------------------------------


def test_the_vienna_index_and_erste_group_are_subjects_of_their_own() -> None:
    claims = _claims(
        "Die Nvidia-Aktie verlor am Donnerstag 4,2 Prozent. In Wien gab der ATX um 0,8 Prozent auf 4.500,10 Punkte "
        "nach, die Titel der Erste Group büßten 1,9 Prozent ein.",
        date(2026, 3, 26),
    )
    assert claims["0,8"].kind == "index_move" and claims["0,8"].listing == "^ATX"
    assert claims["4.500,10"].kind == "index_level" and claims["4.500,10"].listing == "^ATX"
    assert claims["1,9"].listing == "EBS.VI"


def test_the_vienna_index_in_english() -> None:
    claims = _claims(
        "Nvidia lost 4.2% on Thursday. In Vienna, the ATX eased 0.8% to 4,500.10, while Erste Group shed 1.9%.",
        date(2026, 3, 26),
    )
    assert claims["0.8"].listing == "^ATX"
    assert claims["1.9"].listing == "EBS.VI"


def test_vienna_figures_after_nvidias_move_are_unverifiable(tmp_path: Path) -> None:
    text = (
        "Die Nvidia-Aktie verlor am Donnerstag in New York 4,2 Prozent. In Wien gab der ATX um 0,8 Prozent auf "
        "4.500,10 Punkte nach, die Titel der Erste Group büßten 1,9 Prozent ein."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["4,2"] == "accurate"
    assert verdicts["0,8"] == "unverifiable"
    assert verdicts["4.500,10"] == "unverifiable"
    assert verdicts["1,9"] == "unverifiable"


# --- a price the text converts with its verb after 'Umgerechnet' ------------------------------------------------------


def test_a_price_converted_with_its_verb_after_umgerechnet_is_a_conversion() -> None:
    for sentence in (
        "Umgerechnet kostet ein Anteilsschein damit rund 106 Euro.",
        "Umgerechnet sind das für Anleger aus Deutschland knapp 106 Euro je Aktie.",
    ):
        claims = _claims(f"Die Alibaba-ADRs beendeten den Freitag in New York bei 122,41 Dollar. {sentence}", SATURDAY)
        assert claims["106"].kind == "price_conversion", sentence
        assert not claims["106"].checkable, sentence


def test_a_price_converted_in_english() -> None:
    claims = _claims(
        "Alibaba's ADRs ended Friday in New York at $122.41. Converted into euros, each ADR costs about 106 euros.",
        SATURDAY,
    )
    assert claims["106"].kind == "price_conversion"


def test_a_euro_quote_of_a_german_venue_stays_a_quote() -> None:
    claims = _claims(
        "Die Alibaba-ADRs beendeten den Freitag in New York bei 122,41 Dollar. In Frankfurt kostete die Aktie "
        "zuletzt rund 106 Euro.",
        SATURDAY,
    )
    assert claims["106"].kind in ("last_price", "close") and claims["106"].checkable


# --- a week's move 'Über die ganze Woche gerechnet', a fall told as 'zurückgefallen' ---------------------------------


def test_the_whole_week_is_the_weeks_move() -> None:
    for sentence in (
        "Über die ganze Woche gerechnet verloren die Papiere knapp 3 Prozent.",
        "Auf die gesamte Handelswoche betrachtet steht ein Minus von knapp 3 Prozent.",
    ):
        claims = _claims(f"Alibaba schloss am Freitag in Hongkong 0,1 Prozent tiefer. {sentence}", date(2026, 2, 27))
        assert claims["3"].kind == "week_return", sentence
        assert claims["3"].reference == {"start": "2026-02-20", "end": "2026-02-27"}, sentence


def test_the_whole_week_in_english() -> None:
    claims = _claims(
        "Alibaba closed 0.1% lower in Hong Kong on Friday. Over the whole week, the shares lost almost 3%.",
        date(2026, 2, 27),
    )
    assert claims["3"].kind == "week_return"


def test_a_fall_told_as_zurueckgefallen_is_down() -> None:
    claims = _claims(
        "Am Montag hatte der Hang Seng 2,5 Prozent gewonnen, am Dienstag war er um 1,8 Prozent zurückgefallen.",
        date(2026, 2, 27),
    )
    assert claims["1,8"].direction == "down"


def test_a_true_whole_week_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Alibaba schloss am Freitag in Hongkong 0,1 Prozent tiefer. "
        "Über die ganze Woche gerechnet verloren die Papiere knapp 3 Prozent."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["3"] == "accurate"  # 142.90 vs 2026-02-20 147.10: -2.86 %


# --- a dateline with the month's name ('26. März 2026, 22:35') or a dotted clock ('24.09.2025, 10.30 Uhr') ------------


def test_a_dateline_with_the_months_name_gives_the_time_of_writing() -> None:
    from claimcheck.core.dates import publication_instant

    stamped = publication_instant("Börse\n\nChipwerte unter Druck\n\n26. März 2026, 22:35\n\nWien", date(2026, 3, 26))
    assert stamped is not None and (stamped.hour, stamped.minute) == (22, 35)
    assert stamped.utcoffset() is not None and stamped.utcoffset().total_seconds() == 3600  # Berlin, winter time
    dotted = publication_instant("Kurssturz\n\n24.09.2025, 10.30 Uhr\n\nNach", date(2025, 9, 24))
    assert dotted is not None and (dotted.hour, dotted.minute) == (10, 30)
    assert publication_instant("Kurssturz\n\n24.09.2025, 10.30\n\nNach", date(2025, 9, 24)) is None  # no 'Uhr'
    assert publication_instant("26. März 2026, 22:35", date(2026, 3, 25)) is None  # another day's stamp


# --- the open told after a finished session's close is that session's open --------------------------------------------


def test_the_open_after_a_finished_sessions_close_is_that_sessions(tmp_path: Path) -> None:
    text = (
        "Chipwerte unter Druck\n\n26. März 2026, 22:35\n\n"
        "Nvidia gaben am Donnerstag an der Nasdaq um 4,2 Prozent auf 171,24 Dollar nach. "
        "Eröffnet hatten die Papiere bei 177,10 Dollar, im Tief ging es bis auf 171,14 Dollar."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["171,24"] == "accurate"
    assert verdicts["177,10"] != "accurate"  # the open of 2026-03-26 was 176.07; 177.10 was the day before's
    assert verdicts["171,14"] == "accurate"


def test_the_open_after_a_finished_sessions_close_in_english(tmp_path: Path) -> None:
    text = (
        "Chip stocks slide\n\nMarch 26, 2026 6:10 p.m. ET\n\n"
        "Nvidia fell 4.2% to $171.24 on Thursday. The stock had opened at $177.10 and slid to a low of $171.14."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["171.24"] == "accurate"
    assert verdicts["177.10"] != "accurate"
    assert verdicts["171.14"] == "accurate"
