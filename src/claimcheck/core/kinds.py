"""The claim kinds the extractor names, grouped by how they are dated and measured.

Data read by every step of extraction and by the measure and band steps, which treat the groups
differently: a module of its own, so that measuring does not depend on the extraction package.
"""

from __future__ import annotations

from datetime import date, timedelta

# Claims without a number of their own: only their sign is checked ('stieg am Montag').
STATEMENT_KINDS = {"direction", "extreme_since"}
PERIOD_KINDS = {
    "ytd_return",
    "week_return",
    "week_to_date_return",
    "month_return",
    "past_month_return",
    "twelve_month_return",
}
# Moves over a past period whose base the text does not date to a session ('seit Sommer 2015 um
# 33.500 % gestiegen', 'subsequently declined by 35%'): found and named, but not measured yet, so never
# judged against the publication day's move (a whole named year, 'rose 12% in 2024', is measured: readings.whole_year).
UNMEASURED_PERIOD_KINDS = {"since_return", "calendar_year_return", "months_return"}
# Metrics named by their words but not in daily quotes, or not measured yet: each comes out
# unverifiable with its reason, never judged as the session's move or price it resembles.
UNMEASURED_KINDS = {
    **dict.fromkeys(
        ("since_return", "calendar_year_return"),
        "a move over a past period the text does not date to sessions: not measured yet",
    ),
    "premarket": "trading before the session opens: not in the daily quotes",
    "after_hours": "trading after the session closes: not in the daily quotes",
    # measured where the words name the window (`Claim.average_sessions`: readings._average_readings)
    **dict.fromkeys(
        ("moving_average", "moving_average_distance"),
        "a moving average whose window the text does not name: not measured",
    ),
    "all_time_high": "an all-time high: the quotes held do not reach back far enough to know one",
    "distance_past_peak": (
        "the distance to an all-time high, a past year's peak or a high the text does not name: not measured "
        "(the quotes held may not reach back to it)"
    ),
    "months_return": "a move over several months: not measured yet",
    "relative_return": (
        "a gap in percentage points between two moves (a stock against an index or another stock): not measured yet"
    ),
    "same_period": "a move 'over the same period' with no earlier period move in the text to take it from",
    "volume_average": "an average trading volume over several sessions: not measured yet",
    "volume_change": "a change in trading volume against another session or an average: not measured yet",
    "volume_partial": (
        "a trading volume counted during the session (so far, by midday, at a time of day): "
        "not the session's whole volume"
    ),
}
# A moving average's level ('a 50-day moving average of $165.88') and the distance to one ('26 Prozent über dem GD200'):
# measured from the daily closes over the window the words name
MOVING_AVERAGE_KINDS = frozenset({"moving_average", "moving_average_distance"})
# A session's volume whose own words do not name its stock, or whose clause does not name its venue
# (taken from an earlier sentence, assumed, or named for another figure): `Claim.unmeasured_reason`
VOLUME_UNATTRIBUTED = (
    "a trading volume whose own words do not name both the stock and its venue: "
    "it may be another listing's or the market's"
)
# The low or high of a past period whose words name no period ('seit dem Tief von 95,73 USD'): `Claim.unmeasured_reason`
PERIOD_EXTREME_UNDATED = "the low or high of a past period the text does not name: not measured"
# A session's figure dated only by a company's report of a past month ('fell 3.2% the day after its November report'):
# `Claim.unmeasured_reason` (earlier_events.csv month_report)
MONTH_REPORT_UNDATED = (
    "a figure of the session after a report the text names only by its month: the session is not known"
)
# A session's figure dated only as the day of (or after) a company's previous report ('Last quarter, the stock rose 2.7%
# on the day of the report' in an earnings preview): `Claim.unmeasured_reason` (earlier_events.csv past_report)
PAST_REPORT_UNDATED = (
    "a figure of the session of (or after) a company's previous report the text does not date: the session is not known"
)
# Trading volume ('138,8 Mio. Aktien wechselten den Besitzer', 'Volume was 3.4 million shares'): a
# count of shares, of one session or averaged over several (issue #13); a session's volume judged
# only with its stock and venue named beside it and the whole session counted (volume_qualifiers.csv)
VOLUME_KINDS = {"volume", "volume_average", "volume_partial", "volume_subset"}


def month_before(day: date) -> date:
    """The same day a month earlier, or that month's last day ('over the past month' to 31 March:
    from 28 or 29 February)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def window_start(end: date, back: tuple[int, str]) -> date:
    """The day a trailing window of weeks or months ending on `end` starts: the same weekday that many weeks before,
    the same day of the month that many months before ('over the past three months' to 12 Feb: from 12 Nov); of
    calendar quarters, the day before the first of them began (its last close is the base)."""
    count, unit = back
    if unit == "weeks":
        return end - timedelta(weeks=count)
    if unit == "quarters":  # a calendar quarter's move ('in the third quarter'): the day before the quarter began
        end = date(end.year, end.month - (end.month - 1) % 3, 1)
        for _ in range(3 * (count - 1)):
            end = month_before(end)
        return end - timedelta(days=1)
    for _ in range(count):
        end = month_before(end)
    return end


# The lowest and highest price of a named past period ('Tiefstand von 68,43 USD im April 2024'):
# read from the daily lows (highs) of that window, the extreme close the alternative.
PERIOD_EXTREME_KINDS = {"period_low", "period_high"}
EXTREME_KINDS = {"distance_52w_high", "distance_52w_low", "high_52w", "low_52w"}
# a distance below a high or above a low ('11% below their 52-week high'), signed as the extreme says
DISTANCE_KINDS = frozenset({"distance_52w_high", "distance_52w_low", "distance_past_peak"})
YEAR_EXTREME_KINDS = {"year_high", "year_low"}  # 'Jahreshoch', '2025er-Hoch': the calendar year so far
# Figures as of "now" in the article's present tense ('liegt bei rund 52 %'):
AS_OF_KINDS = (
    PERIOD_KINDS
    | EXTREME_KINDS
    | YEAR_EXTREME_KINDS
    | {"rsi", "extreme_since", "moving_average", "moving_average_distance"}
)
SESSION_KINDS = {
    "close",
    "open_price",
    "intraday_price",
    "last_price",
    "day_high",
    "day_low",
    "level_break",
    "day_change",
    "price_change",
    "intraday_move",
    "open_move",
    "direction",
    "volume",
}
INDEX_KINDS = {"index_move", "index_level"}
SET_EXTREME_KINDS = {"high_52w", "low_52w", "year_high", "year_low"}  # a price level set on some day
SESSION_PRICE_KINDS = {"close", "open_price", "intraday_price", "last_price", "day_high", "day_low", "level_break"}
SHARE_PRICE_KINDS = SESSION_PRICE_KINDS | SET_EXTREME_KINDS | PERIOD_EXTREME_KINDS
