"""Rules added after trying the thirty-seventh English batch of written articles as an editor would
(tests/golden/articles en225: a MarketWatch-style 'Stock market today' wrap of 26 February 2026 on the Nasdaq, Nvidia
and Chinese ADRs with their intraday swings; en226: a Benzinga-style 'Why Is Alibaba Stock Trading Higher Today?' short
of 10 March 2026 with its 'According to Benzinga Pro' price action and 52-week range). Each sentence here is written
for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a move told at the session's extreme: 'at its session low the stock was down 5.8%' -------------------------------


def test_move_at_the_session_low_is_an_intraday_move_not_the_low(tmp_path: Path) -> None:
    # NVDA 2026-02-26: low 184.315, the 2026-02-25 close 195.56: 184.315 / 195.56 - 1 = -5.75 %, the move at the low;
    # before, 'at its session low' made the percentage a day's low (a price) and 5.8 was called wrong
    text = "Nvidia shares sank 5.5% on Thursday. At their session low the shares were down 5.8%."
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["5.8"].kind == "intraday_move" and claims["5.8"].listing == "NVDA"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["5.8"] == "accurate"
    altered = text.replace("5.8%", "7.8%")  # -7.8 % lies outside the day's range (-5.75 % .. -0.65 %)
    assert verdicts_by_quote(tmp_path, altered, "2026-02-26")["7.8"] == "wrong"


def test_index_move_at_its_session_low_is_a_move(tmp_path: Path) -> None:
    # ^IXIC 2026-02-26: low 22670.80, the 2026-02-25 close 23152.08: 22670.80 / 23152.08 - 1 = -2.08 %
    text = "The Nasdaq Composite fell 1.2% on Thursday. At its session low the index was down 2.1%."
    claims = claims_by_quote(text, date(2026, 2, 26))
    # (a move, hedged by 'at its session low': read on the day's range, never the day's low)
    assert claims["2.1"].kind in ("index_move", "intraday_move") and claims["2.1"].listing == "^IXIC"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["2.1"] == "accurate"
    altered = text.replace("2.1%", "3.1%")  # outside the day's range against the close before (-2.08 % .. -0.18 %)
    assert verdicts_by_quote(tmp_path, altered, "2026-02-26")["3.1"] == "wrong"


def test_move_at_the_session_high_and_a_price_at_the_low_keep_their_readings(tmp_path: Path) -> None:
    # BABA 2026-03-10: high 139.22, the 2026-03-09 close 132.64: 139.22 / 132.64 - 1 = +4.96 %, the move at the high;
    # BIDU 2026-02-26: low 122.97, a day's low told with its price stays a day's low
    text = "Alibaba's ADRs rallied on Tuesday. At its session high the stock was up 5%."
    claims = claims_by_quote(text, date(2026, 3, 10))
    assert claims["5"].kind == "intraday_move"
    assert verdicts_by_quote(tmp_path, text, "2026-03-10")["5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("up 5%", "up 8%"), "2026-03-10")["8"] == "wrong"
    low = "Baidu's ADRs fell on Thursday and traded at their session low of $122.97 in the afternoon."
    assert claims_by_quote(low, date(2026, 2, 26))["122.97"].kind == "day_low"
    assert verdicts_by_quote(tmp_path, low, "2026-02-26")["122.97"] == "accurate"
    assert verdicts_by_quote(tmp_path, low.replace("122.97", "119.97"), "2026-02-26")["119.97"] == "wrong"


# --- a look-back from a month's end: 'since the end of February' -----------------------------------------------------


def test_since_the_end_of_a_month_is_measured_from_its_last_close(tmp_path: Path) -> None:
    # NVDA: the 2026-02-27 close (February's last session) 177.19, the 2026-03-11 close 186.03:
    # 186.03 / 177.19 - 1 = +4.99 %. Before, the sentence-initial 'Since the end of February' made it a day's move
    # (Wednesday's +0.70 %: wrong), and after a verb it stayed unmeasured (no base day read)
    text = "Nvidia closed at $186.03 on Wednesday. Since the end of February the stock has gained 5.0%."
    claims = claims_by_quote(text, date(2026, 3, 12))
    # (in March, the month's move so far, measured from the same close: `periods.month_start_window`)
    assert claims["5.0"].kind == "month_return"
    assert claims["5.0"].reference == {"start": "2026-03-01", "end": "2026-03-11"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-12")["5.0"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5.0%", "8.0%"), "2026-03-12")["8.0"] == "wrong"


def test_since_the_end_of_a_month_after_the_move(tmp_path: Path) -> None:
    # BIDU: the 2026-02-27 close 124.44, the 2026-03-11 close 125.15: 125.15 / 124.44 - 1 = +0.57 %
    text = "Baidu's ADRs closed at $125.15 on Wednesday, up 0.6% since the end of February."
    claims = claims_by_quote(text, date(2026, 3, 12))
    assert claims["0.6"].kind == "month_return"
    assert claims["0.6"].reference == {"start": "2026-03-01", "end": "2026-03-11"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-12")["0.6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("0.6%", "3.6%"), "2026-03-12")["3.6"] == "wrong"


def test_at_the_end_of_a_month_still_dates_no_look_back() -> None:
    # 'at the end of October' is the day a record was set, told in a clause: no part of a month read from it
    text = "Nvidia closed at $186.03 on Wednesday, 10% below the record it set at the end of October."
    claims = claims_by_quote(text, date(2026, 3, 12))
    assert claims["186.03"].reference == {"date": "2026-03-11"}


# --- an earlier move the lede extends: ', extending a rebound that began at the start of the week' -------------------

_EXTENDING = """Baidu shares are climbing on Tuesday, extending a rebound that began at the start of the week.

