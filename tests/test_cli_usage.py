"""Usage errors and bad inputs said in one line naming the path, in-process (found by a user tester)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.adapters import store
from claimcheck.cli import main, parser
from claimcheck.paths import SEEDS_DIR, SNAPSHOT_DIR
from claimcheck.settings import Settings


def said(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelname == "ERROR"]


def test_quotes_import_of_a_missing_folder_is_a_usage_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "c.duckdb"
    assert main(["quotes", "import", str(tmp_path / "nonexist"), "--db", str(db)]) == 2
    assert said(caplog) == [f"{tmp_path / 'nonexist'}: no such folder"] and not db.exists()


def test_quotes_import_refuses_a_bad_file_and_imports_the_others(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "quotes"
    folder.mkdir()
    good = ["date,open,high,low,close,volume", "2026-02-02,100,102,99,101,1000", "2026-02-03,101,103,100,102,900"]
    (folder / "TEST.csv").write_text("\n".join(good) + "\n", encoding="utf-8")
    (folder / "NOCLOSE.csv").write_text("date,open,high,low\n2026-02-02,1,2,1\n", encoding="utf-8")
    bad_day = ["date,open,high,low,close", "2026-02-02,1,2,1,2", "2026-02-30,1,2,1,2"]
    (folder / "BADDAY.csv").write_text("\n".join(bad_day) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert main(["quotes", "import", str(folder), "--db", str(db)]) == 3
    assert said(caplog) == [
        f"{folder / 'BADDAY.csv'}: line 3: not a date: '2026-02-30'",
        f"{folder / 'NOCLOSE.csv'}: missing columns ['close']",
    ]
    with store.open_store(db, read_only=True) as con:
        rows = con.execute("select count(*) from quotes where symbol = 'TEST'").fetchone()
    assert rows == (2,)


@pytest.mark.parametrize(
    "command", [["quotes", "status"], ["quotes", "status", "--json"], ["review", "--list"], ["review", "--export", "x"]]
)
def test_a_read_only_command_creates_no_database(
    command: list[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "typo.duckdb"
    assert main([*command, "--db", str(db)]) == 2
    assert said(caplog) == [f"no such database: {db}"]
    assert list(tmp_path.iterdir()) == []


def test_extract_of_a_missing_file_is_one_line_and_a_usage_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2  # as check: README, exit status 2
    assert said(caplog) == [f"{tmp_path / 'missing.txt'}: no such file or folder"]


def test_extract_of_an_unreadable_file_says_it_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(empty)]) == 3
    assert len(said(caplog)) == 1 and str(empty) in said(caplog)[0]


def test_serve_refuses_a_port_beyond_65535_before_starting_anything(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--articles", str(SEEDS_DIR), "--reports-port", "99999"])
    assert stopped.value.code == 2 and "not a port number (0-65535): 99999" in capsys.readouterr().err
    monkeypatch.setenv("CLAIMCHECK_REVIEW_PORT", "99999")
    monkeypatch.setattr("claimcheck.adapters.prefect_server.start", pytest.fail)  # nothing is started
    assert main(["serve", "--articles", str(SEEDS_DIR)]) == 2
    assert said(caplog) == ["serve: not a port number (0-65535): 99999"]


def test_a_reader_gone_from_the_pipe_is_a_quiet_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """`claimcheck review --list --json | head`: no 'the run failed: BrokenPipeError'."""
    db = tmp_path / "c.duckdb"
    store.ensure_snapshot(db, SNAPSHOT_DIR)
    reader, writer = os.pipe()
    os.close(reader)

    class GonePipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return writer

        def flush(self) -> None:
            pass

    monkeypatch.setattr("claimcheck.adapters.review.decisions", lambda db: [{"claim_id": "c1"}])
    monkeypatch.setattr("sys.stdout", GonePipe())
    try:
        assert main(["review", "--list", "--json", "--db", str(db)]) == 1
    finally:
        os.close(writer)
    assert said(caplog) == []


@pytest.mark.parametrize("command", ["run", "serve"])
def test_the_folder_and_store_options_say_what_they_are(command: str) -> None:
    helped = parser(Settings())._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    described = {action.dest: action.help for action in helped._actions}
    assert all(described[name] for name in ("articles", "out", "db", "offline")), described


def test_check_options_say_what_they_are() -> None:
    helped = parser(Settings())._subparsers._group_actions[0].choices["check"]  # type: ignore[union-attr]
    described = {action.dest: action.help for action in helped._actions}
    assert all(described[name] for name in ("out", "db", "offline", "published")), described


def test_the_summary_line_counts_in_english_plurals(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """'1 articles, 1 errors' after a run of one file (a user tester): one of a thing is singular."""
    import logging

    from claimcheck import cli

    results = {"articles": [{"claims": [{"verdict": "accurate"}]}], "errors": [{"article": "b", "error": "x"}]}
    with caplog.at_level(logging.INFO, logger="claimcheck"):
        cli._summary(results, tmp_path)
    assert f"1 article, 1 error: 1 accurate -> {tmp_path / 'index.html'}" in caplog.messages
    results["articles"] *= 2
    with caplog.at_level(logging.INFO, logger="claimcheck"):
        cli._summary({**results, "errors": []}, tmp_path)
    assert f"2 articles, 0 errors: 2 accurate -> {tmp_path / 'index.html'}" in caplog.messages
