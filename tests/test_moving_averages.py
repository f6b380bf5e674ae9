"""Moving averages (issue #13): the window a moving average's words name ('50-day', 'fifty day',
'200-Tage-Linie', 'GD 200', 'SMA 50', 'EMA 20'), typed on the claim, and the level and the distance measured
from the daily closes of seeds/quotes over that window."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.paths import RULES_DIR, SEEDS_DIR
from claimcheck.rules import load_rules
from tests.helpers import check_text, claims_by_quote

WEDNESDAY = date(2025, 11, 26)


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        # MarketBeat names two averages in one sentence: each number takes the window named before it
        (
            "Alibaba has a 50-day moving average of $121.93 and a 200-day moving average of $100.40.",
            {"121.93": (50, False), "100.40": (200, False)},
        ),
        (
            "Alibaba's fifty day moving average price is $151.46 and its 200-day moving average price is $128.12.",
            {"151.46": (50, False), "128.12": (200, False)},
        ),
        ("Alibaba's two hundred-day moving average is $128.12.", {"128.12": (200, False)}),
        ("Die 200-Tage-Linie der Alibaba-Aktie verläuft bei 130,50 Dollar.", {"130,50": (200, False)}),
        ("Die Alibaba-Aktie notiert über der 50-Tage-Linie bei 121,93 Dollar.", {"121,93": (50, False)}),
        ("Der 38-Tage-Durchschnitt der Alibaba-Aktie liegt bei 150 Dollar.", {"150": (38, False)}),
        ("Der exponentielle 38-Tage-Durchschnitt der Alibaba-Aktie liegt bei 150 Dollar.", {"150": (38, True)}),
        ("Die Alibaba-Aktie notiert 26 Prozent über dem GD200.", {"26": (200, False)}),
        ("Die Alibaba-Aktie notiert 26 Prozent über dem GD 50.", {"26": (50, False)}),
        ("Alibaba shares trade 5% above their 50-day moving average.", {"5": (50, False)}),
        ("Alibaba shares trade 5% above their SMA 50.", {"5": (50, False)}),
        ("Alibaba shares trade 5% above their EMA 20.", {"5": (20, True)}),
        ("Alibaba shares trade 5% above their 20-day exponential moving average.", {"5": (20, True)}),
        # a distance takes the window after it in its clause, each number its own
        (
            "Alibaba shares trade 28% above their 50-day moving average and more than 55% above their 200-day average.",
            {"28": (50, False), "55": (200, False)},
        ),
        # ... else the one named before it
        (
            "Die 200-Tage-Linie der Alibaba-Aktie verläuft bei 584,21 HKD, die Aktie notiert damit 10,6 % unter dem"
            " Durchschnitt.",
            {"584,21": (200, False), "10,6": (200, False)},
        ),
        ("Alibaba shares trade 5% above their moving average.", {"5": (None, False)}),
    ],
)
def test_the_window_a_moving_average_names_is_typed_on_its_claim(
    text: str, windows: dict[str, tuple[int | None, bool]]
) -> None:
    claims = claims_by_quote(text, WEDNESDAY)
    for quote, window in windows.items():
        claim = claims[quote]
        assert claim.kind in ("moving_average", "moving_average_distance"), (quote, claim.kind)
        assert (claim.average_sessions, claim.average_exponential) == window, quote


def test_other_claims_name_no_window() -> None:
    claims = claims_by_quote("Alibaba shares rose 5% on Tuesday to $160.20, above their 50-day line.", WEDNESDAY)
    assert claims["5"].kind == "day_change" and claims["5"].average_sessions is None
    assert claims["160.20"].average_sessions is None


def test_a_count_in_words_is_a_row(tmp_path: Path) -> None:
    """moving_averages.csv: a row whose role is its sessions makes a new count in words a window."""
    text = "Alibaba's twenty-one-day moving average is $160.20."
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    with (rules_dir / "moving_averages.csv").open("a", encoding="utf-8") as handle:
        handle.write("21,en,twenty-one,\n")

    def window(rules_dir: Path) -> int | None:
        claims, _ = extract_claims(text, Published(WEDNESDAY, "option"), load_rules(rules_dir), lang="en")
        [claim] = [c for c in claims if c.quote == "160.20"]
        assert claim.kind == "moving_average"
        return claim.average_sessions

    # without the row the words name no window the table knows (unverifiable); with it, 21 sessions
    assert (window(RULES_DIR), window(rules_dir)) == (None, 21)


def _closes(symbol: str, up_to: str) -> pd.Series:
    frame = pd.read_csv(SEEDS_DIR / "quotes" / f"{symbol}.csv", parse_dates=["date"]).set_index("date")
    return frame["close"].dropna()[:up_to]


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One article of the figures below on BABA's session of Tuesday 2025-11-25, checked once."""
    closes = _closes("BABA", "2025-11-25")
    sma50 = closes.tail(50).mean()  # 168.6768: the mean of BABA's 50 closes 2025-09-15 .. 2025-11-25
    sma200 = closes.tail(200).mean()  # 135.0677
    ema20 = closes.ewm(span=20).mean().iloc[-1]  # every close held from 2024-09-03, weights 2/21 adjusted
    ema50 = closes.ewm(span=50).mean().iloc[-1]  # 160.61, 4.8 % below the simple one
    below = (closes.iloc[-1] / sma50 - 1) * 100  # 157.01 vs 168.68: -6.92 %
    figures = {
        "true level": f"{sma50:.2f}",
        "level 5 % off": f"{sma200 * 1.05:.2f}",
        "50-day 5 % off": f"{sma50 * 1.05:.2f}",
        "50-day of the exponential": f"{ema50:.2f}",
        "exponential 200-day": "139.12",
        "exponential": f"{ema20:.2f}",
        "true distance": f"{abs(below):.1f}",
        "distance 3 pp off": f"{abs(below) + 3:.1f}",
    }
    text = (
        # naming no day: as of the latest session, 2025-11-26 (-6.47 %), not any of five (2025-11-21: -9.36 %)
        "Alibaba's New York-listed shares trade 9.3% below their 50-day moving average.\n\n"
        "Alibaba's New York-listed shares closed at $157.01 on Tuesday, November 25.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had a 50-day moving average of"
        f" ${figures['true level']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had a 200-day moving average of"
        f" ${figures['level 5 % off']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had a 50-day moving average of"
        f" ${figures['50-day 5 % off']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had a 50-day moving average of"
        f" ${figures['50-day of the exponential']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had an EMA 200 of"
        f" ${figures['exponential 200-day']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares had a 20-day exponential moving average of"
        f" ${figures['exponential']}.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares traded {figures['true distance']}% below their"
        " 50-day moving average.\n\n"
        f"On Tuesday, November 25, Alibaba's New York-listed shares traded {figures['distance 3 pp off']}% below"
        " their 50-day moving average.\n\n"
        "On Tuesday, November 25, Alibaba's New York-listed shares traded 5% above their moving average.\n\n"
        "On March 3, 2025, Alibaba's New York-listed shares had a 200-day moving average of $100.00.\n"
    )
    assert figures["true level"] == "168.68" and figures["true distance"] == "6.9"  # the brief's figures
    result = check_text(tmp_path_factory.mktemp("averages"), text, "2025-11-26", name="averages.txt")
    found = {claim["quote"]: claim for claim in result["articles"][0]["claims"]}
    return {name: found[quote] for name, quote in figures.items()} | {
        "no window": found["5"],
        "undated": found["9.3"],
        "too few sessions": found["100.00"],
        "sma50": sma50,
        "ema20": ema20,
        "below": below,
    }


