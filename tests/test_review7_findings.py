"""Evidence for the seventh review of main (41b17e3..3eeb689): each test states what should hold and
is marked xfail(strict=True) because main does not do it yet. A fix makes its test pass, and strict
xfail then fails the run, so the marker must go with the fix. Quotes: seeds/quotes (9988.HK closed at
173.30 on Thursday 2025-10-09, -2.42 %; BABA closed at 181.12 on Wednesday 2025-10-08, -0.12 %, and
at 173.68 on Thursday, -4.11 %; the Hang Seng ranged 26,480.6-26,978.4 that Thursday)."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from claimcheck.adapters import store
from claimcheck.core.extract import detect_language
from tests.helpers import check_text

THURSDAY = "2025-10-09"


def _verdicts(tmp_path: Path, text: str) -> dict[str, str]:
    results: dict[str, Any] = check_text(tmp_path, text, THURSDAY)
    return {c["quote"]: c["verdict"] for c in results["articles"][0]["claims"]}


@pytest.mark.xfail(strict=True, reason="review7 #1: 'on Thursday before the market opens' is read as last Thursday")
def test_a_coming_event_before_the_open_leaves_the_weekday_of_publication(tmp_path: Path) -> None:
    text = (
        "Alibaba is due to report quarterly results on Thursday before the market opens.\n\n"
        "Its Hong Kong shares fell 2.4% to HK$173.30."
    )
    assert _verdicts(tmp_path, text) == {"2.4": "accurate", "173.30": "accurate"}  # main: both wrong (2025-10-02)


@pytest.mark.xfail(strict=True, reason="review7 #2: a Hong Kong close heading closes the New York session too")
def test_a_hong_kong_close_heading_leaves_the_adrs_latest_session_permitted(tmp_path: Path) -> None:
    text = "Hong Kong, Thursday's close:\n- Alibaba (9988.HK): HK$173.30, -2.4%\n- Alibaba ADR (BABA): $181.12, -0.1%\n"
    # the English text has no time of writing; the ADR line is Wednesday's New York session, the
    # latest one before Hong Kong's Thursday close (main: the price accurate, its move wrong)
    assert _verdicts(tmp_path, text)["0.1"] == "accurate"


@pytest.mark.xfail(strict=True, reason="review7 #3: a German date and clock time count as English decimals")
def test_a_german_date_and_clock_time_are_no_english_decimals() -> None:
    # no common word of either list: the tie is broken by '09.10.' and '16.10' (main: 'en', and
    # '26.752 Punkte' is then read as 26.752 points and called wrong)
    assert detect_language("Hang Seng am 09.10. um 16.10 Uhr: 26.752 Punkte") == "de"


@pytest.mark.xfail(strict=True, reason="review7 #5: a stale WAL beside a deleted file blocks the new one")
def test_a_new_file_beside_a_stale_wal_opens(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    script = (
        f"import os, duckdb; c = duckdb.connect({str(db)!r}); c.execute(\"SET checkpoint_threshold='1GB'\"); "
        "c.execute('CREATE TABLE junk AS SELECT range AS i FROM range(1000)'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(f"{db}.wal").exists()
    db.unlink()  # the user removes the database to start afresh and misses the hidden WAL
    with store.open_store(db) as con:  # main: StoreError 'WAL does not match database file'
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(store.SCHEMA_VERSION,)]


@pytest.mark.xfail(strict=True, reason="review7 #6: a failed create names the hidden aside file, or escapes as OSError")
def test_a_database_that_cannot_be_created_is_one_store_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "x.duckdb"
    real_connect = duckdb.connect
    real_unlink = Path.unlink

    def read_only_folder(database: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        if database != str(db):
            raise duckdb.IOException(f'IO Error: Cannot open file "{database}": Read-only file system')
        return real_connect(database, read_only=read_only)

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path.parent == tmp_path:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(store.duckdb, "connect", read_only_folder)
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(store.StoreError) as raised, store.open_store(db):  # main: OSError on '.x.duckdb.<hex>.new'
        pass
    assert str(raised.value).startswith(f"{db}:")
