"""The live-source code path on replayed Yahoo chart JSON, through yfinance's own parser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claimcheck.adapters import store, yahoo
from claimcheck.rules import Rules
from tests.helpers import check_text
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


def test_dividends_are_kept_beside_traded_prices() -> None:
    """BABA went ex-dividend (US$1.95 per ADS) on 2025-06-12: raw close kept, dividend recorded."""
    replay = YahooReplay(dividends={"BABA": {"2025-06-12": 1.95}})
    rows = yahoo.fetch_history("BABA", date(2025, 6, 10), date(2025, 6, 13), session=replay_session(replay))
    by_day = rows.set_index("session")
    assert "dividend 1.95" in by_day.loc[date(2025, 6, 12), "provenance"]
    assert "dividend" not in by_day.loc[date(2025, 6, 11), "provenance"]
    assert by_day.loc[date(2025, 6, 11), "adj_close"] < by_day.loc[date(2025, 6, 11), "close"]


def test_incremental_refresh_requests_only_what_is_missing(tmp_path: Path, rules: Rules) -> None:
    db = tmp_path / "live.duckdb"
    _hold_baba_until(db, "2026-01-09")
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


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        ("429", "YFRateLimitError"),
        ("malformed", ""),
        ("empty", "no rows"),
        ("timeout", "Timeout"),
        ("dns", "Failed to resolve"),
    ],
)
def test_faults_leave_the_store_intact(tmp_path: Path, rules: Rules, fault: str, said: str) -> None:
    """Rate limit, malformed JSON, an empty answer, a hang and a DNS failure: logged, not raised."""
    db = tmp_path / "fault.duckdb"
    _hold_baba_until(db, "2026-01-09")
    listing = rules.listing("BABA")
    assert listing is not None
    report = yahoo.refresh(
        db, [listing], today=date(2026, 1, 14), session=replay_session(YahooReplay(faults={"BABA": fault}))
    )
    assert said in report.failed["BABA"]
    with store.open_store(db, read_only=True) as con:
        assert con.execute("SELECT max(session) FROM quotes").fetchall() == [(date(2026, 1, 9),)]
        log = con.execute("SELECT status FROM fetch_log").fetchall()
    assert log[-1][0] in ("failed", "empty")


def _hold_baba_until(db: Path, until: str) -> None:
    """A store that holds BABA's real rows up to a day, as after an earlier run."""
    with store.open_store(db) as con:
        store.upsert_quotes(con, _snapshot_rows("BABA", until=until), replace=False)


def _snapshot_rows(symbol: str, until: str) -> pd.DataFrame:
    from claimcheck.adapters.snapshot import read_snapshot
    from claimcheck.paths import SNAPSHOT_DIR

    quotes, _ = read_snapshot(SNAPSHOT_DIR)
    return quotes[(quotes["symbol"] == symbol) & (quotes["session"] <= date.fromisoformat(until))]


def test_partial_answer_keeps_what_came_and_says_so(tmp_path: Path, rules: Rules) -> None:
    db = tmp_path / "partial.duckdb"
    _hold_baba_until(db, "2026-01-06")
    listing = rules.listing("BABA")
    assert listing is not None
    report = yahoo.refresh(
        db,
        [listing],
        today=date(2026, 1, 14),
        session=replay_session(YahooReplay(faults={"BABA": "partial"})),
    )
    assert report.rows == 4 and "1 of 5 sessions missing" in report.partial["BABA"]


def test_duplicate_days_from_the_source_collapse_to_one_row() -> None:
    index = pd.DatetimeIndex(["2026-01-12", "2026-01-12", "2026-01-13"]).tz_localize("America/New_York")
    raw = pd.DataFrame(
        {
            "Open": [1.0, 1.0, 2.0],
            "High": [1.0, 1.1, 2.0],
            "Low": [1.0, 1.0, 2.0],
            "Close": [1.0, 1.05, 2.0],
            "Adj Close": [1.0, 1.05, 2.0],
            "Volume": [1, 1, 1],
        },
        index=index,
    )
    rows = yahoo.to_quote_rows("BABA", raw)
    assert list(rows["session"]) == [date(2026, 1, 12), date(2026, 1, 13)]
    assert rows.iloc[0]["close"] == 1.05  # the later answer wins


