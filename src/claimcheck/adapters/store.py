"""The DuckDB file: quotes, FX rates, fetch log, run history. All of the project's SQL is here.

One concurrency policy: DuckDB lets one process hold a file, so every use opens the file for
a short transaction and closes it; an open that finds the file locked retries for a bounded
time (default 60 s), then fails with StoreLocked (exit 1 at the CLI).

Versions: the schema is a list of numbered migrations; `schema_version` records those applied.
A file written by an older release is migrated in place when it is opened, never recreated;
a file from a newer release is refused. Any other failure of the file (not a DuckDB file, disk
full) is a StoreError naming the file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
from filelock import FileLock, Timeout

from claimcheck.core.quality import session_gaps
from claimcheck.paths import SNAPSHOT_DIR

log = logging.getLogger(__name__)

_MIGRATING = threading.Lock()  # threads of one process share the file: one migrates, the others then see it done
LOCK_WAIT = {"seconds": 60.0}  # the bounded wait for a locked file; the CLI sets it from the settings
QUOTE_FIELDS = ["open", "high", "low", "close", "adj_close", "volume"]

# Version 1: the tables of the first releases (up to a17ae09), which had no schema_version table.
SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS quotes (
    symbol VARCHAR NOT NULL, session DATE NOT NULL,
    open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, adj_close DOUBLE, volume DOUBLE,
    source VARCHAR NOT NULL,      -- 'snapshot' or 'yahoo'
    provenance VARCHAR,           -- where the row came from (repository, commit, flag)
    fetched_at TIMESTAMP NOT NULL,
    PRIMARY KEY (symbol, session));
CREATE TABLE IF NOT EXISTS fx_rates (
    date DATE PRIMARY KEY, eur_usd DOUBLE, eur_hkd DOUBLE, eur_cny DOUBLE,
    source VARCHAR NOT NULL, fetched_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS fetch_log (
    symbol VARCHAR, logged_at TIMESTAMP, first_day DATE, last_day DATE, n_rows INTEGER,
    status VARCHAR, message VARCHAR);
CREATE TABLE IF NOT EXISTS snapshot_loads (
    digest VARCHAR PRIMARY KEY, loaded_at TIMESTAMP, quote_rows INTEGER, fx_rows INTEGER);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, kind VARCHAR, started TIMESTAMP, finished TIMESTAMP,
    offline BOOLEAN, articles INTEGER, errors INTEGER, claims INTEGER,
    accurate INTEGER, imprecise INTEGER, wrong INTEGER, unverifiable INTEGER,
    out_of_scope INTEGER, report VARCHAR);
CREATE TABLE IF NOT EXISTS claim_results (
    run_id VARCHAR, article VARCHAR, claim_id VARCHAR, kind VARCHAR, listing VARCHAR,
    verdict VARCHAR, value DOUBLE, observed DOUBLE,
    PRIMARY KEY (run_id, article, claim_id));
"""

