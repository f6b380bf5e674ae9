"""Rules added after trying the thirty-ninth German batch of written articles as an editor would
(tests/golden/articles de235: a Handelsblatt-style market piece of 13 June 2025 on Hong Kong tech, Alibaba, Tencent and
Meituan; de236: an onvista-style chart note of 16 December 2025 on Nvidia with its moving averages, support and
resistance; de237: a wallstreet-online-style live ticker of 18 March 2025 on Baidu and Alibaba). Each sentence here is
written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2025, 6, 13)

# --- a move set against a weekday: 'Gegenüber Montag ...', 'Compared with Monday, ...' -------------------------------


def test_a_move_against_a_weekday_runs_from_that_days_close(tmp_path: Path) -> None:
    # 0700.HK: close Monday 2025-06-09 518.00, close Friday 2025-06-13 510.00: 510.00 / 518.00 - 1 = -1.54 %.
    # Before, 'Gegenüber Montag' made the percentage Monday's own move (or the coming Monday's), called wrong
    for sentence in (
        "Gegenüber Montag liegt die Tencent-Aktie damit 1,5 Prozent tiefer.",
        "Verglichen mit Montag beträgt der Abschlag der Tencent-Aktie in Hongkong 1,5 Prozent.",
        "Gegenüber dem Schlusskurs vom Montag hat die Tencent-Aktie in Hongkong 1,5 Prozent eingebüßt.",
    ):
        text = f"Die Tencent-Aktie schloss am Freitag in Hongkong bei 510 HKD. {sentence}"
        claim = claims_by_quote(text, FRIDAY)["1,5"]
        assert claim.kind == "since_return" and claim.listing == "0700.HK", sentence
        assert claim.reference == {"start": "2025-06-09", "end": "2025-06-13"}, sentence
        assert verdicts_by_quote(tmp_path, text, "2025-06-13")["1,5"] == "accurate", sentence
        altered = text.replace("1,5 Prozent", "8,5 Prozent")  # -8.5 % against -1.54 %
        assert verdicts_by_quote(tmp_path, altered, "2025-06-13")["8,5"] == "wrong", sentence


def test_a_move_against_a_weekday_in_english(tmp_path: Path) -> None:
    # ^HSI: close Monday 2025-06-09 24181.43, close Friday 2025-06-13 23892.56: 23892.56 / 24181.43 - 1 = -1.19 %
    for sentence in (
        "Compared with Monday, the index is down 1.2%.",
        "Versus Monday, the Hang Seng has lost 1.2%.",
    ):
        text = f"The Hang Seng closed at 23,892.56 on Friday. {sentence}"
        claim = claims_by_quote(text, FRIDAY)["1.2"]
        assert claim.kind == "since_return" and claim.listing == "^HSI", sentence
        assert claim.reference == {"start": "2025-06-09", "end": "2025-06-13"}, sentence
        assert verdicts_by_quote(tmp_path, text, "2025-06-13")["1.2"] == "accurate", sentence
        altered = text.replace("1.2%", "3.2%")
        assert verdicts_by_quote(tmp_path, altered, "2025-06-13")["3.2"] == "wrong", sentence


def test_the_day_before_after_a_comparison_is_the_base_not_the_session(tmp_path: Path) -> None:
    # 3690.HK close 2025-06-13 138.20 / 141.00 (2025-06-12) - 1 = -1.99 %. Before, 'gegenüber dem Vortag' ahead of the
    # number dated the move and the close to Thursday (close 141.00): the true close was called wrong
    for text, move, price in (
        ("Die Meituan-Aktie verlor am Freitag gegenüber dem Vortag 2,0 Prozent auf 138,20 HKD.", "2,0", "138,20"),
        ("Compared with the previous day, Meituan fell 2.0% to HK$138.20 on Friday.", "2.0", "138.20"),
    ):
        claims = claims_by_quote(text, FRIDAY)
        assert claims[move].kind == "day_change" and claims[move].reference == {"date": "2025-06-13"}, text
        assert claims[price].reference == {"date": "2025-06-13"}, text
        verdicts = verdicts_by_quote(tmp_path, text, "2025-06-13")
        assert verdicts[move] == "accurate" and verdicts[price] == "accurate", text
        altered = text.replace(price, price.replace("138", "131"))  # 131.20 lies below the day's low 136.00
        assert verdicts_by_quote(tmp_path, altered, "2025-06-13")[price.replace("138", "131")] == "wrong", text


# --- a chart zone 'rückt in den Blick': a level to watch, not a price -----------------------------------------------


def test_a_zone_coming_into_view_is_a_chart_level(tmp_path: Path) -> None:
    # NVDA closed 2025-12-15 at 176.29 (low 175.03): 'die Zone um 150 Dollar' is an assessment; before, it was read as
    # the last price and called wrong
    for sentence, figure in (
        ("Fällt diese Marke, rückt die Zone um 150 Dollar in den Blick.", "150"),
        ("Darunter gerät die Marke von 150 Dollar ins Visier.", "150"),
        ("A break lower would bring the area around $150 into view.", "150"),
        ("Below that, the $150 area comes into focus.", "150"),
    ):
        text = f"Nvidia schloss am Montag bei 176,29 Dollar. {sentence}"
        claim = claims_by_quote(text, date(2025, 12, 16))[figure]
        assert claim.kind == "level_forecast" and not claim.checkable, sentence
        assert verdicts_by_quote(tmp_path, text, "2025-12-16")[figure] == "out_of_scope", sentence


# --- 'Die 50-Tage-Linie verläuft bei X Dollar und damit rund Y Prozent über dem aktuellen Kurs' ---------------------


def test_an_average_told_with_its_level_and_distance_is_a_distance(tmp_path: Path) -> None:
    # NVDA simple 50-day average of closes up to 2025-12-15: 186.62; close 176.29: 176.29 / 186.62 - 1 = -5.53 %.
    # Before, 'über dem aktuellen Kurs' right after the number made it an analyst's target (out of scope, missed)
    text = (
        "Die Nvidia-Aktie schloss am Montag bei 176,29 Dollar. Die 50-Tage-Linie verläuft derzeit bei 186,62 Dollar "
        "und damit rund 5,5 Prozent über dem aktuellen Kurs."
    )
    claims = claims_by_quote(text, date(2025, 12, 16))
    assert claims["5,5"].kind == "moving_average_distance" and claims["5,5"].listing == "NVDA"
    assert claims["5,5"].direction == "down"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-12-16")
    assert verdicts["5,5"] == "accurate" and verdicts["186,62"] == "accurate"
    altered = text.replace("5,5 Prozent", "9,5 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2025-12-16")["9,5"] == "wrong"


def test_an_average_told_with_its_level_and_distance_in_english(tmp_path: Path) -> None:
    # the same figures: 176.29 / 186.62 - 1 = -5.53 %
    text = (
        "Nvidia closed at $176.29 on Monday. The 50-day moving average currently sits at $186.62 and thus roughly "
        "5.5% above the current stock price."
    )
    claims = claims_by_quote(text, date(2025, 12, 16))
    assert claims["5.5"].kind == "moving_average_distance" and claims["5.5"].direction == "down"
    assert verdicts_by_quote(tmp_path, text, "2025-12-16")["5.5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5.5%", "9.5%"), "2025-12-16")["9.5"] == "wrong"


def test_a_target_above_the_current_price_stays_a_target() -> None:
    claims = claims_by_quote(
        "Die Nvidia-Aktie schloss am Montag bei 176,29 Dollar. Das Kursziel der Bank liegt bei 250 Dollar und damit "
        "rund 42 Prozent über dem aktuellen Kurs.",
        date(2025, 12, 16),
    )
    assert claims["42"].kind == "analyst_target" and not claims["42"].checkable


# --- 'im Vergleich zum Wochenbeginn', 'compared with the start of the week': the week so far ------------------------


def test_a_move_against_the_start_of_the_week_is_the_week_so_far(tmp_path: Path) -> None:
    # 9888.HK close Tuesday 2025-03-18 103.30, close Friday 2025-03-14 91.65: 103.30 / 91.65 - 1 = +12.71 %. Before,
    # 'im Vergleich zum Wochenbeginn' made it Monday's own move (92.05 / 91.65 - 1 = +0.44 %): a true figure called
    # wrong
    for text, figure in (
        ("Die Baidu-Aktie hat sich in Hongkong im Vergleich zum Wochenbeginn um 12,7 Prozent verteuert.", "12,7"),
        ("Baidu's Hong Kong shares have gained 12.7% compared with the start of the week.", "12.7"),
    ):
        claim = claims_by_quote(text, date(2025, 3, 18))[figure]
        assert claim.kind == "week_to_date_return" and claim.listing == "9888.HK", text
        assert claim.reference == {"start": "2025-03-17", "end": "2025-03-18"}, text
        assert verdicts_by_quote(tmp_path, text, "2025-03-18")[figure] == "accurate", text
        altered = text.replace(figure, figure.replace("12", "20"))
        assert verdicts_by_quote(tmp_path, altered, "2025-03-18")[figure.replace("12", "20")] == "wrong", text


# --- the width of a day's range: 'Zwischen Tageshoch und Tagestief lagen fünf HKD', 'swung in a range of HK$5' -------


def test_the_width_of_a_days_range_is_no_price(tmp_path: Path) -> None:
    # 9888.HK 2025-03-18: high 103.60, low 98.60, a range of 5.00 HKD; before, the width was read as a price (a day's
    # low or the last price) and called wrong. No kind measures a range's width: out of scope, never wrong
    for text, figure in (
        ("Zwischen Tageshoch und Tagestief lagen bei Baidu in Hongkong fünf HKD.", "fünf"),
        ("Die Handelsspanne der Baidu-Aktie betrug in Hongkong fünf HKD.", "fünf"),
        ("Baidu's shares swung in a range of HK$5 in Hong Kong on Tuesday.", "5"),
    ):
        claim = claims_by_quote(text, date(2025, 3, 18))[figure]
        assert claim.kind == "amount" and not claim.checkable, text
        assert verdicts_by_quote(tmp_path, text, "2025-03-18")[figure] == "out_of_scope", text


def test_a_range_told_by_its_ends_keeps_its_low_and_high(tmp_path: Path) -> None:
    # the same session's low 98.60 and high 103.60; a low altered to 95.60 lies below the day's low
    text = "Baidu's shares traded in a range of HK$98.60 to HK$103.60 in Hong Kong on Tuesday."
    claims = claims_by_quote(text, date(2025, 3, 18))
    assert claims["98.60"].kind == "day_low" and claims["103.60"].kind == "day_high"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-03-18")
    assert verdicts["98.60"] == "accurate" and verdicts["103.60"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("98.60", "95.60"), "2025-03-18")["95.60"] == "wrong"
