"""Retention, run by the nightly flow: on-demand reports and run history older than the
configured age are removed. The nightly report, the shared assets and the quotes are kept."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from claimcheck.adapters import store
from claimcheck.adapters.publication import versions_folder
from claimcheck.layout import ON_DEMAND

log = logging.getLogger("claimcheck.retention")


def prune_on_demand(reports: Path, before: datetime) -> list[str]:
    """Each on-demand report (its link and its versions folder) last published before `before`."""
    folder = reports / ON_DEMAND
    if not folder.is_dir():
        return []
    removed = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):  # versions folders go with their report; shared assets stay
            continue
        published = datetime.fromtimestamp(entry.lstat().st_mtime, UTC)
        if published >= before:
            continue
        if entry.is_symlink() or entry.is_file():
            entry.unlink()
        else:
            shutil.rmtree(entry)
        shutil.rmtree(versions_folder(entry), ignore_errors=True)
        removed.append(entry.name)
    return removed


def prune(reports: Path, db: Path, days: int, now: datetime | None = None) -> tuple[list[str], int]:
    """Remove what is older than `days`; returns the reports removed and the number of runs forgotten."""
    before = (now or datetime.now(UTC)) - timedelta(days=days)
    reports_removed = prune_on_demand(reports, before)
    with store.open_store(db) as con:
        runs = store.prune_runs(con, before.astimezone(UTC).replace(tzinfo=None))
    if reports_removed or runs:
        log.info("retention (%d days): %d on-demand reports and %d runs removed", days, len(reports_removed), runs)
    return reports_removed, runs
