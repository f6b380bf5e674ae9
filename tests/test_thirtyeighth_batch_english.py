"""Rules added after trying the thirty-eighth English batch of written articles as an editor would
(tests/golden/articles en228: a Reuters-style 'Hong Kong stocks' close of 21 February 2025, Alibaba's 14.6% day after
its results, the tech index, a look-back from a dated low and the ADRs' overnight move told in passing; en229: an
Investing.com-style 'Alibaba stock' piece of 17 November 2025, written in New York's pre-market, with moving averages, a
52-week range, a since-earnings move and an ADR parity). Each sentence here is written for the test, not taken from
those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'the tech index' with no technology index named before: the market's own one (no quotes) -------------------------


def test_tech_index_after_the_hang_seng_is_the_hang_seng_tech(tmp_path: Path) -> None:
    # ^HSI 2025-06-24: 24177.07 / 23689.13 (2025-06-23) - 1 = +2.06 %. The tech index's 2.9% was the Hang Seng's before
    # (wrong against +2.06 % though the text never said so); it is the Hang Seng Tech's, held without quotes
    text = "The Hang Seng index rose 2.06% to 24,177.07 on Tuesday, while the tech index gained 2.9%."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["2.06"].listing == "^HSI" and claims["2.9"].listing == "^HSTECH"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-06-24")
    assert verdicts["2.06"] == "accurate" and verdicts["2.9"] == "unverifiable"
    altered = verdicts_by_quote(tmp_path, text.replace("2.06%", "3.06%").replace("2.9%", "1.9%"), "2025-06-24")
    assert altered["3.06"] == "wrong" and altered["1.9"] == "unverifiable"


def test_german_tech_index_after_the_hang_seng() -> None:
    text = "Der Hang Seng stieg am Dienstag um 2,1 Prozent, der Tech-Index legte 2,9 Prozent zu."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["2,1"].listing == "^HSI" and claims["2,9"].listing == "^HSTECH"


# --- 'opened at X and dipped to Y in the morning': Y is no second opening level ---------------------------------------


def test_level_after_the_opening_and_a_second_verb_is_the_days_low(tmp_path: Path) -> None:
    # ^HSI 2025-05-27: open 23216.87, low 23167.56 (before, 23,167.56 was read as the open and called wrong)
    text = (
        "The Hang Seng index opened at 23,216.87 on Tuesday and slipped to 23,167.56 in the morning before recovering."
    )
    claims = claims_by_quote(text, date(2025, 5, 27))
    assert claims["23,216.87"].kind == "open_price"
    assert claims["23,167.56"].kind == "day_low" and claims["23,167.56"].reference == {"date": "2025-05-27"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-05-27")
    assert verdicts["23,216.87"] == "accurate" and verdicts["23,167.56"] == "accurate"
    altered = text.replace("23,167.56", "23,067.56")  # below the day's low
    assert verdicts_by_quote(tmp_path, altered, "2025-05-27")["23,067.56"] == "wrong"


def test_price_reached_in_the_afternoon_after_the_opening_is_intraday(tmp_path: Path) -> None:
    # BIDU 2025-04-11: open 79.28, high 83.18, close 82.73: the price reached in the afternoon is a point of the range,
    # not the close (before: the opening level, wrong)
    text = "Baidu's ADRs opened at $79.28 on Friday and rose to $83.18 in the afternoon."
    claims = claims_by_quote(text, date(2025, 4, 11))
    assert claims["83.18"].kind in ("intraday_price", "day_high") and claims["83.18"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2025-04-11")["83.18"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("83.18", "85.18"), "2025-04-11")["85.18"] == "wrong"


def test_german_price_told_with_the_afternoon_after_it_is_intraday() -> None:
    # 9988.HK 2025-06-24: open 112.10, low 111.60, high 113.60, close 112.70 (before: the close, 112.70)
    text = "Die Alibaba-Aktie kostete in Hongkong am Dienstag 112,10 HKD am Vormittag."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["112,10"].kind == "intraday_price" and claims["112,10"].hedge == "intraday"


# --- a dated low with the month abbreviated: 'from its Jan. 13 low' ---------------------------------------------------


def test_move_from_a_dated_low_with_an_abbreviated_month(tmp_path: Path) -> None:
    # BABA: low 2025-01-13 80.06, close 2025-06-23 113.09: 113.09 / 80.06 - 1 = +41.26 % (before: the day's move, wrong)
    text = "Alibaba's ADRs closed at $113.09 on Monday and have now rallied 41.3% from their Jan. 13 low."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["41.3"].kind == "since_return" and claims["41.3"].listing == "BABA"
    assert claims["41.3"].reference == {"start": "2025-01-13", "end": "2025-06-23"}
    assert verdicts_by_quote(tmp_path, text, "2025-06-24")["41.3"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("41.3%", "51.3%"), "2025-06-24")["51.3"] == "wrong"


# --- 'Turnover ... million shares' is a volume ------------------------------------------------------------------------


def test_turnover_counted_in_shares_is_a_volume(tmp_path: Path) -> None:
    # 9988.HK volume 2025-06-24: 66,616,313 shares (before: no claim at all)
    text = "Turnover in Alibaba's Hong Kong shares reached 66.6 million shares on Tuesday."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["66.6"].kind == "volume" and claims["66.6"].listing == "9988.HK"
    assert verdicts_by_quote(tmp_path, text, "2025-06-24")["66.6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("66.6", "86.6"), "2025-06-24")["86.6"] == "wrong"
    money = "Turnover in Alibaba's Hong Kong shares reached HK$7.5 billion on Tuesday."
    assert claims_by_quote(money, date(2025, 6, 24))["7.5"].kind != "volume"


# --- an earlier session of another venue told in passing: the next paragraph is the story's venue again ---------------


def test_paragraph_after_an_overnight_aside_goes_back_to_the_venue_in_play(tmp_path: Path) -> None:
    # 9988.HK: 112.70 / 82.85 (2024-12-31) - 1 = +36.03 % (BABA's +33.38 % to 2025-06-23 was read before)
    text = (
        "HONG KONG, June 24 - Alibaba rose 1.7% to HK$112.70 on Tuesday. Its U.S.-listed shares had edged up 0.1% "
        "overnight in New York.\n\nThe stock is up 36% so far this year."
    )
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["0.1"].listing == "BABA" and claims["0.1"].reference == {"date": "2025-06-23"}
    assert claims["36"].listing == "9988.HK" and claims["36"].reference == {"start": "2025-01-01", "end": "2025-06-24"}
    assert verdicts_by_quote(tmp_path, text, "2025-06-24")["36"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("up 36%", "up 30%"), "2025-06-24")["30"] == "wrong"


def test_other_listings_latest_session_is_no_aside() -> None:
    # a figure of the ADRs' latest session that names no earlier day is the text's subject going on, not an aside
    text = (
        "HONG KONG, June 24 - Alibaba rose 1.7% to HK$112.70 on Tuesday. In New York, the ADRs' 50-day moving "
        "average stands at $118.98.\n\nThe ADRs' 14-day RSI stands at 45."
    )
    assert claims_by_quote(text, date(2025, 6, 24))["45"].listing == "BABA"


# --- a 52-week range with its period heading the sentence -------------------------------------------------------------


def test_range_of_the_past_52_weeks_told_first(tmp_path: Path) -> None:
    # BIDU to 2025-11-14: 52-week low 74.71 (2025-04-09), high 149.51 (2025-10-06); before: that day's low and high
    text = "Over the past 52 weeks, Baidu's ADRs have traded in a range of $74.71 to $149.51."
    claims = claims_by_quote(text, date(2025, 11, 15))
    assert claims["74.71"].kind == "low_52w" and claims["149.51"].kind == "high_52w"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-11-15")
    assert verdicts["74.71"] == "accurate" and verdicts["149.51"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("$74.71", "$70.71"), "2025-11-15")["70.71"] == "wrong"


# --- a move since a dated base in a text written in New York's pre-market ---------------------------------------------


def test_since_a_dated_base_ends_on_the_last_close_before_the_premarket(tmp_path: Path) -> None:
    # BABA: 113.09 (2025-06-23) / 80.06 (low 2025-01-13) - 1 = +41.26 %; to Tuesday's close 117.01, not yet traded when
    # written, it would be +46.15 %
    text = "Alibaba's ADRs rose 1.2% in premarket trading on Tuesday. The stock has gained 41.3% since its Jan. 13 low."
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["41.3"].reference == {"start": "2025-01-13", "end": "2025-06-23"}
    assert verdicts_by_quote(tmp_path, text, "2025-06-24")["41.3"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("41.3%", "56.3%"), "2025-06-24")["56.3"] == "wrong"


# --- ', when ...' after an earlier session named by its move: that session's figures ----------------------------------


def test_when_clause_after_an_earlier_days_move_is_that_days(tmp_path: Path) -> None:
    # BIDU 2025-04-11: 82.73 / 78.47 (2025-04-10) - 1 = +5.43 % (before: Monday's, not yet traded, and called wrong)
    text = (
        "Baidu's ADRs slipped 0.5% in premarket trading on Monday, giving back part of Friday's rally, when they "
        "jumped 5.4% to $82.73."
    )
    claims = claims_by_quote(text, date(2025, 4, 14))
    assert claims["5.4"].reference == {"date": "2025-04-11"} and claims["82.73"].reference == {"date": "2025-04-11"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-04-14")
    assert verdicts["5.4"] == "accurate" and verdicts["82.73"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5.4%", "7.4%"), "2025-04-14")["7.4"] == "wrong"


def test_german_when_clause_after_an_earlier_day() -> None:
    text = (
        "Die Baidu-ADRs gaben am Montag vorbörslich 0,5 Prozent ab, nach dem Sprung vom Freitag, als sie 5,4 Prozent "
        "zulegten."
    )
    assert claims_by_quote(text, date(2025, 4, 14))["5,4"].reference == {"date": "2025-04-11"}


def test_when_clause_after_a_since_base_with_its_owner_and_event(tmp_path: Path) -> None:
    # BIDU: 96.29 (2025-09-02) / 86.76 (2025-08-20) - 1 = +10.98 %; the report day 86.76 / 89.07 (2025-08-19) - 1 =
    # -2.59 %
    text = (
        "Baidu's ADRs closed at $96.29 on Tuesday. They have climbed 11% since the company's Aug. 20 earnings report, "
        "when they fell 2.6%."
    )
    claims = claims_by_quote(text, date(2025, 9, 3))
    assert claims["2.6"].kind == "day_change" and claims["2.6"].reference == {"date": "2025-08-20"}
    assert verdicts_by_quote(tmp_path, text, "2025-09-03")["2.6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2.6%", "4.6%"), "2025-09-03")["4.6"] == "wrong"


# --- a reason of several words: 'on a rebound in advertising revenue' ------------------------------------------------


def test_move_with_a_long_revenue_reason_is_the_shares(tmp_path: Path) -> None:
    # BIDU 2025-04-11: +5.43 % (before: a company figure, out of scope)
    text = "Baidu's ADRs jumped 5.4% on Friday on a sharp rebound in advertising revenue."
    claims = claims_by_quote(text, date(2025, 4, 12))
    assert claims["5.4"].kind == "day_change" and claims["5.4"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2025-04-12")["5.4"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("5.4%", "8.4%"), "2025-04-12")["8.4"] == "wrong"


# --- 'equates to ... per ADR': a parity worked out, not a quote -------------------------------------------------------


def test_price_that_equates_to_a_value_per_adr_is_a_conversion() -> None:
    text = (
        "Alibaba closed at HK$112.70 in Hong Kong on Tuesday. Each ADR represents eight shares, so the close equates "
        "to about $114.85 per ADR."
    )
    claims = claims_by_quote(text, date(2025, 6, 24))
    assert claims["114.85"].kind == "price_conversion" and not claims["114.85"].checkable


# --- "2025's rally, when the ADRs soared 73%": the move of that year --------------------------------------------------


def test_when_clause_after_a_years_move_is_that_years_move(tmp_path: Path) -> None:
    # BIDU: 130.66 (2025-12-31) / 84.31 (2024-12-31) - 1 = +54.97 % (before: Friday's move, -3.99 %, and called wrong)
    text = "Baidu's ADRs fell 4% on Friday. That undoes part of 2025's surge, when the stock gained 55%."
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["55"].kind == "calendar_year_return" and claims["55"].listing == "BIDU"
    assert claims["55"].reference == {"start": "2025-01-01", "end": "2025-12-31"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["55"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("55%", "45%"), "2026-03-21")["45"] == "wrong"
