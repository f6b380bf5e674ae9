"""Days attach to the clause and the number they govern; the metric vocabulary of session ranges,
highs and lows. Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules

MONDAY = Published(date(2026, 1, 12), "option")


def _claims(text: str, rules: Rules, published: Published = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, published, rules)
    return {c.quote: c for c in claims if c.checkable}


def test_a_day_after_a_comparison_base_dates_that_number_only(rules: Rules) -> None:
    text = (
        "Die Alibaba-Aktie stieg am Montag in Hongkong. "
        "In Hongkong schloss die Alibaba-Aktie bei HK$154,50, ein Plus von 4,67 % gegenüber HK$147,60 am Freitag."
    )
    got = _claims(text, rules)
    assert got["147,60"].kind == "close" and got["147,60"].reference == {"date": "2026-01-09"}
    assert got["154,50"].reference == {"date": "2026-01-12"}  # carried from the sentence before, not Friday
    assert got["4,67"].reference == {"date": "2026-01-12"}


def test_a_day_after_an_ordinary_number_dates_the_whole_sentence(rules: Rules) -> None:
    got = _claims("Alibaba's Hong Kong shares climbed 5.9% on Friday before closing up 5.3% at HK$154.30.", rules)
    assert {got[q].reference["date"] for q in ("5.9", "5.3", "154.30")} == {"2026-01-09"}  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Die Alibaba-Aktie schwankte am Freitag in Hongkong zwischen HK$147,80 und HK$156,30.", "147,80", "156,30"),
        ("Die BABA-Aktie hatte am Freitag eine Tagesspanne von etwa $157,82 bis $161,50.", "157,82", "161,50"),
        ("Alibaba's ADRs traded between $157.82 and $161.50 on Friday in New York.", "157.82", "161.50"),
    ],
)
def test_the_ends_of_a_session_range_are_its_low_and_high(rules: Rules, text: str, low: str, high: str) -> None:
    got = _claims(text, rules)
    assert (got[low].kind, got[high].kind) == ("day_low", "day_high")


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Das bisherige Tageshoch der Alibaba-Aktie lag in New York bei 166,20 USD.", "166,20", "day_high"),
        ("Den tiefsten Stand des Tages markierte die Alibaba-Aktie in Hongkong bei 148,38 HKD.", "148,38", "day_low"),
        ("Die Alibaba-Aktie notiert in New York unter ihrem 2025er-Hoch von etwa $192,67.", "192,67", "year_high"),
        ("Das 52-Wochen-Tief der Alibaba-Aktie in New York liegt bei 80,30 USD.", "80,30", "low_52w"),
        ("BABA notiert 17 % gegenüber dem jüngsten Höchststand.", "17", "distance_52w_high"),
        ("Bei 164,83 USD startete die Alibaba-Aktie in New York in den Handelstag.", "164,83", "open_price"),
    ],
)
def test_highs_lows_and_opens_are_named(rules: Rules, text: str, quote: str, kind: str) -> None:
    assert _claims(text, rules)[quote].kind == kind


def test_a_sum_of_billions_is_not_a_share_price(rules: Rules) -> None:
    claims, _ = extract_claims("Die Alibaba-Aktie schloss ein Quartal mit 34,24 Mrd. USD ab.", MONDAY, rules)
    assert [c.kind for c in claims if c.quote == "34,24"] == ["amount"]


def test_an_extreme_set_on_a_stated_day_is_read_as_of_publication(rules: Rules) -> None:
    got = _claims("Am 18.09.2025 stieg die Alibaba-Aktie in New York auf das 52-Wochen-Hoch bei 167,30 USD.", rules)
    assert got["167,30"].kind == "high_52w" and got["167,30"].reference == {"date": "2026-01-12"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("BABA schloss am zurückliegenden Handelstag in New York bei 170,93 US-Dollar.", "2026-01-09"),
        ("Im New York-Handel gewannen die Alibaba-Papiere um 20:26 Uhr 1,9 Prozent.", "2026-01-12"),
        ("At the time of writing, Alibaba's ADRs were up 4% in New York.", "2026-01-12"),
    ],
)
def test_days_named_without_a_weekday(rules: Rules, text: str, day: str) -> None:
    published = Published(date(2026, 1, 10), "option") if "zurückliegenden" in text else MONDAY
    (claim,) = _claims(text, rules, published).values()
    assert claim.reference == {"date": day}
