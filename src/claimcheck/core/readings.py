"""What one listing's quotes give for a claim's metric on a day: readings (a point or a range) with their evidence,
per kind of claim (a close, a session's range, a move, a period's return, a high or low, a distance to it, an average,
the RSI, a volume). `measure.py` decides which listings and days a claim is read on and keeps the readings.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property, partial
from typing import Any

import pandas as pd

from claimcheck.core.kinds import (
    MOVING_AVERAGE_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    month_before,
)
from claimcheck.core.sessions import (
    MissingData,
    is_session,
    previous_session,
    session_on_or_before,
    sessions_between,
    sessions_ending,
    trailing_window_start,
)
from claimcheck.model import CURRENCIES, Claim, Evidence, Reading

INDEX_KINDS = ("index_move", "index_level")
WINDOW_SESSIONS = 5  # how many sessions up to publication an undated claim is read against
MAX_WINDOW_GAPS = 3  # sessions a 52-week window may miss (e.g. adjusted-only days) and still count
EMA_FORGOTTEN = 0.01  # the weight the closes before the ones held may carry in an exponential moving average


class ListingData:
    """One listing's raw daily bars, by session date, with the calendar to find gaps."""

    def __init__(self, symbol: str, calendar_code: str, bars: pd.DataFrame, derived_from: str | None = None) -> None:
        self.symbol = symbol
        self.calendar_code = calendar_code
        self.derived_from = derived_from  # e.g. 'BABA ÷ ECB EUR/USD': a parity series, never a quote
        # a German listing of an ADR: the parity of the ADR's home listing too ('9988.HK x 8 ÷ ECB EUR/HKD'), what
        # it trades at in the European morning, after Hong Kong's session and before New York's
        self.home_parity: ListingData | None = None
        # a German listing of an ADR of several shares: the euro price of one of those shares too, what a German
        # venue trading the home listing's shares quotes ('Alibaba-Aktie bei 17,20 Euro' beside an ADR at 137 euros)
        self.share_parities: list[tuple[ListingData, bool]] = []  # (series, its closes only)
        self.closes_mid_session = False  # a derived listing whose venue closes while the one it mirrors trades
        self.bars = bars.sort_index()
        # Plain dicts per session: point lookups here are the hot path of a night's run.
        self.rows: dict[date, dict[str, Any]] = self.bars.to_dict("index")  # type: ignore[assignment]
        self._exponential: dict[int, dict[date, float]] = {}  # by window: filled on first use
        self.sources = {
            day: f"{row['source']}"
            + (f", fetched {pd.Timestamp(row['fetched_at']):%Y-%m-%d}" if pd.notna(row.get("fetched_at")) else "")
            for day, row in self.rows.items()
        }

    @cached_property
    def indicators(self) -> dict[date, tuple[float, float, int]]:
        """(RSI Wilder, RSI simple, closes held) for every session held, computed once per listing."""
        frame = rsi_frame(self.bars["close"].dropna())
        return {
            day: (float(w), float(s), int(n))
            for day, w, s, n in zip(frame.index, frame["rsi_wilder"], frame["rsi_simple"], frame["closes"], strict=True)
        }

    @cached_property
    def closes_in_year(self) -> pd.Series:
        """How many closes are held in the 52 weeks up to each session (a rolling count)."""
        closes = self.bars["close"]
        counted = closes.set_axis(pd.to_datetime(closes.index)).rolling(f"{52 * 7}D").count()
        return counted.set_axis(closes.index)

    @cached_property
    def closes_held(self) -> tuple[list[date], list[float]]:
        """The sessions with a close held, ascending, and their closes: a moving average's window."""
        closes = self.bars["close"].dropna()
        return list(closes.index), [float(value) for value in closes]

    def exponential_averages(self, sessions: int) -> dict[date, float]:
        """The exponential moving average of the closes held up to each session (span `sessions`), computed
        once per listing and window. pandas' adjusted weights: the weighted mean of the closes held, with no
        seed value standing in for the closes before them."""
        found = self._exponential.get(sessions)
        if found is None:
            closes = self.bars["close"].dropna()
            found = dict(zip(closes.index, closes.ewm(span=sessions).mean().astype(float), strict=True))
            self._exponential[sessions] = found
        return found

    @property
    def derived(self) -> bool:
        return self.derived_from is not None

    def value(self, day: date, field: str) -> float | None:
        value = self.rows.get(day, {}).get(field)
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        number = float(value)
        return None if number != number else number  # NaN: a gap or a quarantined field

    def evidence(self, day: date, field: str) -> Evidence | None:
        value = self.value(day, field)
        if value is None:
            return None
        return Evidence(self.symbol, day.isoformat(), field, value, self.sources[day])


# how far from a price told with its move the moment's price may be for the move to fit it: a tick of the writer's
# previous close, or the price rounded (bands.csv approx: a price's 1 %)
_STATED_PRICE_SLACK = 0.01


def quote_field(data: ListingData, day: date, field: str) -> Evidence:
    found = data.evidence(day, field)
    if found is None:
        raise MissingData(f"no {field} for {data.symbol} on {day.isoformat()}")
    return found


def percent_move(value: Evidence, base: Evidence) -> float:
    return (value.value / base.value - 1.0) * 100.0


def _points_moved(direction: str, value: Evidence, base: Evidence) -> float:
    """An index's move in points, in the direction the claim states ('fiel um 120 Punkte': base minus value)."""
    return value.value - base.value if direction != "down" else base.value - value.value