def test_live_fx_pairs_fill_rates(tmp_path: Path, rules: Rules) -> None:
    db = tmp_path / "fx.duckdb"
    report = yahoo.refresh_fx(db, rules.fx_pairs, today=date(2025, 9, 15), session=replay_session(YahooReplay()))
    assert report.failed == {} and report.rows > 200
    with store.open_store(db, read_only=True) as con:
        row = con.execute("SELECT eur_usd, eur_cny, source FROM fx_rates WHERE date = '2025-09-12'").fetchall()
    assert row == [(pytest.approx(1.1718), pytest.approx(8.3461), "yahoo (FX close)")]


def test_failed_live_fetch_makes_claims_unverifiable_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yahoo, "yahoo_reachable", lambda timeout=2.0: True)
    monkeypatch.setattr(yahoo, "SESSION", replay_session(YahooReplay(faults={"BABA": "429", "9988.HK": "dns"})))
    text = "Die Alibaba-Aktie schloss am Montag in New York bei 170,00 US-Dollar."
    results = check_text(tmp_path, text, "2026-11-17", report=True, offline=False, today="2026-11-22")
    claim = results["articles"][0]["claims"][0]
    assert (claim["listing"], claim["reference"], claim["verdict"]) == (
        "BABA",
        {"date": "2026-11-16"},
        "unverifiable",
    )
    assert "live fetch failed" in claim["explanation"]
    assert results["run"]["offline"] is False
    assert any("BABA: live fetch failed" in note for note in results["run"]["notes"])
    index = (tmp_path / "o" / "index.html").read_text(encoding="utf-8")  # the report still renders
    assert "BABA: live fetch failed" in index and "Kursdaten live" in index


def test_new_listings_come_in_one_batched_download(
    tmp_path: Path, rules: Rules, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nvidia, Tencent (HK and ADR) and Meituan, new to the store, in one yf.download beside BABA's
    missing days in another: each symbol's chart asked once, its own sessions stored."""
    import yfinance as yf

    db = tmp_path / "batch.duckdb"
    _hold_baba_until(db, "2026-01-09")
    calls: list[list[str]] = []
    download = yf.download

    def counted(tickers: list[str], **kwargs: object) -> pd.DataFrame:
        calls.append(sorted(tickers))
        return download(tickers, **kwargs)

    monkeypatch.setattr(yf, "download", counted)
    replay = YahooReplay()
    wanted = [rules.listing(s) for s in ("BABA", "NVDA", "0700.HK", "TCEHY", "3690.HK")]
    report = yahoo.refresh(
        db, [w for w in wanted if w], today=date(2025, 9, 30), session=replay_session(replay), first=date(2025, 9, 1)
    )
    assert calls == [["0700.HK", "3690.HK", "NVDA", "TCEHY"]]  # BABA is held beyond 2025-09-29
    assert report.failed == {} and sorted(report.requested) == ["0700.HK", "3690.HK", "NVDA", "TCEHY"]
    assert sorted({s for s, _, _ in replay.chart_requests}) == ["0700.HK", "3690.HK", "NVDA", "TCEHY"]
    with store.open_store(db, read_only=True) as con:
        held = dict(
            con.execute("SELECT symbol, count(*) FROM quotes WHERE session >= '2025-09-01' GROUP BY symbol").fetchall()
        )
        nvda = con.execute("SELECT close FROM quotes WHERE symbol = 'NVDA' AND session = '2025-09-29'").fetchall()
    # September 2025 to the 29th: 20 XNYS sessions (Labor Day closed), 21 XHKG sessions
    assert (held["NVDA"], held["TCEHY"], held["0700.HK"], held["3690.HK"]) == (20, 20, 21, 21)
    assert nvda == [(pytest.approx(181.85),)]


def test_a_rate_limited_symbol_is_downloaded_again_with_the_others_kept(tmp_path: Path, rules: Rules) -> None:
    db = tmp_path / "limited.duckdb"
    replay = YahooReplay(faults={"TCEHY": "429"})
    wanted = [rules.listing(s) for s in ("NVDA", "TCEHY")]
    report = yahoo.refresh(
        db, [w for w in wanted if w], today=date(2025, 9, 30), session=replay_session(replay), first=date(2025, 9, 22)
    )
    assert list(report.failed) == ["TCEHY"] and "YFRateLimitError" in report.failed["TCEHY"]
    # one download each; yfinance asks for the time zone first unless its cache holds it (an earlier test's, in the
    # same process), and that request is the one refused then
    assert replay.symbols_asked.count("TCEHY") >= yahoo.RETRIES
    assert [s for s, _, _ in replay.chart_requests].count("NVDA") == 1 and report.rows == 6
