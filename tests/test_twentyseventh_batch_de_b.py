"""Rules added after trying the twenty-seventh batch of written German articles as an editor would, second set
(tests/golden/articles de179..de183: a WirtschaftsWoche weekly review of the Dax, the Nasdaq 100, Nvidia and Hong Kong,
a Stock3/GodmodeTrader chart analysis of Tencent, a Cash.ch/Finanz und Wirtschaft note in Swiss style on Hong Kong's
February, a 4investors note on Baidu's gap down, an ARD Börse evening wrap). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'hat die Woche mit einem Minus von ... beendet': the perfect of 'beendete die Woche' is the week's move ---------


def test_hat_die_woche_mit_einem_minus_beendet_is_the_weeks_move(tmp_path: Path) -> None:
    # ^HSI Friday 2026-03-27 close 24951.88; Friday 2026-03-20 25277.32: -1.29 % (the day: +0.38 % on 24856.43)
    text = (
        "Hongkong im Wochenrückblick\n\nDer Hang Seng hat die Woche mit einem Minus von 1,3 Prozent beendet. "
        "Am Freitag stand ein kleines Plus."
    )
    claims = _claims(text, date(2026, 3, 27))
    assert claims["1,3"].kind == "week_return" and claims["1,3"].listing == "^HSI"
    assert claims["1,3"].reference == {"start": "2026-03-20", "end": "2026-03-27"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-27")["1,3"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("1,3", "6,3"), "2026-03-27")["6,3"] == "wrong"


def test_hatte_die_handelswoche_mit_einem_verlust_abgeschlossen_too(tmp_path: Path) -> None:
    # NVDA Friday 2026-03-20 close 172.70; Friday 2026-03-13 180.25: -4.19 %
    text = "Die Nvidia-Aktie hat die Handelswoche mit einem Verlust von 4,2 Prozent abgeschlossen."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["4,2"].kind == "week_return" and claims["4,2"].listing == "NVDA"
    assert claims["4,2"].reference == {"start": "2026-03-13", "end": "2026-03-20"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["4,2"] == "accurate"


def test_a_week_told_without_its_end_verb_is_no_week_end() -> None:
    # 'hat die Woche mit einem Plus begonnen' tells the week's start: the Monday's move, not the week's
    text = "Der Dax hat die Woche mit einem Plus von 0,5 Prozent begonnen."
    claims = _claims(text, date(2026, 3, 16))
    assert claims["0,5"].kind != "week_return"


# --- a month named in a lead clause closed by a colon dates the moves listed after it ------------------------------


def test_a_month_before_a_colon_dates_the_moves_listed_after_it(tmp_path: Path) -> None:
    # February 2026: 0700.HK 518.0 (02-27) / 606.0 (01-30) = -14.52 %; 3690.HK 81.15 / 97.2 = -16.51 %
    # (the day 2026-02-27: +1.17 % and +0.87 %)
    text = (
        "Hongkongs Internetwerte im Rückblick\n\nDie großen Plattformkonzerne mussten im Februar insgesamt "
        "deutlich Federn lassen: Tencent verbilligten sich um 14,5 Prozent, Meituan um knapp 17 Prozent."
    )
    claims = _claims(text, date(2026, 2, 27))
    for quote, listing in (("14,5", "0700.HK"), ("17", "3690.HK")):
        assert claims[quote].kind == "month_return" and claims[quote].listing == listing
        assert claims[quote].reference == {"start": "2026-02-01", "end": "2026-02-27"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["14,5"] == "accurate" and verdicts["17"] == "accurate"


def test_a_month_before_a_colon_in_english_too() -> None:
    text = "In February, China's internet giants had a rough ride overall: Tencent lost 14.5%, Meituan nearly 17%."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["14.5"].kind == "month_return" and claims["14.5"].listing == "0700.HK"
    assert claims["17"].kind == "month_return" and claims["17"].reference == {
        "start": "2026-02-01",
        "end": "2026-02-27",
    }


def test_a_month_after_the_colon_is_no_lead_clause() -> None:
    # the colon after the moves: the day's move of Friday stays the day's
    text = "Tencent stieg am Freitag um 1,2 Prozent. Das Fazit für Februar lautet trotzdem: schwach."
    claims = _claims(text, date(2026, 2, 27))
    assert claims["1,2"].kind == "day_change"


# --- a week's candle ('Wochenkerze', 'weekly candle') is the week's move, not the session's ---------------------------


def test_wochenkerze_is_the_weeks_move(tmp_path: Path) -> None:
    # Monday 2026-03-23: 0700.HK last week 508.0 (2026-03-20) / 547.5 (2026-03-13) - 1 = -7.21 %; Monday's own move
    # 498.4 / 508.0 = -1.89 %
    text = (
        "Tencent im Chartcheck\n\nDie Wochenkerze der abgelaufenen Handelswoche ging bei der Tencent-Aktie mit einem "
        "Abschlag von 7,2 Prozent aus dem Handel."
    )
    claims = _claims(text, date(2026, 3, 23))
    assert claims["7,2"].kind == "week_return" and claims["7,2"].listing == "0700.HK"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-23")
    assert verdicts["7,2"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("7,2", "17,2"), "2026-03-23")["17,2"] != "accurate"


def test_weekly_candle_in_english_too() -> None:
    text = "Meituan's weekly candle closed with a gain of 4.2% in Hong Kong."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["4.2"].kind == "week_return" and claims["4.2"].listing == "3690.HK"


# --- a stock's price reached 'bis auf' with a falling verb is the day's low, whatever the intraday word --------------


def test_in_der_spitze_bis_auf_with_a_falling_verb_is_the_days_low(tmp_path: Path) -> None:
    # 3690.HK Friday 2026-03-20: high 82.65, low 78.15, close 79.15
    text = (
        "Meituan schwankt kräftig\n\nDie Meituan-Aktie kletterte am Freitag in Hongkong zunächst auf 82,65 HKD "
        "und sackte dann in der Spitze bis auf 78,15 HKD ab."
    )
    claims = _claims(text, date(2026, 3, 20))
    assert claims["78,15"].kind == "day_low" and claims["78,15"].listing == "3690.HK"
    assert claims["78,15"].reference == {"date": "2026-03-20"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["78,15"] == "accurate"


def test_im_tagesverlauf_fiel_bis_auf_is_the_days_low_not_any_price_of_the_range(tmp_path: Path) -> None:
    # NVDA Friday 2026-03-20: low 171.72, high 178.26; 173.50 lies inside the range but is not the low
    text = "Die Nvidia-Aktie fiel am Freitag an der Nasdaq im Tagesverlauf bis auf 171,72 Dollar."
    claims = _claims(text, date(2026, 3, 20))
    assert claims["171,72"].kind == "day_low" and claims["171,72"].listing == "NVDA"
    assert verdicts_by_quote(tmp_path, text, "2026-03-20")["171,72"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("171,72", "173,50"), "2026-03-20")["173,50"] == "wrong"


def test_a_rising_verb_keeps_the_high_and_english_as_low_as_stays_the_low() -> None:
    rising = "Die Nvidia-Aktie kletterte am Freitag an der Nasdaq zeitweise bis auf 178,26 Dollar."
    assert _claims(rising, date(2026, 3, 20))["178,26"].kind == "day_high"
    english = "Nvidia shares fell as low as $171.72 on Friday before paring losses."
    assert _claims(english, date(2026, 3, 20))["171.72"].kind == "day_low"


# --- an opening word does not reach into a clause of an earlier event ('eröffnete bei ..., nachdem ...') -------------


def test_eroeffnete_bei_nachdem_clause_move_is_the_earlier_sessions(tmp_path: Path) -> None:
    # 0700.HK Tuesday 2026-03-24 open 508.0; Monday 2026-03-23 498.4 / 508.0 (Friday) - 1 = -1.89 %
    # (the opening move on Tuesday: 508.0 / 498.4 - 1 = +1.93 %)
    text = (
        "Tencent mit Gegenbewegung\n\nDie Tencent-Aktie ist am Dienstag in Hongkong fester in den Handel gestartet. "
        "Das Papier eröffnete bei 508,00 HKD, nachdem es am Montag 1,9 Prozent verloren hatte."
    )
    claims = _claims(text, date(2026, 3, 24))
    assert claims["508,00"].kind == "open_price" and claims["508,00"].reference == {"date": "2026-03-24"}
    assert claims["1,9"].kind == "day_change" and claims["1,9"].reference == {"date": "2026-03-23"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts["508,00"] == "accurate" and verdicts["1,9"] == "accurate"


def test_opened_at_after_losing_in_english_too() -> None:
    text = "Tencent opened at HK$508 in Hong Kong on Tuesday, after losing 1.9% on Monday."
    claims = _claims(text, date(2026, 3, 24))
    assert claims["1.9"].kind == "day_change" and claims["1.9"].reference == {"date": "2026-03-23"}


# --- a week told of a mid-week session may be the week so far (from the last close of the week before) --------------


def test_auf_wochensicht_on_a_tuesday_may_be_the_week_so_far(tmp_path: Path) -> None:
    # ^NDX Tuesday 2026-03-17 close 24780.42; Friday 2026-03-13 24380.73: +1.64 % (five sessions back, 2026-03-10
    # 24956.47: -0.71 %)
    text = (
        "Wall Street erholt\n\nDer Nasdaq 100 schloss am Dienstag 0,5 Prozent höher. "
        "Auf Wochensicht liegt der Technologieindex damit 1,6 Prozent im Plus."
    )
    claims = _claims(text, date(2026, 3, 17))
    assert claims["1,6"].kind == "week_return" and claims["1,6"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-17")
    assert verdicts["1,6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("1,6", "4,6"), "2026-03-17")["4,6"] == "wrong"


def test_for_the_week_on_a_wednesday_in_english_too(tmp_path: Path) -> None:
    # NVDA Wednesday 2026-03-18 close 180.40; Friday 2026-03-13 180.25: +0.08 %; five sessions back (2026-03-11,
    # 186.03): -3.03 %
    text = "Nvidia closed at $180.40 on Wednesday and is up 0.1% for the week."
    assert verdicts_by_quote(tmp_path, text, "2026-03-18")["0.1"] == "accurate"


def test_five_sessions_named_keep_their_count(tmp_path: Path) -> None:
    # 'in den vergangenen fünf Handelstagen' counts sessions: the week so far (+1.64 %) is no reading of it
    text = "Der Nasdaq 100 hat in den vergangenen fünf Handelstagen 1,6 Prozent gewonnen."
    assert verdicts_by_quote(tmp_path, text, "2026-03-17")["1,6"] != "accurate"


def test_innerhalb_einer_woche_is_a_span_of_seven_days_not_the_week_so_far(tmp_path: Path) -> None:
    # NVDA Thursday 2026-03-19 close 178.56; Friday 2026-03-13 180.25: -0.94 % (the week so far); five sessions back
    # (2026-03-12, 183.14): -2.50 %
    span = "Die Nvidia-Aktie schloss am Donnerstag bei 178,56 Dollar, innerhalb einer Woche ein Minus von 0,9 Prozent."
    assert _claims(span, date(2026, 3, 19))["0,9"].week_span
    assert verdicts_by_quote(tmp_path, span, "2026-03-19")["0,9"] != "accurate"
    week = "Die Nvidia-Aktie schloss am Donnerstag bei 178,56 Dollar, auf Wochensicht ein Minus von 0,9 Prozent."
    assert verdicts_by_quote(tmp_path, week, "2026-03-19")["0,9"] == "accurate"
    english = "Nvidia closed at $178.56 on Thursday, down 0.9% within a week."
    assert verdicts_by_quote(tmp_path, english, "2026-03-19")["0.9"] != "accurate"


# --- a trader's expected range and a trading idea's 'Long Chance:' / 'Short Chance:' levels are forecasts -----------


def test_an_expected_range_is_a_forecast_not_the_days_range(tmp_path: Path) -> None:
    # ^HSI Friday 2026-02-27: low 26375.70, high 26701.50, close 26630.54
    text = (
        "Hang Seng legt zu\n\nDer Hang Seng schloss am Freitag bei 26.631 Punkten. Für die neue Woche rechnen "
        "Strategen mit einer Handelsspanne von 26.100 bis 27.300 Punkten."
    )
    claims = _claims(text, date(2026, 2, 27))
    assert claims["26.100"].kind == "level_forecast" and claims["27.300"].kind == "level_forecast"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-27")
    assert verdicts["26.631"] == "accurate"
    assert verdicts["26.100"] == "out_of_scope" and verdicts["27.300"] == "out_of_scope"
    english = (
        "The Hang Seng closed at 26,631 on Friday. Strategists expect a trading range of 26,100 to 27,300 next week."
    )
    assert _claims(english, date(2026, 2, 27))["26,100"].kind == "level_forecast"


def test_long_and_short_chance_labels_are_trading_ideas(tmp_path: Path) -> None:
    text = (
        "Meituan-Aktie: Chartcheck\n\nDie Meituan-Aktie schloss am Freitag in Hongkong bei 79,15 HKD.\n\n"
        "Long Chance: über 82,65 HKD mit Ziel bei 89,00 HKD.\n\nShort Chance: unter 76,50 HKD mit Ziel bei 73,60 HKD."
    )
    claims = _claims(text, date(2026, 3, 20))
    assert claims["82,65"].kind == "level_forecast" and claims["76,50"].kind == "level_forecast"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["79,15"] == "accurate"
    assert verdicts["82,65"] == "out_of_scope" and verdicts["76,50"] == "out_of_scope"
