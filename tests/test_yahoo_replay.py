"""The live-source code path on replayed Yahoo chart JSON, through yfinance's own parser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claimcheck.adapters import store, yahoo
from claimcheck.rules import Rules
from tests.yahoo_replay import YahooReplay, replay_session


@pytest.fixture(autouse=True)
def fresh_yfinance(tmp_path: Path) -> None:
    import yfinance as yf

    yf.set_tz_cache_location(str(tmp_path / "yf-cache"))
    yf.data.YfData.cache_get.cache_clear() if hasattr(yf.data.YfData, "cache_get") else None
    yahoo.BACKOFF_SECONDS = 0.01


def test_fetch_parses_traded_prices_by_session(tmp_path: Path) -> None:
    session = replay_session(YahooReplay())
    rows = yahoo.fetch_history("BABA", date(2026, 1, 8), date(2026, 1, 13), session=session)
    assert list(rows["session"]) == [date(2026, 1, 8), date(2026, 1, 9), date(2026, 1, 12), date(2026, 1, 13)]
    jan12 = rows.set_index("session").loc[date(2026, 1, 12)]
    assert (jan12["close"], jan12["open"], jan12["source"]) == (
        pytest.approx(166.31),
        pytest.approx(157.47),
        "yahoo",
    )


def test_incremental_refresh_requests_only_what_is_missing(tmp_path: Path, rules: Rules) -> None:
    db = tmp_path / "live.duckdb"
    with store.open_store(db) as con:
        store.upsert_quotes(con, _snapshot_rows("BABA", until="2026-01-09"), replace=False)
    replay = YahooReplay()
    listing = rules.listing("BABA")
    assert listing is not None
    first = yahoo.refresh(db, [listing], today=date(2026, 1, 14), session=replay_session(replay))
    assert first.requested == ["BABA"] and first.failed == {}
    assert first.rows == 2  # 2026-01-12 and -13; the 14th is today, its session not complete
    second = yahoo.refresh(db, [listing], today=date(2026, 1, 14), session=replay_session(replay))
    assert second.requested == []  # a second run in a row asks for nothing
    third = yahoo.refresh(db, [listing], today=date(2026, 1, 15), session=replay_session(replay))
    assert third.requested == ["BABA"]
    with store.open_store(db, read_only=True) as con:
        held = con.execute("SELECT max(session), count(*) FROM quotes WHERE symbol = 'BABA'").fetchall()[0]
    assert held[0] == date(2026, 1, 14)


@pytest.mark.parametrize("fault", ["429", "malformed", "empty"])
def test_faults_leave_the_store_intact(tmp_path: Path, rules: Rules, fault: str) -> None:
    db = tmp_path / "fault.duckdb"
    with store.open_store(db) as con:
        store.upsert_quotes(con, _snapshot_rows("BABA", until="2026-01-09"), replace=False)
    listing = rules.listing("BABA")
    assert listing is not None
    report = yahoo.refresh(
        db, [listing], today=date(2026, 1, 14), session=replay_session(YahooReplay(faults={"BABA": fault}))
    )
    assert "BABA" in report.failed
    with store.open_store(db, read_only=True) as con:
        assert con.execute("SELECT max(session) FROM quotes").fetchall() == [(date(2026, 1, 9),)]
        log = con.execute("SELECT status FROM fetch_log").fetchall()
    assert log[-1][0] in ("failed", "empty")


def _snapshot_rows(symbol: str, until: str) -> pd.DataFrame:
    from claimcheck.adapters.snapshot import read_snapshot
    from claimcheck.paths import SNAPSHOT_DIR

    quotes, _ = read_snapshot(SNAPSHOT_DIR)
    return quotes[(quotes["symbol"] == symbol) & (quotes["session"] <= date.fromisoformat(until))]