An analyst kept a Buy rating on the stock.

Peer Alibaba rose 3.6% to $137.40, and Nvidia added 1.2% to $184.80."""


def test_extending_an_earlier_move_leaves_the_lede_on_its_own_day(tmp_path: Path) -> None:
    # 2026-03-10 (Tuesday): BABA range 134.56 .. 139.22, the 2026-03-09 close 132.64: 137.40 / 132.64 - 1 = +3.59 %;
    # NVDA range 182.01 .. 186.44, the 2026-03-09 close 182.64: 184.80 / 182.64 - 1 = +1.18 %. Before, 'the start of
    # the week' (Monday 2026-03-09) in the phrase of the earlier rebound became the day in play, and the later
    # paragraph's prices were read as Monday's closes (BABA 132.64, NVDA 182.64: wrong)
    claims = claims_by_quote(_EXTENDING, date(2026, 3, 10))
    assert claims["137.40"].reference == {"date": "2026-03-10"}
    assert claims["184.80"].reference == {"date": "2026-03-10"}
    verdicts = verdicts_by_quote(tmp_path, _EXTENDING, "2026-03-10")
    assert verdicts["3.6"] == verdicts["137.40"] == verdicts["1.2"] == verdicts["184.80"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _EXTENDING.replace("$137.40", "$142.40"), "2026-03-10")
    assert altered["142.40"] == "wrong"  # above the day's high 139.22


def test_extending_keeps_a_named_earlier_day_off_the_sentence() -> None:
    # NVDA 2026-03-09 (Monday) closed 182.64, +2.72 %; the sentence reports Tuesday 2026-03-10
    text = "Nvidia rose 1.2% on Tuesday, extending a rally that began on Monday."
    assert claims_by_quote(text, date(2026, 3, 10))["1.2"].reference == {"date": "2026-03-10"}


# --- an intraday word after another figure of its clause: 'had opened at ... and at its session low was down ...' -----


def test_intraday_words_after_an_earlier_level_of_the_clause_still_hedge_the_move(tmp_path: Path) -> None:
    # ^IXIC 2026-02-26: open 23100.58, low 22670.80, the 2026-02-25 close 23152.08: 23152.08 - 22670.80 = 481.28 points
    # down at the low (the close: 273.70). Before, the open's level earlier in the clause kept the hedge from the move,
    # which was read as the session's (273.70 points) and called wrong
    text = (
        "The Nasdaq Composite fell 1.2% on Thursday. The index had opened at 23,100.58 and at its session low was "
        "down 481 points."
    )
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["481"].kind == "index_move" and claims["481"].hedge == "intraday"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-26")
    assert verdicts["481"] == "accurate" and verdicts["23,100.58"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("481 points", "681 points"), "2026-02-26")["681"] == "wrong"
