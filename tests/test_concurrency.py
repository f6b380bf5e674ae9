"""A nightly run, an on-demand run and `quotes import` then `status` at the same moment on one DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR, SNAPSHOT_DIR
from tests.helpers import seed_claim_count, snapshot_quote_rows

RUN = textwrap.dedent("""
    import json, sys
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check
    kind, paths, out, db = sys.argv[1], sys.argv[2].split(","), sys.argv[3], sys.argv[4]
    results = run_check(RunOptions(paths=paths, out=out, db=db, offline=True, kind=kind))
    print(json.dumps(sum(len(a["claims"]) for a in results["articles"])))
""")

STATUS_AFTER_IMPORT = textwrap.dedent("""
    import sys
    from claimcheck.cli import main
    folder, db = sys.argv[1], sys.argv[2]
    sys.exit(main(["quotes", "import", folder, "--db", db]) or main(["quotes", "status", "--json", "--db", db]))
""")


def test_three_processes_on_one_database(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RUN, "nightly", str(SEEDS_DIR), str(tmp_path / "n"), str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT_ROOT,
        ),
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                RUN,
                "on-demand",
                str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt"),
                str(tmp_path / "o"),
                str(db),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT_ROOT,
        ),
        subprocess.Popen(  # a writer creating the file too; `quotes status` alone creates no database
            [
                sys.executable,
                "-c",
                STATUS_AFTER_IMPORT,
                str(SNAPSHOT_DIR),
                str(db),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT_ROOT,
        ),
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-2000:]
    assert json.loads(outputs[0][0]) == seed_claim_count() and json.loads(outputs[1][0]) == 11
    status = {row["symbol"]: row for row in json.loads(outputs[2][0])}
    assert status["BABA"]["rows"] == 392
    nightly = json.loads((tmp_path / "n" / "results.json").read_text(encoding="utf-8"))
    assert [a["article"] for a in nightly["articles"]] == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))
    # the store holds each quote once and both runs in its history
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT count(*), count(DISTINCT (symbol, session)) FROM quotes").fetchall()
    assert rows == [(snapshot_quote_rows(),) * 2]
    assert con.execute("SELECT count(*) FROM runs").fetchall() == [(2,)]
    con.close()