def point_reading(name: str, value: float, evidence: tuple[Evidence, ...], primary: bool = True) -> Reading:
    return Reading(name, value, value, evidence, primary)


def _range(name: str, a: float, b: float, evidence: tuple[Evidence, ...], primary: bool) -> Reading:
    return Reading(name, min(a, b), max(a, b), evidence, primary)


def _intraday_range(
    low: Evidence, high: Evidence, prev: Evidence, evidence: tuple[Evidence, ...], primary: bool
) -> Reading:
    """The moves the session's range passed through, against the previous close."""
    return _range(
        "intraday range vs previous close", percent_move(low, prev), percent_move(high, prev), evidence, primary
    )


def _readings_at(kind: str, claim: Claim, data: ListingData, day: date) -> list[Reading]:
    """Readings of one session for session-bound kinds."""
    code = data.calendar_code
    if kind in ("close", "open_price", "last_price", "intraday_price"):
        close = quote_field(data, day, "close")
        if kind == "close" and data.closes_mid_session:
            # Xetra's close (17:30 CET, mid-session in New York) is no close of the ADR it mirrors: the parity of that
            # session's range is permitted too (Frankfurt and Tradegate close at 22:00, with New York)
            low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
            return [
                point_reading("close", close.value, (close,)),
                _range("day's range", low.value, high.value, (low, high, close), False),
            ]
        if kind == "close":
            return [point_reading("close", close.value, (close,))]
        if kind == "open_price":
            opened = quote_field(data, day, "open")
            return [point_reading("open", opened.value, (opened,))]
        try:
            low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
        except MissingData:
            if kind != "last_price" or "date" in (claim.reference or {}):
                raise
            # a session whose row holds its close only (Hong Kong's half day of 2025-12-31), read for a price told of
            # a window of days ('Ende Dezember hatte sie bei 142,80 HKD gestanden'): that close, the price the window
            # ended on, not a price of another day of it; a price told of that day itself may be any of its unknown
            # range ('on Wednesday morning'), so that day has no reading
            return [point_reading("close", close.value, (close,))]
        day_range = _range("day's range", low.value, high.value, (low, high, close), kind != "last_price")
        if kind == "intraday_price":
            return [day_range]
        readings = [point_reading("close", close.value, (close,)), day_range]
        if kind == "last_price" and data.derived:
            # a German venue trades from 08:00 CET, hours before New York opens: a price of its morning
            # rests on the ADR's previous close, which the day's parity range does not hold
            try:
                prev = quote_field(data, previous_session(code, day), "close")
                readings.append(point_reading("previous close", prev.value, (prev,), False))
            except MissingData:
                pass
        return readings
    if kind in ("day_high", "day_low"):
        field = kind.removeprefix("day_")
        extreme = quote_field(data, day, field)
        readings = [point_reading(f"day's {field}", extreme.value, (extreme,))]
        if claim.open_session_day == day.isoformat() and not data.derived:
            # 'Im Tageshoch stieg die Aktie bis auf 120,90 HKD' written while the session traded: the extreme so far,
            # between the open and the day's extreme (a later high does not make it untrue; a derived parity's open is
            # no German venue's, `DERIVED_OPEN`)
            opened = quote_field(data, day, "open")
            so_far = _range(f"day's {field} so far", opened.value, extreme.value, (opened, extreme), False)
            readings.append(so_far)
        return readings
    prev_day = previous_session(code, day)
    prev = quote_field(data, prev_day, "close")
    if kind == "level_break":
        close = quote_field(data, day, "close")
        return [_range("from previous close to close", prev.value, close.value, (prev, close), True)]
    close = quote_field(data, day, "close")
    if kind == "price_change":  # 'down $2.10': the move in money, signed as the band is
        whole = point_reading("close minus previous close", close.value - prev.value, (close, prev))
        if claim.completed_session:
            return [whole]
        low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
        moved = (low.value - prev.value, high.value - prev.value)
        return [whole, _range("intraday range minus previous close", *moved, (low, high, prev), False)]
    if kind in ("day_change", "direction"):
        whole_session = point_reading("close vs previous close", percent_move(close, prev), (close, prev))
        if (kind == "day_change" and claim.completed_session) or claim.direction == "flat":
            # 'slipped 0.9% to $137.90' on a closed session; 'schloss unverändert' says where the session ended
            return [whole_session]
        low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
        went_to = claim.moved_to if kind == "day_change" and data.symbol == claim.listing and not data.derived else None
        if went_to is not None and low.value <= went_to <= high.value:
            # 'fell 4.8% to HK$154.40' during the session: the move and the price it went to were told
            # at one moment, so the move is the one to that price (the price is judged on its own)
            went = went_to / prev.value * 100.0 - 100.0
            return [
                whole_session,
                point_reading("move to the stated price vs previous close", went, (low, high, prev), False),
            ]
        if went_to is not None and day.isoformat() not in (claim.open_session_day, (claim.reference or {}).get("date")):
            # 'gained 4.9 percent to HK$80.85', '+1.7% to $112.53': a session other than the one told, whose range
            # never held the price the move went to (an earlier one a day carried over leaves open), is not the move's;
            # only its whole move is read there
            return [whole_session]
        return [
            whole_session,
            _intraday_range(low, high, prev, (low, high, prev), False),
        ]
    low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
    if kind == "intraday_move":
        went_to = claim.moved_to if data.symbol == claim.listing and not data.derived else None
        if went_to is not None and low.value <= went_to <= high.value:
            # 'zeitweise um 4,5 Prozent auf 121,30 HKD abgesackt', 'fell as much as 4.9% to HK$81.85': the move and the
            # price it went to were told of one moment, so the move is one to about that price (the price is judged on
            # its own), not any move the day's range passed through; about, as a writer's previous close may differ
            # from the exchange's by a tick ('gewinnt zeitweise 4,88 Prozent auf 167,80 HKD' over a close of 159,90)
            lowest = max(low.value, went_to * (1 - _STATED_PRICE_SLACK)) / prev.value * 100.0 - 100.0
            highest = min(high.value, went_to * (1 + _STATED_PRICE_SLACK)) / prev.value * 100.0 - 100.0
            return [
                _range("move to about the stated price vs previous close", lowest, highest, (low, high, prev), True)
            ]
        if went_to is not None and day.isoformat() not in (claim.open_session_day, (claim.reference or {}).get("date")):
            return []  # a session other than the one told, whose range never held the price the move went to
        return [_intraday_range(low, high, prev, (low, high, prev, close), True)]
    if kind == "open_move":
        opened = quote_field(data, day, "open")
        extreme = high if claim.direction != "down" else low
        went_to = claim.moved_to if data.symbol == claim.listing and not data.derived else None
        if went_to is not None and low.value <= went_to <= high.value:
            # 'zur Eröffnung mit 528 HK$ 4,1% unter dem Schlusskurs': the move at the open, or to the opening price
            # the text names (a slip in that price is judged on its own), not any move up to the day's extreme
            went = went_to / prev.value * 100.0 - 100.0
            return [
                point_reading("open vs previous close", percent_move(opened, prev), (opened, prev), True),
                point_reading("move to the stated price vs previous close", went, (low, high, prev), False),
            ]
        return [
            _range(
                "from the open to the day's extreme, vs previous close",
                percent_move(opened, prev),
                percent_move(extreme, prev),
                (opened, extreme, prev),
                True,
            )
        ]
    raise ValueError(kind)