# (version, what it changes, SQL). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "quotes, FX rates, fetch log, snapshot loads, runs, claim results", SCHEMA_V1),
    (
        2,
        "runs.status: 'incomplete' until the run's report is published, then 'complete'",
        # Rows of older releases were written before their report: nothing better is known of them.
        "ALTER TABLE runs ADD COLUMN status VARCHAR DEFAULT 'complete'",
    ),
    (
        3,
        "review_decisions: the editors' decisions on findings (append only); claim_results.quote, .sentence",
        # The decision row copies what was decided on (article, sentence, quote, verdict): the audit
        # trail stays readable after retention has pruned the run, or the sentence has changed.
        """
        CREATE SEQUENCE review_decision_seq START 1;
        CREATE TABLE review_decisions (
            decision_id BIGINT PRIMARY KEY DEFAULT nextval('review_decision_seq'),
            claim_id VARCHAR NOT NULL, decision VARCHAR NOT NULL, reason VARCHAR, note VARCHAR,
            decided_by VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL, via VARCHAR NOT NULL,
            article VARCHAR, quote VARCHAR, sentence VARCHAR, verdict VARCHAR);
        ALTER TABLE claim_results ADD COLUMN quote VARCHAR;
        ALTER TABLE claim_results ADD COLUMN sentence VARCHAR;
        """,
    ),
    (
        4,
        "quote_validations: the quote-quality suite's findings per quotes digest, reused until the quotes change",
        "CREATE TABLE IF NOT EXISTS quote_validations ("
        "digest VARCHAR PRIMARY KEY, validated_at TIMESTAMP NOT NULL, findings VARCHAR NOT NULL)",
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL, description VARCHAR);
"""


class StoreError(RuntimeError):
    """The database file cannot be used (locked, not a DuckDB file, newer schema, disk full)."""


class StoreLocked(StoreError):
    """Another process held the database longer than the bounded wait."""


def _is_lock_error(error: Exception) -> bool:
    """Another holder of the file: another process (its lock), or, in this process, a connection
    opened the other way (read-only vs writing), which DuckDB refuses while it is open: threads of
    `claimcheck serve` running on-demand runs side by side wait for each other as processes do."""
    text = str(error).lower()
    return "lock" in text or "conflicting" in text or "different configuration" in text


@contextmanager
def open_store(path: Path, read_only: bool = False, wait: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection to a file at the current schema version; retries a locked file
    with backoff up to `wait` seconds. A DuckDB failure inside the block becomes a StoreError."""
    wait = LOCK_WAIT["seconds"] if wait is None else wait
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path}: the database folder cannot be created ({error.strerror or error})") from error
    if not path.exists():
        _create(path, wait)
    con = _connect(path, read_only, wait)
    try:
        if read_only and _version(con) != SCHEMA_VERSION:
            con.close()  # an older file: migrate it once through a writing connection
            migrate = _connect(path, False, wait)
            try:
                _migrate(migrate, path)
            finally:
                migrate.close()
            con = _connect(path, True, wait)
        elif not read_only:
            _migrate(con, path)
        yield con
    except duckdb.Error as error:
        raise StoreError(f"{path}: {_first_line(error)}") from error
    finally:
        con.close()


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as error:
            if not _is_lock_error(error):
                raise StoreError(f"{path}: cannot open the database ({_first_line(error)})") from error
            if time.monotonic() >= deadline:
                raise StoreLocked(f"{path}: still locked by another process after {wait:.0f} s ({error})") from error
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def _create(path: Path, wait: float) -> None:
    """A new file: built aside with its schema and renamed into place, by one opener at a time.
    DuckDB's creating open truncates the file before it takes its lock, so two processes starting
    on one new file at once could wipe each other's fresh header (CI saw it), and a reader could
    find the file still empty; the rename is atomic, and the creation lock lets one opener build."""
    try:
        with FileLock(path.with_name(f".{path.name}.creating"), timeout=wait):
            if path.exists():
                return  # created by another opener while this one waited
            aside = path.with_name(f".{path.name}.new")
            # leftovers: an aside of a creator that crashed, the WAL of a file since deleted (DuckDB
            # would refuse the new file beside a WAL that is not its own)
            _remove(aside, Path(f"{aside}.wal"), Path(f"{path}.wal"))
            try:
                con = duckdb.connect(str(aside))
                try:
                    _migrate(con, path)
                finally:
                    con.close()
                os.replace(aside, path)
            finally:
                _remove(aside, Path(f"{aside}.wal"))
    except Timeout as error:
        raise StoreLocked(f"{path}: still being created by another process after {wait:.0f} s") from error
    except duckdb.Error as error:
        raise StoreError(f"{path}: the database cannot be created ({_first_line(error)})") from error
    except OSError as error:
        raise StoreError(f"{path}: the database cannot be created ({error.strerror or error})") from error


