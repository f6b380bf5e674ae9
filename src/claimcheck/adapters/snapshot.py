"""The offline quote snapshot: CSV files as received (SYMBOL.csv and an FX_*.csv)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from claimcheck.adapters.store import QUOTE_FIELDS


class SnapshotError(ValueError):
    """A snapshot file is not of the expected shape; the message names the file."""


def read_snapshot(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    loaded_at = datetime.now(UTC).replace(tzinfo=None)
    quote_frames = []
    fx = pd.DataFrame(columns=["date", "eur_usd", "eur_hkd", "eur_cny", "source", "fetched_at"])
    for file in sorted(folder.glob("*.csv")):
        if file.name.startswith("FX_"):
            fx = _read_fx(file, loaded_at)
        else:
            quote_frames.append(_read_quotes(file, loaded_at))
    quotes = pd.concat(quote_frames, ignore_index=True) if quote_frames else pd.DataFrame()
    return quotes, fx


def _read_quotes(file: Path, loaded_at: datetime) -> pd.DataFrame:
    raw = pd.read_csv(file, dtype={"source": str})
    missing = {"date", "open", "high", "low", "close"} - set(raw.columns)
    if missing:
        raise SnapshotError(f"{file}: missing columns {sorted(missing)}")
    frame = pd.DataFrame({"symbol": file.stem, "session": pd.to_datetime(raw["date"]).dt.date})
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
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    frame["source"] = "snapshot (ECB)"
    frame["fetched_at"] = loaded_at
    return frame
