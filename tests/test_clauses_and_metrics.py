"""Days attach to the clause and the number they govern; the metric vocabulary of session ranges,
highs and lows. Sentences written for the test (Monday 2026-01-12 is the day of publication)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.paths import SNAPSHOT_DIR
from claimcheck.rules import Rules
from tests.helpers import check_text

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
        ("Die Alibaba-Aktie stieg am Freitag in Hongkong, letztlich kostete sie 150,70 HKD.", "150,70", "close"),
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


def _bars(symbol: str) -> pd.DataFrame:
    frame = pd.read_csv(SNAPSHOT_DIR / f"{symbol}.csv", parse_dates=["date"])
    return frame.set_index(frame["date"].dt.date)


def test_a_52_week_high_is_read_from_the_highs_and_a_year_high_from_the_calendar_year(tmp_path: Path) -> None:
    """The 52-week high once came out as the 52-week low (the kind's name ends in '52w', not 'high')."""
    bars = _bars("BABA")
    year = bars.loc[date(2025, 9, 19) - timedelta(weeks=52) + timedelta(days=1) : date(2025, 9, 19)]
    high_52w = year["high"].max()  # 167.3 (2025-09-18 in the snapshot)
    high_2025 = bars.loc[date(2025, 1, 1) : date(2025, 11, 24), "high"].max()
    text = (
        f"Das 52-Wochen-Hoch der Alibaba-Aktie in New York liegt bei {high_52w:.2f} USD.\n\n"
        f"Die Alibaba-Aktie notiert in New York unter ihrem 2025er-Hoch von {high_2025:.2f} USD."
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = check_text(tmp_path / "a", text.split("\n\n")[0], "2025-09-19")["articles"][0]["claims"][0]
    second = check_text(tmp_path / "b", text.split("\n\n")[1], "2025-11-24")["articles"][0]["claims"][0]
    assert (first["kind"], first["verdict"]) == ("high_52w", "accurate")
    assert first["observed"] == pytest.approx(high_52w)
    assert (second["kind"], second["verdict"]) == ("year_high", "accurate")
    assert second["observed"] == pytest.approx(high_2025)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("According to the Relative Strength Index (RSI), NVDA is now trading above 78.", 78.0),
        ("Der RSI der Alibaba-Aktie in New York liegt bei 29.", 29.0),
    ],
)
def test_an_indicator_value_needs_no_unit(rules: Rules, text: str, value: float) -> None:
    (claim,) = [c for c in _claims(text, rules).values() if c.kind == "rsi"]
    assert (claim.value, claim.unit) == (value, "points")


@pytest.mark.parametrize(
    "text",
    [
        "Der RSI(14) der Alibaba-Aktie in New York ist gestiegen.",
        "Der RSI über 14 Tage der Alibaba-Aktie in New York ist gestiegen.",
        "The 14-day RSI of Alibaba's ADRs in New York rose.",
    ],
)
def test_an_indicator_parameter_is_not_its_value(rules: Rules, text: str) -> None:
    assert [c.quote for c in _claims(text, rules).values() if c.kind == "rsi"] == []
