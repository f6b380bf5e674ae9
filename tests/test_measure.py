"""Metrics against values computed here, independently, from the snapshot CSV files."""

from __future__ import annotations

import itertools
from datetime import date

import pandas as pd
import pytest

from claimcheck.core.readings import rsi, rsi_frame
from claimcheck.core.sessions import previous_session, session_on_or_before, sessions_between
from claimcheck.paths import SNAPSHOT_DIR


def _closes(symbol: str) -> pd.Series:
    frame = pd.read_csv(SNAPSHOT_DIR / f"{symbol}.csv", parse_dates=["date"])
    return frame.set_index("date")["close"]


def _rsi_by_hand(closes: list[float], period: int = 14) -> float:
    """Wilder's RSI the textbook way: seed with simple means, then smooth."""
    changes = [b - a for a, b in itertools.pairwise(closes)]
    gains = [max(c, 0.0) for c in changes]
    losses = [max(-c, 0.0) for c in changes]
    avg_gain = sum(gains[:period]) / period
    avg_loss = sum(losses[:period]) / period
    for gain, loss in zip(gains[period:], losses[period:], strict=True):
        avg_gain = (avg_gain * (period - 1) + gain) / period
        avg_loss = (avg_loss * (period - 1) + loss) / period
    return 100 - 100 / (1 + avg_gain / avg_loss)


def test_rsi_wilder_matches_the_textbook_recursion() -> None:
    closes = _closes("9988.HK").loc[:"2025-12-29"].dropna()
    # After 300+ sessions the seed no longer matters to a tenth of a point.
    assert rsi(closes) == pytest.approx(_rsi_by_hand(list(closes)), abs=0.1)
    assert rsi(closes) == pytest.approx(38.9, abs=0.05)


def test_rsi_of_every_session_at_once_equals_each_session_alone() -> None:
    """The vectorised table (one pass per listing) against the RSI of each prefix of closes, for
    the last 40 sessions of 2025: every claim reads the value its own session would give."""
    closes = _closes("9988.HK").loc[:"2025-12-31"].dropna()
    table = rsi_frame(closes)
    for end in range(len(closes) - 40, len(closes)):
        prefix = closes.iloc[: end + 1]
        day = prefix.index[-1]
        assert table.loc[day, "rsi_wilder"] == pytest.approx(_rsi_by_hand(list(prefix)), abs=0.1)
        simple = prefix.diff().iloc[-14:]
        gain, loss = simple.clip(lower=0).mean(), -simple.clip(upper=0).mean()
        assert table.loc[day, "rsi_simple"] == pytest.approx(100 - 100 / (1 + gain / loss))
        assert table.loc[day, "closes"] == end + 1


def test_day_change_baba_2026_01_12() -> None:
    closes = _closes("BABA")
    assert closes["2026-01-12"] / closes["2026-01-09"] - 1 == pytest.approx(0.10168, abs=1e-5)


def test_hkex_half_day_is_a_session_and_german_venues_close_on_new_years_eve() -> None:
    assert session_on_or_before("XHKG", date(2025, 12, 31)) == date(2025, 12, 31)
    assert session_on_or_before("XFRA", date(2025, 12, 31)) == date(2025, 12, 30)
    assert session_on_or_before("XETR", date(2025, 12, 24)) == date(2025, 12, 23)
    assert previous_session("XHKG", date(2026, 1, 2)) == date(2025, 12, 31)


def test_ytd_base_is_the_half_day_official_close() -> None:
    closes = _closes("9988.HK")
    assert closes["2025-12-31"] == 142.8  # the official close, not Yahoo's 142.6
    assert closes["2026-01-14"] / closes["2025-12-31"] - 1 == pytest.approx(0.18347, abs=1e-5)


def test_sessions_skip_holidays() -> None:
    days = sessions_between("XNYS", date(2025, 12, 24), date(2025, 12, 29))
    assert days == [date(2025, 12, 24), date(2025, 12, 26), date(2025, 12, 29)]
