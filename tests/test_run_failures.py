"""A failure of the run itself (database, report folder, disk) ends it with exit 1 and one line
naming the path; the traceback only with --verbose. Nothing of the previous report is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from claimcheck.adapters.store import ensure_snapshot
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR, SNAPSHOT_DIR
from tests.helpers import lock_held, run_cli

ARTICLE = str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt")

# The CLI with every report file after index.html failing as a full disk would make it fail.
DISK_FULL_CLI = textwrap.dedent("""
    import errno, os, sys
    from claimcheck.adapters import publication
    real = publication._write

    def full(path, content):
        if path.name.startswith("article-"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, content)

    publication._write = full
    from claimcheck.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("ERROR", "CRITICAL", "Traceback"))]


@pytest.mark.parametrize("verbose", [False, True])
def test_a_database_that_is_not_one_is_named_in_one_line(tmp_path: Path, verbose: bool) -> None:
    db = tmp_path / "c.duckdb"
    db.write_bytes(b"\x00not a database" * 1000)
    done = run_cli(
        "check", ARTICLE, "--offline", "--out", str(tmp_path / "r"), "--db", str(db), *["--verbose"] * verbose
    )
    assert done.returncode == 1, done.stderr[-2000:]
    first, *rest = problems(done.stderr)
    assert first == (
        f'ERROR claimcheck: {db}: cannot open the database (IO Error: The file "{db}" exists, '
        "but it is not a valid DuckDB database file!)"
    )
    assert rest == (["Traceback (most recent call last):"] * 2 if verbose else [])
    assert db.read_bytes() == b"\x00not a database" * 1000  # never recreated
    assert not (tmp_path / "r").exists()


def test_a_database_locked_too_long_is_named_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    ensure_snapshot(db, SNAPSHOT_DIR)
    with lock_held(db, 30):
        done = run_cli("check", ARTICLE, "--offline", "--out", str(tmp_path / "r"), "--db", str(db),
                       CLAIMCHECK_LOCK_WAIT_SECONDS="1")  # fmt: skip
    assert done.returncode == 1
    (line,) = problems(done.stderr)
    assert line.startswith(f"ERROR claimcheck: {db}: still locked by another process after 1 s")


def test_a_full_disk_under_out_is_named_in_one_line_and_the_old_report_stays(tmp_path: Path) -> None:
    out, db = tmp_path / "r", tmp_path / "c.duckdb"
    assert run_cli("check", ARTICLE, "--offline", "--out", str(out), "--db", str(db)).returncode == 0
    before = json.loads((out / "results.json").read_text(encoding="utf-8"))["run"]["run_id"]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CLI, "check", ARTICLE, "--offline", "--out", str(out), "--db", str(db)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, env=environment, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-2000:]
    lines = problems(done.stderr)
    assert len(lines) == 1, done.stderr[-3000:]  # (the whole error output where another line came: seen under load)
    (line,) = lines
    assert line.startswith(f"ERROR claimcheck: {out}: the report folder cannot be written (No space left on device: ")
    assert json.loads((out / "results.json").read_text(encoding="utf-8"))["run"]["run_id"] == before
    assert not [p for p in (tmp_path / ".r.versions").iterdir() if p.name.startswith(".staging-")]
    with duckdb.connect(str(db), read_only=True) as con:  # the failed run left no history row
        assert con.execute("SELECT count(*), min(status) FROM runs").fetchall() == [(1, "complete")]
