"""Rules added after trying the twelfth batch of written articles as an editor would (tests/golden/articles
de74..de79: a finanzen.net 'Aktie im Plus' note, a wallstreet-online 'Trading-Idee', a Euro am Sonntag 'Depot-Check', a
tagesschau.de market report led by the DAX, a Hang Seng report with a price table and picture captions, a Tencent FAQ).
Each sentence here is written for the test, not taken from those articles. Before these rules: a holder's gain since the
IPO ('Wer beim Börsengang ... zum Zug kam, hat sein Geld mehr als verdoppelt') and a loss since a high of a part of a
month ('Seit dem Hoch Anfang Oktober bei 192,67 Dollar ... 18 Prozent eingebüßt') were day's moves (true figures called
wrong); of two weekdays a sentence reports ('am Freitag die Wall Street und am Montag die Börsen in Asien') the first
was carried to the next sentences; an index level with its decimals cut off ('25.787' for 25,787.66) was imprecise; 'In
den Handel war sie bei 121,00 HKD gestartet' was a price anywhere in the day's range; a sentence naming no subject with
a level in points ('Am Ende stand ein Plus von 0,6 Prozent auf 25.405 Punkte') went to a stock named later in the text,
an index's moving average in points was a count and a price told before 'über ihrer 50-Tage-Linie' that average; a stock
named after an index's move kept the venue of a sentence before; a trading idea's entry level, a reader's purchase price
and the word 'ein' of 'kostete ein Euro 1,16 Dollar' were judged as prices."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import Claim
from tests.helpers import check_text, claims_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


def _verdicts(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, Any]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


# --- a return since an IPO or since a high of part of a month -------------------------------------------------------

_SINCE_PAST = (
    "Die Baidu-ADRs schlossen am Mittwoch bei 117,03 US-Dollar. Anleger, die beim Börsengang 2005 gezeichnet haben,"
    " haben ihr Geld mehr als verdreifacht. Seit dem Hoch Anfang Oktober bei 131,50 US-Dollar haben die Papiere"
    " allerdings rund 11 Prozent verloren."
)


def test_a_holders_gain_since_the_ipo_and_a_loss_since_a_months_high_are_since_returns() -> None:
    claims = _claims(_SINCE_PAST, date(2025, 10, 23))
    assert claims["verdreifacht"].kind == "since_return" and claims["verdreifacht"].direction == "up"
    assert claims["11"].kind == "since_return" and claims["11"].direction == "down"
    assert claims["131,50"].kind != "since_return"  # the high's level is no return


def test_a_return_whose_base_lies_outside_the_quotes_is_a_gap_never_wrong(tmp_path: Path) -> None:
    claims = _verdicts(tmp_path, _SINCE_PAST, "2025-10-23")
    assert claims["verdreifacht"]["verdict"] == "unverifiable"
    assert claims["11"]["verdict"] == "unverifiable"
    assert claims["117,03"]["verdict"] == "accurate"


# --- of two weekdays a sentence reports, the later one goes on --------------------------------------------------------

_TWO_WEEKDAYS = (
    "Warum gab der Markt nach?\n"
    "Schwache Vorgaben belasteten am Dienstag die Wall Street und am Mittwoch die Börsen in Asien."
    " Der Hang Seng gab 0,9 Prozent nach. Alibaba verlor 1,9 Prozent."
)


def test_the_later_of_two_weekdays_a_sentence_reports_dates_the_sentences_after_it() -> None:
    claims = _claims(_TWO_WEEKDAYS, date(2025, 10, 22))
    assert claims["0,9"].listing == "^HSI" and claims["0,9"].reference == {"date": "2025-10-22"}
    # the market an index was just reported for is the venue in play: Hong Kong, not the Wall Street named before
    assert claims["1,9"].listing == "9988.HK" and claims["1,9"].reference == {"date": "2025-10-22"}


def test_moves_of_the_later_weekday_are_accurate(tmp_path: Path) -> None:
    # ^HSI 2025-10-22 -0.944 % (Tuesday +0.652 %); 9988.HK -1.938 %
    claims = _verdicts(tmp_path, _TWO_WEEKDAYS, "2025-10-22")
    assert claims["0,9"]["verdict"] == "accurate" and claims["1,9"]["verdict"] == "accurate"


def test_one_weekday_in_a_sentence_still_dates_it() -> None:
    claims = _claims("Am Dienstag belastete die Wall Street. Der Nasdaq 100 gewann 0,1 Prozent.", date(2025, 10, 22))
    assert claims["0,1"].reference == {"date": "2025-10-21"}


# --- an index level in whole points, an index named before a sentence without a subject ------------------------------

_DAX_LEAD = (
    "Marktbericht: Der Nasdaq 100 gibt nach\n\n"
    "Der Nasdaq 100 hat am Mittwoch nachgegeben. Am Ende stand ein Minus von 1,0 Prozent auf 24.879 Punkte."
    " Die 200-Tage-Linie des Hang Seng verläuft bei rund 23.630 Punkten, der Index liegt gut 9 Prozent darüber."
    " Der Hang Seng schloss bei 25.781 Punkten und damit über seiner 50-Tage-Linie.\n\n"
    "Die Alibaba-ADRs verloren 0,5 Prozent."
)


def test_a_sentence_without_subject_with_a_level_in_points_is_the_last_indexs() -> None:
    claims = _claims(_DAX_LEAD, date(2025, 10, 22))
    assert claims["1,0"].kind == "index_move" and claims["1,0"].listing == "^NDX"
    assert claims["24.879"].kind == "index_level" and claims["24.879"].listing == "^NDX"


def test_an_indexs_moving_average_in_points_and_the_distance_after_it() -> None:
    claims = _claims(_DAX_LEAD, date(2025, 10, 22))
    assert claims["23.630"].kind == "moving_average" and claims["23.630"].listing == "^HSI"
    assert claims["9"].kind == "moving_average_distance" and claims["9"].listing == "^HSI"
    # a level told before 'über seiner 50-Tage-Linie' stands above the average: it is the index's close
    assert claims["25.781"].kind == "index_level"


def test_a_bare_count_near_a_moving_average_stays_no_average() -> None:
    claims = _claims("Nvidia fell below its 200-day moving average for the first time in 2 years.", date(2025, 1, 27))
    assert "2" not in claims or not claims["2"].checkable


def test_a_price_before_over_its_moving_average_is_the_close_not_the_average() -> None:
    claims = _claims(
        "Die Meituan-Aktie schloss am Mittwoch in Hongkong bei 96,10 HKD und damit unter ihrer 50-Tage-Linie,"
        " die bei rund 106 HKD verläuft.",
        date(2025, 10, 22),
    )
    assert claims["96,10"].kind == "close"
    assert claims["106"].kind == "moving_average"


def test_index_levels_with_decimals_cut_off_are_accurate(tmp_path: Path) -> None:
    # ^NDX close 2025-10-22 24879.01; ^HSI 25781.77 (SMA200 23632.85, +9.09 %)
    claims = _verdicts(tmp_path, _DAX_LEAD, "2025-10-22")
    assert claims["24.879"]["verdict"] == "accurate" and claims["1,0"]["verdict"] == "accurate"
    assert claims["25.781"]["verdict"] == "accurate"
    assert claims["23.630"]["verdict"] == "accurate" and claims["9"]["verdict"] == "accurate"


_LEVELS = [("25.781", "accurate"), ("25.782", "accurate"), ("25.779", "imprecise")]


@pytest.mark.parametrize(("level", "verdict"), _LEVELS)
def test_a_whole_level_reaches_one_point_above_it_not_below(tmp_path: Path, level: str, verdict: str) -> None:
    text = f"Der Hang Seng schloss am Mittwoch 0,9 Prozent tiefer bei {level} Punkten."
    claims = _verdicts(tmp_path, text, "2025-10-23")
    # 25781.77: cut off to 25.781, rounded to 25.782; 25.779 lies 2.77 points below
    assert claims[level]["verdict"] == verdict


# --- an opening price -------------------------------------------------------------------------------------------------


def test_in_den_handel_gestartet_is_the_open(tmp_path: Path) -> None:
    text = (
        "Die Tencent-Aktie schloss am Mittwoch in Hongkong bei 623,50 HKD. In den Handel war sie bei 628,00 HKD"
        " gegangen, das Tageshoch lag bei 629,00 HKD."
    )
    claims = _claims(text, date(2025, 10, 22))
    assert claims["628,00"].kind == "open_price"
    # the open was 626.00: 628.00 lies inside the day's range (616.50 to 629.00) and must not pass as a price in it
    assert _verdicts(tmp_path, text, "2025-10-22")["628,00"]["verdict"] != "accurate"


# --- no market claims -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Tencent-Aktie schloss bei 623,50 HKD. Einstieg bei 600 HKD, Ziel 700 HKD.", "600"),
        ("Die Tencent-Aktie schloss bei 623,50 HKD. Ich habe 2021 Tencent-Aktien zu 480 HKD gekauft.", "480"),
        ("Die Tencent-Aktie schloss bei 623,50 HKD. Am Devisenmarkt kostete ein Euro 1,16 Dollar.", "ein"),
    ],
)
def test_an_entry_level_a_readers_purchase_price_and_an_exchange_rate_are_not_judged(text: str, quote: str) -> None:
    claims = _claims(text, date(2025, 10, 23))
    assert claims["623,50"].checkable
    assert quote not in claims or not claims[quote].checkable


# --- an index level the session ended on ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Hang Seng schloss am Mittwoch bei 25.760 Punkten.",
        "Der Leitindex Hang Seng beendete den Handel am Mittwoch bei 25.760 Punkten.",
    ],
)
def test_an_index_level_a_named_session_closed_on_is_its_close_not_any_level_of_the_day(
    tmp_path: Path, text: str
) -> None:
    # ^HSI 2025-10-22: close 25781.77, range 25653.75 .. 25947.88: 25.760 lies in the range, 22 points off the close
    assert _verdicts(tmp_path, text, "2025-10-23")["25.760"]["verdict"] == "wrong"
    assert _verdicts(tmp_path / "b", text.replace("25.760", "25.782"), "2025-10-23")["25.782"]["verdict"] == "accurate"


def test_an_index_level_at_times_keeps_the_days_range(tmp_path: Path) -> None:
    text = "Der Hang Seng notierte am Mittwoch zeitweise bei 25.760 Punkten."
    assert _verdicts(tmp_path, text, "2025-10-23")["25.760"]["verdict"] == "accurate"


# --- an index by its role after 'für', a quarter's reach, a side told after the distance ------------------------------


def test_a_quarter_told_for_the_leitindex_is_the_indexs_and_the_quarters() -> None:
    claims = _claims(
        "Der Hang Seng gewann am Montag 1,0 Prozent. Seit Quartalsbeginn steht für den Leitindex allerdings noch ein"
        " Minus von 1,6 Prozent zu Buche.\n\nAlibaba und Tencent legten zu.",
        date(2025, 10, 27),
    )
    # the quarter so far is measured since the last close before the quarter (periods.quarter_to_date_window)
    assert claims["1,6"].listing == "^HSI" and claims["1,6"].kind == "since_return"
    assert claims["1,6"].direction == "down"
    assert claims["1,6"].reference == {"start": "2025-10-01", "end": "2025-10-27"}
    assert claims["1,6"].since_base == ("close", "2025-09-30")


def test_a_distance_told_as_darueber_or_darunter_has_its_side_but_darunter_naming_stocks_is_no_sign() -> None:
    claims = _claims(
        "Die 50-Tage-Linie verläuft bei 616 HKD, die Tencent-Aktie liegt knapp 4 Prozent darüber. Die 200-Tage-Linie"
        " verläuft bei 700 HKD, die Tencent-Aktie liegt 8 Prozent darunter. Mehrere Werte legten zu, darunter Alibaba"
        " mit 3 Prozent.",
        date(2025, 10, 13),
    )
    assert claims["4"].kind == "moving_average_distance" and claims["4"].direction == "up"
    assert claims["8"].kind == "moving_average_distance" and claims["8"].direction == "down"
    assert claims["3"].direction == "up"


# --- a day's high or low told while the session traded --------------------------------------------------------------

_MIDDAY = (
    "Alibaba-Aktie im Plus\n\n13.08.2025 - 06:12 Uhr\n\n"  # 12:12 in Hong Kong: the session trades (high 123.80 later)
    "Die Alibaba-Aktie notierte zuletzt im HKSE-Handel 3,4 Prozent höher bei 120,60 HKD. Im Tageshoch stieg die"
    " Alibaba-Aktie bis auf {high} HKD, das Tagestief lag bei {low} HKD."
)


def test_a_days_high_written_while_the_session_traded_is_the_high_so_far(tmp_path: Path) -> None:
    # 9988.HK 2025-08-13: open 120.00, high 123.80, low 119.20
    claims = _verdicts(tmp_path, _MIDDAY.format(high="120,90", low="119,20"), "2025-08-13")
    assert claims["120,90"]["kind"] == "day_high" and claims["120,90"]["verdict"] == "accurate"
    assert claims["119,20"]["verdict"] == "accurate"


@pytest.mark.parametrize(
    ("high", "low", "judged"),
    [("125,90", "119,20", "125,90"), ("118,90", "119,20", "118,90"), ("120,90", "121,50", "121,50")],
)
def test_a_high_so_far_beyond_the_days_high_or_below_the_open_is_not_accurate(
    tmp_path: Path, high: str, low: str, judged: str
) -> None:
    # above the day's high, a high below the open, a low above the open: none can have been so at any moment
    claims = _verdicts(tmp_path, _MIDDAY.format(high=high, low=low), "2025-08-13")
    assert claims[judged]["verdict"] != "accurate"


def test_a_days_high_of_a_finished_session_is_its_high(tmp_path: Path) -> None:
    text = _MIDDAY.format(high="120,90", low="119,20").replace("13.08.2025 - 06:12 Uhr", "13.08.2025 - 18:12 Uhr")
    assert _verdicts(tmp_path, text, "2025-08-13")["120,90"]["verdict"] == "wrong"


# --- an index's level after 'mit', a move in points after its noun and 'von' ------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Der Hang Seng ging am Mittwoch mit 25.781 Punkten aus dem Handel.", "25.781", "index_level"),
        ("Der Dax schloss am Mittwoch mit 24.151 Punkten.", "24.151", "index_level"),
        ("Der Dax schloss am Mittwoch mit einem Minus von 179 Punkten.", "179", "index_move"),
        ("Der Dax verlor am Mittwoch 179 Punkte.", "179", "index_move"),
        ("Der Dax fiel am Mittwoch um 179 Punkte auf 24.151 Punkte.", "24.151", "index_level"),
    ],
)
def test_points_after_mit_are_a_level_and_after_a_move_noun_a_move(text: str, quote: str, kind: str) -> None:
    assert _claims(text, date(2025, 10, 23))[quote].kind == kind


def test_a_closing_level_told_with_mit_is_judged_as_the_close(tmp_path: Path) -> None:
    # ^GDAXI 2025-10-22: close 24151.13, 178.90 points below the close before
    claims = _verdicts(
        tmp_path,
        "Der Dax schloss am Mittwoch mit einem Minus von 179 Punkten. Er ging mit 24.151 Punkten aus dem Handel.",
        "2025-10-23",
    )
    assert claims["179"]["verdict"] == "accurate" and claims["24.151"]["verdict"] == "accurate"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Alibaba-ADRs schlossen bei 157,30 Dollar. Leser Frank aus Köln liegt mit 20 Prozent im Minus.", "20"),
        ("Die Alibaba-ADRs schlossen bei 157,30 Dollar. Das Musterdepot steht bei der Aktie 45 Prozent im Plus.", "45"),
        ("Die Alibaba-ADRs schlossen bei 157,30 Dollar. Unser Buchgewinn beträgt 38 Prozent.", "38"),
    ],
)
def test_a_readers_or_a_depots_gain_is_a_holders_gain_never_the_days_move(text: str, quote: str) -> None:
    claims = _claims(text, date(2025, 11, 30))
    assert claims[quote].kind == "since_return" and claims["157,30"].kind in ("close", "last_price")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ein Long-Zertifikat mit Knock-out-Schwelle bei 95 US-Dollar notiert bei 2,35 Euro.", "95"),
        ("Ein Long-Zertifikat mit Knock-out-Schwelle bei 95 US-Dollar notiert bei 2,35 Euro.", "2,35"),
        ("Der Optionsschein notiert bei 0,85 Euro.", "0,85"),
        ("Das Risiko: Fällt die Aktie unter 100 Dollar, droht ein Rückfall auf 90 Dollar.", "100"),
    ],
)
def test_a_trading_ideas_product_and_its_conditions_are_not_the_shares_price(text: str, quote: str) -> None:
    claims = _claims("Die Baidu-ADRs schlossen am Montag bei 108,65 US-Dollar. " + text, date(2025, 9, 9))
    assert claims["108,65"].checkable and not claims[quote].checkable


def test_a_price_the_shares_fell_below_at_times_is_still_judged() -> None:
    claims = _claims(
        "Die Baidu-ADRs schlossen am Montag bei 108,65 US-Dollar. Die Aktie fiel am Montag zeitweise unter 108 Dollar.",
        date(2025, 9, 9),
    )
    assert claims["108"].checkable


def test_commodity_and_crypto_prices_of_a_market_report_are_not_the_stocks_but_its_moves_stay() -> None:
    claims = _claims(
        "Alibaba-Aktien gewannen in Hongkong 5,3 Prozent. Eine Feinunze Gold kostete 4.580 Dollar, ein Barrel der"
        " Nordseesorte Brent 64,30 Dollar. Bitcoin kostete 95.000 Dollar. Der Ölpreis stieg, Baidu-Aktien gewannen in"
        " Hongkong 4,1 Prozent.",
        date(2026, 1, 12),
    )
    assert not any(claims[q].checkable for q in ("4.580", "64,30", "95.000"))
    assert claims["5,3"].checkable and claims["4,1"].checkable and claims["4,1"].listing == "9888.HK"


def test_a_gain_since_a_recommendation_and_the_recommendation_price_are_not_judged_as_a_month_or_a_price() -> None:
    claims = _claims(
        "Die Alibaba-ADRs schlossen am Freitag bei 157,30 Dollar. Seit unserer Kaufempfehlung im Mai hat die Aktie 25"
        " Prozent zugelegt. Kurs bei Empfehlung: 120,50 Euro. Im Mai hatte die Aktie 4 Prozent verloren.",
        date(2025, 11, 30),
    )
    assert claims["25"].kind == "since_return" and not claims["120,50"].checkable
    assert claims["4"].kind == "month_return"  # a move told for the month itself stays that month's