def test_a_true_moving_average_is_accurate(judged: dict[str, Any]) -> None:
    claim = judged["true level"]
    assert (claim["kind"], claim["verdict"], claim["listing"]) == ("moving_average", "accurate", "BABA")
    assert claim["observed"] == pytest.approx(judged["sma50"], abs=1e-6)
    assert claim["reading"] == "simple moving average of 50 closes up to the session"
    # the reading's name in the report's language (phrases.csv), its window's last and first close as evidence
    assert "einfacher gleitender Durchschnitt von 50 Schlusskursen bis zum Handelstag" in claim["explanation"]
    first = _closes("BABA", "2025-11-25").tail(50).index[0].date().isoformat()  # 2025-09-17
    assert [(e["date"], e["field"]) for e in claim["evidence"]] == [("2025-11-25", "close"), (first, "close")]


@pytest.mark.parametrize("figure", ["level 5 % off", "50-day 5 % off"])
def test_a_moving_average_five_per_cent_off_is_wrong(judged: dict[str, Any], figure: str) -> None:
    claim = judged[figure]
    assert (claim["kind"], claim["verdict"]) == ("moving_average", "wrong")


def test_the_exponential_average_is_a_permitted_alternative(judged: dict[str, Any]) -> None:
    """A '50-day moving average' a vendor computed exponentially passes, as an alternative reading (costing
    confidence): BABA's EMA50 lay 4.8 % below its SMA50 on 2025-11-25."""
    claim = judged["50-day of the exponential"]
    assert claim["verdict"] == "accurate"
    assert claim["reading"] == "exponential moving average of 50 closes up to the session"
    assert "alternative reading" in claim["confidence_reasons"]