def _base_close(data: ListingData, on_or_before: date) -> Evidence:
    """The last close on or before a day; a missing session there is a gap, not skipped."""
    day = session_on_or_before(data.calendar_code, on_or_before)
    return quote_field(data, day, "close")


def _period_readings(
    kind: str,
    data: ListingData,
    as_of: date,
    open_session: bool = False,
    price_then: float | None = None,
    sessions_counted: bool = False,
    points_direction: str | None = None,
    week_span: bool = False,
) -> list[Reading]:
    """A period's move up to as_of in per cent; an index's in points where the claim says so ('Auf Wochensicht büßte
    der Leitindex 188 Punkte ein': the change in the direction the claim states, as a day's move in points)."""
    close = quote_field(data, as_of, "close")
    code = data.calendar_code
    move = percent_move if points_direction is None else partial(_points_moved, points_direction)
    others: list[Reading] = []  # other bases the words may mean, permitted
    if kind == "ytd_return":
        base = _base_close(data, date(as_of.year - 1, 12, 31))
        name = "close vs last close of the previous year"
    elif kind == "twelve_month_return":
        base = _base_close(data, as_of - timedelta(days=365))
        name = "close vs close a year earlier"
    elif kind == "week_return":
        base = quote_field(data, sessions_ending(code, as_of, WINDOW_SESSIONS + 1)[0], "close")
        name = "close vs close five sessions earlier"
        week_back = _base_close(data, as_of - timedelta(days=7))
        if week_back.date != base.date and not sessions_counted:
            # a week with a holiday ('in der abgelaufenen Woche' of four sessions, 'over the past week' on the
            # Thursday after Martin Luther King Day): a calendar week back, Friday to Friday, permitted too
            others.append(
                point_reading(
                    "close vs close a calendar week earlier", move(close, week_back), (close, week_back), False
                )
            )
        if not sessions_counted and not week_span and 1 <= as_of.weekday() <= 3:
            # a week told of a mid-week session ('Auf Wochensicht liegt der Dax damit 1,2 Prozent im Plus' on a
            # Tuesday, 'is up 2% for the week' on a Wednesday): the week so far, from the last close of the week
            # before, permitted too
            so_far = _base_close(data, as_of - timedelta(days=as_of.weekday() + 1))
            if so_far.date not in (base.date, week_back.date):
                others.append(
                    point_reading(
                        "close vs last close of the previous week",
                        move(close, so_far),
                        (close, so_far),
                        False,
                    )
                )
    elif kind == "week_to_date_return":
        base = _base_close(data, as_of - timedelta(days=as_of.weekday() + 1))
        name = "close vs last close of the previous week"
    elif kind == "month_return":
        base = _base_close(data, as_of.replace(day=1) - timedelta(days=1))
        name = "close vs last close of the previous month"
    elif kind == "past_month_return":
        base = _base_close(data, month_before(as_of))
        name = "close vs close a month earlier"
        # 'over the last 30 days', 'a rough month': counted in days as often as to the same day of the month before
        for days, said in ((30, "close vs close 30 days earlier"), (28, "close vs close four weeks earlier")):
            other = _base_close(data, as_of - timedelta(days=days))
            if other.date != base.date:
                others.append(point_reading(said, move(close, other), (close, other), False))
    else:
        raise ValueError(kind)
    whole = point_reading(name, move(close, base), (close, base))
    if not open_session:
        return [whole, *others]
    # written while the session traded ('as of 11.30am'): the price of that moment lies in the day's range, and is
    # the one the text reported for it where it did ('gained 3.6 per cent to HK$136.50')
    low, high = quote_field(data, as_of, "low"), quote_field(data, as_of, "high")
    if price_then is not None and low.value <= price_then <= high.value:
        moved = price_then / base.value * 100.0 - 100.0
        reported = f"the price the text reported, {name.removeprefix('close ')}"
        return [whole, *others, point_reading(reported, moved, (low, high, base), False)]
    return [whole, *others, _day_range_vs(f"intraday range, {name.removeprefix('close ')}", data, as_of, base)]


