"""Four readings a live ticker, a weekly review and a derivatives page showed wrong (tester127):

- a move's noun with its percentage, then 'zum' before a close named by its day ('ein Aufschlag von 4 Prozent zum
  Freitagsschluss', 'ein Minus von 2 Prozent zum Schlusskurs vom Donnerstag') is measured from that close: the day is
  the base's, not the session of the open or price beside it (had dated both to the base's day, a true figure called
  wrong); 'zum Schluss' alone stays the session's end;
- points an index 'hatte ... erreicht' (the perfect's participle after the points) are a level reached, not a move of
  that many points (a true intraday high called wrong);
- a clause naming its own day beside 'am Vortag' ('stieg am Freitag auf ... nach ... am Vortag') is not dated by the day
  another clause of the sentence names ('während sie vor zehn Tagen ...'): the Friday's price was read ten days back;
- a 'Scheinpreis' (a certificate's price) is the product's, not a quote of the stock."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

# seeds/quotes/9988.HK.csv: 2026-01-09 close 146.50; 2026-01-12 open 146.90, close 154.30
MONDAY = date(2026, 1, 12)


@pytest.mark.parametrize(
    "text",
    (
        "Alibaba eröffnete am Montag in Hongkong bei 146,90 HK$, ein Aufschlag von 0,3 Prozent zum Freitagsschluss.",
        "Alibaba eröffnete in Hongkong bei 146,90 HK$, ein Plus von 0,3 % zum Schlusskurs vom Freitag.",
    ),
)
def test_zum_before_a_days_close_is_the_base(text: str) -> None:
    claims = claims_by_quote(text, MONDAY)
    assert claims["146,90"].reference == {"date": "2026-01-12"}
    assert claims["0,3"].reference == {"date": "2026-01-12"}


def test_zum_schluss_alone_is_the_sessions_end() -> None:
    text = "Alibaba schloss am Freitag in Hongkong bei 146,50 HK$, ein Plus von 1,2 Prozent zum Schluss."
    claims = claims_by_quote(text, MONDAY)
    assert claims["1,2"].reference == {"date": "2026-01-09"}


def test_points_reached_in_the_perfect_are_a_level() -> None:
    # ^HSI 2026-01-12 high 26608.48
    text = "Der Hang Seng legte am Montag zu; im Verlauf hatte der Index zeitweise 26.608 Punkte erreicht."
    claim = claims_by_quote(text, MONDAY)["26.608"]
    assert claim.kind == "index_level"
    moved = claims_by_quote("Der Hang Seng hatte am Montag zeitweise 300 Punkte verloren.", MONDAY)["300"]
    assert moved.kind == "index_move"


def test_a_clause_with_its_own_day_beside_the_previous_day() -> None:
    # a Saturday text; 9988.HK 2026-01-09 (Friday) close 146.50, 2026-01-08 close 142.60
    text = (
        "Nachdem die Alibaba-Aktie vor einer Woche in Hongkong bei 152,80 HK$ geschlossen hatte, fiel sie am Freitag "
        "auf 146,50 HK$ nach 142,60 HK$ am Vortag, während sie vor zehn Tagen noch bei 150,00 HK$ gestanden hatte."
    )
    claims = claims_by_quote(text, date(2026, 1, 10))
    assert claims["146,50"].reference == {"date": "2026-01-09"}


def test_a_certificates_price_is_no_quote() -> None:
    text = "Alibaba schloss bei 164,32 US$. Bei einem Scheinpreis von 1,95 Euro erhalten Anleger 500 Scheine."
    claim = claims_by_quote(text, date(2026, 2, 12))["1,95"]
    assert (claim.kind, claim.checkable) == ("amount", False)
