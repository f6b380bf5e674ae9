"""The public interface: commands, stdout/stderr separation, exit codes, results.json contract.

The end-to-end runs go through a real (temporary) Prefect server, as `make run` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck.adapters.store import ensure_snapshot
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR, SNAPSHOT_DIR
from tests.helpers import run_cli, seed_claim_count

CLAIM_KEYS = {
    "id",
    "span",
    "quote",
    "sentence_span",
    "value",
    "value_high",
    "scale",
    "direction",
    "unit",
    "kind",
    "checkable",
    "scope_reason",
    "hedge",
    "subject",
    "listing",
    "reference",
}
VERDICT_KEYS = {"verdict", "observed", "band", "rule", "confidence", "explanation", "evidence"}


def test_extract_prints_only_json(tmp_path: Path) -> None:
    done = run_cli("extract", str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert (document["published"], document["published_source"]) == ("2026-01-13", "manifest")
    claim = document["claims"][1]
    assert set(claim) >= CLAIM_KEYS and not VERDICT_KEYS & set(claim)
    assert (claim["quote"], claim["kind"], claim["listing"], claim["reference"]) == (
        "166,31",
        "close",
        "BABA",
        {"date": "2026-01-12"},
    )


def test_extract_with_published_option(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Alibaba schloss gestern in New York bei 166,31 US-Dollar.", encoding="utf-8")
    document = json.loads(run_cli("extract", str(article), "--published", "2026-01-13").stdout)
    assert document["published_source"] == "option" and document["claims"][0]["reference"] == {"date": "2026-01-12"}


def test_usage_errors_exit_2() -> None:
    assert run_cli("extract").returncode == 2
    assert run_cli("check", "x.txt", "--published", "13.01.2026").returncode == 2


def test_missing_input_to_extract_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("extract", str(tmp_path / "nope.txt"))  # as check's: README, exit status 2
    assert done.returncode == 2 and done.stderr.count("nope.txt: no such file or folder") == 1 and done.stdout == ""


def test_quotes_status_json_on_a_new_database(tmp_path: Path) -> None:
    ensure_snapshot(tmp_path / "new.duckdb", SNAPSHOT_DIR)  # `quotes status` alone creates no database
    done = run_cli("quotes", "status", "--json", "--db", str(tmp_path / "new.duckdb"))
    assert done.returncode == 0, done.stderr
    rows = {r["symbol"]: r for r in json.loads(done.stdout)}
    assert set(rows["BABA"]) == {"symbol", "first", "last", "rows", "source", "last_fetch", "gaps"}
    assert rows["9988.HK"]["gaps"] == ["2025-06-09", "2025-06-10"]  # adjusted-only days: no traded close
    assert (rows["9988.HK"]["first"], rows["9988.HK"]["last"]) == ("2024-09-02", "2026-02-27")
    assert rows["9888.HK"]["last"] == "2025-10-30" and rows["BIDU"]["rows"] == 392
    assert rows["AHLA.DE"]["rows"] == rows["AHLA.F"]["rows"] == 0 and rows["AHLA.F"]["first"] is None
    assert rows["FX:ECB"]["rows"] == 618


@pytest.fixture(scope="module")
def nightly(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("nightly")
    done = run_cli("run", "--offline", "--out", str(out / "report"), "--db", str(out / "c.duckdb"))
    return {"done": done, "out": out / "report"}


def test_run_writes_the_report_through_prefect(nightly: dict[str, Any]) -> None:
    done, out = nightly["done"], nightly["out"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == ""
    assert f"[2/5] extract: {seed_claim_count()} claims in 5 articles" in done.stderr and "[5/5] report" in done.stderr
    names = {p.name for p in out.iterdir()}
    assert {"index.html", "results.json", "claims.csv"} <= names
    assert {f"article-{p.name}.html" for p in SEEDS_DIR.glob("*.txt")} <= names
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    run = results["run"]
    assert run["orchestrated"] is True and run["offline"] is True and run["quotes_as_of"]["BABA"] == "2026-03-26"
    assert results["errors"] == []
    for article in results["articles"]:
        for claim in article["claims"]:
            assert set(claim) >= CLAIM_KEYS | VERDICT_KEYS
            assert article["claims"] and claim["quote"] == claim["quote"]


def test_done_when_examples(nightly: dict[str, Any]) -> None:
    results = json.loads((nightly["out"] / "results.json").read_text(encoding="utf-8"))
    by_name = {a["article"]: a for a in results["articles"]}
    close = next(c for c in by_name["002_04e0c9c290cb4d54.txt"]["claims"] if c["quote"] == "166,31")
    assert (close["listing"], close["reference"], close["verdict"]) == (
        "BABA",
        {"date": "2026-01-12"},
        "accurate",
    )
    target = next(c for c in by_name["000_cfc3d7df5ed72e45.txt"]["claims"] if c["quote"] == "198,26")
    assert target["verdict"] == "out_of_scope" and "analyst" in target["scope_reason"]
    euro = next(c for c in by_name["001_d027b862ed40befe.txt"]["claims"] if c["quote"] == "145,80")
    # no AHLA.F quotes: read on the derived euro parity (BABA 167.01 / ECB 1.1654 = 143.31), 1.7 % off
    assert (euro["listing"], euro["verdict"], euro["derived"]) == ("AHLA.F", "imprecise", True)
    texts = {a: (SEEDS_DIR / a).read_text(encoding="utf-8") for a in by_name}
    for name, needle in (
        ("003_a9b9239995e7daa0.txt", "HK: 09988"),
        ("004_e364ef39556d80bb.txt", "Minute 5:50"),
    ):
        at = texts[name].index(needle)
        assert not [c for c in by_name[name]["claims"] if at <= c["span"][0] < at + len(needle)]


def test_check_reports_bad_inputs_and_still_checks_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "report"
    done = run_cli(
        "check",
        str(good),
        str(empty),
        "--published",
        "2026-01-13",
        "--offline",
        "--out",
        str(out),
        "--db",
        str(tmp_path / "c.duckdb"),
    )
    assert done.returncode == 3, done.stderr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert sorted(e["article"] for e in results["errors"]) == ["empty.txt"]
    assert results["articles"][0]["claims"][0]["verdict"] == "accurate"
    assert "empty file" in done.stderr
    # A path that does not exist is a usage error (issue 15): said at once, nothing written.
    before = sorted(p.name for p in tmp_path.iterdir())
    missing = run_cli("check", str(good), str(tmp_path / "missing.txt"), "--offline", "--out", str(tmp_path / "r2"))
    assert missing.returncode == 2 and "missing.txt: no such file or folder" in missing.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_nightly_and_on_demand_through_prefect_at_the_same_moment(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    db = str(tmp_path / "c.duckdb")
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "claimcheck.cli", "run", "--offline", "--out", str(tmp_path / "n"), "--db", db],
            cwd=PROJECT_ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        ),
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "claimcheck.cli",
                "check",
                str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt"),
                "--offline",
                "--out",
                str(tmp_path / "o"),
                "--db",
                db,
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        ),
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], "\n---\n".join(e[-3000:] for e in errors)  # whole, not a repr
    nightly = json.loads((tmp_path / "n" / "results.json").read_text(encoding="utf-8"))
    on_demand = json.loads((tmp_path / "o" / "results.json").read_text(encoding="utf-8"))
    assert nightly["run"]["orchestrated"] and on_demand["run"]["orchestrated"]
    assert len(nightly["articles"]) == 5 and on_demand["articles"][0]["claims"][1]["verdict"] == "accurate"


def test_a_temporary_server_gets_no_flow_run_heartbeats() -> None:
    """The flows `check` and `run` start against their own temporary server send no heartbeats
    (the run waited up to a second for Prefect's heartbeat thread to see it end); against a
    server of the user's they keep Prefect's interval."""
    from prefect.settings import get_current_settings

    from claimcheck.cli import _without_heartbeats

    default = get_current_settings().flows.heartbeat_frequency
    with _without_heartbeats(temporary_server=True):
        assert get_current_settings().flows.heartbeat_frequency is None
    with _without_heartbeats(temporary_server=False):
        assert get_current_settings().flows.heartbeat_frequency == default
    assert default is not None


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        ("claimcheck.adapters.input_paths:NothingToCheck", 2, "gone.txt: no such file"),
        ("claimcheck.adapters.store:StoreError", 1, "gone.txt: no such file"),
        (
            "builtins:RuntimeError",
            1,
            "the run failed: RuntimeError: gone.txt: no such file (--verbose shows the traceback)",
        ),
    ],
)
def test_failures_of_a_run_keep_their_exit_codes(
    raised: str, code: int, said: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """main() tells the run's failures apart by class, looked up among the modules imported (the
    service client imports none of them): paths gone after the first look exit 2, the store's
    and the servers' own failures 1 with their message, anything else 1 as 'the run failed'."""
    import importlib

    from claimcheck import cli

    module, name = raised.split(":")
    kind = getattr(importlib.import_module(module), name)

    def fails(*args: object) -> int:
        raise kind("gone.txt: no such file")

    monkeypatch.setattr(cli, "_orchestrated", fails)
    article = sorted(SEEDS_DIR.glob("*.txt"))[0]
    assert cli.main(["check", str(article)]) == code
    assert any(record.getMessage() == said for record in caplog.records), [r.getMessage() for r in caplog.records]
