"""Rules added after trying the twenty-fifth batch of written English articles as an editor would, second set
(tests/golden/articles en155..en159: a MarketWatch story on Nvidia's four-day losing streak and its record close, a
Benzinga 'What's going on with Alibaba stock?' item at last check with 52-week extremes, a Proactive Investors Hang Seng
close with Baidu, Tencent and Meituan in Hong Kong, an RTHK business brief with the morning session, and a
Morningstar-style note on Baidu against its fair value estimate). Each sentence here is written for the test, not taken
from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'Over three years': a move over years, not the day's ---------------------------------------------------------


def test_a_move_over_three_years_is_a_since_return_never_the_day_move(tmp_path: Path) -> None:
    # BIDU's quotes start 2024-09-03: a three-year move cannot be measured; read as the day's move (2026-03-10:
    # +2.47 %, range +1.33 % .. +4.68 %) it was called wrong
    english = (
        "Baidu note\n\nBaidu's ADRs rose 2.5% on Tuesday to $125.50. Over three years, the stock has gained "
        "only about 8%."
    )
    claims = _claims(english, date(2026, 3, 11))
    assert claims["8"].kind == "since_return" and claims["8"].listing == "BIDU"
    assert claims["2.5"].kind == "day_change"
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-11")
    assert verdicts["8"] == "unverifiable" and verdicts["2.5"] == "accurate"
    five = english.replace("Over three years, the stock has gained only about 8%", "Over 5 years it is down 40%")
    assert _claims(five, date(2026, 3, 11))["40"].kind == "since_return"
    german = (
        "Baidu-Notiz\n\nDie Baidu-ADRs stiegen am Dienstag um 2,5 Prozent auf 125,50 Dollar. Auf drei Jahre "
        "gerechnet liegt die Aktie nur rund 8 Prozent im Plus."
    )
    claims = _claims(german, date(2026, 3, 11))
    assert claims["8"].kind == "since_return" and claims["8"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, german, "2026-03-11")["8"] == "unverifiable"


def test_a_record_in_over_three_years_leaves_the_day_move_alone() -> None:
    # 'in over three years' qualifies an extreme ('its best day in over three years'): the move stays the day's
    english = "Baidu jumps\n\nBaidu's ADRs jumped 8% on Tuesday, their best day in over three years."
    assert _claims(english, date(2026, 3, 11))["8"].kind == "day_change"
    german = "Baidu springt\n\nDie Baidu-ADRs sprangen am Dienstag um 8 Prozent, der beste Tag seit über drei Jahren."
    assert _claims(german, date(2026, 3, 11))["8"].kind == "day_change"


# --- 'Among the blue chips': the index's members, no count of chips ---------------------------------------------------


def test_a_move_among_the_blue_chips_is_no_count_of_chips(tmp_path: Path) -> None:
    # 0700.HK 2026-02-23: close 538.00, the session before (2026-02-20) 522.00: +3.07 %
    english = "Hong Kong close\n\nHong Kong stocks rallied on Monday. Among the blue chips, Tencent gained 3.1 percent."
    claims = _claims(english, date(2026, 2, 23))
    assert claims["3.1"].kind == "day_change" and claims["3.1"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, english, "2026-02-23")["3.1"] == "accurate"
    german = (
        "Hongkong Schluss\n\nDie Börse in Hongkong legte am Montag zu. Unter den Blue Chips gewann Tencent 3,1 Prozent."
    )
    claims = _claims(german, date(2026, 2, 23))
    assert claims["3,1"].kind == "day_change" and claims["3,1"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, german, "2026-02-23")["3,1"] == "accurate"
    # a count of chips stays one
    assert _claims("Nvidia shipped 3.5 million chips in the quarter.", date(2026, 2, 23))["3.5"].kind == "unit_count"


# --- 'a 30% discount to our $180 fair value estimate': a gap to an estimate, no market figure -------------------------


def test_a_discount_to_a_fair_value_is_no_market_claim(tmp_path: Path) -> None:
    # BIDU 2026-03-10: close 125.50 (+2.47 %); 125.50 / 180 - 1 = -30.3 %: an analyst's figure, out of scope
    english = (
        "Baidu note\n\nBaidu's ADRs rose 2.5% on Tuesday to $125.50, leaving the stock at a roughly 30% discount to "
        "our $180 fair value estimate."
    )
    claims = _claims(english, date(2026, 3, 11))
    assert claims["30"].kind == "analyst_target" and not claims["30"].checkable
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-11")
    assert verdicts["30"] == "out_of_scope" and verdicts["2.5"] == "accurate" and verdicts["125.50"] == "accurate"
    premium = "Tencent note\n\nTencent trades at a 12% premium to the analysts' HK$480.00 price target."
    assert _claims(premium, date(2026, 3, 11))["12"].kind == "analyst_target"
    german = (
        "Baidu-Notiz\n\nDie Baidu-ADRs stiegen am Dienstag um 2,5 Prozent auf 125,50 Dollar. Damit notiert die Aktie "
        "mit einem Abschlag von rund 30 Prozent zu unserem fairen Wert von 180 Dollar."
    )
    claims = _claims(german, date(2026, 3, 11))
    assert claims["30"].kind == "analyst_target" and not claims["30"].checkable
    assert verdicts_by_quote(tmp_path, german, "2026-03-11")["30"] == "out_of_scope"


def test_a_discount_to_the_hong_kong_shares_stays_a_parity_gap() -> None:
    # the parity rows (price_conversion) are untouched: a gap to the other listing, not to an estimate
    english = "Alibaba ADRs\n\nAlibaba's ADRs traded at a 1.5% discount to the Hong Kong shares on Friday."
    assert _claims(english, date(2026, 3, 11))["1.5"].kind == "price_conversion"


# --- 'the 30 level that traders treat as oversold': a convention, no RSI reading --------------------------------------


def test_an_oversold_level_named_after_the_reading_is_no_rsi_claim(tmp_path: Path) -> None:
    # NVDA: RSI(14), Wilder, on the closes to 2026-03-20 = 37.8; the 30 is the convention the reading is set against
    english = (
        "Nvidia RSI\n\nNvidia's 14-day relative strength index stood near 38 on Friday, not far from the 30 level "
        "that traders treat as oversold."
    )
    claims = _claims(english, date(2026, 3, 20))
    assert claims["38"].kind == "rsi" and claims["38"].listing == "NVDA"
    assert claims["30"].kind == "level_forecast" and not claims["30"].checkable
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-20")
    assert verdicts["38"] == "accurate" and verdicts["30"] == "out_of_scope"
    mark = "Nvidia chart\n\nNvidia's RSI sits at 38, above the 30 mark many chartists regard as oversold."
    claims = _claims(mark, date(2026, 3, 20))
    assert claims["30"].kind == "level_forecast" and claims["38"].kind == "rsi"
    german = (
        "Nvidia RSI\n\nDer RSI der Nvidia-Aktie lag am Freitag bei 38 und damit nicht weit von der Marke von 30, ab "
        "der ein Wert als überverkauft gilt."
    )
    claims = _claims(german, date(2026, 3, 20))
    assert claims["38"].kind == "rsi" and claims["30"].kind == "level_forecast"
    assert verdicts_by_quote(tmp_path, german, "2026-03-20")["38"] == "accurate"


# --- 'at about EUR 107.80': a hedge before a currency's code is the number's hedge ------------------------------------


def test_a_hedge_before_a_currency_code_is_read(tmp_path: Path) -> None:
    # 0700.HK close 2026-02-23 538.00: 'nearly HKD 540' holds (just under), '540' alone would not
    english = "Tencent rebounds\n\nTencent closed at nearly HKD 540 on Monday in Hong Kong."
    claims = _claims(english, date(2026, 2, 23))
    assert claims["540"].hedge == "just_under" and claims["540"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, english, "2026-02-23")["540"] == "accurate"
    # BIDU close 2026-03-10 125.50 / ECB 1.1641 = 107.81 EUR (derived Frankfurt parity)
    euro = "Baidu in Frankfurt\n\nIn Frankfurt, the Baidu ADR changed hands at about EUR 108 on Tuesday evening."
    assert _claims(euro, date(2026, 3, 11))["108"].hedge == "approx"
    german = "Tencent erholt sich\n\nTencent schloss am Montag in Hongkong bei knapp HKD 540."
    claims = _claims(german, date(2026, 2, 23))
    assert claims["540"].hedge == "just_under"
    assert verdicts_by_quote(tmp_path, german, "2026-02-23")["540"] == "accurate"
