"""Where reports go (README, "Report layout"): the nightly report at <reports>/nightly, each
on-demand report in a folder of its own under <reports>/on-demand/, so that an on-demand run,
however it is started, never writes into the nightly report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

ON_DEMAND = "on-demand"


def nightly_report(reports: Path) -> Path:
    return reports / "nightly"


def on_demand_report(reports: Path, paths: list[str], now: datetime | None = None) -> Path:
    """<reports>/on-demand/<first article's name>-<UTC time>, with -2, -3 ... when two runs of
    one article start in the same second."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    base = reports / ON_DEMAND / f"{Path(paths[0]).stem if paths else 'check'}-{stamp}"
    folder, count = base, 1
    while folder.exists() or folder.is_symlink():
        count += 1
        folder = base.with_name(f"{base.name}-{count}")
    return folder


def is_nightly(out: Path, reports: Path) -> bool:
    return out.resolve() == nightly_report(reports).resolve()
