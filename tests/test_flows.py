"""Flows on Prefect's test harness: the Dask path on a local cluster, and a failed listing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimcheck.paths import SEEDS_DIR
from claimcheck.pipeline import RunOptions
from claimcheck.settings import Settings
from flows import nightly as flows
from flows.wiring import run_check
from tests.helpers import seed_claim_count


def _verdicts(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(a["article"], c["id"], c["verdict"]) for a in results["articles"] for c in a["claims"]]


def test_dask_local_cluster_gives_the_same_verdicts(harness: None, tmp_path: Path) -> None:
    settings = Settings(task_runner="dask", dask_workers=2)
    on_dask = flows.with_task_runner(flows.nightly, settings)
    assert type(on_dask.task_runner).__name__ == "DaskTaskRunner"
    results = flows.results_of(
        on_dask(
            articles=str(SEEDS_DIR),
            out=str(tmp_path / "dask"),
            db=str(tmp_path / "d.duckdb"),
            offline=True,
            batch_size=2,
        )
    )  # three batches of articles spread over two workers
    plain = run_check(
        RunOptions(paths=[str(SEEDS_DIR)], out=str(tmp_path / "plain"), db=str(tmp_path / "p.duckdb"), offline=True)
    )
    assert results["run"]["orchestrated"] is True
    assert _verdicts(results) == _verdicts(plain) and len(_verdicts(results)) == seed_claim_count()


def test_flow_run_with_a_failing_listing_completes(
    harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.adapters import yahoo
    from tests.yahoo_replay import YahooReplay, replay_session

    monkeypatch.setattr(yahoo, "yahoo_reachable", lambda timeout=2.0: True)
    monkeypatch.setattr(yahoo, "SESSION", replay_session(YahooReplay(faults={"9988.HK": "dns"})))
    article = tmp_path / "a.txt"
    article.write_text(
        "Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar. "
        "In Hongkong schloss sie am Montag bei 154,30 HKD.",
        encoding="utf-8",
    )
    results = flows.results_of(
        flows.on_demand(
            paths=[str(article)],
            out=str(tmp_path / "o"),
            db=str(tmp_path / "d.duckdb"),
            offline=False,
            published="2026-01-13",
        )
    )
    verdicts = [c["verdict"] for c in results["articles"][0]["claims"]]
    assert verdicts == ["accurate", "accurate"]  # the snapshot still holds both sessions
    assert any("9988.HK: live fetch failed" in note for note in results["run"]["notes"])
