"""Orchestration details that need no scheduler: cache keys, prefect.yaml, reruns, fallback."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import yaml

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article
from claimcheck.model import Claim
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR
from claimcheck.settings import Settings
from flows.nightly import extraction_cache_key
from flows.wiring import run_check
from tests.helpers import run_cli, seed_claim_count, snapshot_quote_rows


def _article(text: str, published: date) -> pipeline.LoadedArticle:
    path = Path("/tmp/claimcheck-cache-key.txt")
    path.write_text(text, encoding="utf-8")
    return load_article(path, published, {}, date(2026, 11, 22))


def test_extraction_cache_key_follows_text_date_and_rules(monkeypatch: Any) -> None:
    base = [_article("Alibaba stieg um 5 %.", date(2026, 1, 13))]
    key = extraction_cache_key(None, {"articles": base})
    assert key == extraction_cache_key(None, {"articles": [_article("Alibaba stieg um 5 %.", date(2026, 1, 13))]})
    assert key != extraction_cache_key(None, {"articles": [_article("Alibaba stieg um 6 %.", date(2026, 1, 13))]})
    moved = [replace(base[0], published=replace(base[0].published, date=date(2026, 1, 14)))]
    assert key != extraction_cache_key(None, {"articles": moved})
    # the time of day changes which session 'today' is, so it is part of the key
    stamped = [replace(base[0], published=replace(base[0].published, at=datetime(2026, 1, 13, 0, 10, tzinfo=UTC)))]
    assert key != extraction_cache_key(None, {"articles": stamped})
    monkeypatch.setattr(pipeline, "extraction_version", lambda: "1:other-rules")
    assert key != extraction_cache_key(None, {"articles": base})


def test_a_new_field_of_the_claim_record_changes_the_extraction_version(monkeypatch: Any) -> None:
    # a cached claim pickled before a field was added would come back with that field's class default
    before = pipeline.extraction_version()

    @dataclasses.dataclass
    class WiderClaim(Claim):
        listing_reason: str | None = None

    monkeypatch.setattr(pipeline, "Claim", WiderClaim)
    pipeline._record_shape.cache_clear()
    try:
        assert pipeline.extraction_version() != before
    finally:
        monkeypatch.undo()
        pipeline._record_shape.cache_clear()
    assert pipeline.extraction_version() == before


def test_prefect_yaml_matches_the_settings() -> None:
    spec = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    nightly = next(d for d in spec["deployments"] if d["name"] == "nightly")
    settings = Settings()
    assert nightly["schedules"] == [{"cron": settings.nightly_cron, "timezone": settings.timezone}]
    assert {d["entrypoint"] for d in spec["deployments"]} == {"flows/nightly.py:nightly", "flows/nightly.py:on_demand"}


def test_rerun_is_idempotent(tmp_path: Path) -> None:
    options = pipeline.RunOptions(
        paths=[str(SEEDS_DIR)], out=str(tmp_path / "o"), db=str(tmp_path / "c.duckdb"), offline=True
    )
    first = run_check(options, run_id="night-1")
    second = run_check(options, run_id="night-1")  # the same run retried
    assert [c["verdict"] for a in first["articles"] for c in a["claims"]] == [
        c["verdict"] for a in second["articles"] for c in a["claims"]
    ]
    con = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    rows = con.execute("SELECT count(*), count(DISTINCT (symbol, session)) FROM quotes").fetchall()
    assert rows == [(snapshot_quote_rows(),) * 2]
    assert con.execute("SELECT count(*) FROM runs").fetchall() == [(1,)]
    assert con.execute("SELECT count(*) FROM claim_results").fetchall() == [(seed_claim_count(),)]
    con.close()


def test_run_carries_on_in_process_when_prefect_cannot_start(tmp_path: Path) -> None:
    done = run_cli(
        "run",
        "--offline",
        "--out",
        str(tmp_path / "o"),
        "--db",
        str(tmp_path / "c.duckdb"),
        PREFECT_HOME=str(tmp_path / "ph"),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Prefect could not start" in done.stderr and "in-process" in done.stderr
    results = json.loads((tmp_path / "o" / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["orchestrated"] is False and len(results["articles"]) == 5


def test_results_from_other_machines_merge_into_one_history(tmp_path: Path) -> None:
    outs = []
    for machine in ("a", "b"):
        options = pipeline.RunOptions(
            paths=[str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt")],
            out=str(tmp_path / machine),
            db=str(tmp_path / f"{machine}.duckdb"),
            offline=True,
        )
        run_check(options, run_id=f"run-{machine}")
        outs.append(str(tmp_path / machine / "results.json"))
    (tmp_path / "broken.json").write_text("{}", encoding="utf-8")
    done = run_cli("merge", *outs, str(tmp_path / "broken.json"), "--db", str(tmp_path / "central.duckdb"))
    assert done.returncode == 3 and "broken.json: not a claimcheck results.json" in done.stderr
    con = duckdb.connect(str(tmp_path / "central.duckdb"), read_only=True)
    assert con.execute("SELECT run_id, claims, accurate FROM runs ORDER BY run_id").fetchall() == [
        ("run-a", 11, 3),
        ("run-b", 11, 3),
    ]
    con.close()
