"""The quote-quality suite runs once per version of the quotes: a second read reuses its findings
from the store, a changed quote is validated again."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from claimcheck import pipeline
from claimcheck.adapters import gx_validation, store

SYMBOLS = ["9988.HK", "BABA"]


def _market() -> pipeline.MarketState:
    return pipeline.MarketState(live=False, quotes_as_of={}, unavailable={}, sources=[])


@pytest.fixture
def suite_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the suites GX ran, in order."""
    runs: list[str] = []
    real_run = gx_validation._run

    def counted(name: str, frame: pd.DataFrame, index_columns: list[str]) -> Any:
        runs.append(name)
        return real_run(name, frame, index_columns)

    monkeypatch.setattr(gx_validation, "_run", counted)
    return runs


def test_quotes_are_validated_once_until_a_quote_changes(
    tmp_path: Path, snapshot_db: Path, suite_runs: list[str]
) -> None:
    db = tmp_path / "db.duckdb"
    shutil.copy(snapshot_db, db)
    first = pipeline.read_market(str(db), _market(), SYMBOLS)
    assert suite_runs == ["quotes"]

    again = pipeline.read_market(str(db), _market(), SYMBOLS)
    assert suite_runs == ["quotes"]  # the same quotes: the kept findings, no second validation
    pd.testing.assert_frame_equal(again.quotes, first.quotes)
    assert again.notes == first.notes and again.validation == first.validation

    with store.open_store(db, read_only=True) as con:
        row = store.read_quotes(con, ["BABA"]).iloc[[-1]].copy()
    row["high"], row["low"] = row["low"] - 1.0, row["high"] + 1.0  # a high below its low: a data fault
    with store.open_store(db) as con:
        store.upsert_quotes(con, row, replace=True)
    changed = pipeline.read_market(str(db), _market(), SYMBOLS)
    assert suite_runs == ["quotes", "quotes"]  # the quotes changed: validated again
    day = row["session"].iloc[0]
    faulty = changed.quotes[(changed.quotes["symbol"] == "BABA") & (changed.quotes["session"] == day)].iloc[0]
    assert pd.isna(faulty["high"]) and pd.isna(faulty["low"])  # the fresh findings apply, not the kept ones
    assert any(f"BABA {day}" in note for note in changed.notes)


def test_kept_findings_give_the_frame_a_fresh_validation_gives(snapshot_db: Path) -> None:
    with store.open_store(snapshot_db, read_only=True) as con:
        quotes = store.read_quotes(con, SYMBOLS)
    calendars = {"9988.HK": "XHKG", "BABA": "XNYS"}
    quotes.loc[quotes.index[3], "close"] = -1.0  # a fault the suite holds back
    fresh = gx_validation.quarantine(quotes, calendars)
    kept = gx_validation.apply_findings(quotes, store_round_trip(gx_validation.quality_findings(quotes, calendars)))
    pd.testing.assert_frame_equal(kept[0], fresh[0])
    assert kept[1] == fresh[1] and any("close held back" in note for note in kept[1])
    assert pd.isna(kept[0].loc[quotes.index[3], "close"])


def store_round_trip(findings: dict[str, Any]) -> dict[str, Any]:
    import json

    return json.loads(json.dumps(findings))  # type: ignore[no-any-return]


def test_the_key_ignores_when_a_quote_was_fetched_but_not_its_value(snapshot_db: Path) -> None:
    with store.open_store(snapshot_db, read_only=True) as con:
        quotes = store.read_quotes(con, SYMBOLS)
    calendars = {"9988.HK": "XHKG", "BABA": "XNYS"}
    key = gx_validation.quality_key(quotes, calendars)
    assert gx_validation.quality_key(quotes.assign(fetched_at=pd.Timestamp("2030-01-01")), calendars) == key
    moved = quotes.copy()
    moved.loc[moved.index[0], "volume"] += 1
    assert gx_validation.quality_key(moved, calendars) != key
    assert gx_validation.quality_key(quotes, {**calendars, "BABA": "XNAS"}) != key


def test_listings_are_built_once_per_version_of_the_quotes_and_again_when_a_quote_changes(
    tmp_path: Path, snapshot_db: Path
) -> None:
    """`MarketData.listings` keeps what it built for the quotes and FX rates read: a later run of the process on the
    same data gets the same listings (the derived euro series are not built again), a changed quote new ones."""
    db = tmp_path / "db.duckdb"
    shutil.copy(snapshot_db, db)
    first = pipeline.read_market(str(db), _market(), SYMBOLS)
    again = pipeline.read_market(str(db), _market(), SYMBOLS)
    assert again is not first and again.digest == first.digest
    assert again.listings is first.listings and {"9988.HK", "BABA"} <= set(first.listings)

    with store.open_store(db, read_only=True) as con:
        row = store.read_quotes(con, ["BABA"]).iloc[[-1]].copy()
    day = row["session"].iloc[0]
    assert first.listings["BABA"].value(day, "close") == float(row["close"].iloc[0])
    row["close"] = -1.0  # a fault the quality suite holds back
    with store.open_store(db) as con:
        store.upsert_quotes(con, row, replace=True)
    changed = pipeline.read_market(str(db), _market(), SYMBOLS)
    assert changed.digest != first.digest and changed.listings is not first.listings
    assert changed.listings["BABA"].value(day, "close") is None  # held back: a gap, in the listings built anew
