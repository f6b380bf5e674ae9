"""Derived facts about quote rows that the quote-quality suite checks (pure, calendar-driven)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from claimcheck.core.sessions import calendar, sessions_between

ADJ_RATIO_STEP = 0.002  # a day-to-day change of adj/raw above this is a dividend or a data fault


def quality_columns(quotes: pd.DataFrame, calendars: dict[str, str]) -> pd.DataFrame:
    """Adds is_session, flat_half_day and adj_ratio_jump to a quotes frame (a copy)."""
    frame = quotes.sort_values(["symbol", "session"]).copy()
    frame["is_session"] = True
    half_day = pd.Series(False, index=frame.index)
    for symbol, rows in frame.groupby("symbol").groups.items():
        code = calendars.get(str(symbol))
        if code is None:
            continue
        cal = calendar(code)
        days = frame.loc[rows, "session"]
        frame.loc[rows, "is_session"] = days.isin({ts.date() for ts in cal.sessions})
        half_day.loc[rows] = days.isin({ts.date() for ts in cal.early_closes})
    flat = (frame["open"] == frame["high"]) & (frame["high"] == frame["low"]) & (frame["low"] == frame["close"])
    frame["flat_half_day"] = half_day & flat & (frame["volume"].fillna(0) == 0)
    ratio = frame["adj_close"] / frame["close"]
    # Compare with the last known ratio, across days whose close is blank.
    previous = ratio.groupby(frame["symbol"]).ffill().groupby(frame["symbol"]).shift(1)
    step = (ratio / previous - 1).abs()
    frame["adj_ratio_jump"] = step.fillna(0) > ADJ_RATIO_STEP
    return frame


def session_gaps(sessions_held: list[date], calendar_code: str, closes_held: list[bool]) -> list[date]:
    """Sessions inside the held range with no row, or with no close: gaps, never filled in."""
    if not sessions_held:
        return []
    with_close = {d for d, ok in zip(sessions_held, closes_held, strict=True) if ok}
    expected = sessions_between(calendar_code, min(sessions_held), max(sessions_held))
    return [d for d in expected if d not in with_close]
