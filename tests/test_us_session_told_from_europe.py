"""New York's session as German and English copy tells it the next morning, found by probing sentences written
for the test: 'am Vorabend' and 'last night' (the evening before publication's day), 'in der Nacht zum Mittwoch'
(Tuesday's session, which ran into that night in Europe) and 'im New Yorker Handel' (the US listing). Before: the
move was read on publication's day, and on the Hong Kong listing for 'New Yorker': called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

WEDNESDAY = date(2025, 11, 26)


@pytest.mark.parametrize(
    "text",
    [
        "Im New Yorker Handel hatte die Alibaba-Aktie am Vorabend 2,3 Prozent verloren.",
        "An der Wall Street schloss Alibaba in der Nacht zum Mittwoch 2,3 Prozent tiefer.",
        "In der Nacht auf Mittwoch fiel die Alibaba-ADR in New York um 2,3 Prozent.",
        "Alibaba's ADRs fell 2.3% in New York last night.",
        "Am Vorabend hatte die Alibaba-ADR an der Wall Street 2,3 Prozent verloren.",
    ],
)
def test_the_evening_before_is_the_session_before_publication(text: str) -> None:
    (claim,) = claims_by_quote(text, WEDNESDAY).values()
    assert claim.listing == "BABA"
    assert claim.reference == {"date": "2025-11-25"}


def test_the_night_to_a_weekday_counts_from_that_weekday() -> None:
    text = "In der Nacht zum Dienstag hatte die Alibaba-ADR in New York 1,2 Prozent zugelegt."
    (claim,) = claims_by_quote(text, date(2025, 11, 27)).values()
    assert claim.reference == {"date": "2025-11-24"}


def test_the_us_session_the_evening_before_is_judged(tmp_path: Path) -> None:
    # BABA in seeds/quotes: close 2025-11-24 160.73, 2025-11-25 157.01 (157.01 / 160.73 - 1 = -2.31 %),
    # 2025-11-26 157.60 (+0.38 %)
    text = (
        "Alibaba nach den Zahlen\n\n"
        "An der Wall Street schloss Alibaba in der Nacht zum Mittwoch 2,3 Prozent tiefer bei 157,01 Dollar.\n\n"
        "Im New Yorker Handel hatte die Aktie am Vorabend 4 Prozent verloren.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2025-11-26")["articles"][0]["claims"]}
    assert claims["2,3"]["verdict"] == "accurate"
    assert claims["157,01"]["verdict"] == "accurate"
    assert claims["4"]["verdict"] == "wrong"


def test_the_listing_read_is_the_one_the_explanation_names(tmp_path: Path) -> None:
    # no venue named: Baidu's home listing 9888.HK holds no quotes after 2025-10-30 in seeds/quotes, so the move is
    # read on BIDU (close 2025-11-21 110.95, 2025-11-24 119.21: +7.44 %), and the explanation must say so
    text = "Baidu legt zu\n\nDie Baidu-Aktie legte am Montag um 7,4 Prozent zu.\n"
    (claim,) = check_text(tmp_path, text, "2025-11-25")["articles"][0]["claims"]
    assert claim["verdict"] == "accurate"
    assert "(BIDU)" in claim["explanation"] and "(9888.HK)" not in claim["explanation"]


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        ("Hong Kong's benchmark index closed up 0.7% at 25,894.55.", "^HSI"),
        ("Der Hongkonger Leitindex schloss 0,7 Prozent fester.", "^HSI"),
        ("Der deutsche Leitindex gab 0,5 Prozent nach.", "^GDAXI"),
    ],
)
def test_an_index_named_by_its_role_is_that_index(text: str, listing: str) -> None:
    claims = claims_by_quote(text, date(2025, 11, 25))
    assert {c.listing for c in claims.values()} == {listing}