def _day_range_vs(name: str, data: ListingData, day: date, base: Evidence) -> Reading:
    """The session's range against a base, a permitted reading: a price of a moment during it lies in the range."""
    low, high = quote_field(data, day, "low"), quote_field(data, day, "high")
    return _range(name, percent_move(low, base), percent_move(high, base), (low, high, base), False)


def _year_window(data: ListingData, as_of: date) -> pd.DataFrame:
    """The 52 weeks up to as_of; refused unless held from start to end with at most a few gaps."""
    start = as_of - timedelta(weeks=52)
    expected = len(sessions_between(data.calendar_code, start + timedelta(days=1), as_of))
    missing = expected - int(data.closes_in_year.get(as_of, 0))  # held rows are sessions (quality suite)
    if missing > MAX_WINDOW_GAPS:
        raise MissingData(f"{data.symbol}: {missing}/{expected} sessions of the 52 weeks before {as_of} are not held")
    return data.bars[(data.bars.index > start) & (data.bars.index <= as_of)]


def _52_week_extremes(data: ListingData, as_of: date, want_high: bool) -> list[tuple[str, Reading]]:
    """The 52 weeks' extremes (`_extremes`); where a window a day or two longer holds another, as vendors count it
    (the 52 weeks with the day 364 days back, a year of 365 days: finanzen.net's 'tiefsten Stand seit 52 Wochen
    (23.01.2025)' on 22.01.2026), that one too, permitted: an extreme set a year ago sits on the window's edge."""
    what = f"the 52 weeks before {as_of}"
    found = _extremes(data, _year_window(data, as_of), want_high, what)
    for days in (364, 365):
        window = data.bars[(data.bars.index >= as_of - timedelta(days=days)) & (data.bars.index <= as_of)]
        for label, reading in _extremes(data, window, want_high, what):
            if all(reading.evidence[0] != r.evidence[0] for _, r in found):
                found.append((f"{label}, {days} days back", replace(reading, primary=False)))
    return found


def _extremes(data: ListingData, window: pd.DataFrame, want_high: bool, what: str) -> list[tuple[str, Reading]]:
    """A window's extreme from daily highs (lows), the preferred reading, and from closes, the
    alternative: (label, the point reading of the extreme)."""
    found: list[tuple[str, Reading]] = []
    for field, primary in (("high" if want_high else "low", True), ("close", False)):
        series = window[field].dropna()
        if series.empty:
            raise MissingData(f"no {field} data in {what}")
        day: date = series.idxmax() if want_high else series.idxmin()  # type: ignore[assignment]
        extreme = quote_field(data, day, field)
        label = f"{'high' if want_high else 'low'} from daily {field}s ({day.isoformat()})"
        found.append((label, point_reading(label, extreme.value, (extreme,), primary)))
    return found


def _extreme_readings(kind: str, claim: Claim, data: ListingData, as_of: date) -> list[Reading]:
    close = quote_field(data, as_of, "close")
    try:
        extremes = _52_week_extremes(data, as_of, "high" in kind)
    except MissingData:
        # 'Vom Jahreshoch ... ist die Aktie rund 20 Prozent entfernt' where the 52 weeks are not all held: the calendar
        # year's extreme so far, which the words name, is still read
        year = (
            []
            if kind in ("high_52w", "low_52w") or claim.unit in CURRENCIES
            else _year_distances(kind, claim, data, close, as_of)
        )
        if not year:
            raise
        return year
    if claim.extreme_on_closes:  # 'its record close of 26,119.85': the closes' extremes alone, the 52 weeks' first
        closes = [(label, r) for label, r in extremes if r.evidence[0].field == "close"]
        extremes = [(label, replace(r, primary=i == 0)) for i, (label, r) in enumerate(closes)]
    if kind in ("high_52w", "low_52w"):
        return [replace(r, name=f"52-week {label}") for label, r in extremes]
    if claim.unit in CURRENCIES:
        # a distance in money: 'closed $26.76 below its 52-week high'
        return [
            point_reading(
                f"close minus 52-week {label}", close.value - r.evidence[0].value, (close, r.evidence[0]), r.primary
            )
            for label, r in extremes
        ]
    distances = [
        point_reading(
            f"close vs 52-week {label}", percent_move(close, r.evidence[0]), (close, r.evidence[0]), r.primary
        )
        for label, r in extremes
    ] + _year_distances(kind, claim, data, close, as_of)
    moment = _price_of_the_moment(claim, data, as_of)
    levels = [(label, r.evidence[0]) for label, r in extremes]
    if moment is not None:
        what, low, high, seen = moment
        distances += [
            _range(
                f"{what} vs 52-week {label}", low / x.value * 100 - 100, high / x.value * 100 - 100, (*seen, x), False
            )
            for label, x in levels
        ]
    if claim.distance_base == "extreme":
        return distances
    # the gap as a share of the price, where the words say so: the move still needed to reach the extreme
    # ('Bis zum 52-Wochen-Hoch fehlen noch gut 16 Prozent': +16.3 % where the close lies 14.0 % below it),
    # or the extreme set against the price ('Das 52-Wochen-Tief liegt 51,52 Prozent unterhalb des aktuellen
    # Kursniveaus'). Writers word the distance itself so too ('fehlen noch knapp 7 Prozent' for a close 6.9 %
    # below the high): it stays a permitted reading
    shares = [
        point_reading(
            f"52-week {label} vs close, in per cent of the close",
            _gap_of(close, r.evidence[0]),
            (close, r.evidence[0]),
            r.primary,
        )
        for label, r in extremes
    ]
    if moment is not None:
        what, low, high, seen = moment
        shares += [
            _range(
                f"52-week {label} vs {what}, in per cent of the price",
                (1.0 - x.value / low) * 100.0,
                (1.0 - x.value / high) * 100.0,
                (*seen, x),
                False,
            )
            for label, x in levels
        ]
    return shares + [replace(d, primary=False) for d in distances]


