"""Faults a nightly job meets: locked database, unwritable report folder, undecodable input,
a run killed half-way, and arbitrary text in the date resolver."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.adapters.articles import ArticleError, load_article
from claimcheck.adapters.publication import ASSETS, versions_folder
from claimcheck.adapters.store import ensure_snapshot
from claimcheck.core.dates import resolve_day
from claimcheck.paths import PROJECT_ROOT, SEEDS_DIR, SNAPSHOT_DIR
from claimcheck.rules import Rules
from tests.helpers import lock_held, run_cli, snapshot_quote_rows


def test_database_locked_too_long_exits_1_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "held.duckdb"
    ensure_snapshot(db, SNAPSHOT_DIR)
    with lock_held(db, 30):
        done = run_cli("quotes", "status", "--db", str(db), CLAIMCHECK_LOCK_WAIT_SECONDS="1")
    assert done.returncode == 1 and "still locked by another process after 1 s" in done.stderr


def test_unwritable_report_folder_exits_1_and_names_it(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the report folder should be", encoding="utf-8")
    done = run_cli(
        "check",
        str(SEEDS_DIR / "002_04e0c9c290cb4d54.txt"),
        "--offline",
        "--out",
        str(blocked),
        "--db",
        str(tmp_path / "c.duckdb"),
        PREFECT_HOME=str(tmp_path / "ph"),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0",
    )
    assert done.returncode == 1, done.stderr[-1500:]
    assert f"{blocked}: the report folder cannot be written" in done.stderr
    assert blocked.read_text(encoding="utf-8").startswith("a file")  # nothing of the user's is touched


def test_bytes_no_encoding_can_read_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Alibaba \x81\x8d\x8f stieg")
    with pytest.raises(ArticleError, match="not decodable"):
        load_article(path, None, {}, date(2026, 11, 22))


def _child_json(script: str, args: list[Path], cwd: Path, env: dict[str, str] | None = None) -> Any:
    """Run a script in a fresh Python process; it must succeed and print JSON on its last line."""
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env=None if env is None else os.environ | env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


PEAK_MEMORY_RUN = textwrap.dedent("""
    import json, resource, sys
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check
    article, out, db = sys.argv[1:4]
    run_check(RunOptions(paths=[article], out=out, db=db, offline=True, published="2026-01-13", kind="on-demand"))
    print(json.dumps({"peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
""")


def test_a_50_mb_article_is_checked_in_bounded_memory_and_says_what_was_not_read(tmp_path: Path) -> None:
    """A 50 MB file is under the byte limit: it is read, its head is checked, the rest is named
    in a warning, and the run stays under the 1.5 GiB the benchmark allows for 10k articles."""
    seed = (SEEDS_DIR / "000_cfc3d7df5ed72e45.txt").read_text(encoding="utf-8") + "\n\n"
    article = tmp_path / "dump.txt"
    article.write_text(seed * (50_000_000 // len(seed.encode()) + 1), encoding="utf-8")
    assert article.stat().st_size >= 50_000_000
    out = tmp_path / "o"
    peak_mib = _child_json(PEAK_MEMORY_RUN, [article, out, tmp_path / "d.duckdb"], PROJECT_ROOT)["peak_kib"] / 1024
    assert peak_mib < 1536, f"peak RSS {peak_mib:.0f} MiB"
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    (checked,) = results["articles"]
    assert not results["errors"]
    note = next(w for w in checked["warnings"] if "were not read" in w)
    assert note.startswith("dump.txt: ") and "split the file" in note
    # The head was checked like any article: the seed's claims, repeated, with their verdicts.
    assert len(checked["claims"]) > 1000
    assert {c["verdict"] for c in checked["claims"]} >= {"accurate", "out_of_scope"}
    assert max(c["span"][1] for c in checked["claims"]) <= 1_000_000


AUDITED_RUN = textwrap.dedent("""
    import json, os, sys
    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    CHANGES = {"os.rename", "os.replace", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "os.symlink",
               "os.truncate", "os.chmod", "os.link", "shutil.copyfile", "shutil.move"}
    events = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            mode, flags = args[1], args[2] or 0
            writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & WRITE_FLAGS)
            events.append([os.fsdecode(args[0]), writes, None])
        elif event in CHANGES and isinstance(args[0], (str, bytes, os.PathLike)):
            dir_fd = args[-1] if event in ("os.remove", "os.rmdir", "os.mkdir") else None
            written = args[1] if event == "os.symlink" else args[0]  # a link's text is not where it is made
            events.append([os.fsdecode(written), True, dir_fd])

    sys.addaudithook(hook)
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check
    articles, out, db = sys.argv[1:4]
    run_check(RunOptions(paths=[articles], out=out, db=db, offline=True, kind="on-demand"))
    print(json.dumps(events))
""")


def test_a_run_reads_and_writes_only_where_it_was_told_to(tmp_path: Path) -> None:
    """Python's audit hooks see every file opened, created, renamed or removed by the run (DuckDB's
    own C++ file access is its database file, named by --db). Writes must stay in the report folder,
    the database's folder and the run's own temporary folders (created and removed again); reads
    also in the articles, the project and the Python installation."""
    import sysconfig
    import tempfile

    articles, out, db_folder, work = (tmp_path / name for name in ("in", "out", "db", "work"))
    for folder in (articles, db_folder, work):
        folder.mkdir()
    for seed in [*sorted(SEEDS_DIR.glob("00[0-2]_*.txt")), SEEDS_DIR / "manifest.csv"]:
        (articles / seed.name).write_bytes(seed.read_bytes())
    # The run's temporary folder of its own (beside tmp_path, not in it): what other processes on
    # the machine leave in the shared /tmp is then not counted against the run.
    temp = Path(tempfile.mkdtemp(prefix=f"{tmp_path.name}-tmp", dir=tmp_path.parent))
    events = _child_json(AUDITED_RUN, [articles, out, db_folder / "q.duckdb"], work, {"TMPDIR": str(temp)})
    assert not list(temp.iterdir()), list(temp.iterdir())  # every temporary folder removed again
    readable = [
        out,
        db_folder,
        temp,
        tmp_path,  # the folder holding --out, --db and the articles (the report's link is made beside it)
        articles,
        PROJECT_ROOT,
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sysconfig.get_paths()["stdlib"]),
        Path("/usr/share"),
        Path("/var/db/zoneinfo"),  # where tzlocal looks for the local time zone on some systems
        Path("/etc"),
        Path("/sys"),
        Path("/proc"),
        Path("/dev"),
    ]
    # The report path is a link switched as a whole: its versions and shared files lie beside it.
    writable = [out, versions_folder(out), out.parent / ASSETS, db_folder]
    outside: list[str] = []
    for name, writes, dir_fd in events:
        path = Path(name)
        if not path.is_absolute():
            # rmtree and os.walk name entries relative to a directory they opened (checked above).
            if writes and dir_fd is None:
                outside.append(f"write {name} relative to {work}")
            continue
        if path.resolve() in (temp.resolve(), *[p.resolve() for p in temp.resolve().parents]):
            continue  # makedirs probes a folder's parents before creating it
        resolved = path.resolve()
        if writes:
            allowed = any(resolved.is_relative_to(root.resolve()) for root in writable) or (
                resolved.is_relative_to(temp.resolve()) and not resolved.is_relative_to(tmp_path.resolve())
            )  # a temporary folder of its own, never one of the user's folders that happen to be in /tmp
        else:
            allowed = any(resolved.is_relative_to(root.resolve()) for root in readable)
        if not allowed:
            outside.append(f"{'write' if writes else 'read'} {name}")
    assert not outside, outside[:20]
    assert not any(work.iterdir())  # nothing was dropped into the working directory
    assert (out / "results.json").is_file()
    assert any(name.startswith(str(articles)) for name, _, _ in events)  # the hook did see the run


KILLABLE_RUN = textwrap.dedent("""
    import sys
    from pathlib import Path
    from benchmarks.generate import generate
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check
    folder, out, db = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    print("running", flush=True)
    run_check(RunOptions(paths=[str(folder)], out=out, db=db, offline=True, batch_size=20), run_id="night")
""")


def test_run_killed_half_way_reruns_complete_without_duplicates(tmp_path: Path) -> None:
    from benchmarks.generate import generate
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check

    generate(tmp_path / "articles", 200)
    db, out = str(tmp_path / "c.duckdb"), str(tmp_path / "report")
    victim = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_RUN, str(tmp_path / "articles"), out, db],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert victim.stdout is not None and victim.stdout.readline().strip() == "running"
    time.sleep(4)  # loading the snapshot and checking are under way
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(timeout=30) == -signal.SIGKILL  # killed, not finished
    assert not (tmp_path / "report" / "results.json").exists()
    results = run_check(RunOptions(paths=[str(tmp_path / "articles")], out=out, db=db, offline=True), run_id="night")
    assert len(results["articles"]) == 200 and results["errors"] == []
    con = duckdb.connect(db, read_only=True)
    rows = con.execute("SELECT count(*), count(DISTINCT (symbol, session)) FROM quotes").fetchall()
    assert rows == [(snapshot_quote_rows(),) * 2]
    assert con.execute("SELECT count(*) FROM runs").fetchall() == [(1,)]
    recorded = con.execute("SELECT count(*), count(DISTINCT (article, claim_id)) FROM claim_results").fetchall()
    total = sum(len(a["claims"]) for a in results["articles"])
    assert recorded == [(total, total)]
    con.close()


TOKENS = st.sampled_from(
    [
        "am",
        "Montag",
        "Mittwoch",
        "gestern",
        "heute",
        "vorgestern",
        "13.01.2026",
        "31.02.2026",
        "2026-01-13",
        "2026-13-45",
        "19.",
        "Februar",
        "2026",
        "on",
        "Friday",
        "yesterday",
        "in einer",
        "Sitzung",
        " ",
        ".",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=20), st.one_of(st.none(), st.dates()))
def test_date_resolver_never_crashes(rules: Rules, words: list[str], published: date | None) -> None:
    found = resolve_day(" ".join(words), published, rules)
    if found is not None and found.day is not None and published is not None and found.basis == "relative":
        assert abs((found.day - published).days) <= 6
