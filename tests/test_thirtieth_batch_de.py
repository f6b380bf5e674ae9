"""Rules added after trying the thirtieth batch of written German articles as an editor would (tests/golden/articles
de197..de200: a Lynx Marktkommentar before the US open, a Süddeutsche Zeitung Finanzen report on Asian and German
trading, a derivatives magazine's turbo note on Tencent with prices in HKD and euros, a Börsenradio podcast transcript
in spoken style). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- an RSI's 'Punkte' are the oscillator's, not an index level: the stock in play keeps its RSI ------------------


def test_rsi_in_points_after_an_index_is_the_stock_in_plays(tmp_path: Path) -> None:
    # 0700.HK 2026-02-10: close 551.0 / 560.0 (2026-02-09) - 1 = -1.61 %; RSI(14) of its closes up to that day:
    # Wilder 32.1 (simple 30.4); ^HSI's RSI(14) that day 56.6 (the index's, which the '32' had been read on)
    text = (
        "Der Hang Seng stieg am Dienstag um 0,6 Prozent auf 27.183 Punkte. Tencent verloren 1,6 Prozent auf 551 "
        "Hongkong-Dollar. Der Relative-Stärke-Index (RSI) liegt mit 32 Punkten nahe der überverkauften Zone."
    )
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["32"].kind == "rsi" and claims["32"].listing == "0700.HK"
    assert claims["27.183"].listing == "^HSI"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-11")
    assert verdicts["32"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("mit 32", "mit 45"), "2026-02-11")["45"] == "wrong"


def test_rsi_in_points_after_an_index_alone_stays_the_indexs() -> None:
    # no stock in play: the RSI is the DAX's, as before
    text = "Der Dax schloss am Freitag bei 23.591 Punkten. Der RSI liegt mit 34 Punkten nahe der überverkauften Zone."
    claims = claims_by_quote(text, date(2026, 3, 7))
    assert claims["34"].kind == "rsi" and claims["34"].listing == "^GDAXI"


# --- spoken sign after the unit: 'sieben Prozent minus', '2 Prozent plus' ------------------------------------------


def test_prozent_minus_after_the_number_is_a_fall(tmp_path: Path) -> None:
    # 3690.HK Friday 2026-02-06 close 91.40; the week: 91.40 / 97.20 (2026-01-30) - 1 = -5.97 %
    text = (
        "Meituan schlossen am Freitag in Hongkong bei 91,40 Hongkong-Dollar. Auf Wochensicht sind das knapp 6 Prozent "
        "minus."
    )
    claims = claims_by_quote(text, date(2026, 2, 7))
    assert claims["6"].direction == "down" and claims["6"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-02-07")["6"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("knapp 6", "knapp 20"), "2026-02-07")["20"] == "wrong"


def test_prozent_plus_after_the_number_is_a_rise(tmp_path: Path) -> None:
    # ^HSI Tuesday 2026-02-10 close 27183.15; since the week's start: 27183.15 / 26559.95 (2026-02-06) - 1 = +2.35 %
    text = "Der Hang Seng schloss am Dienstag bei 27.183 Punkten. Seit Wochenbeginn sind das gut 2 Prozent plus."
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["2"].direction == "up" and claims["2"].listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2026-02-11")["2"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 2", "gut 5"), "2026-02-11")["5"] == "wrong"


# --- spoken numbers of a hundred and more: one compound word before its unit ------------------------------------


def test_a_spoken_price_over_a_hundred_is_read(tmp_path: Path) -> None:
    # BIDU Monday 2026-02-09 close 146.97
    text = "Baidu haben am Montag in New York zugelegt und bei knapp hundertsiebenundvierzig Dollar geschlossen."
    claims = claims_by_quote(text, date(2026, 2, 10))
    claim = claims["hundertsiebenundvierzig"]
    assert claim.kind == "close" and claim.listing == "BIDU" and claim.hedge == "just_under"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-10")
    assert verdicts["hundertsiebenundvierzig"] == "accurate"
    altered = text.replace("hundertsiebenundvierzig", "hundertsiebenundfünfzig")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-10")["hundertsiebenundfünfzig"] == "wrong"


def test_a_spoken_index_level_is_read(tmp_path: Path) -> None:
    # ^HSI Tuesday 2026-02-10 close 27183.15: 'rund' 27,200 (0.06 % off); 29,000 is 6.7 % above the close, beyond
    # the approx band's 5 % of the stated level
    text = "Der Hang Seng ist am Dienstag bei rund siebenundzwanzigtausendzweihundert Punkten aus dem Handel gegangen."
    claims = claims_by_quote(text, date(2026, 2, 11))
    claim = claims["siebenundzwanzigtausendzweihundert"]
    assert claim.kind == "index_level" and claim.listing == "^HSI"
    assert verdicts_by_quote(tmp_path, text, "2026-02-11")["siebenundzwanzigtausendzweihundert"] == "accurate"
    altered = text.replace("siebenundzwanzigtausendzweihundert", "neunundzwanzigtausend")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-11")["neunundzwanzigtausend"] == "wrong"


def test_a_bare_scale_word_stays_no_figure() -> None:
    # 'mehrere Hundert Dollar', 'Tausend Punkte' as a round mark: no stated quantity
    text = "Baidu schlossen am Montag bei 146,97 Dollar. Anleger zahlten mehrere Hundert Dollar für Optionen."
    assert "Hundert" not in claims_by_quote(text, date(2026, 2, 10))


# --- spoken 'runter' / 'rauf': a sign word -------------------------------------------------------------------------


def test_bis_auf_points_runter_is_the_index_day_low(tmp_path: Path) -> None:
    # ^GDAXI Tuesday 2026-02-10: close 24987.85 / 25014.87 (2026-02-09) - 1 = -0.11 %; low 24935.34
    text = "Der Dax schloss am Dienstag 0,1 Prozent tiefer. Zwischenzeitlich ging es bis auf 24.935 Punkte runter."
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["24.935"].kind == "day_low" and claims["24.935"].listing == "^GDAXI"
    assert verdicts_by_quote(tmp_path, text, "2026-02-11")["24.935"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("24.935", "24.835"), "2026-02-11")["24.835"] == "wrong"


def test_prozent_runter_is_a_fall(tmp_path: Path) -> None:
    # 3690.HK Tuesday 2026-02-10: 88.80 / 91.05 (2026-02-09) - 1 = -2.47 %
    text = (
        "Tencent gaben am Dienstag in Hongkong 1,6 Prozent nach. Meituan ebenfalls schwach, 2,5 Prozent runter auf "
        "88,80 Hongkong-Dollar."
    )
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["2,5"].direction == "down" and claims["2,5"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-02-11")["2,5"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2,5 Prozent", "4,5 Prozent"), "2026-02-11")["4,5"] == "wrong"


def test_a_spoken_level_is_stated_to_its_last_named_digit(tmp_path: Path) -> None:
    # ^GDAXI Friday 2026-03-06: low 23342.88; 'dreiundzwanzigtausenddreihundertvierzig' (23,340) is stated to the
    # tens, 23,335..23,345; 23,240 is 100 points below the low
    text = (
        "Der Dax hat am Freitag knapp ein Prozent verloren. Zwischenzeitlich ging es bis auf "
        "dreiundzwanzigtausenddreihundertvierzig Punkte runter."
    )
    claims = claims_by_quote(text, date(2026, 3, 7))
    assert claims["dreiundzwanzigtausenddreihundertvierzig"].kind == "day_low"
    assert claims["dreiundzwanzigtausenddreihundertvierzig"].decimals == -1
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-07")
    assert verdicts["dreiundzwanzigtausenddreihundertvierzig"] == "accurate"
    altered = text.replace("dreihundertvierzig", "zweihundertvierzig")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-07")["dreiundzwanzigtausendzweihundertvierzig"] == "wrong"


# --- a sentence naming the product itself in a paragraph on a derivative: the product's price, not a quote -------


def test_the_products_price_in_prose_is_no_quote(tmp_path: Path) -> None:
    # 9988.HK 2026-02-10 close 160.50 (the stock's price is judged; the certificate's ask and spread are its terms)
    text = (
        "Alibaba schlossen am Dienstag in Hongkong bei 160,50 Hongkong-Dollar.\n\n"
        "Wer auf weitere Kursgewinne setzt, kann zu einem Turbo-Long-Zertifikat greifen. Der Schein kostet im Brief "
        "1,45 Euro, der Spread beträgt 0,01 Euro."
    )
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert not claims["1,45"].checkable and claims["1,45"].kind == "amount"
    assert not claims["0,01"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-11")
    assert verdicts["160,50"] == "accurate" and verdicts["1,45"] == "out_of_scope"
    assert verdicts_by_quote(tmp_path, text.replace("160,50", "166,50"), "2026-02-11")["166,50"] == "wrong"


def test_a_stock_named_beside_the_product_keeps_its_price() -> None:
    # the product's paragraph, but a sentence naming the stock: its price stays a quote
    text = (
        "Wer auf weitere Kursgewinne setzt, kann zu einem Turbo-Long-Zertifikat greifen. Der Schein kostet im Brief "
        "1,45 Euro. Die Alibaba-Aktie kostet in Frankfurt zuletzt 17,30 Euro."
    )
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["17,30"].checkable and not claims["1,45"].checkable


# --- an interview's question as a paragraph of its own names the period of the answer's paragraph ----------------


def test_a_question_paragraph_names_the_period_of_the_answer(tmp_path: Path) -> None:
    # 0700.HK Tuesday 2026-02-10 close 551.0; the year: 551.0 / 599.0 (2025-12-31) - 1 = -8.01 %
    text = (
        "Moderatorin: Tencent hat heute in Hongkong bei 551 Hongkong-Dollar geschlossen.\n\n"
        "Moderatorin: Und wie sieht es seit Jahresbeginn aus?\n\n"
        "Experte: Da liegt die Aktie gut 8 Prozent im Minus, das ist enttäuschend."
    )
    claims = claims_by_quote(text, date(2026, 2, 10))
    assert claims["8"].kind == "ytd_return" and claims["8"].listing == "0700.HK"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-10")
    assert verdicts["8"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 8", "gut 18"), "2026-02-10")["18"] == "wrong"


def test_a_question_inside_a_paragraph_does_not_reach_the_next() -> None:
    # the question is answered in its own paragraph; the paragraph after that starts afresh
    text = (
        "Moderatorin: Und seit Jahresbeginn? Experte: Da liegt Tencent gut 8 Prozent im Minus.\n\n"
        "Experte: Heute hat die Aktie 1,6 Prozent verloren."
    )
    claims = claims_by_quote(text, date(2026, 2, 10))
    assert claims["1,6"].kind == "day_change"


# --- 'schloss X Prozent' after an opening told in the sentence: the day's move, not the opening's --------------------


def test_schloss_percent_after_an_opening_is_the_days_move(tmp_path: Path) -> None:
    # ^HSI Tuesday 2026-02-10: open 27202.96, close 27183.15 / 27027.16 (2026-02-09) - 1 = +0.58 %
    # (the open's move was +0.65 %)
    text = (
        "Der Hang Seng eröffnete am Dienstag bei 27.203 Punkten, gab dann etwas nach und schloss 0,6 Prozent höher bei "
        "27.183 Punkten."
    )
    claims = claims_by_quote(text, date(2026, 2, 11))
    assert claims["0,6"].kind == "index_move" and claims["27.203"].kind == "open_price"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-11")
    assert verdicts["0,6"] == "accurate" and verdicts["27.203"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("0,6 Prozent", "1,6 Prozent"), "2026-02-11")["1,6"] == "wrong"