def _price_of_the_moment(
    claim: Claim, data: ListingData, as_of: date
) -> tuple[str, float, float, tuple[Evidence, ...]] | None:
    """A figure written while its session traded ('Derzeit notiert die Aktie 14,89 Prozent unter dem 52-Wochen-Hoch'
    at 20:15 Uhr, New York open) rests on the price of that moment: the one the text reported for the session
    (`Claim.moved_to`) where the day's range holds it, else anywhere in that range. None for a session closed."""
    if claim.open_session_day != as_of.isoformat() or data.derived:
        return None
    low, high = quote_field(data, as_of, "low"), quote_field(data, as_of, "high")
    if claim.moved_to is not None and data.symbol == claim.listing and low.value <= claim.moved_to <= high.value:
        return "the price the text reported", claim.moved_to, claim.moved_to, (low, high)
    return "intraday range", low.value, high.value, (low, high)


def _year_distances(kind: str, claim: Claim, data: ListingData, close: Evidence, as_of: date) -> list[Reading]:
    """'Vom Jahreshoch ist die Aktie knapp 13 Prozent entfernt': the distance to the calendar year's extreme so far, a
    permitted reading beside the 52 weeks' where the words name the year's (`Claim.year_extreme`)."""
    if not claim.year_extreme:
        return []
    try:
        year = _year_extreme_readings("year_high" if "high" in kind else "year_low", data, as_of)
    except MissingData:
        return []
    return [
        point_reading(f"close vs {r.name}", percent_move(close, r.evidence[0]), (close, r.evidence[0]), False)
        for r in year
    ]


def _gap_of(price: Evidence, extreme: Evidence) -> float:
    """How far the price lies above (+) or below (-) an extreme, in per cent of the price."""
    return (1.0 - extreme.value / price.value) * 100.0


def _period_extreme_readings(kind: str, claim: Claim, data: ListingData) -> list[Reading]:
    """'Tiefstand im April 2024': the lowest daily low (highest high) of the named window, the
    extreme close the alternative. Every session of the window must be held."""
    ref = claim.reference or {}
    what, window = _held_window(data, date.fromisoformat(ref["start"]), date.fromisoformat(ref["end"]))
    return [replace(r, name=f"{what}: {label}") for label, r in _extremes(data, window, kind == "period_high", what)]


def _held_window(data: ListingData, start: date, end: date) -> tuple[str, pd.DataFrame]:
    """The label and bars of the sessions from start to end, every one of which must be held."""
    what = f"{start.isoformat()} … {end.isoformat()}"
    expected = sessions_between(data.calendar_code, start, end)
    window = data.bars[(data.bars.index >= start) & (data.bars.index <= end)]
    missing = len(set(expected) - set(window["close"].dropna().index))
    if not expected or missing:
        raise MissingData(f"{data.symbol}: {missing or len(expected)}/{len(expected)} sessions in {what} are not held")
    return what, window


def _month_peak_readings(claim: Claim, data: ListingData, as_of: date) -> list[Reading]:
    """'about 24% under its January peak of $165.30': the close against the highest high of the month the words
    name (`Claim.extreme_month`), the highest close the alternative; every session of it up to as_of held. Told
    while as_of's session traded, the price of that moment is a reading too (`_price_of_the_moment`)."""
    assert claim.extreme_month is not None
    year, month = (int(part) for part in claim.extreme_month.split("-"))
    end = min(date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1), as_of)
    what, window = _held_window(data, date(year, month, 1), end)
    close = quote_field(data, as_of, "close")
    extremes = _extremes(data, window, True, what)
    readings = [
        point_reading(
            f"close vs {what}: {label}", percent_move(close, r.evidence[0]), (close, r.evidence[0]), r.primary
        )
        for label, r in extremes
    ]
    if (moment := _price_of_the_moment(claim, data, as_of)) is not None:
        price, low, high, seen = moment
        for label, r in extremes:
            peak = r.evidence[0]
            moves = (low / peak.value * 100 - 100, high / peak.value * 100 - 100)
            readings.append(_range(f"{price} vs {what}: {label}", *moves, (*seen, peak), False))
    return readings


def _year_extreme_readings(kind: str, data: ListingData, as_of: date) -> list[Reading]:
    """'Jahreshoch', '2025er-Hoch': the highest high (lowest low) of the calendar year up to as_of;
    the extreme close is the alternative reading. The first session of the year must be held."""
    start = date(as_of.year, 1, 1)
    first = sessions_between(data.calendar_code, start, as_of)
    if not first or data.value(first[0], "close") is None:
        raise MissingData(f"{data.symbol}: the sessions of {as_of.year} before {as_of} are not all held")
    window = data.bars[(data.bars.index >= start) & (data.bars.index <= as_of)]
    extremes = _extremes(data, window, kind == "year_high", f"{as_of.year} up to {as_of}")
    return [replace(r, name=f"{as_of.year} {label}") for label, r in extremes]


