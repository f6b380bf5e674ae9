"""Rules added after trying the thirty-fifth batch of written German articles as an editor would
(tests/golden/articles de223..de224: a Sunday paper's Leserfrage answering a reader who bought Alibaba in Frankfurt,
'Lohnt sich das Nachkaufen?', and a certificate issuer's Zertifikate-Report on a Tencent discount certificate, the
underlying told in Hong Kong dollars and in euros). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'eröffnete bei X und ging mit einem Plus von 3 Prozent aus dem Handel': the session's end ends the predicate ----


def test_a_move_whose_predicate_ends_on_the_close_is_the_days_not_the_opening(tmp_path: Path) -> None:
    # 0700.HK 2026-03-24: open 508.00, close 514.00; close 2026-03-23 498.40: 514.00 / 498.40 - 1 = +3.13 %
    # (the open against the close before: 508.00 / 498.40 - 1 = +1.93 %)
    text = (
        "Die Tencent-Aktie eröffnete am Dienstag in Hongkong bei 508 HKD und ging mit einem Plus von 3,1 Prozent "
        "aus dem Handel."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["3,1"].kind == "day_change" and claims["508"].kind == "open_price"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts["3,1"] == "accurate" and verdicts["508"] == "accurate"
    altered = text.replace("3,1 Prozent", "5,1 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-25")["5,1"] == "wrong"


def test_a_move_with_its_closing_price_before_the_close_words(tmp_path: Path) -> None:
    # NVDA 2026-03-17: open 185.06, close 181.93; close 2026-03-16 183.22: 181.93 / 183.22 - 1 = -0.70 %
    text = (
        "Nvidia-Aktien eröffneten am Dienstag an der Nasdaq bei 185,06 Dollar und gingen mit einem Minus von "
        "0,7 Prozent bei 181,93 Dollar aus dem Handel."
    )
    claims = _claims(text, date(2026, 3, 18))
    assert claims["0,7"].kind == "day_change" and claims["181,93"].kind == "close"
    assert verdicts_by_quote(tmp_path, text, "2026-03-18")["0,7"] == "accurate"
    altered = text.replace("0,7 Prozent", "2,7 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-18")["2,7"] == "wrong"


def test_a_close_named_as_the_base_keeps_the_opening_move() -> None:
    # 'über dem Schlusskurs vom Vortag' names the base of the opening move, not the session's end
    text = "Alibaba eröffnete in Hongkong bei 171,20 HKD und damit 3,9 Prozent über dem Schlusskurs vom Vortag."
    assert _claims(text, date(2026, 1, 23))["3,9"].kind == "open_move"


# --- 'Ich ... liege inzwischen 13 Prozent im Minus': a reader's own position, told in the first person --------------


def test_a_readers_first_person_position_is_a_holders_gain_not_the_days_move(tmp_path: Path) -> None:
    # 3690.HK 2026-03-20: close 79.15; close 2026-03-19 80.70: 79.15 / 80.70 - 1 = -1.92 %
    text = (
        'Ein Leser fragt: "Ich habe Meituan zu 110 Hongkong-Dollar gekauft und liege jetzt gut 25 Prozent im Minus." '
        "Die Meituan-Aktie verlor am Freitag in Hongkong 1,9 Prozent auf 79,15 HKD."
    )
    claims = _claims(text, date(2026, 3, 22))
    assert claims["25"].kind == "since_return" and claims["1,9"].kind == "day_change"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-22")
    assert verdicts["25"] == "unverifiable" and verdicts["1,9"] == "accurate"
    altered = text.replace("1,9 Prozent", "3,9 Prozent").replace("gut 25", "gut 45")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-03-22")
    assert verdicts["45"] == "unverifiable" and verdicts["3,9"] == "wrong"


def test_a_first_person_plural_position_is_a_holders_gain_too() -> None:
    text = "Mit dem Baidu-Sparplan sind wir inzwischen 12 Prozent im Plus. Baidu schloss am Freitag bei 114,26 Dollar."
    claims = _claims(text, date(2026, 3, 22))
    assert claims["12"].kind == "since_return" and claims["114,26"].kind in ("close", "last_price")


# --- 'Binnen Monatsfrist': the month up to now, as 'binnen Jahresfrist' is the twelve months --------------------------


def test_binnen_monatsfrist_is_the_past_month(tmp_path: Path) -> None:
    # BIDU 2026-03-20 close 114.26; a month before, 2026-02-20, close 135.86: 114.26 / 135.86 - 1 = -15.90 %
    # (30 days back, 2026-02-18 close 137.87: -17.12 %)
    text = "Baidu-ADRs schlossen am Freitag bei 114,26 Dollar. Binnen Monatsfrist verloren sie knapp 16 Prozent."
    claims = _claims(text, date(2026, 3, 21))
    assert claims["16"].kind == "past_month_return" and claims["16"].listing == "BIDU"
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["16"] == "accurate"
    altered = text.replace("knapp 16", "knapp 25")
    assert _claims(altered, date(2026, 3, 21))["25"].kind == "past_month_return"
    assert verdicts_by_quote(tmp_path, altered, "2026-03-21")["25"] == "wrong"


# --- a discount or bonus certificate's cap, bonus level and maximum return: the product's terms, not the stock's -----


def test_a_certificates_cap_and_its_distance_are_no_quotes_of_the_stock(tmp_path: Path) -> None:
    # 3690.HK 2026-03-20: close 79.15; close 2026-03-19 80.70: 79.15 / 80.70 - 1 = -1.92 %; the cap of 75 HKD lies
    # 75 / 79.15 - 1 = -5.2 % below it: a term of the product
    text = (
        "Meituan verlor am Freitag in Hongkong 1,9 Prozent auf 79,15 HKD.\n\n"
        "Anleger können zu einem Discount-Zertifikat auf Meituan greifen. Der Cap liegt bei 75 HKD und damit gut "
        "5 Prozent unter dem aktuellen Kurs. Der Abstand zum Bonuslevel beträgt 18 Prozent."
    )
    claims = _claims(text, date(2026, 3, 21))
    assert not claims["75"].checkable and not claims["5"].checkable and not claims["18"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["1,9"] == "accurate" and verdicts["5"] == "out_of_scope"
    altered = text.replace("1,9 Prozent", "4,9 Prozent")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-21")["4,9"] == "wrong"


def test_a_certificates_maximum_return_is_no_move_of_the_stock(tmp_path: Path) -> None:
    # 3690.HK 2026-03-20 close 79.15 (see above); a maximum or sideways return is what the product may pay
    text = (
        "Meituan schloss am Freitag in Hongkong bei 79,15 HKD. Schließt Meituan am Bewertungstag über dem Cap, winkt "
        "eine Maximalrendite von knapp 12 Prozent; die Seitwärtsrendite beträgt 9,5 Prozent."
    )
    claims = _claims(text, date(2026, 3, 21))
    assert claims["12"].kind == "forecast" and claims["9,5"].kind == "forecast"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["79,15"] == "accurate" and verdicts["12"] == "out_of_scope"
    altered = text.replace("79,15 HKD", "83,15 HKD")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-21")["83,15"] == "wrong"


def test_a_cap_word_outside_a_product_keeps_a_market_figure() -> None:
    # 'Small Cap' names a market segment, no product's cap: its index move stays a figure of trading
    text = "Der Hang Seng fiel am Freitag um 0,6 Prozent, der MSCI China Small Cap Index um 1,1 Prozent."
    assert _claims(text, date(2026, 3, 21))["1,1"].kind != "level_forecast"


# --- 'eine Alternative im Bonus-Zertifikat: ..., der Briefkurs bei 5,62 Euro': the derivative named in the sentence --


def test_a_products_price_in_the_sentence_naming_the_product_is_no_quote(tmp_path: Path) -> None:
    # 3690.HK 2026-03-20 close 79.15; the certificate's ask of 7,40 Euro is the product's price, not the stock's
    text = (
        "Meituan schloss am Freitag in Hongkong bei 79,15 HKD.\n\n"
        "Eine Alternative bietet ein Bonus-Zertifikat auf Meituan: Die Barriere liegt bei 60 HKD, der Briefkurs bei "
        "7,40 Euro."
    )
    claims = _claims(text, date(2026, 3, 21))
    assert claims["7,40"].kind == "amount" and not claims["7,40"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-21")
    assert verdicts["79,15"] == "accurate" and verdicts["7,40"] == "out_of_scope"
    altered = text.replace("79,15 HKD", "75,15 HKD")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-21")["75,15"] == "wrong"


def test_a_stock_named_with_a_product_keeps_its_price() -> None:
    # a sentence naming the stock as well is no product's term sheet: its euro price stays a quote
    text = "Die Meituan-Aktie kostet in Frankfurt 8,80 Euro, ein Bonus-Zertifikat darauf wird gerne gekauft."
    assert _claims(text, date(2026, 3, 21))["8,80"].checkable


# --- '...; an jenem Tag schloss die Aktie bei ...': an anaphor after a semicolon refers to its own sentence's day -----


def test_an_anaphor_after_a_semicolon_takes_the_day_its_sentence_named(tmp_path: Path) -> None:
    # 3690.HK close 2026-03-19 (Thursday) 80.70 (2026-03-18: 80.30; 2026-03-25: 90.00)
    text = (
        "Meituan schloss am Mittwoch in Hongkong bei 90,00 HKD.\n\n"
        "Gedreht hatte die Stimmung am vergangenen Donnerstag, als Meituan zulegte; an jenem Tag schloss die Aktie in "
        "Hongkong bei 80,70 HKD."
    )
    claims = _claims(text, date(2026, 3, 25))
    assert claims["80,70"].kind == "close" and claims["80,70"].reference == {"date": "2026-03-19"}
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["80,70"] == "accurate"
    altered = text.replace("80,70 HKD", "84,70 HKD")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-25")["84,70"] == "wrong"
