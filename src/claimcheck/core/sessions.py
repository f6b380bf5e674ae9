"""Exchange sessions as plain dates: the days an exchange traded, and whether a session had opened
or closed at an instant. Read by the extraction (the day an article calls today, a session closed
when the text was written) and by the measurements.

exchange_calendars and pandas are imported on first use: a `claimcheck extract` process asks only
for articles whose time of day is known, and should not pay about 1 s of imports otherwise.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.core.kinds import window_start

if TYPE_CHECKING:
    import exchange_calendars as xcals


class MissingData(Exception):
    """The data needed for a reading are not held (a day before the calendar held, a quote not
    held): the claim is unverifiable, not wrong."""


@lru_cache(maxsize=16)
def calendar(code: str) -> xcals.ExchangeCalendar:
    import exchange_calendars as xcals

    return xcals.get_calendar(code, start="2023-01-01")


@lru_cache(maxsize=16)
def _sessions(code: str) -> list[date]:
    """The calendar's sessions as plain dates, read once: every session question below is a
    bisection in this list (exchange_calendars' own lookups parse a timestamp per call)."""
    return [ts.date() for ts in calendar(code).sessions]


def _position(code: str, day: date) -> int:
    """Index of the last session on or before `day`; MissingData before the calendar starts."""
    index = bisect_right(_sessions(code), day) - 1
    if index < 0:
        raise MissingData(f"{day.isoformat()} lies before the {code} calendar held (from {_sessions(code)[0]})")
    return index


def sessions_between(code: str, start: date, end: date) -> list[date]:
    sessions = _sessions(code)
    return sessions[bisect_left(sessions, start) : bisect_right(sessions, end)]


def session_on_or_before(code: str, day: date) -> date:
    return _sessions(code)[_position(code, day)]


def is_session(code: str, day: date) -> bool:
    """Whether the venue trades on `day` (not a weekend's or a holiday's)."""
    return session_on_or_before(code, day) == day


def previous_session(code: str, day: date) -> date:
    return _sessions(code)[_position(code, day - timedelta(days=1))]


def sessions_ending(code: str, day: date, count: int) -> list[date]:
    """The `count` sessions up to and including the session on or before `day`."""
    index = _position(code, day)
    return _sessions(code)[max(0, index - count + 1) : index + 1]


def trailing_window_start(code: str, end: date, back: tuple[int, str]) -> date:
    """The day a trailing window ending on `end` starts, its base close's day: that many sessions of calendar `code`
    before for a count of sessions ('over the past two sessions'), else the weeks or months of `kinds.window_start`."""
    count, unit = back
    if unit == "sessions":
        return sessions_ending(code, end, count + 1)[0]
    return window_start(end, back)


@lru_cache(maxsize=256)  # asked for every claim of an article that names no day
def session_day_at(code: str, instant: datetime) -> date:
    """The day an article published at `instant` calls today for a listing on calendar `code`:
    the exchange's local date, or the session before when that day's session had not opened yet
    (a German text stamped 00:10 speaks of the New York and Hong Kong sessions of the day before)."""
    import pandas as pd

    cal = calendar(code)
    local = instant.astimezone(cal.tz).date()
    try:
        if cal.is_session(local) and pd.Timestamp(instant) < cal.session_open(local):
            return previous_session(code, local)
    except (ValueError, MissingData):  # outside the calendar held: the local date stands
        pass
    return local


@lru_cache(maxsize=256)  # asked for every move of a text without a clock: one instant per text
def session_closed_by(code: str, day: date, instant: datetime) -> bool:
    """Whether the session of `day` on calendar `code` had closed at `instant`."""
    import pandas as pd

    cal = calendar(code)
    try:
        return bool(cal.is_session(day) and cal.session_close(day) <= pd.Timestamp(instant))
    except ValueError:  # outside the calendar held
        return False


@lru_cache(maxsize=256)  # asked for every move and period of an article that names no day: one instant a text
def session_trading_at(code: str, day: date, instant: datetime) -> bool:
    """Whether the session of `day` on calendar `code` had opened and not closed at `instant`."""
    import pandas as pd

    cal = calendar(code)
    try:
        return bool(cal.is_session(day) and cal.session_open(day) <= pd.Timestamp(instant) < cal.session_close(day))
    except ValueError:  # outside the calendar held
        return False


def break_start(code: str, day: date) -> datetime | None:
    """When the session of `day` on calendar `code` breaks for lunch (Hong Kong at 12:00), or None where that day is
    no session or has no break (a half day, an exchange trading through)."""
    import pandas as pd

    cal = calendar(code)
    try:
        if not cal.is_session(day) or not cal.has_break:
            return None
        start = cal.session_break_start(day)
    except (ValueError, MissingData):  # outside the calendar held
        return None
    return None if pd.isna(start) else start.to_pydatetime()


def next_session(code: str, day: date) -> date | None:
    sessions = _sessions(code)
    index = bisect_right(sessions, day)
    return sessions[index] if index < len(sessions) else None