def rsi_frame(closes: pd.Series, period: int = 14) -> pd.DataFrame:
    """RSI(14) of every close at once, both variants, and how many closes each rests on. Causal:
    each row uses only the closes up to it, so one pass serves every claim on the listing."""
    delta = closes.diff().dropna()
    gains, losses = delta.clip(lower=0.0), -delta.clip(upper=0.0)
    averages = {
        "rsi_wilder": (
            gains.ewm(alpha=1 / period, adjust=False).mean(),
            losses.ewm(alpha=1 / period, adjust=False).mean(),
        ),
        "rsi_simple": (gains.rolling(period, min_periods=1).mean(), losses.rolling(period, min_periods=1).mean()),
    }
    frame = pd.DataFrame(
        {name: (100.0 - 100.0 / (1.0 + gain / loss)).where(loss != 0, 100.0) for name, (gain, loss) in averages.items()}
    )
    frame["closes"] = range(2, len(frame) + 2)
    return frame


def rsi(closes: pd.Series, period: int = 14, wilder: bool = True) -> float:
    """RSI of the last close: Wilder's smoothing (the standard) or simple averages."""
    return float(rsi_frame(closes, period)["rsi_wilder" if wilder else "rsi_simple"].iloc[-1])


def _rsi_readings(data: ListingData, as_of: date) -> list[Reading]:
    wilder, simple, held = data.indicators.get(as_of, (math.nan, math.nan, 0))
    if held < 60:
        raise MissingData(f"too few closes for RSI(14) on {as_of}")
    last = quote_field(data, as_of, "close")
    return [
        point_reading("RSI(14), Wilder smoothing", wilder, (last,)),
        point_reading("RSI(14), simple averages", simple, (last,), False),
    ]


def _moving_averages(data: ListingData, sessions: int, as_of: date) -> tuple[float, float | None, tuple[Evidence, ...]]:
    """The simple and the exponential moving average of the `sessions` closes held up to as_of, with the last
    and first close of the window as evidence. The window's sessions must be held but for a few gaps (as the
    52-week window's): then the closes held before it fill the count, as a vendor's rows would. The exponential
    one only where enough closes are held for the ones before them to weigh less than EMA_FORGOTTEN (about 2.3
    times the window: 461 closes for 200 sessions), else None: it would depend on where the quotes begin."""
    window = sessions_ending(data.calendar_code, as_of, sessions)
    missing = sessions - sum(data.value(day, "close") is not None for day in window)
    days, closes = data.closes_held
    end = bisect_right(days, as_of)
    if missing > MAX_WINDOW_GAPS or end < sessions or data.value(as_of, "close") is None:
        first = window[0].isoformat() if window else as_of.isoformat()
        raise MissingData(f"{data.symbol}: {missing}/{sessions} sessions in {first} … {as_of} are not held")
    simple = sum(closes[end - sessions : end]) / sessions
    needed = math.log(EMA_FORGOTTEN) / math.log(1.0 - 2.0 / (sessions + 1))
    exponential = data.exponential_averages(sessions)[days[end - 1]] if end >= needed else None
    return (
        simple,
        exponential,
        (quote_field(data, days[end - 1], "close"), quote_field(data, days[end - sessions], "close")),
    )


def _adjusted_average(data: ListingData, sessions: int, as_of: date) -> float | None:
    """The simple moving average of the same window's closes adjusted for dividends, as vendors who average adjusted
    closes quote it (a window reaching back past an ex-dividend day averages lower); None where an adjusted close of
    the window is not held or none differs from its close."""
    days, _ = data.closes_held
    end = bisect_right(days, as_of)
    window = days[max(0, end - sessions) : end]
    adjusted = [data.value(day, "adj_close") for day in window]
    if len(window) < sessions or any(value is None for value in adjusted):
        return None
    if all(value == data.value(day, "close") for day, value in zip(window, adjusted, strict=True)):
        return None
    return sum(value for value in adjusted if value is not None) / sessions


def _average_readings(kind: str, claim: Claim, data: ListingData, as_of: date) -> list[Reading]:
    """A moving average's level, or the session's close against it in per cent of the average (above +, below
    -), over the window the words name (`Claim.average_sessions`): the kind they name (simple unless they say
    exponential) up to the session; the other kind (for a level, or a distance the words call exponential), the
    simple average of closes adjusted for dividends, and each up to the session before, are permitted alternatives
    (vendors quote yesterday's average, or the other kind; a distance is still the session's close against it). A
    distance whose side the text does not name ('Der Abstand zur 200-Tage-Linie beträgt 50 Prozent') is read as its
    size."""
    sessions = claim.average_sessions
    assert sessions is not None
    kinds: tuple[str, ...] = ("exponential", "simple") if claim.average_exponential else ("simple", "exponential")
    if kind != "moving_average" and not claim.average_exponential:
        # a distance whose words do not say exponential is the simple average's: the exponential one lies up to a few
        # per cent off it and would pass a wrong distance ('about 1 percent above its 50-day moving average of HK$87.57'
        # at -0.99 % on the simple one, +0.64 % on the exponential one)
        kinds = ("simple",)
    close = quote_field(data, as_of, "close")
    readings: list[Reading] = []
    for day, primary_day in ((as_of, True), (previous_session(data.calendar_code, as_of), False)):
        try:
            simple, exponential, window = _moving_averages(data, sessions, day)
        except MissingData:
            if primary_day:
                raise
            continue  # the session before is only an alternative
        upto = "the session" if primary_day else "the session before"
        if exponential is None and claim.average_exponential and primary_day:
            raise MissingData(
                f"{data.symbol}: too few closes held for an exponential moving average of {sessions} closes up to"
                f" the session {as_of}"
            )
        names = (*kinds, "adjusted") if (adjusted := _adjusted_average(data, sessions, day)) is not None else kinds
        for name in names:
            average = {"simple": simple, "exponential": exponential, "adjusted": adjusted}[name]
            if average is None:
                continue  # an exponential average the closes held cannot tell
            primary = primary_day and name == kinds[0]
            averaged = "closes adjusted for dividends" if name == "adjusted" else "closes"
            label = f"{'simple' if name == 'adjusted' else name} moving average of {sessions} {averaged} up to {upto}"
            if kind == "moving_average":
                readings.append(point_reading(label, average, window, primary))
                continue
            distance, label = (close.value / average - 1.0) * 100.0, f"close vs the {label}"
            if claim.direction is None:
                distance, label = abs(distance), f"unsigned: {label}"
            readings.append(point_reading(label, distance, (close, *(e for e in window if e != close)), primary))
    return readings


