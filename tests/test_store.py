from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from claimcheck.adapters import store
from claimcheck.paths import SNAPSHOT_DIR
from tests.conftest import FIXTURES
from tests.helpers import lock_held


def test_snapshot_load_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert store.ensure_snapshot(db, SNAPSHOT_DIR) is True
    assert store.ensure_snapshot(db, SNAPSHOT_DIR) is False
    with store.open_store(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM quotes").fetchall() == [
            (365 + 392 + 285 + 392 + 387 + 395 + 329 + 399 + 395 + 384 + 268 + 384,)
        ]  # Alibaba and Baidu, the four indices, then NVDA, 0700.HK, TCEHY, 3690.HK


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


def test_a_database_of_the_previous_release_is_migrated_in_place(tmp_path: Path) -> None:
    """A file made with the a17ae09 schema (no schema_version table) and real rows: opened, it
    is migrated, keeps every row, needs no reload, shows its run in the history and takes new ones."""
    from claimcheck import pipeline
    from claimcheck.adapters.snapshot import read_snapshot

    db = tmp_path / "old.duckdb"
    quotes, fx = read_snapshot(SNAPSHOT_DIR)
    con = duckdb.connect(str(db))
    con.execute((FIXTURES / "store_schema_a17ae09.sql").read_text(encoding="utf-8"))
    store.upsert_quotes(con, quotes, replace=False)
    store.upsert_fx(con, fx, replace=False)
    con.execute(
        "INSERT INTO snapshot_loads VALUES (?, now(), ?, ?)",
        [store.snapshot_digest(SNAPSHOT_DIR), len(quotes), len(fx)],
    )
    con.execute(  # as a17ae09's record_run wrote it: 14 columns, positional
        "INSERT INTO runs VALUES ('old-run', 'nightly', '2026-11-20 03:30:00', '2026-11-20 03:31:00', true, "
        "5, 0, 2, 1, 1, 0, 0, 0, '/srv/reports')"
    )
    con.execute("INSERT INTO claim_results VALUES ('old-run', 'a.txt', 'c001', 'close', 'BABA', 'wrong', 1.0, 2.0)")
    con.close()

    assert [r["run_id"] for r in pipeline.history(str(db))] == ["old-run"]  # a read-only open migrates
    assert store.ensure_snapshot(db, SNAPSHOT_DIR) is False  # the rows are kept, nothing reloaded
    with store.open_store(db, read_only=True) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(store.SCHEMA_VERSION,)]
        assert con.execute("SELECT count(*) FROM quotes").fetchall() == [(len(quotes),)]
        assert con.execute("SELECT status, report FROM runs").fetchall() == [("complete", "/srv/reports")]
        assert con.execute("SELECT count(*) FROM claim_results").fetchall() == [(1,)]
    results = {"run": {"kind": "on-demand", "started": "2026-11-21T10:00:00", "finished": "2026-11-21T10:00:09",
                       "offline": True}, "errors": [], "articles": []}  # fmt: skip
    pipeline.record_run(str(db), "new-run", results["run"], results, "/tmp/r")
    assert [r["run_id"] for r in pipeline.history(str(db))] == ["old-run", "new-run"]


def test_a_database_of_a_newer_release_is_refused_not_recreated(tmp_path: Path) -> None:
    db = tmp_path / "newer.duckdb"
    with store.open_store(db) as con:
        con.execute("INSERT INTO schema_version VALUES (99, now(), 'from the future')")
    before = db.read_bytes()
    with pytest.raises(store.StoreError, match="schema version 99 is newer"), store.open_store(db):
        pass
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_a_clear_error_and_left_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "corrupt.duckdb"
    db.write_bytes(b"\x00garbage" * 4096)
    with pytest.raises(store.StoreError, match=f"^{db}: cannot open the database"), store.open_store(db):
        pass
    assert db.read_bytes() == b"\x00garbage" * 4096


