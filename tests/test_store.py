from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck.adapters import store
from claimcheck.paths import SNAPSHOT_DIR
from tests.helpers import lock_held


def test_snapshot_load_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert store.ensure_snapshot(db, SNAPSHOT_DIR) is True
    assert store.ensure_snapshot(db, SNAPSHOT_DIR) is False
    with store.open_store(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM quotes").fetchall() == [(365 + 392 + 285 + 392,)]


def test_status_shows_real_ranges_and_listings_without_data(snapshot_db: Path) -> None:
    with store.open_store(snapshot_db, read_only=True) as con:
        rows = {r["symbol"]: r for r in store.status(con, ["9988.HK", "BABA", "AHLA.F", "AHLA.DE", "9888.HK", "BIDU"])}
    assert (rows["9988.HK"]["first"], rows["9988.HK"]["last"], rows["9988.HK"]["rows"]) == (
        "2024-09-02",
        "2026-02-27",
        365,
    )
    assert (rows["9888.HK"]["last"], rows["BABA"]["last"], rows["BIDU"]["rows"]) == (
        "2025-10-30",
        "2026-03-26",
        392,
    )
    assert rows["AHLA.F"] == {
        "symbol": "AHLA.F",
        "first": None,
        "last": None,
        "rows": 0,
        "source": None,
        "last_fetch": None,
        "gaps": [],
    }
    assert rows["FX:ECB"]["last"] == "2026-10-30"


def test_second_process_waits_for_the_lock(tmp_path: Path) -> None:
    """One process holds the file for 2 s; the other's open retries and then succeeds."""
    db = tmp_path / "locked.duckdb"
    store.ensure_snapshot(db, SNAPSHOT_DIR)
    with lock_held(db, 2) as holder:
        started = time.monotonic()
        with store.open_store(db, read_only=True, wait=30) as con:
            assert con.execute("SELECT count(*) > 0 FROM quotes").fetchall() == [(True,)]
        assert time.monotonic() - started > 0.5
        assert holder.wait(timeout=10) == 0  # it finished its sleep and let go


def test_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "locked2.duckdb"
    store.ensure_snapshot(db, SNAPSHOT_DIR)
    with lock_held(db, 30), pytest.raises(store.StoreLocked, match="still locked"), store.open_store(db, wait=1):
        pass
