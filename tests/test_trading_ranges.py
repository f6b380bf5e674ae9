"""The two ends of a trading range are two prices, a low and a high: 'in einer Spanne von 156,15 bis 166,37
Dollar', 'zwischen 147,80 und 156,30 HKD' had been one approximate price that any close inside it made accurate
(a wrong low passed); a 52-week range ('Alibaba's 52-week range is $80.06 to $192.67', 'Die 52-Wochen-Spanne
... reicht von') gives the 52-week low and high, which had been read as a move and a price of the day.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

WEDNESDAY = date(2025, 11, 26)


def _kinds(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(c.quote, c.kind, c.listing) for c in claims_by_quote(sentence, WEDNESDAY).values()]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        (
            "Die Alibaba-Aktie bewegte sich am Dienstag in einer Spanne von 156,15 bis 166,37 Dollar.",
            "156,15",
            "166,37",
        ),
        ("Alibaba traded in a range of $156.15 to $166.37 on Tuesday.", "156.15", "166.37"),
        ("In Hongkong pendelte die Alibaba-Aktie am Dienstag zwischen 153,40 und 160,50 HKD.", "153,40", "160,50"),
    ],
)
def test_a_sessions_range_is_its_low_and_high(sentence: str, low: str, high: str) -> None:
    kinds = {quote: kind for quote, kind, _ in _kinds(sentence)}
    assert (kinds[low], kinds[high]) == ("day_low", "day_high")


@pytest.mark.parametrize(
    "sentence",
    [
        "Alibaba's 52-week range is $80.06 to $192.67.",
        "Die 52-Wochen-Spanne der Alibaba-Aktie reicht von 80,06 bis 192,67 Dollar.",
    ],
)
def test_a_52_week_range_is_the_52_week_low_and_high(sentence: str) -> None:
    assert [(kind, listing) for _, kind, listing in _kinds(sentence)] == [("low_52w", "BABA"), ("high_52w", "BABA")]


def test_a_price_range_without_range_words_stays_one_approximate_price() -> None:
    claims = claims_by_quote("Die Alibaba-Aktie kostete am Dienstag 150 bis 155 Dollar.", WEDNESDAY)
    assert [(c.value, c.value_high) for c in claims.values()] == [(150.0, 155.0)]
