"""Rules added after trying the twenty-seventh batch (b) of written English articles as an editor would
(tests/golden/articles en175..en179: a Barron's stock pick on Nvidia with a Frankfurt price, a Nikkei Asia close of
Hong Kong's tech stocks, a Seeking Alpha brief on Baidu with its key figures and a Hong Kong holiday, an Investing.com
technical summary of Alibaba with its moving-average table, The Standard's Hong Kong midday report). Each sentence here
is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a move told at midday with the price it went to: an earlier session whose range never held that price ----------
# --- is not the move's session ('gained 4.9 percent to HK$80.85' with the sign swapped) -------------------------------


def test_midday_move_with_its_price_is_not_read_on_the_session_before(tmp_path: Path) -> None:
    # 0700.HK 2026-02-24 range 516.0 .. 534.5, previous close 538.0 (2026-02-23); the session before, 2026-02-23:
    # range 528.0 .. 543.0 vs 522.0 (+1.15 % .. +4.02 %), close 538.0 (+3.07 %)
    text = (
        "Tuesday, February 24, 2026 12:15 PM\n\n"
        "Hong Kong stocks were lower at the midday break. Tencent rose 2.1 percent to HK$521.50 in the morning."
    )
    claims = _claims(text, date(2026, 2, 24))
    assert claims["2.1"].listing == "0700.HK" and claims["2.1"].moved_to == 521.5
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-24")
    assert verdicts["2.1"] in ("wrong", "imprecise") and verdicts["521.50"] == "accurate"
    # the true move to that price (-3.07 %) stays accurate
    true = verdicts_by_quote(tmp_path, text.replace("rose 2.1", "fell 3.1"), "2026-02-24")
    assert true["3.1"] == "accurate"


# --- a clause looking back at a weekday's move up to six words after its comma ('handing back a large part of ---------
# --- Monday's rally') dates neither its sentence nor the sentences after it -------------------------------------------


def test_long_clause_looking_back_at_a_weekdays_rally_dates_nothing(tmp_path: Path) -> None:
    # 0700.HK Wednesday 2026-03-25 close 505.50 vs Tuesday 514.00 = -1.65 % (Tuesday: +3.13 %)
    text = (
        "Hong Kong stocks fell, surrendering a good part of Tuesday's rally as investors took profits.\n\n"
        "Tencent closed 1.7 percent lower at HK$505.50."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["1.7"].reference == {"date": "2026-03-25"} and claims["505.50"].reference == {"date": "2026-03-25"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["1.7"] == "accurate" and verdicts["505.50"] == "accurate"


def test_short_clause_looking_back_still_dates_nothing(tmp_path: Path) -> None:
    text = "Hong Kong stocks fell, erasing Tuesday's rally.\n\nTencent closed 1.7 percent lower at HK$505.50."
    assert _claims(text, date(2026, 3, 25))["505.50"].reference == {"date": "2026-03-25"}


# --- 'but ended the day down 1.4%' after an open: the session's move, not the move at the open ------------------------


def test_ended_the_day_down_after_an_open_is_the_days_move(tmp_path: Path) -> None:
    # ^NDX 2026-03-18: open 24727.07, close 24425.09 vs 24780.42 = -1.43 %
    text = "The Nasdaq 100 opened at 24,727.07 on Wednesday but ended the session down 1.4% at 24,425.09."
    claims = _claims(text, date(2026, 3, 18))
    assert claims["1.4"].kind == "index_move" and claims["1.4"].listing == "^NDX"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-18")
    assert verdicts["1.4"] == "accurate" and verdicts["24,727.07"] == "accurate"


def test_finished_the_day_higher_for_a_stock(tmp_path: Path) -> None:
    # NVDA 2026-03-23: open 177.255, close 175.64 vs 172.70 = +1.70 %
    text = "Nvidia opened at $177.26 on Monday and finished the day up 1.7% at $175.64."
    claims = _claims(text, date(2026, 3, 23))
    assert claims["1.7"].kind == "day_change" and claims["1.7"].reference == {"date": "2026-03-23"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-23")["1.7"] == "accurate"


def test_beendete_den_tag_mit_einem_minus_in_german(tmp_path: Path) -> None:
    # ^HSI 2026-02-26: open 27019.74, close 26381.02 vs 26765.72 = -1.44 %
    text = (
        "Der Hang Seng eröffnete am Donnerstag bei 27.019,74 Punkten, beendete den Tag aber mit einem Minus von "
        "1,4 Prozent."
    )
    claims = _claims(text, date(2026, 2, 26))
    assert claims["1,4"].kind == "index_move" and claims["1,4"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["1,4"] == "accurate"


# --- a quote box's period labels '5D:', '1M:', '3M:', '1Y:' name their periods (not the day's move) -------------------


def test_quote_box_period_labels_name_their_periods(tmp_path: Path) -> None:
    # NVDA to 2026-03-26 (close 171.24): a month before, 2026-02-26 close 184.89 = -7.38 %
    text = (
        "Nvidia (NVDA) closed at $171.24 on Thursday.\n\n"
        "Performance:\n"
        "- 5D: -4.1%\n"
        "- 1M: -7.4%\n"
        "- 3M: -6.0%\n"
        "- 1Y: +50.5%"
    )
    claims = _claims(text, date(2026, 3, 26))
    assert claims["4.1"].kind == "week_return"
    assert claims["7.4"].kind == "past_month_return" and claims["7.4"].listing == "NVDA"
    assert claims["6.0"].kind == "months_return"
    assert claims["50.5"].kind == "twelve_month_return"
    assert verdicts_by_quote(tmp_path, text, "2026-03-26")["7.4"] == "accurate"


# --- a market holiday the session followed ('after Tuesday's holiday') dates no figure: that weekday had no session ---


def test_reopened_after_a_weekdays_holiday_is_read_on_the_day_reported(tmp_path: Path) -> None:
    # Hong Kong closed on Tuesday 2025-07-01; ^HSI Wednesday 2025-07-02 close 24221.41 vs Monday 24072.28 = +0.62 %
    text = (
        "Hong Kong stocks edged up on Wednesday.\n\n"
        "Trading resumed after Tuesday's Establishment Day holiday, and the Hang Seng Index rose 0.6% to 24,221.41."
    )
    claims = _claims(text, date(2025, 7, 2))
    assert claims["0.6"].reference == {"date": "2025-07-02"} and claims["24,221.41"].reference == {"date": "2025-07-02"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-07-02")
    assert verdicts["0.6"] == "accurate" and verdicts["24,221.41"] == "accurate"


def test_nach_dem_feiertag_am_dienstag_in_german(tmp_path: Path) -> None:
    # 0700.HK Wednesday 2025-07-02 close 501.50 vs Monday 2025-06-30 503.00 = -0.30 %
    text = "Nach dem Feiertag am Dienstag gab die Tencent-Aktie in Hongkong 0,3 Prozent auf 501,50 HKD nach."
    claims = _claims(text, date(2025, 7, 2))
    assert claims["0,3"].reference == {"date": "2025-07-02"} and claims["0,3"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-07-02")["501,50"] == "accurate"


# --- 'up 1.7% on the day after opening at', 'its low of the day after touching': the same session, not 'a day after' --


def test_on_the_day_after_opening_is_the_same_session(tmp_path: Path) -> None:
    # BIDU Tuesday 2026-03-24: open 113.60, close 112.53 vs 114.53 = -1.75 %; Monday's open was 114.35
    text = "Baidu's ADRs closed at $112.53 on Tuesday, down 1.7% on the day after opening at $113.60."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["113.60"].kind == "open_price" and claims["113.60"].reference == {"date": "2026-03-24"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["113.60"] == "accurate" and verdicts["1.7"] == "accurate"
    spelt = _claims(text.replace("1.7%", "1.7 percent"), date(2026, 3, 25))
    assert spelt["113.60"].reference == {"date": "2026-03-24"}


def test_low_of_the_day_after_touching_is_the_same_session(tmp_path: Path) -> None:
    # 0700.HK Wednesday 2026-03-25: range 502.0 .. 521.5, close 505.5; Tuesday's range 500.0 .. 520.0
    text = "Tencent slid 1.7% to HK$505.50 on Wednesday, near its low of the day after touching HK$521 early on."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["521"].reference == {"date": "2026-03-25"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["521"] == "accurate"


def test_a_day_after_a_move_is_still_the_session_before(tmp_path: Path) -> None:
    # BIDU Wednesday 2026-03-25 +2.73 %, a day after Tuesday's -1.75 %
    text = "Baidu rose 2.7% on Wednesday, a day after it slid 1.7%."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["1.7"].reference == {"date": "2026-03-24"}


# --- 'the Nikkei Stock Average', 'the Nikkei average' name the Nikkei 225 (no quotes held): never the stock before ---


def test_nikkei_stock_average_is_the_nikkei_not_the_stock_named_before(tmp_path: Path) -> None:
    # 0700.HK 2026-02-26 close 512.0 vs 522.5 = -2.01 %; no quotes held for the Nikkei 225
    text = (
        "Tencent lost 2% to HK$512 in Hong Kong on Thursday.\n\n"
        "In Tokyo, the Nikkei Stock Average added 0.4%, while the broader Topix was flat."
    )
    claims = _claims(text, date(2026, 2, 26))
    assert claims["0.4"].listing == "^N225" and claims["0.4"].kind == "index_move"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["0.4"] == "unverifiable"


# --- 'MA50', 'MA 200' (Investing.com's labels) name a simple moving average's window, as 'SMA 50' does --------------


def test_ma_label_names_a_simple_moving_average(tmp_path: Path) -> None:
    # BABA closes to 2026-03-25: SMA5 125.744, SMA50 151.849; close 129.87
    text = "Alibaba closed at $129.87 on Wednesday, below its MA50 at $151.85 and above its MA 5 of $125.74."
    claims = _claims(text, date(2026, 3, 25))
    assert claims["151.85"].kind == "moving_average" and claims["151.85"].average_sessions == 50
    assert claims["125.74"].kind == "moving_average" and claims["125.74"].average_sessions == 5
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["151.85"] == "accurate" and verdicts["125.74"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("151.85", "161.85"), "2026-03-25")["161.85"] == "wrong"


def test_ma_label_in_a_table_with_currency_signs() -> None:
    text = (
        "Alibaba closed at $129.87 on Wednesday.\n\n"
        "| Period | Simple | Action |\n|---|---|---|\n| MA10 | $130.58 | Sell |\n| MA200 | $146.10 | Sell |"
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["130.58"].average_sessions == 10 and claims["146.10"].average_sessions == 200


# --- 'one ADS, which represents eight Hong Kong shares, is worth about $124.20': a conversion, not a price ----------


def test_one_ads_is_worth_is_a_conversion_not_a_price(tmp_path: Path) -> None:
    # BIDU's range on 2025-10-30 was 121.60 .. 124.04: judged as a price, $123.50 would pass as accurate
    text = (
        "Baidu's Hong Kong shares closed at HK$120.60 on Thursday. At that level, each ADS, equal to eight ordinary "
        "shares, was worth about $123.50."
    )
    claims = _claims(text, date(2025, 10, 30))
    assert claims["123.50"].kind == "price_conversion"
    assert verdicts_by_quote(tmp_path, text, "2025-10-30")["123.50"] == "out_of_scope"
