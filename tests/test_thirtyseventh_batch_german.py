"""Rules added after trying the thirty-seventh batch of written German articles as an editor would
(tests/golden/articles de229..de230: a Der-Aktionär-style 'Aktien-Check' on Alibaba and Baidu with Xetra and
Tradegate euro prices in the morning, and an ARD 'Börse vor acht' TV script in short spoken sentences on the Dax, Asia
and Nvidia). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import check_text, claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'Am Ende standen 25.278 Punkte auf der Tafel': points after a form of 'stehen' are the level -------------------

_DAX_STOOD = (
    "Der Dax legte am Mittwoch 1,1 Prozent zu. Zum Handelsschluss standen {level} Punkte auf der Kurstafel. "
    "Zwischenzeitlich stand der Index {move} Punkte im Plus."
)


def test_points_after_a_form_of_stehen_are_the_index_level(tmp_path: Path) -> None:
    # ^GDAXI close 2026-02-18 25278.21 vs 2026-02-17 24998.40: +1.12 %, +279.81 points (high 25315.01: +316.61)
    text = _DAX_STOOD.format(level="25.278", move="300")
    claims = _claims(text, date(2026, 2, 18))
    assert claims["25.278"].kind == "index_level" and claims["25.278"].listing == "^GDAXI"
    assert claims["300"].kind == "index_move"  # 'stand ... Punkte im Plus': a move, not a level
    assert verdicts_by_quote(tmp_path, text, "2026-02-18")["25.278"] == "accurate"
    altered = _DAX_STOOD.format(level="25.578", move="300")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-18")["25.578"] == "wrong"


def test_points_notiert_higher_stay_a_move() -> None:
    text = "Der Dax notierte am Mittwoch zuletzt 280 Punkte höher."
    assert _claims(text, date(2026, 2, 18))["280"].kind == "index_move"


# --- a German morning price 'derzeit' after New York's evening, measured against 'zum gestrigen Handelsschluss' ------

_XETRA_MORNING = (
    "Alibaba unter Druck\n\n14.10.2025, 10:30 Uhr\n\n"
    "In New York hatten die ADRs am Montag 4,9 Prozent auf 166,81 Dollar zugelegt. Auf Xetra kostet die Aktie derzeit "
    "{price} Euro, das sind {move} Prozent weniger als zum gestrigen Handelsschluss."
)


def _judged(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, object]]:
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


def test_a_morning_euro_price_now_is_of_publication_and_its_move_against_yesterdays_close(tmp_path: Path) -> None:
    # Tuesday 2025-10-14, 10:30 in Germany: Hong Kong closed at 155.60 HKD (8 x 155.60 / ECB EUR/HKD 8.9823 = 138.58
    # EUR); the German close the evening before, BABA 2025-10-13 166.81 / ECB EUR/USD 1.1569 = 144.19 EUR: 138.58 /
    # 144.19 - 1 = -3.89 %. Read on Monday (the day the sentence before told), BABA's range 165.03..168.79 / 1.1569 =
    # 142.65..145.90 EUR and Monday's move up 4.9 % would call both figures wrong
    judged = _judged(tmp_path, _XETRA_MORNING.format(price="138,60", move="3,9"), "2025-10-14")
    assert judged["138,60"]["reference"] == {"date": "2025-10-14"}
    assert judged["3,9"]["reference"] == {"date": "2025-10-14"}
    assert judged["138,60"]["verdict"] == "accurate" and judged["3,9"]["verdict"] == "accurate"
    judged = _judged(tmp_path, _XETRA_MORNING.format(price="128,60", move="9,9"), "2025-10-14")
    assert judged["128,60"]["verdict"] != "accurate" and judged["9,9"]["verdict"] != "accurate"


# --- 'Seit Neujahr' is the year to date; 'Gestartet war ... bei' the open ----------------------------------------


def test_seit_neujahr_is_the_year_to_date(tmp_path: Path) -> None:
    # 0700.HK close 2026-02-20 522.00 vs 2025-12-31 599.00: -12.85 %
    text = (
        "Tencent schloss am Freitag in Hongkong bei 522 Hongkong-Dollar. "
        "Seit Neujahr hat die Aktie knapp 13 Prozent verloren."
    )
    claims = _claims(text, date(2026, 2, 20))
    assert claims["13"].kind == "ytd_return" and claims["13"].listing == "0700.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-02-20")["13"] == "accurate"
    altered = text.replace("knapp 13", "knapp 23")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-20")["23"] == "wrong"


def test_gestartet_war_bei_is_the_open(tmp_path: Path) -> None:
    # ^HSI 2026-02-23: open 26798.97, close 27081.91 (range 26798.97..27156.28); 9988.HK open 150.10, close 152.20
    text = (
        "Der Hang Seng schloss am Montag bei 27.082 Punkten. Gestartet war der Index bei 26.799 Punkten. "
        "Alibaba beendete den Tag in Hongkong bei 152,20 HK$, gestartet war die Aktie bei 150,10 HK$."
    )
    claims = _claims(text, date(2026, 2, 23))
    assert claims["26.799"].kind == "open_price" and claims["150,10"].kind == "open_price"
    verdicts = verdicts_by_quote(tmp_path, text, "2026-02-23")
    assert verdicts["26.799"] == "accurate" and verdicts["150,10"] == "accurate"
    altered = text.replace("26.799", "27.099").replace("150,10", "151,90")
    verdicts = verdicts_by_quote(tmp_path, altered, "2026-02-23")
    assert verdicts["27.099"] == "wrong" and verdicts["151,90"] == "wrong"