def _since_readings(claim: Claim, data: ListingData, as_of: date) -> list[Reading]:
    """'Highest since October': the day's close (and, as an alternative, its high) against the
    highest close (high) of every session from the look-back's start to the session before."""
    assert claim.reference is not None
    since = date.fromisoformat(claim.reference["start"])
    up = claim.direction != "down"
    before = previous_session(data.calendar_code, as_of)
    window = data.bars[(data.bars.index >= since) & (data.bars.index <= before)]
    expected = sessions_between(data.calendar_code, since, before)
    missing = len(set(expected) - set(window["close"].dropna().index))
    if not expected or missing > MAX_WINDOW_GAPS:
        raise MissingData(f"{data.symbol}: {missing}/{len(expected)} sessions in {since} … {before} are not held")
    readings: list[Reading] = []
    for field, primary in (("close", True), ("high" if up else "low", False)):
        level = quote_field(data, as_of, field)
        series = window[field].dropna()
        extreme_day: date = series.idxmax() if up else series.idxmin()  # type: ignore[assignment]
        extreme = quote_field(data, extreme_day, field)
        word = "highest" if up else "lowest"
        name = f"{field} vs the {word} {field} since {since.isoformat()} ({extreme_day.isoformat()})"
        readings.append(point_reading(name, percent_move(level, extreme), (level, extreme), primary))
    return readings


def _index_readings(kind: str, claim: Claim, data: ListingData, day: date) -> list[Reading]:
    """An index is read like a stock on its own calendar: a level like a last price, a move in
    percent like a day's move (close to close only when the text reports the session finished); a
    move in points is the change in the direction the claim states ('fiel um 120 Punkte': previous
    close minus close), so that a wrong sign lies outside its band."""
    if kind == "index_level":  # the level a finished session's move ended on is its close
        return _readings_at("close" if claim.completed_session else "last_price", claim, data, day)
    if claim.unit != "points":
        close, prev = (
            quote_field(data, day, "close"),
            quote_field(data, previous_session(data.calendar_code, day), "close"),
        )
        readings = [point_reading("close vs previous close", percent_move(close, prev), (close, prev))]
        if claim.completed_session:  # 'legte um 2,6 Prozent zu' on a closed session: its whole move
            return readings
        low, high = data.evidence(day, "low"), data.evidence(day, "high")
        if low is not None and high is not None:  # some index rows hold the close only
            readings.append(_intraday_range(low, high, prev, (low, high, prev), False))
        return readings
    close, prev = quote_field(data, day, "close"), quote_field(data, previous_session(data.calendar_code, day), "close")
    points = close.value - prev.value if claim.direction != "down" else prev.value - close.value
    readings = [point_reading(f"points {claim.direction or 'up'} from the previous close", points, (close, prev))]
    low, high = data.evidence(day, "low"), data.evidence(day, "high")
    if not claim.completed_session and low is not None and high is not None:
        # 'At the midday break, the index was down 521.79 points': the session's range, as a move in per cent
        # (in the direction the claim states: a fall's points run from the high's to the low's)
        ends = (low.value - prev.value, high.value - prev.value)
        if claim.direction == "down":
            ends = (prev.value - high.value, prev.value - low.value)
        readings.append(
            _range(
                f"intraday range in points {claim.direction or 'up'} from the previous close",
                *ends,
                (low, high, prev),
                False,
            )
        )
    return readings


# Where the quotes' volume is not the one an article may count, a volume is not judged (ARCHITECTURE.md)
VOLUME_NOT_JUDGED = (
    "a trading volume of a listing traded on several venues: sources count it differently "
    "(all venues or the home exchange only)"
)
INDEX_VOLUME = "the trading volume of an index's members: not in the index's quotes"
# A German listing opens at 08:00, hours after Hong Kong's session began and before New York's: its open is
# neither listing's open in euros ('Zum Start in den Handelstag stand die Aktie bei 107,20 EUR')
DERIVED_OPEN = "the opening price of a German listing: not the open of the listing it mirrors, and no quote held"
# the stated figure's scale ('138,8 Mio.'): the reading is in the same units
_VOLUME_UNITS = {1.0: "shares", 1e3: "thousands of shares", 1e6: "millions of shares", 1e9: "billions of shares"}


