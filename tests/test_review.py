"""Editors answer back (issue 18), on the command line: `claimcheck review` records decisions
(never overwritten), lists the audit trail, exports JSON lines, refuses an unknown claim id, and
the next run applies the latest decision per claim."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cli import EXIT_OK, EXIT_USAGE, main
from claimcheck.core.discrepancies import discrepancies, message_text, verdict_counts
from claimcheck.paths import SEEDS_DIR
from claimcheck.pipeline import RunOptions
from flows.wiring import run_check

ARTICLES = ["001_d027b862ed40befe.txt", "002_04e0c9c290cb4d54.txt"]


def nightly(root: Path) -> dict[str, Any]:
    options = RunOptions(paths=[str(root / "articles")], out=str(root / "out"), db=str(root / "c.duckdb"), offline=True)
    return run_check(options)


def findings(results: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for a in results["articles"] for c in a["claims"] if c["verdict"] in ("wrong", "imprecise")]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("review")
    (root / "articles").mkdir()
    for name in [*ARTICLES, "manifest.csv"]:
        shutil.copy(SEEDS_DIR / name, root / "articles" / name)
    return root, nightly(root)


def review(root: Path, *args: str) -> int:
    return main(["review", *args, "--db", str(root / "c.duckdb")])


def test_unknown_claim_and_a_dismissal_without_reason_are_refused(
    first_run: tuple[Path, dict[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    root, results = first_run
    assert review(root, "cdeadbeef0000", "--confirm") == EXIT_USAGE
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"review: cdeadbeef0000: no such claim in the run history of {root / 'c.duckdb'}"
    ]
    caplog.clear()
    assert review(root, findings(results)[0]["id"], "--dismiss") == EXIT_USAGE
    assert "needs --reason" in caplog.text
    assert review(root, "--list", "--json") == EXIT_OK  # nothing was recorded by the refusals


def test_decisions_are_kept_and_the_next_run_applies_the_latest(
    first_run: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, results = first_run
    capsys.readouterr()
    dismissed, confirmed, corrected = (c["id"] for c in findings(results)[:3])
    monkeypatch.setenv("USER", "anna")
    assert review(root, dismissed, "--confirm") == EXIT_OK  # first confirmed, then dismissed: the latest applies
    assert review(root, dismissed, "--dismiss", "--reason", "other_day", "--note", "Schluss vom Freitag") == EXIT_OK
    assert review(root, confirmed, "--confirm", "--by", "ben") == EXIT_OK
    assert review(root, corrected, "--correct") == EXIT_OK

    assert review(root, "--list", "--json") == EXIT_OK
    trail = json.loads(capsys.readouterr().out)
    assert [(r["claim_id"], r["decision"], r["decided_by"]) for r in trail] == [
        (dismissed, "confirmed", "anna"),
        (dismissed, "dismissed", "anna"),
        (confirmed, "confirmed", "ben"),
        (corrected, "corrected", "anna"),
    ]
    assert trail[1]["reason"] == "other_day" and trail[1]["note"] == "Schluss vom Freitag"
    assert all(r["sentence"] and r["quote"] in r["sentence"] and r["via"] == "cli" for r in trail)

    export = root / "decisions.jsonl"
    assert review(root, "--export", str(export)) == EXIT_OK
    lines = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert {(line["claim_id"], line["decision"]) for line in lines} == {
        (dismissed, "dismissed"),
        (confirmed, "confirmed"),
        (corrected, "corrected"),
    }
    assert {"article", "sentence", "claim", "verdict", "decision", "reason"} <= set(lines[0])

    again = nightly(root)
    claims = {c["id"]: c for a in again["articles"] for c in a["claims"]}
    assert claims[dismissed]["review"]["decision"] == "dismissed"
    assert claims[dismissed]["review"]["by"] == "anna" and claims[dismissed]["review"]["reason"] == "other_day"
    assert claims[confirmed]["review"]["decision"] == "confirmed"
    listed = {item.claim_id: item for item in discrepancies(again)}
    assert dismissed not in listed and corrected not in listed and listed[confirmed].confirmed
    before, after = verdict_counts(results), verdict_counts(again)
    assert after["reviewed"] == 2
    assert (
        sum(after.get(v, 0) for v in ("wrong", "imprecise"))
        == sum(before.get(v, 0) for v in ("wrong", "imprecise")) - 2
    )
    message = message_text(again, discrepancies(again), "https://r.example.invalid")
    assert f"{len(listed)} claims need a look" in message and ", confirmed]" in message

    page = (root / "out" / again["articles"][0]["page"]).read_text(encoding="utf-8")
    pages = "".join((root / "out" / a["page"]).read_text(encoding="utf-8") for a in again["articles"])
    assert "kein Fehler — geprüft von anna, am " in pages and "(anderer Tag)" in pages
    assert page.count('class="review-form"') >= 1
    index = (root / "out" / "index.html").read_text(encoding="utf-8")
    for verdict, label in (("wrong", "falsch"), ("imprecise", "ungenau")):
        assert f"{label}: {after.get(verdict, 0)}</span>" in index, verdict
    assert index.count('<li class="v-') == len(listed)
