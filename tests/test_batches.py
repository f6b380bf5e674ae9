"""Many batches, really parallel: the per-batch stages share no GX state, and a run's verdicts do
not depend on how its articles were cut into batches or which threads judged them."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from benchmarks.generate import generate
from claimcheck import pipeline
from claimcheck.adapters import gx_validation
from claimcheck.paths import SEEDS_DIR
from claimcheck.pipeline import RunOptions
from claimcheck.settings import Settings
from flows import nightly as flows
from flows.wiring import run_check

THREADS, DOCS = 4, 2


def _claims_frame(batch: int) -> pd.DataFrame:
    """A small claims frame whose ids name their batch; rows rotated so each batch fails differently."""
    nan = float("nan")
    frame = pd.DataFrame(
        {
            "claim_id": [f"b{batch}-{name}" for name in ("inside", "close", "far", "nodata", "undated_far")],
            "observed": [1.0, 1.0, 1.0, nan, 1.0],
            "scope_reason": None,
            "readings": [3, 1, 5, 0, 0],  # 'undated_far': no permitted reading (its day is a guess)
            "band_excess": [0.0, 0.2, 3.0, nan, 3.0],
            "allowance": [0.5, 0.5, 0.5, nan, nan],
            "session": ["2026-01-12", "2026-01-12", "2026-01-12", None, "2026-01-12"],
            "metric": "close",
            "listing": "BABA",
            "band_lo": [0.5, 0.5, 0.5, 0.5, 0.5],
            "band_hi": [1.5, 0.8, 0.5, 1.5, 0.5],
        }
    )
    return frame.iloc[[(i + batch) % len(frame) for i in range(len(frame))]].reset_index(drop=True)


def _quotes() -> pd.DataFrame:
    day = pd.Timestamp("2026-01-12").date()
    return pd.DataFrame(
        {
            "symbol": ["BABA", "BABA"],
            "session": [day, pd.Timestamp("2026-01-17").date()],  # the second is a Saturday
            "open": [157.47, 160.0],
            "high": [150.0, 161.0],  # below the low: the range is held back
            "low": [157.47, 159.0],
            "close": [166.31, 160.5],
            "adj_close": [166.31, 160.5],
            "volume": [1.0, 3.0],
            "source": "test",
            "provenance": "test",
            "fetched_at": pd.Timestamp("2026-01-20"),
        }
    )


def _all_stages(batch: int) -> tuple[dict[str, str], list[str], list[str]]:
    """What a batch asks of GX: its verdicts and the quote quarantine; two of them also render the
    Data Docs (~1 s each, so not all)."""
    verdicts, _ = gx_validation.judge(_claims_frame(batch))
    _, notes, _ = gx_validation.quarantine(_quotes(), {"BABA": "XNYS"})
    docs, _ = gx_validation.data_docs(_claims_frame(batch)) if batch < DOCS else ({}, None)
    return verdicts, notes, sorted(name for name in docs if name.endswith("index.html"))


def test_gx_stages_run_at_once_in_threads_as_they_run_alone() -> None:
    alone = [_all_stages(batch) for batch in range(THREADS)]
    start = threading.Barrier(THREADS)

    def together(batch: int) -> tuple[dict[str, str], list[str], list[str]]:
        start.wait(timeout=60)  # every thread enters GX at the same moment
        return _all_stages(batch)

    with ThreadPoolExecutor(THREADS) as pool:
        concurrent = list(pool.map(together, range(THREADS)))
    assert concurrent == alone
    for batch, (verdicts, notes, docs) in enumerate(concurrent):
        assert set(verdicts) == set(_claims_frame(batch)["claim_id"])  # no claim of another batch
        assert len(set(verdicts.values())) == 4 and notes and docs == (["index.html"] if batch < DOCS else [])


def _batches_judged(out: Path) -> int:
    return len(json.loads((out / "gx" / "validation.json").read_text(encoding="utf-8"))["claims"])


def _claims(results: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(a["article"], c["id"]): c for a in results["articles"] for c in a["claims"]}


@pytest.fixture
def fresh_cache(harness: None, tmp_path: Path) -> Iterator[Path]:
    """Task results (the extraction cache) in a folder of this test's own: every batch is extracted."""
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings

    with temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: tmp_path / "storage"}):
        yield tmp_path / "storage"


def test_seeds_one_article_per_batch_through_prefect(
    fresh_cache: Path, seed_run: dict[str, Any], tmp_path: Path
) -> None:
    results = flows.results_of(
        flows.nightly(
            articles=str(SEEDS_DIR), out=str(tmp_path / "o"), db=str(tmp_path / "c.duckdb"), offline=True, batch_size=1
        )
    )
    assert results["run"]["orchestrated"] is True and results["errors"] == []
    assert _batches_judged(tmp_path / "o") == len(results["articles"]) == 5
    assert _batches_judged(seed_run["out"]) == 1
    assert _claims(results) == _claims(seed_run["results"])  # every field of every claim, not only the verdict
    assert (tmp_path / "o" / "gx" / "data-docs" / "index.html").is_file()
    # arguments reach the tasks as plain values, so each batch's extraction was cached under its key
    for article in pipeline.load_inputs(RunOptions(paths=[str(SEEDS_DIR)], out="", db="", offline=True)).articles:
        assert (fresh_cache / flows.extraction_cache_key(None, {"articles": [article]})).is_file()


@pytest.mark.slow
def test_generated_articles_at_the_default_batch_size_through_prefect(fresh_cache: Path, tmp_path: Path) -> None:
    count = 600
    generate(tmp_path / "articles", count)
    orchestrated = flows.results_of(
        flows.nightly(
            articles=str(tmp_path / "articles"), out=str(tmp_path / "o"), db=str(tmp_path / "o.duckdb"), offline=True
        )
    )
    in_process = run_check(
        RunOptions(
            paths=[str(tmp_path / "articles")],
            out=str(tmp_path / "p"),
            db=str(tmp_path / "p.duckdb"),
            offline=True,
            batch_size=count,
        )
    )
    assert _batches_judged(tmp_path / "o") == math.ceil(count / Settings().batch_size) == 3
    assert _batches_judged(tmp_path / "p") == 1
    assert orchestrated["errors"] == in_process["errors"] == [] and len(orchestrated["articles"]) == count
    claims = _claims(orchestrated)
    assert claims == _claims(in_process)
    verdicts = {c["verdict"] for c in claims.values()}
    assert {"accurate", "wrong", "out_of_scope"} <= verdicts  # the comparison covers more than one outcome