def _volume_readings(claim: Claim, data: ListingData, day: date) -> list[Reading]:
    """The session's volume on the listing's exchange, in the units the claim states it in."""
    volume = quote_field(data, day, "volume")
    if volume.value <= 0:  # a half day stored without trades, or a gap written as 0
        raise MissingData(f"no volume for {data.symbol} on {day.isoformat()}")
    units = _VOLUME_UNITS.get(claim.scale, "shares")
    return [point_reading(f"the session's trading volume, in {units}", volume.value / claim.scale, (volume,))]


def dated_base(claim: Claim) -> tuple[str, date] | None:
    """The field and day a move since a dated base is measured from (`Claim.since_base`), or None."""
    if claim.kind != "since_return" or claim.since_base is None:
        return None
    field, day = claim.since_base
    return field, date.fromisoformat(day)


def whole_year(claim: Claim) -> bool:
    """A calendar year's move whose year is named ('gained roughly 55% last year', 'stieg 2024 um 40 Prozent'):
    measured as that year's last session against the year before's (a pair of years, '2023 und 2024', too)."""
    ref = claim.reference or {}
    return (
        claim.kind == "calendar_year_return"
        and ref.get("start", "").endswith("-01-01")
        and ref.get("end", "").endswith("-12-31")
        and ref["start"][:4] == ref["end"][:4]
    )


def _since_base_readings(claim: Claim, data: ListingData, day: date) -> list[Reading]:
    """'rund 57 Prozent über dem Schlusskurs vom 7. April': the session's close against the base
    day's close (or the low or high the words name; 'high_or_close': that day's high and its close, each
    a permitted reading); a base day without a session has no reading."""
    based = dated_base(claim)
    assert based is not None
    fields, since = based
    if not is_session(data.calendar_code, since):
        raise MissingData(f"{data.symbol}: no session on {since.isoformat()}")
    close = quote_field(data, day, "close")
    readings = []
    for field in fields.split("_or_"):
        if field == "prior_close":
            # a report on the base day before its open: the move since it runs from the close of the session before
            prior = previous_session(data.calendar_code, since)
            base = quote_field(data, prior, "close")
            said = f"close vs the close of {prior.isoformat()}, the session before {since.isoformat()}"
            readings.append(point_reading(said, percent_move(close, base), (close, base)))
            continue
        base = quote_field(data, since, field)
        readings.append(
            point_reading(f"close vs the {field} of {since.isoformat()}", percent_move(close, base), (close, base))
        )
        if claim.open_session_day == day.isoformat() and data.symbol == claim.listing:
            # told while the session traded ('5% below Monday's close' at midday): a price of that moment
            readings.append(_day_range_vs(f"intraday range vs the {field} of {since.isoformat()}", data, day, base))
    return readings


def _window_readings(back: tuple[int, str], data: ListingData, day: date) -> list[Reading]:
    """'over the past three months': the session's close against the last close on or before the same day that many
    months (weeks) before; 'over the past two sessions': against the close that many sessions before, on the data's
    own calendar; 'in the third quarter': against the last close before the quarter began."""
    close = quote_field(data, day, "close")
    base = _base_close(data, trailing_window_start(data.calendar_code, day, back))
    said = f"close vs close {back[0]} {back[1]} earlier"
    if back[1] == "quarters":
        said = "close vs last close before the quarter"
    return [point_reading(said, percent_move(close, base), (close, base))]


def readings_for(kind: str, claim: Claim, data: ListingData, day: date) -> list[Reading]:
    if claim.window_back is not None:
        return _window_readings(claim.window_back, data, day)
    if kind == "since_return":
        return _since_base_readings(claim, data, day)
    if kind == "calendar_year_return":  # a whole past year: its last session's move since the year began
        return _period_readings("ytd_return", data, day)
    if kind == "volume":
        return _volume_readings(claim, data, day)
    if kind in INDEX_KINDS:
        return _index_readings(kind, claim, data, day)
    if kind in PERIOD_KINDS:
        # only the session that was trading when the text was written, not the closed ones before it; on the claim's
        # listing or its parity only: the session of another listing may have closed by then (Hong Kong's at 09:10
        # in Germany: 'seit Monatsbeginn 3,4 Prozent' beside a Stuttgart price at 11:30 is no move inside Tencent's
        # Hong Kong range of the day)
        open_session = claim.open_session_day == day.isoformat() and data.symbol == claim.listing
        price_then = claim.moved_to if data.symbol == claim.listing and not data.derived else None
        # an index's period move in points, a stock's in money on its own listing ('For the week: Nvidia is up $5.74')
        in_money = claim.unit in CURRENCIES and data.symbol == claim.listing
        in_points = (claim.direction or "up") if claim.unit == "points" or in_money else None
        return _period_readings(
            kind, data, day, open_session, price_then, claim.sessions_counted, in_points, claim.week_span
        )
    if kind in ("distance_52w_high", "distance_52w_low", "high_52w", "low_52w"):
        return _extreme_readings(kind, claim, data, day)
    if kind in ("year_high", "year_low"):
        return _year_extreme_readings(kind, data, day)
    if kind in PERIOD_EXTREME_KINDS:
        return _period_extreme_readings(kind, claim, data)
    if kind == "distance_past_peak" and claim.extreme_month is not None:
        return _month_peak_readings(claim, data, day)
    if kind == "rsi":
        return _rsi_readings(data, day)
    if kind in MOVING_AVERAGE_KINDS:
        return _average_readings(kind, claim, data, day)
    if kind == "extreme_since":
        return _since_readings(claim, data, day)
    return _readings_at(kind, claim, data, day)