def _remove(*files: Path) -> None:
    for file in files:
        with suppress(OSError):  # what cannot be removed is left; the creation itself says what failed
            file.unlink(missing_ok=True)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the file: 0 for a new file, 1 for one of a release before versions."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "schema_version" in tables:
        # fetchall, not fetchone: DuckDB 2.0 blocks the connection while a result is partly read
        rows = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
        return int(rows[0][0]) if rows else 0
    return 1 if "runs" in tables else 0


def _migrate(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Apply the migrations the file lacks, each in its own transaction with its version row."""
    with _MIGRATING:
        _migrate_locked(con, path)


def _migrate_locked(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    found = _version(con)
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {found} is newer than this claimcheck knows ({SCHEMA_VERSION}); "
            "update claimcheck or use another --db"
        )
    if found == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    con.execute(VERSION_TABLE)
    applied = {int(r[0]) for r in con.execute("SELECT version FROM schema_version").fetchall()}
    now = datetime.now(UTC).replace(tzinfo=None)
    for version, description, sql in MIGRATIONS:
        if version in applied:
            continue
        con.execute(sql)  # version 1 is all CREATE ... IF NOT EXISTS: a no-op on a file of an older release
        con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, now, description])
        if found:
            log.info("%s: database migrated to schema version %d (%s)", path, version, description)
    con.execute("COMMIT")


def snapshot_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.glob("*.csv")):
        digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()[:16]


def ensure_snapshot(path: Path, folder: Path = SNAPSHOT_DIR) -> bool:
    """Load the snapshot into the database unless this exact snapshot is there already."""
    from claimcheck.adapters.snapshot import read_snapshot

    digest = snapshot_digest(folder)
    with open_store(path, read_only=True) as con:  # read-only: cheaper, and it is asked every run
        seen = con.execute("SELECT 1 FROM snapshot_loads WHERE digest = ?", [digest]).fetchall()
        if seen:
            return False
    quotes, fx = read_snapshot(folder)
    with open_store(path) as con:
        con.execute("BEGIN TRANSACTION")
        upsert_quotes(con, quotes, replace=False)
        upsert_fx(con, fx, replace=False)
        con.execute(
            "INSERT OR REPLACE INTO snapshot_loads VALUES (?, ?, ?, ?)",
            [digest, datetime.now(UTC).replace(tzinfo=None), len(quotes), len(fx)],
        )
        con.execute("COMMIT")
    log.info("loaded the quote snapshot %s into %s (%d quote rows)", digest, path, len(quotes))
    return True


def upsert_quotes(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, replace: bool) -> int:
    """Insert quote rows; `replace` lets newer rows (a live fetch) win over held ones."""
    if frame.empty:
        return 0
    rows = frame[["symbol", "session", *QUOTE_FIELDS, "source", "provenance", "fetched_at"]]
    con.register("incoming_quotes", rows)
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    con.execute(f"{verb} INTO quotes SELECT * FROM incoming_quotes")
    con.unregister("incoming_quotes")
    return len(rows)


def upsert_fx(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, replace: bool) -> int:
    if frame.empty:
        return 0
    con.register("incoming_fx", frame[["date", "eur_usd", "eur_hkd", "eur_cny", "source", "fetched_at"]])
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    con.execute(f"{verb} INTO fx_rates SELECT * FROM incoming_fx")
    con.unregister("incoming_fx")
    return len(frame)


def read_quotes(con: duckdb.DuckDBPyConnection, symbols: list[str]) -> pd.DataFrame:
    frame = con.execute(
        "SELECT * FROM quotes WHERE symbol IN (SELECT unnest(?)) ORDER BY symbol, session",
        [symbols],
    ).df()
    frame["session"] = pd.to_datetime(frame["session"]).dt.date
    return frame


def read_fx(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute("SELECT * FROM fx_rates ORDER BY date").df()
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


KEPT_VALIDATIONS = 20  # findings of this many recent quote versions are kept (a few listing sets each)


def quote_validation(con: duckdb.DuckDBPyConnection, digest: str) -> dict[str, Any] | None:
    """The quality findings kept for quotes with this digest, or None."""
    rows = con.execute("SELECT findings FROM quote_validations WHERE digest = ?", [digest]).fetchall()
    return json.loads(rows[0][0]) if rows else None


def save_quote_validation(con: duckdb.DuckDBPyConnection, digest: str, findings: dict[str, Any]) -> None:
    """Keep the findings for this digest; only the most recent KEPT_VALIDATIONS stay."""
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT OR REPLACE INTO quote_validations VALUES (?, ?, ?)", [digest, now, json.dumps(findings)])
    con.execute(
        "DELETE FROM quote_validations WHERE digest NOT IN "
        "(SELECT digest FROM quote_validations ORDER BY validated_at DESC LIMIT ?)",
        [KEPT_VALIDATIONS],
    )
    con.execute("COMMIT")


def log_fetch(
    con: duckdb.DuckDBPyConnection,
    symbol: str,
    first: object,
    last: object,
    rows: int,
    status: str,
    message: str,
) -> None:
    con.execute(
        "INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?)",
        [symbol, datetime.now(UTC).replace(tzinfo=None), first, last, rows, status, message],
    )


RUN_COLUMNS = (
    "run_id, kind, started, finished, offline, articles, errors, claims, "
    "accurate, imprecise, wrong, unverifiable, out_of_scope, report, status"
)

CLAIM_RESULT_COLUMNS = (
    "run_id",
    "article",
    "claim_id",
    "kind",
    "listing",
    "verdict",
    "value",
    "observed",
    "quote",
    "sentence",
)


def save_run(con: duckdb.DuckDBPyConnection, run: dict[str, object], claim_rows: Sequence[tuple[object, ...]]) -> None:
    """A run's history row and its verdicts in one transaction (idempotent for one run id)."""
    values = [run[name.strip()] for name in RUN_COLUMNS.split(",")]
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM claim_results WHERE run_id = ?", [run["run_id"]])
    con.execute(f"INSERT OR REPLACE INTO runs ({RUN_COLUMNS}) VALUES ({', '.join('?' * len(values))})", values)
    if claim_rows:
        # One scan of a frame: executemany sent the rows one statement each (8 s for 10k articles).
        con.register("new_claim_results", pd.DataFrame.from_records(claim_rows, columns=CLAIM_RESULT_COLUMNS))
        try:
            con.execute(
                f"INSERT INTO claim_results ({', '.join(CLAIM_RESULT_COLUMNS)}) SELECT * FROM new_claim_results"
            )
        finally:
            con.unregister("new_claim_results")
    con.execute("COMMIT")


def set_run_status(con: duckdb.DuckDBPyConnection, run_id: str, status: str) -> None:
    con.execute("UPDATE runs SET status = ? WHERE run_id = ?", [status, run_id])


def prune_runs(con: duckdb.DuckDBPyConnection, before: datetime) -> int:
    """Retention: forget runs (and their verdicts) started before `before`; how many went."""
    old = "SELECT run_id FROM runs WHERE started < ?"
    count = int(con.execute(f"SELECT count(*) FROM ({old})", [before]).fetchall()[0][0])
    con.execute("BEGIN TRANSACTION")
    con.execute(f"DELETE FROM claim_results WHERE run_id IN ({old})", [before])
    con.execute("DELETE FROM runs WHERE started < ?", [before])
    con.execute("COMMIT")
    return count


def run_history(con: duckdb.DuckDBPyConnection, limit: int, complete_only: bool = True) -> pd.DataFrame:
    """The latest runs, oldest first; by default only those whose report was published."""
    where = "WHERE status = 'complete'" if complete_only else ""
    return con.execute(
        "SELECT * FROM (SELECT run_id, kind, started, articles, wrong, imprecise, accurate, unverifiable, status "
        f"FROM runs {where} ORDER BY started DESC LIMIT ?) ORDER BY started",
        [limit],
    ).df()


REVIEW_COLUMNS = "claim_id, decision, reason, note, decided_by, decided_at, via, article, quote, sentence, verdict"


def claim_for_review(con: duckdb.DuckDBPyConnection, claim_id: str) -> dict[str, object] | None:
    """The claim as the latest recorded run saw it (article, quote, sentence, verdict), or None."""
    rows = con.execute(
        "SELECT c.article, c.quote, c.sentence, c.verdict FROM claim_results c JOIN runs r USING (run_id) "
        "WHERE c.claim_id = ? ORDER BY r.started DESC LIMIT 1",
        [claim_id],
    ).fetchall()
    if not rows:
        return None
    return dict(zip(("article", "quote", "sentence", "verdict"), rows[0], strict=True))


def add_review(con: duckdb.DuckDBPyConnection, decision: dict[str, object]) -> None:
    """Append one decision. There is no update and no delete: the table is the audit trail."""
    names = [name.strip() for name in REVIEW_COLUMNS.split(",")]
    con.execute(
        f"INSERT INTO review_decisions ({REVIEW_COLUMNS}) VALUES ({', '.join('?' * len(names))})",
        [decision.get(name) for name in names],
    )


def review_decisions(con: duckdb.DuckDBPyConnection, latest_only: bool = False) -> list[dict[str, object]]:
    """Every decision in the order made, or only the one that applies to each claim (its latest)."""
    latest = "QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY decision_id DESC) = 1" if latest_only else ""
    cursor = con.execute(f"SELECT decision_id, {REVIEW_COLUMNS} FROM review_decisions {latest} ORDER BY decision_id")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def status(
    con: duckdb.DuckDBPyConnection, symbols: list[str], calendars: dict[str, str] | None = None
) -> list[dict[str, object]]:
    """Per listing: range held, row count, source(s), last fetch and the sessions missing
    inside the held range (no row or no close); listings without data too."""
    held = con.execute(
        """
        SELECT symbol, min(session) AS first, max(session) AS last, count(*) AS rows,
               string_agg(DISTINCT source, '+' ORDER BY source) AS source,
               max(fetched_at) AS last_fetch
        FROM quotes GROUP BY symbol
        UNION ALL
        SELECT 'FX:ECB', min(date), max(date), count(*),
               string_agg(DISTINCT source, '+' ORDER BY source), max(fetched_at)
        FROM fx_rates HAVING count(*) > 0
        """
    ).fetchall()
    names = ["symbol", "first", "last", "rows", "source", "last_fetch"]
    by_symbol = {row[0]: dict(zip(names, row, strict=True)) for row in held}
    result: list[dict[str, object]] = []
    for symbol in [*symbols, *sorted(s for s in by_symbol if s not in symbols)]:
        row = by_symbol.get(symbol)
        result.append(
            {
                "symbol": symbol,
                "first": _iso(row["first"]) if row else None,
                "last": _iso(row["last"]) if row else None,
                "rows": int(row["rows"]) if row else 0,
                "source": row["source"] if row else None,
                "last_fetch": _iso(row["last_fetch"]) if row else None,
                "gaps": _gaps(con, symbol, calendars or {}),
            }
        )
    return result


def _gaps(con: duckdb.DuckDBPyConnection, symbol: str, calendars: dict[str, str]) -> list[str]:
    if symbol not in calendars:
        return []
    held = con.execute(
        "SELECT session, close IS NOT NULL FROM quotes WHERE symbol = ? ORDER BY session", [symbol]
    ).fetchall()
    days = session_gaps([d for d, _ in held], calendars[symbol], [ok for _, ok in held])
    return [d.isoformat() for d in days]


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date | datetime) else None
