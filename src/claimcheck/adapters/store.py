"""The DuckDB file: quotes, FX rates, fetch log, run history.

One concurrency policy: DuckDB lets one process hold a file, so every use opens the file for
a short transaction and closes it; an open that finds the file locked retries for a bounded
time (default 60 s), then fails with StoreLocked (exit 1 at the CLI).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from claimcheck.core.quality import session_gaps
from claimcheck.paths import SNAPSHOT_DIR

log = logging.getLogger(__name__)

LOCK_WAIT = {"seconds": 60.0}  # the bounded wait for a locked file; the CLI sets it from the settings
QUOTE_FIELDS = ["open", "high", "low", "close", "adj_close", "volume"]

SCHEMA = """
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


class StoreLocked(RuntimeError):
    """Another process held the database longer than the bounded wait."""


def _is_lock_error(error: Exception) -> bool:
    text = str(error).lower()
    return "lock" in text or "conflicting" in text


@contextmanager
def open_store(path: Path, read_only: bool = False, wait: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection; retries a locked file with backoff up to `wait` seconds."""
    wait = LOCK_WAIT["seconds"] if wait is None else wait
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    delay = 0.05
    read_only = read_only and path.exists()  # a new file is created, with its schema
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as error:
            if not _is_lock_error(error) or time.monotonic() >= deadline:
                if _is_lock_error(error):
                    raise StoreLocked(
                        f"{path}: still locked by another process after {wait:.0f} s ({error})"
                    ) from error
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
    try:
        if not read_only:
            con.execute(SCHEMA)
        yield con
    finally:
        con.close()


def snapshot_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.glob("*.csv")):
        digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()[:16]


def ensure_snapshot(path: Path, folder: Path = SNAPSHOT_DIR) -> bool:
    """Load the snapshot into the database unless this exact snapshot is there already."""
    from claimcheck.adapters.snapshot import read_snapshot

    digest = snapshot_digest(folder)
    with open_store(path) as con:
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
