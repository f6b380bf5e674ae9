"""Rules added after trying the sixth batch of written articles as an editor would (tests/golden/
articles de49..de53, en43..en47). Each sentence here is written for the test, not taken from those
articles. Before these rules: a live blog's or ticker's entry ('2:15 p.m. ET: ...') took the day an
earlier entry looked back to ("Wednesday's close") and was judged against that session."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.sentences import opens_ticker_entry
from claimcheck.model import Claim, Published

THURSDAY = date(2025, 10, 16)


def _claims(text: str, published: date = THURSDAY) -> list[Claim]:
    claims, _ = extract_claims(text, Published(published, "option"), pipeline.load_rules())
    return claims


def _by_quote(text: str, published: date = THURSDAY) -> dict[str, Claim]:
    return {c.quote: c for c in _claims(text, published)}


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        ("9:50 a.m. ET: In Wednesday's session, Baidu's ADRs fell 1.4%.", "2:15 p.m. ET: Baidu is up 2.6%."),
        ("04:05 Uhr: Tencent verlor am Mittwoch in Hongkong 2,1 Prozent.", "07:30 Uhr: Tencent legt 1,9 Prozent zu."),
        (
            "+++ Hongkong, 09:40 Uhr +++ Meituan fiel am Mittwoch um 3,3 Prozent.",
            "+++ Hongkong, 10:05 Uhr +++ Meituan gewinnt 2,2 Prozent.",
        ),
    ],
)
def test_a_ticker_entry_does_not_take_the_day_the_entry_before_it_looked_back_to(head: str, entry: str) -> None:
    claims = _claims(f"{head}\n\n{entry}")
    earlier, later = claims[0], claims[-1]
    assert earlier.kind == "day_change" and earlier.reference == {"date": "2025-10-15"}
    # the later entry names no day: read like any figure that names none, never on Wednesday's session alone
    assert later.kind == "day_change" and later.time_source == "publication_default"
    assert later.reference == {"date": "2025-10-16"}


def test_a_paragraph_without_a_clock_time_still_carries_the_day_before() -> None:
    text = "Baidu fell 1.4% on Wednesday.\n\nThe stock ended 2.6% lower."
    later = _by_quote(text)["2.6"]
    assert later.reference == {"date": "2025-10-15"} and later.time_source == "earlier_sentence"


@pytest.mark.parametrize(
    ("paragraph", "stamped"),
    [
        ("11:20 a.m. ET: The rally fades.", True),
        ("3:05 p.m.: Shares slip.", True),
        ("10:15 Uhr: Handelsschluss in Hongkong.", True),
        ("10.15 Uhr – Die Aktie dreht ins Minus.", True),
        ("+++ New York, 16:05 Uhr +++ Die ADRs schließen fester.", True),
        ("Oct. 16, 2025, 4:20 p.m. ET", False),  # a dateline: a date first
        ("16.10.2025 – 18:30 Uhr", False),
        ("12.5 Prozent Plus: So stark stieg die Aktie.", False),
    ],
)
def test_a_ticker_entry_is_told_by_its_leading_clock_time(paragraph: str, stamped: bool) -> None:
    assert opens_ticker_entry(paragraph, 0) is stamped
