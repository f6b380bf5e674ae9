"""The offline quote snapshot: CSV files as received (SYMBOL.csv and an FX_*.csv)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from claimcheck.adapters.store import QUOTE_FIELDS


class SnapshotError(ValueError):
    """A snapshot file is not of the expected shape; the message names the file."""


def read_snapshot(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every file of the folder; the first bad one raises SnapshotError."""
    quotes, fx, refused = read_snapshot_files(folder)
    if refused:
        raise SnapshotError(refused[0])
    return quotes, fx


def read_snapshot_files(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The folder's good files, and one line per file refused (naming it and its problem): one bad
    file never keeps the others out."""
    loaded_at = datetime.now(UTC).replace(tzinfo=None)
    quote_frames = []
    refused: list[str] = []
    fx = pd.DataFrame(columns=["date", "eur_usd", "eur_hkd", "eur_cny", "source", "fetched_at"])
    for file in sorted(folder.glob("*.csv")):
        try:
            if file.name.startswith("FX_"):
                fx = _read_fx(file, loaded_at)
            else:
                quote_frames.append(_read_quotes(file, loaded_at))
        except SnapshotError as error:
            refused.append(str(error))
        except (OSError, ValueError) as error:  # unreadable, not UTF-8, not CSV, no rows
            reason = getattr(error, "strerror", None) or str(error).strip().splitlines()[0] or type(error).__name__
            refused.append(f"{file}: not a quote file ({reason})")
    quotes = pd.concat(quote_frames, ignore_index=True) if quote_frames else pd.DataFrame()
    return quotes, fx, refused


def _dates(file: Path, column: pd.Series) -> pd.Series:
    """The column's days; a value that is no date is a SnapshotError naming the file, the line and the value."""
    days = pd.to_datetime(column, errors="coerce")
    bad = days.isna() & column.notna()
    if bad.any():
        at = int(bad.to_numpy().nonzero()[0][0])
        raise SnapshotError(f"{file}: line {at + 2}: not a date: {column.iloc[at]!r}")  # line 1 is the header
    return days.dt.date


def _read_quotes(file: Path, loaded_at: datetime) -> pd.DataFrame:
    raw = pd.read_csv(file, dtype={"source": str})
    missing = {"date", "open", "high", "low", "close"} - set(raw.columns)
    if missing:
        raise SnapshotError(f"{file}: missing columns {sorted(missing)}")
    frame = pd.DataFrame({"symbol": file.stem, "session": _dates(file, raw["date"])})
    for field in QUOTE_FIELDS:
        frame[field] = pd.to_numeric(raw[field], errors="coerce") if field in raw else float("nan")
    frame["source"] = "snapshot"
    frame["provenance"] = raw.get("source", pd.Series([file.name] * len(raw)))
    frame["fetched_at"] = loaded_at
    return frame


def _read_fx(file: Path, loaded_at: datetime) -> pd.DataFrame:
    raw = pd.read_csv(file)
    missing = {"date", "eur_usd", "eur_hkd", "eur_cny"} - set(raw.columns)
    if missing:
        raise SnapshotError(f"{file}: missing columns {sorted(missing)}")
    frame = raw[["date", "eur_usd", "eur_hkd", "eur_cny"]].copy()
    frame["date"] = _dates(file, frame["date"])
    frame["source"] = "snapshot (ECB)"
    frame["fetched_at"] = loaded_at
    return frame