def test_threads_of_one_process_wait_for_a_connection_opened_the_other_way(snapshot_db: Path, tmp_path: Path) -> None:
    """On-demand runs in threads of `claimcheck serve`: DuckDB refuses a read-only connection while
    a writing one of the same process is open; the open waits for it as for another process's lock."""
    import shutil
    import threading

    db = tmp_path / "t.duckdb"
    shutil.copy(snapshot_db, db)
    writing = threading.Event()

    def writer() -> None:
        with store.open_store(db) as con:
            writing.set()
            time.sleep(0.5)
            con.execute("SELECT 1").fetchall()

    thread = threading.Thread(target=writer)
    thread.start()
    assert writing.wait(10)
    started = time.monotonic()
    with store.open_store(db, read_only=True, wait=10) as con:
        assert con.execute("SELECT count(*) FROM quotes").fetchall()[0][0] > 0
    thread.join()
    assert time.monotonic() - started >= 0.2  # it waited for the writer instead of failing


def test_a_new_file_is_created_by_one_opener_and_one_created_meanwhile_is_kept(tmp_path: Path) -> None:
    """A nightly and an on-demand run starting on a new file at once (CI saw the nightly fail with
    'cannot open the database'): DuckDB's creating open truncates the file before it locks it, so one
    opener at a time creates, aside and renamed into place; an opener that waited uses what it finds."""
    import threading

    from filelock import FileLock

    db = tmp_path / "new.duckdb"
    opened: list[list[tuple[int]]] = []

    def opener() -> None:
        with store.open_store(db, read_only=True, wait=30) as con:
            opened.append(con.execute("SELECT x FROM written_by_the_other").fetchall())

    with FileLock(tmp_path / ".new.duckdb.creating"):  # another opener is creating the file
        waiting = threading.Thread(target=opener)
        waiting.start()
        time.sleep(0.3)
        assert not db.exists() and waiting.is_alive()  # it waits instead of creating the file itself
        con = duckdb.connect(str(db))  # the other opener's file, complete when the lock is released
        store._migrate(con, db)
        con.execute("CREATE TABLE written_by_the_other (x INTEGER)")
        con.execute("INSERT INTO written_by_the_other VALUES (7)")
        con.close()
    waiting.join(30)
    assert opened == [[(7,)]]
    # no aside or WAL left; the empty lock file stays (removing it would let a third opener lock a
    # file the second still waits on)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".new.duckdb.creating", "new.duckdb"]


def test_a_new_file_beside_a_stale_wal_opens(tmp_path: Path) -> None:
    """A user deletes the database to start afresh and misses the WAL a killed run left (review 7)."""
    import subprocess
    import sys

    db = tmp_path / "x.duckdb"
    script = (
        f"import os, duckdb; c = duckdb.connect({str(db)!r}); c.execute(\"SET checkpoint_threshold='1GB'\"); "
        "c.execute('CREATE TABLE junk AS SELECT range AS i FROM range(1000)'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(f"{db}.wal").exists()
    db.unlink()
    with store.open_store(db) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(store.SCHEMA_VERSION,)]
        assert "junk" not in {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_a_database_that_cannot_be_created_is_one_store_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the file cannot be written in: one StoreError naming the database, not the file built
    aside, and no OSError from cleaning up (review 7)."""
    import errno

    db = tmp_path / "x.duckdb"
    real_connect = duckdb.connect
    real_unlink = Path.unlink

    def read_only_folder(database: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        if database != str(db):
            raise duckdb.IOException(f'IO Error: Cannot open file "{database}": Read-only file system')
        return real_connect(database, read_only=read_only)

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path.parent == tmp_path:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(store.duckdb, "connect", read_only_folder)
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(store.StoreError) as raised, store.open_store(db):
        pass
    assert str(raised.value).startswith(f"{db}: the database cannot be created (IO Error: Cannot open file")
