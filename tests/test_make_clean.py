"""`make clean` removes everything the report layout puts under reports/ (and the older layout's
files), and nothing else; run in a scratch folder, so the project's own .venv is untouched."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR
from claimcheck.pipeline import RunOptions
from flows.wiring import run_check


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_clean_removes_the_report_layout_and_keeps_the_rest(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / ".gitkeep").touch()
    (reports / "notes-of-mine.txt").write_text("kept", encoding="utf-8")
    article = str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt")
    db = str(reports / "claimcheck.duckdb")
    for out in (reports / "nightly", reports / "on-demand" / "002-20260113T000000"):
        run_check(RunOptions(paths=[article], out=str(out), db=db, offline=True))
    for old in ("index.html", "results.json", "claims.csv", "article-a.txt.html"):  # the older layout
        (reports / old).write_text("old", encoding="utf-8")
    (reports / "gx").mkdir()
    (reports / ".report-1234").mkdir()
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".prefect").mkdir()
    made = {p.name for p in reports.iterdir()}
    assert {"nightly", ".nightly.versions", ".claimcheck-assets", "on-demand", "claimcheck.duckdb"} <= made

    done = subprocess.run(
        ["make", "-s", "-f", str(PROJECT_ROOT / "Makefile"), "clean"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in reports.iterdir()) == [".gitkeep", "notes-of-mine.txt"]
    assert not (tmp_path / ".venv").exists() and not (tmp_path / ".prefect").exists()
