"""Rules added after trying the thirty-sixth batch of written articles as an editor would (tests/golden/articles
de228: the transcript of a German lunchtime markets podcast, two hosts talking through Alibaba's and Tencent's
session in Hong Kong on 3 February 2026 with spoken numbers, the Hang Seng, Alibaba's ADRs and the Dax; en224: a
US weekly's 'Stock Picks' column on Meituan and Tencent of 26 March 2026 with a valuation paragraph). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'Zwischenzeitlich lag der Index mehr als 1 Prozent im Minus': an index's move at a moment of the session ------


def test_index_move_at_a_moment_of_its_own_clause_keeps_its_size_hedge(tmp_path: Path) -> None:
    # ^HSI 2026-03-17: close 25868.54 / 25834.02 (03-16) - 1 = +0.13 %; high 26250.14 / 25834.02 - 1 = +1.61 %
    text = (
        "Der Hang Seng schloss am Dienstag 0,1 Prozent höher. "
        "Zwischenzeitlich hatte der Index mehr als 1,5 Prozent gewonnen."
    )
    claims = _claims(text, date(2026, 3, 17))
    assert claims["1,5"].kind == "intraday_move" and claims["1,5"].listing == "^HSI"
    assert claims["1,5"].hedge == "more_than"
    assert verdicts_by_quote(tmp_path, text, "2026-03-17")["1,5"] == "accurate"
    # the day's range vs 25834.02: -0.05 % .. +1.61 %: 'mehr als 2,5 Prozent' lies beyond it
    altered = text.replace("1,5 Prozent", "2,5 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-17")["2,5"] != "accurate"


def test_index_move_as_much_as_is_read_on_the_range(tmp_path: Path) -> None:
    # ^HSI 2026-03-17 high 26250.14 / 25834.02 (03-16) - 1 = +1.61 %
    text = "The Hang Seng Index ended 0.1% higher on Tuesday after rising as much as 1.6% in the morning."
    claims = _claims(text, date(2026, 3, 17))
    assert claims["1.6"].kind == "intraday_move" and claims["1.6"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2026-03-17")["1.6"] == "accurate"
    altered = text.replace("1.6%", "3.6%")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-17")["3.6"] != "accurate"


def test_intraday_word_of_an_earlier_clause_leaves_an_index_session_move() -> None:
    # 'zeitweise' heads the first clause; the Friday move of the second is the session's whole move
    text = "Der Dax war zeitweise bis auf 22.400 Punkte gefallen, am Freitag gewann er 0,9 Prozent."
    assert _claims(text, date(2026, 3, 21))["0,9"].kind == "index_move"


# --- 'Im Tagestief ging es bis auf X, da stand ein Minus von mehr als 6 Prozent': the move at that low --------------


def test_move_at_the_day_low_told_in_a_da_clause(tmp_path: Path) -> None:
    # 0700.HK 2026-03-11: high 578.0 / 553.5 (03-10) - 1 = +4.43 %; close 552.0 / 553.5 - 1 = -0.27 %
    text = (
        "Tencent schloss am Mittwoch bei 552 Hongkong-Dollar. Im Tageshoch ging es bis auf 578 Hongkong-Dollar "
        "nach oben, da stand ein Plus von mehr als 4 Prozent auf der Kurstafel."
    )
    claims = _claims(text, date(2026, 3, 11))
    assert claims["4"].kind == "intraday_move" and claims["4"].hedge == "more_than"
    assert verdicts_by_quote(tmp_path, text, "2026-03-11")["4"] == "accurate"
    # the day's range vs 553.5: -0.99 % .. +4.43 % (a sentence naming no day is also read on the sessions before
    # publication: 2026-03-10's range vs 516.0 reached +7.75 %): 'mehr als 9 Prozent' lies beyond them all
    altered = text.replace("mehr als 4 Prozent", "mehr als 9 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-11")["9"] != "accurate"


def test_move_at_the_day_low_told_with_the_stock_as_subject() -> None:
    # 0700.HK 2026-03-11 low 548.0 / 553.5 - 1 = -0.99 %
    text = (
        "Tencent schloss bei 552 HKD. Im Tagestief rutschte sie bis auf 548 HKD, "
        "da lag die Aktie knapp 1 Prozent im Minus."
    )
    assert _claims(text, date(2026, 3, 11))["1"].kind == "intraday_move"


# --- 'its games and advertising businesses grew 20%': a company's businesses in the plural -----------------------


def test_businesses_in_the_plural_grow_no_share_price(tmp_path: Path) -> None:
    # BABA 2026-03-26: 126.51 / 129.87 (03-25) - 1 = -2.59 %
    text = (
        "Alibaba's ADRs fell 2.6% to $126.51 on Thursday, even though its cloud and e-commerce businesses grew 12% "
        "last quarter."
    )
    claims = _claims(text, date(2026, 3, 26))
    assert claims["12"].kind == "business_growth" and not claims["12"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["2.6"] == "accurate" and verdicts["12"] == "out_of_scope"
    altered = text.replace("2.6%", "4.6%")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-26")["4.6"] != "accurate"


def test_advertising_segments_in_the_plural() -> None:
    text = "Tencent rose 1% on Thursday. Its advertising segments grew 21% in the fourth quarter."
    assert _claims(text, date(2026, 3, 26))["21"].kind == "business_growth"


# --- 'Buy Tencent below HK$500': a recommendation's buy or sell level is no price of the stock ----------------------


def test_recommendation_level_after_buy_is_no_share_price(tmp_path: Path) -> None:
    # BABA 2026-03-26 close 126.51 (03-25: 129.87)
    text = "Alibaba's ADRs fell 2.6% to $126.51 on Thursday. Our pick: Buy Alibaba below $130."
    claims = _claims(text, date(2026, 3, 26))
    assert claims["130"].kind == "level_forecast" and not claims["130"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-26")
    assert verdicts["126.51"] == "accurate" and verdicts["130"] == "out_of_scope"
    altered = text.replace("$126.51", "$136.51")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-26")["136.51"] != "accurate"


def test_german_recommendation_level_after_kaufen() -> None:
    text = "Alibaba fiel in Frankfurt auf 108 Euro. Kaufen Sie die Aktie unter 100 Euro."
    assert _claims(text, date(2026, 3, 26))["100"].kind == "level_forecast"


# --- 'Die Aktie ist mit 165,40 HKD sogar leicht im Plus gestartet': the price a session started with -------------


def test_price_the_session_started_with_is_the_open(tmp_path: Path) -> None:
    # 0700.HK 2026-03-11: open 578.0, low 548.0, high 578.0, close 552.0 (03-10: 553.5)
    text = (
        "Tencent ist am Mittwoch mit 578 Hongkong-Dollar deutlich im Plus gestartet, "
        "schloss aber bei 552 Hongkong-Dollar."
    )
    claims = _claims(text, date(2026, 3, 11))
    assert claims["578"].kind == "open_price" and claims["578"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-03-11")["578"] == "accurate"
    # 568 lies inside the day's range (a last price would pass), but it is not the open
    altered = text.replace("mit 578", "mit 568")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-11")["568"] != "accurate"


def test_price_a_year_started_with_is_no_open() -> None:
    text = "Tencent schloss bei 552 HKD. Die Aktie ist mit 599 Hongkong-Dollar ins Jahr gestartet."
    assert _claims(text, date(2026, 3, 11))["599"].kind != "open_price"
