"""Live quotes from Yahoo Finance through yfinance: traded prices, incremental, retried.

Everything here tolerates failure: a listing that cannot be fetched keeps the rows it has
and its claims become unverifiable with the reason; the run goes on.
"""

from __future__ import annotations

import ast
import logging
import socket
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from claimcheck.adapters import store
from claimcheck.core.sessions import calendar, session_on_or_before, sessions_between
from claimcheck.rules import Listing

log = logging.getLogger(__name__)

PROBE_HOST = ("query1.finance.yahoo.com", 443)
SESSION: Any = None  # an HTTP session for yfinance; None lets yfinance make its own
RETRIES = 3
BACKOFF_SECONDS = 2.0


def yahoo_reachable(timeout: float = 2.0) -> bool:
    """A TCP connect with a short timeout: a hanging network makes yfinance take minutes."""
    try:
        with socket.create_connection(PROBE_HOST, timeout=timeout):
            return True
    except OSError:
        return False


def _yfinance() -> Any:
    import yfinance as yf

    warnings.filterwarnings("ignore", module="yfinance")
    yf.config.debug.hide_exceptions = False  # one failure shape: an exception, never a silent empty frame
    return yf


def fetch_history(symbol: str, start: date, end: date, session: Any = None, timeout: float = 10.0) -> pd.DataFrame:
    """Daily bars [start, end] as traded (auto_adjust=False), keyed by exchange-local date."""
    yf = _yfinance()
    from yfinance.exceptions import YFRateLimitError

    delay = BACKOFF_SECONDS
    for attempt in range(1, RETRIES + 1):
        try:
            raw = yf.Ticker(symbol, session=session or SESSION).history(
                start=start.isoformat(),
                end=(end + timedelta(days=1)).isoformat(),
                interval="1d",
                auto_adjust=False,
                actions=True,
                timeout=timeout,
            )
            break
        except YFRateLimitError:
            if attempt == RETRIES:
                raise
            log.warning("%s: Yahoo rate limit, retrying in %.0f s", symbol, delay)
            time.sleep(delay)
            delay *= 2
    return to_quote_rows(symbol, raw)


DOWNLOAD_THREADS = 4  # parallel chart requests inside one download: gentle on Yahoo's rate limit


