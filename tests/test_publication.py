"""Atomic publication: a reader sees the old report or the new one, never a mix; a killed run
leaves the old report and a staging folder the next run removes; older layouts are adopted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from claimcheck.adapters import publication
from claimcheck.paths import PROJECT_ROOT

PAGES = 2000


def report_files(tag: str, pages: int = PAGES) -> dict[str, str | bytes]:
    """A report whose every file names the run it belongs to."""
    files: dict[str, str | bytes] = {f"article-{i:04d}.html": f"<p>{tag}</p>" for i in range(pages)}
    files.update({"index.html": f"<p>{tag}</p>", "results.json": f'{{"run": "{tag}"}}', "gx/validation.json": tag})
    return files


def publish(out: Path, tag: str, pages: int = PAGES) -> Path:
    with publication.staged(out, report_files(tag, pages)) as staged:
        return staged.switch(tag)


def tags_seen(folder: Path) -> set[str]:
    """The run tags of every file of one report folder, and its page count as a tag of its own."""
    names = os.listdir(folder)
    seen = {(folder / n).read_text(encoding="utf-8")[3:-4] for n in names if n.startswith(("article-", "index"))}
    return seen | {f"pages={sum(n.startswith('article-') for n in names)}"}


SLOW_PUBLISH = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from claimcheck.adapters import publication
    from tests.test_publication import report_files
    real, written = publication._write, [0]

    def slow(path, content):
        real(path, content)
        written[0] += 1
        if written[0] == 465:
            print("half-way", flush=True)
        time.sleep(0.002)

    publication._write = slow
    with publication.staged(Path(sys.argv[1]), report_files("B")) as staged:
        staged.switch("B")
""")


def test_a_run_killed_while_writing_pages_leaves_the_old_report_whole_and_the_next_run_cleans_up(
    tmp_path: Path,
) -> None:
    out = tmp_path / "report"
    first = publish(out, "A")
    victim = subprocess.Popen(
        [sys.executable, "-c", SLOW_PUBLISH, str(out)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True
    )
    assert victim.stdout is not None and victim.stdout.readline().strip() == "half-way"
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(timeout=30) == -signal.SIGKILL
    assert tags_seen(out) == {"A", f"pages={PAGES}"}  # the old report, all of it, nothing of the new
    versions = publication.versions_folder(out)
    (left,) = [p for p in versions.iterdir() if p.name.startswith(".staging-")]
    assert len(list(left.iterdir())) >= 465  # the killed run got that far

    third = publish(out, "C", pages=10)
    assert tags_seen(out) == {"C", "pages=10"}
    assert not [p for p in versions.iterdir() if p.name.startswith((".staging-", ".link-"))]
    assert sorted(p.name for p in versions.iterdir() if not p.name.startswith(".")) == sorted(
        [first.name, third.name]
    )  # the current report and the one before it


def test_a_reader_during_a_switch_sees_one_whole_report(tmp_path: Path) -> None:
    out = tmp_path / "report"
    publish(out, "A", pages=300)
    seen: list[set[str]] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                seen.append(tags_seen(Path(os.path.realpath(out))))
            except FileNotFoundError:
                # the version resolved was pruned while it was read (newer ones published meanwhile): the
                # reader reloads, as a browser would; what it read was never a mix
                continue

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        # switches until the reader has read a few times (on a loaded machine one reading may outlast several
        # switches), at least once through, at most ten times through
        for _ in range(10):
            for tag in ("B", "C", "D"):
                publish(out, tag, pages=300 if tag != "C" else 150)
            if len(seen) > 3:
                break
    finally:
        stop.set()
        thread.join()
    wholes = [{"A", "pages=300"}, {"B", "pages=300"}, {"C", "pages=150"}, {"D", "pages=300"}]
    assert len(seen) > 3 and all(s in wholes for s in seen), [s for s in seen if s not in wholes][:3]


def test_disk_full_while_staging_keeps_the_old_report_and_names_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    out = tmp_path / "report"
    publish(out, "A", pages=5)
    real = publication._write

    def full(path: Path, content: str | bytes) -> None:
        if path.name.startswith("article-0003"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, content)

    monkeypatch.setattr(publication, "_write", full)
    with pytest.raises(publication.ReportNotWritten) as failure, publication.staged(out, report_files("B", 5)) as s:
        s.switch("B")
    assert str(failure.value).startswith(f"{out}: the report folder cannot be written (No space left on device: ")
    assert tags_seen(out) == {"A", "pages=5"}
    assert not [p for p in publication.versions_folder(out).iterdir() if p.name.startswith(".staging-")]


def test_a_plain_report_folder_of_an_older_release_becomes_the_previous_version(tmp_path: Path) -> None:
    out = tmp_path / "report"
    (out / "gx").mkdir(parents=True)
    (out / ".report-abc123").mkdir()  # a staging folder an older release left behind
    for name in ("index.html", "article-x.txt.html"):
        (out / name).write_text("<p>old</p>", encoding="utf-8")
    publish(out, "new", pages=3)
    assert out.is_symlink() and tags_seen(out) == {"new", "pages=3"}
    (legacy,) = publication.versions_folder(out).glob("legacy-*")
    assert sorted(p.name for p in legacy.iterdir()) == ["article-x.txt.html", "gx", "index.html"]


def test_the_default_layout_of_an_older_release_is_adopted_without_touching_the_rest(tmp_path: Path) -> None:
    """reports/ held the nightly report's files beside the database and on-demand/: only the
    report's files move, to reports/nightly; a later run keeps them as its previous version."""
    reports = tmp_path / "reports"
    (reports / "on-demand" / "a-20260101T000000").mkdir(parents=True)
    (reports / "claimcheck.duckdb").write_bytes(b"db")
    for name in ("index.html", "results.json", "claims.csv", "article-a.txt.html"):
        (reports / name).write_text("<p>old</p>", encoding="utf-8")
    nightly = reports / "nightly"
    assert publication.adopt_plain_report(reports, nightly) is True
    assert (nightly / "article-a.txt.html").read_text(encoding="utf-8") == "<p>old</p>"
    assert sorted(p.name for p in reports.iterdir() if not p.name.startswith(".")) == [
        "claimcheck.duckdb",
        "nightly",
        "on-demand",
    ]
    assert (reports / "claimcheck.duckdb").read_bytes() == b"db"
    assert publication.adopt_plain_report(reports, nightly) is False  # once only
    publish(nightly, "new", pages=2)
    assert tags_seen(nightly) == {"new", "pages=2"} and len(list(publication.versions_folder(nightly).glob("legacy-*")))


@pytest.mark.parametrize("in_the_way", ["file", "foreign link"])
def test_something_else_at_the_report_path_is_refused_and_left_alone(tmp_path: Path, in_the_way: str) -> None:
    out = tmp_path / "report"
    if in_the_way == "file":
        out.write_text("mine", encoding="utf-8")
        why = "a file is in the way"
    else:
        (tmp_path / "elsewhere").mkdir()
        out.symlink_to(tmp_path / "elsewhere")
        why = "claimcheck did not make"
    with pytest.raises(publication.ReportNotWritten, match=why), publication.staged(out, {"index.html": "x"}):
        pass
    assert out.read_text(encoding="utf-8") == "mine" if in_the_way == "file" else os.readlink(out).endswith("elsewhere")