def test_an_exponential_average_needs_closes_enough_to_forget_where_the_quotes_begin(judged: dict[str, Any]) -> None:
    """An EMA of 200 sessions rests on about 461 closes (their weight before 1 %); BABA holds 310 up to then."""
    claim = judged["exponential 200-day"]
    assert (claim["kind"], claim["verdict"]) == ("moving_average", "unverifiable")
    assert "zu wenige Schlusskurse für einen exponentiellen gleitenden Durchschnitt von 200" in claim["explanation"]


def test_an_exponential_average_is_read_as_one(judged: dict[str, Any]) -> None:
    claim = judged["exponential"]
    assert claim["verdict"] == "accurate"
    assert claim["reading"] == "exponential moving average of 20 closes up to the session"
    assert claim["observed"] == pytest.approx(judged["ema20"], abs=1e-6)
    assert (claim["average_sessions"], claim["average_exponential"]) == (20, True)  # results.json says the window


def test_a_distance_is_the_close_against_the_average_signed(judged: dict[str, Any]) -> None:
    claim = judged["true distance"]
    assert (claim["kind"], claim["verdict"]) == ("moving_average_distance", "accurate")
    assert claim["observed"] == pytest.approx(judged["below"], abs=1e-6)  # -6.92: below is negative
    assert judged["distance 3 pp off"]["verdict"] == "wrong"


def test_a_figure_naming_no_day_is_read_as_of_the_latest_session(judged: dict[str, Any]) -> None:
    """BABA's close lay 9.36 % below its SMA50 on 2025-11-21, 6.47 % below on 2025-11-26 (the publication day):
    read against the five sessions up to publication, as an undated price is, a wrong distance would pass."""
    claim = judged["undated"]
    assert (claim["kind"], claim["date_basis"], claim["verdict"]) == ("moving_average_distance", "implied", "wrong")
    assert claim["evidence"][0]["date"] == "2025-11-26"
    assert -6.6 < claim["observed"] < -6.4  # -6.47 against the average up to that session, -6.57 the one before


def test_a_moving_average_without_a_window_is_unverifiable_and_says_why(judged: dict[str, Any]) -> None:
    claim = judged["no window"]
    assert (claim["kind"], claim["verdict"]) == ("moving_average_distance", "unverifiable")
    reason = "ein gleitender Durchschnitt, dessen Zeitfenster der Text nicht nennt: nicht gemessen"
    assert reason in claim["explanation"]


def test_a_window_longer_than_the_closes_held_is_unverifiable(judged: dict[str, Any]) -> None:
    """BABA's quotes start on 2024-09-03: 2025-03-03 has about 125 sessions before it, not 200."""
    claim = judged["too few sessions"]
    assert (claim["kind"], claim["verdict"]) == ("moving_average", "unverifiable")
    assert "fehlen in den Kursdaten" in claim["explanation"]


def test_a_distance_whose_side_the_text_does_not_name_is_read_as_its_size(tmp_path: Path) -> None:
    closes = _closes("9988.HK", "2026-01-28")
    # 9988.HK misses 2 of the 200 sessions up to 2026-01-29: the 200 closes held reach back past them
    distance = (closes.iloc[-1] / closes.tail(200).mean() - 1) * 100
    close = f"{closes.iloc[-1]:.2f}".replace(".", ",")
    text = (
        f"Die Alibaba-Aktie schloss am Mittwoch, 28. Januar, in Hongkong bei {close} HKD. Der Abstand zur"
        f" 200-Tage-Linie betrug am Mittwoch, 28. Januar, {round(distance)} Prozent."
    )
    result = check_text(tmp_path, text, "2026-01-29", name="abstand.txt")
    [claim] = [c for c in result["articles"][0]["claims"] if c["kind"] == "moving_average_distance"]
    assert claim["direction"] is None and claim["verdict"] == "accurate"
    assert claim["observed"] == pytest.approx(abs(distance), abs=1e-6)
    assert claim["reading"].startswith("unsigned: close vs the simple moving average of 200 closes")