def download_histories(
    symbols: list[str], start: date, end: date, session: Any = None, timeout: float = 10.0
) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Daily bars [start, end] of many symbols in one yf.download (auto_adjust=False), as quote
    rows per symbol, and why a symbol failed. Rate-limited symbols are downloaded again together,
    with backoff; what still fails is reported, never raised."""
    yf = _yfinance()
    rows: dict[str, pd.DataFrame] = {}
    failed: dict[str, str] = {}
    pending, delay = list(dict.fromkeys(symbols)), BACKOFF_SECONDS
    for attempt in range(1, RETRIES + 1):
        with _download_failures() as errors:
            raw = yf.download(
                pending,
                start=start.isoformat(),
                end=(end + timedelta(days=1)).isoformat(),
                interval="1d",
                auto_adjust=False,
                actions=True,
                group_by="ticker",
                threads=min(DOWNLOAD_THREADS, len(pending)),
                progress=False,
                timeout=timeout,
                session=session or SESSION,
            )
        limited = [s for s in pending if "RateLimit" in errors.get(s, "")]
        for symbol in pending:
            if symbol in limited:
                continue
            if symbol in errors:
                failed[symbol] = errors[symbol]
            rows[symbol] = to_quote_rows(symbol, _one_symbol(raw, symbol))
        pending = limited
        if not pending:
            break
        if attempt < RETRIES:
            log.warning("%s: Yahoo rate limit, retrying in %.0f s", ", ".join(pending), delay)
            time.sleep(delay)
            delay *= 2
    failed.update({symbol: errors[symbol] for symbol in pending})
    return rows, failed


def _one_symbol(raw: pd.DataFrame | None, symbol: str) -> pd.DataFrame:
    """One symbol's bars out of a download's frame: its sessions only (the frame holds the union
    of every symbol's days, other exchanges' sessions as empty rows)."""
    if raw is None or raw.empty or symbol not in raw.columns.get_level_values(0):
        return pd.DataFrame()
    frame = pd.DataFrame(raw[symbol])
    prices = [c for c in ("Open", "High", "Low", "Close") if c in frame.columns]
    return frame.dropna(how="all", subset=prices)


@contextmanager
def _download_failures() -> Iterator[dict[str, str]]:
    """yf.download reports a symbol's failure only in its log ("['BABA', 'BIDU']: YFRateLimitError(...)"):
    read it there, symbol by symbol."""
    errors: dict[str, str] = {}

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            head, sep, why = message.partition("]: ")
            if not sep or not head.startswith("["):
                return
            try:
                named = ast.literal_eval(head + "]")
            except (SyntaxError, ValueError):
                return
            for symbol in named if isinstance(named, list) else []:
                errors[str(symbol)] = why.strip()

    handler = Collect(level=logging.ERROR)
    logger = logging.getLogger("yfinance")
    logger.addHandler(handler)
    try:
        yield errors
    finally:
        logger.removeHandler(handler)


def to_quote_rows(symbol: str, raw: pd.DataFrame) -> pd.DataFrame:
    columns = ["symbol", "session", *store.QUOTE_FIELDS, "source", "provenance", "fetched_at"]
    if raw is None or raw.empty:
        return pd.DataFrame(columns=columns)
    index = pd.DatetimeIndex(raw.index)
    # yfinance indexes daily bars at midnight in the exchange's zone: the date is the session.
    sessions = [ts.date() for ts in index]
    frame = pd.DataFrame(
        {
            "symbol": symbol,
            "session": sessions,
            "open": raw["Open"].to_numpy(),
            "high": raw["High"].to_numpy(),
            "low": raw["Low"].to_numpy(),
            "close": raw["Close"].to_numpy(),
            "adj_close": raw["Adj Close"].to_numpy() if "Adj Close" in raw else float("nan"),
            "volume": raw["Volume"].to_numpy(dtype=float),
        }
    )
    frame["source"] = "yahoo"
    dividends = raw["Dividends"].to_numpy() if "Dividends" in raw else [0.0] * len(raw)
    frame["provenance"] = [f"yfinance 1d auto_adjust=False{'; dividend ' + str(d) if d else ''}" for d in dividends]
    frame["fetched_at"] = datetime.now(UTC).replace(tzinfo=None)
    return frame.drop_duplicates(subset=["symbol", "session"], keep="last")[columns]


@dataclass
class RefreshReport:
    requested: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    partial: dict[str, str] = field(default_factory=dict)
    rows: int = 0


def _judge_answer(rows: pd.DataFrame, calendar_code: str, wanted: tuple[date, date]) -> tuple[str, str]:
    if rows.empty:
        return "empty", "Yahoo returned no rows"
    expected = sessions_between(calendar_code, wanted[0], wanted[1])
    missing = [d for d in expected if d not in set(rows["session"])]
    if missing:
        return "partial", f"{len(missing)} of {len(expected)} sessions missing: {missing[0]} .. {missing[-1]}"
    return "ok", ""


def refresh_fx(db: Path, pairs: tuple[tuple[str, str, str], ...], today: date, session: Any = None) -> RefreshReport:
    """Yahoo FX closes for the days after the last rate held; ECB rows already held win."""
    report = RefreshReport()
    with store.open_store(db, read_only=True) as con:
        last = con.execute("SELECT max(date) FROM fx_rates").fetchall()[0][0]
    start = (last + timedelta(days=1)) if last else today - timedelta(days=400)
    end = today - timedelta(days=1)
    if start > end:
        return report
    columns: dict[str, pd.Series] = {}
    for pair, symbol, column in pairs:
        report.requested.append(symbol)
        try:
            rows = fetch_history(symbol, start, end, session=session)
        except Exception as error:  # a failed pair leaves the held rates as they are
            report.failed[pair] = f"{type(error).__name__}: {error}"
            continue
        columns[column] = rows.set_index("session")["close"]
    if not columns:
        return report
    frame = pd.DataFrame(columns).reindex(columns=["eur_usd", "eur_hkd", "eur_cny"])
    frame = frame.rename_axis("date").reset_index()
    frame["source"] = "yahoo (FX close)"
    frame["fetched_at"] = datetime.now(UTC).replace(tzinfo=None)
    with store.open_store(db) as con:
        report.rows = store.upsert_fx(con, frame, replace=False)
    return report


def missing_range(listing: Listing, last_held: date | None, today: date, first: date) -> tuple[date, date] | None:
    """The sessions after the last held one, up to the last completed session before today."""
    last_due = session_on_or_before(listing.calendar, today - timedelta(days=1))
    start = first if last_held is None else last_held + timedelta(days=1)
    if start > last_due:
        return None
    sessions = calendar(listing.calendar).sessions_in_range(pd.Timestamp(start), pd.Timestamp(last_due))
    return (start, last_due) if len(sessions) else None


def refresh(
    db: Path,
    listings: list[Listing],
    today: date,
    session: Any = None,
    first: date = date(2024, 9, 1),
) -> RefreshReport:
    """Fetch only what each listing is missing: the listings missing the same days in one batched
    download (usually one per run: every held listing lacks the days since the last run, a new one
    everything); failures are logged per listing and leave its rows as they are."""
    report = RefreshReport()
    with store.open_store(db, read_only=True) as con:
        held = dict(con.execute("SELECT symbol, max(session) FROM quotes GROUP BY symbol").fetchall())
    by_range: dict[tuple[date, date], list[Listing]] = {}
    for listing in listings:
        wanted = missing_range(listing, held.get(listing.symbol), today, first)
        if wanted is not None:
            by_range.setdefault(wanted, []).append(listing)
            report.requested.append(listing.symbol)
    for wanted, batch in by_range.items():
        try:
            fetched, errors = download_histories([item.symbol for item in batch], wanted[0], wanted[1], session=session)
        except Exception as error:  # any failure of the live source leaves the store as it was
            fetched, errors = {}, {item.symbol: f"{type(error).__name__}: {error}" for item in batch}
        for listing in batch:
            rows = fetched.get(listing.symbol, pd.DataFrame())
            if listing.symbol in errors and rows.empty:
                status, message = "failed", errors[listing.symbol]
            else:
                status, message = _judge_answer(rows, listing.calendar, wanted)
            _record(db, listing.symbol, wanted, rows, status, message, report)
    return report


def _record(
    db: Path,
    symbol: str,
    wanted: tuple[date, date],
    rows: pd.DataFrame,
    status: str,
    message: str,
    report: RefreshReport,
) -> None:
    if status == "partial":
        report.partial[symbol] = message
    elif status != "ok":
        report.failed[symbol] = message
        log.warning("%s: live fetch %s (%s)", symbol, status, message)
    with store.open_store(db) as con:
        report.rows += store.upsert_quotes(con, rows, replace=True) if not rows.empty else 0
        store.log_fetch(con, symbol, wanted[0], wanted[1], len(rows), status, message)
