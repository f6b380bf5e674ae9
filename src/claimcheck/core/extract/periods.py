"""Which period a number's window spans: a period to date, a month's or a year's start, a run of sessions, the time
since a dated base, a calendar year or quarter, a moving average's window; the period slots of a claim frame.

`timing.py` decides which day governs a number; this module turns the words of a period into its start and end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from claimcheck.core.dates import (
    MONTHS,
    WEEKDAYS,
    day_phrases,
    month_end,
    month_left_unnamed,
    resolve_day,
    since_days,
    without_earlier_events,
)
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.sentences import SUBCLAUSE_BREAK
from claimcheck.core.kinds import (
    month_before,
    window_start,
)
from claimcheck.core.numbers import NumberMention
from claimcheck.core.sessions import (
    MissingData,
    session_day_at,
    session_on_or_before,
    session_trading_at,
    sessions_ending,
)
from claimcheck.model import Claim, Published, TimeSource
from claimcheck.rules import Rules, Words

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# a day's move an intro's period takes: in per cent or points, and in money ('For the year:' over 'Nvidia is up $9.06,
# or 4.9%.')
_LIST_DAY_MOVES = frozenset({"day_change", "index_move", "price_change"})


def take_list_period(claims: list[Claim], kind: str) -> None:
    """The day's moves of a list item under an intro naming a period ('How the ADRs fared this week:' then
    'Baidu (BIDU): $101.96, up 7.0%') are that period's, ending on the item's day; an index's too ('So lief die
    Woche' over '- DAX: minus 4,6 Prozent', a table's row 'Hang Seng  25,277.32  -0.7%')."""
    for claim in claims:
        if claim.kind in _LIST_DAY_MOVES and claim.reference is not None and "date" in claim.reference:
            claim.kind = kind
            claim.reference = period_reference(kind, date.fromisoformat(claim.reference["date"])) or claim.reference


def week_end_reference(reference: dict[str, str], published: Published) -> dict[str, str]:
    """A week's move told as the week's end ('it still ended the week with a loss of nearly 3%', 'beendete die Woche
    mit einem Minus') in a sentence whose day is a weekday before Friday ('3.4% on Thursday'): the week up to its
    Friday, where that Friday had come by publication; otherwise the reference as it was."""
    end = date.fromisoformat(reference["end"])
    if published.date is None or end.weekday() >= 4:
        return reference
    friday = end + timedelta(days=4 - end.weekday())
    return reference if friday > published.date else period_reference("week_return", friday) or reference


def period_reference(kind: str, as_of: date) -> dict[str, str] | None:
    """The period a move of `kind` ending on `as_of` covers; None for a kind that is no such period."""
    if kind == "ytd_return":
        start = date(as_of.year, 1, 1)
    elif kind == "month_return":  # 'seit Monatsbeginn', 'im Juli': from the month's first day
        start = as_of.replace(day=1)
    elif kind == "past_month_return":
        start = month_before(as_of)
    elif kind == "twelve_month_return":
        start = as_of - timedelta(days=366 if (as_of.month, as_of.day) == (2, 29) else 365)
    elif kind == "week_return":
        start = as_of - timedelta(days=7)
    elif kind == "week_to_date_return":  # 'seit Wochenbeginn': from the Monday of the week
        start = as_of - timedelta(days=as_of.weekday())
    else:
        return None
    return {"start": start.isoformat(), "end": as_of.isoformat()}


# 'since the start of September': the move since the last close before that month
# ('since the end of August', 'seit Ende August': the same base, the month after's start)
# ('higher than at the end of October', 'über dem Stand von Anfang November': a comparison with that boundary's close)
_COMPARED_WITH = (
    r"(?:(?:höher|tiefer|niedriger|mehr|weniger|fester|schwächer)\s+als(?:\s+zu|\s+am)?"
    r"|(?:über|unter)\s+(?:dem|ihrem|seinem)\s+(?:Stand|Niveau|Schlusskurs|Schlussstand|Kurs)(?:\s+von|\s+vom)?"
    r"|gegenüber|verglichen\s+mit|im\s+Vergleich\s+zu|(?:higher|lower|stronger|weaker)\s+than(?:\s+at)?"
    r"|(?:above|below|under|over)\s+(?:its|their|the)\s+(?:levels?|close|price)\s+(?:at|of|from)"
    r"|compared\s+(?:with|to)|versus|vs\.?)\s+"
)
_MONTH_START = re.compile(
    rf"\b(?:since\s+the\s+(?:start|beginning)\s+of|seit\s+Anfang|seit\s+Beginn(?:\s+des)?"
    rf"|{_COMPARED_WITH}(?:Anfang|Beginn|the\s+(?:start|beginning)\s+of)"
    rf"|(?P<end>since\s+the\s+end\s+of|seit\s+Ende|{_COMPARED_WITH}(?:Ende|the\s+end\s+of|end(?=-))))"
    rf"[\s-]+(?P<month>{'|'.join(MONTHS)})s?\b(?!\s+20\d\d)",
    re.IGNORECASE,
)


class PeriodStart(NamedTuple):
    """A move since a month's or a year's start (or the end before it), as it is measured."""

    kind: str  # month_return (ytd_return) for the month (year) the period ends in, else since_return from its base
    reference: dict[str, str]
    base: tuple[str, str] | None  # since_return's: the close of the session before the month (the year) began
    note: str | None = None  # what the explanation shows of it


def _nearest_first(spans: list[tuple[int, int]], figure: tuple[int, int] | int) -> list[tuple[int, int]]:
    """A cue's places in its sentence, the one nearest the number first: the number's place, or its place and its
    unit's end, from which the words after it are counted ('2,8 Prozent tiefer als Ende Oktober und 7,8 Prozent unter
    dem Stand von Ende September': the second figure's words start right after 'Prozent'); of two as near, the one
    after it."""
    at, end = figure if isinstance(figure, tuple) else (figure, figure)
    return sorted(spans, key=lambda span: (max(span[0] - end, at - span[1], 0), span[0] < at))


def month_start_window(
    sentence: str,
    cue_spans: list[tuple[int, int]],
    figure: tuple[int, int],
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move 'since the start of September' (or 'since the end of August') up to the day it is told for: in
    September that month's move (month_return), later the move since the last close of August (a since-return from
    that session); None when the cue (its place nearest the number at `figure`) names no month's start or end, or the
    listing or day is unknown. The month is the latest such one up to publication; a day of the sentence before it
    ('..., a rally that began on Aug. 29') is no end of the period, which then runs up to publication."""
    listing = rules.listing(symbol or "")
    spans = _nearest_first(cue_spans, figure)
    # (the nearest place and the matches overlapping it only: 'up 69% from its April low and has rallied 39% since the
    # end of August' gives August's end to the 39%, not to the 69%)
    spans = [(start, end) for start, end in spans if spans and start < spans[0][1] and spans[0][0] < end]
    named = next((m for start, end in spans if (m := _MONTH_START.match(sentence, start, end))), None)
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if named is None or listing is None or end_day is None:
        return None
    until = date.fromisoformat(end_day)
    today = published.date or until
    month = MONTHS[named["month"].lower()]
    if named["end"]:
        if month == today.month:
            return None  # the end of the month still running: its last days maybe, no base yet
        month = month % 12 + 1
    first = date(today.year if month <= today.month else today.year - 1, month, 1)
    if until < first:
        until = today
    period = {"start": first.isoformat(), "end": until.isoformat()}
    if (first.year, first.month) == (until.year, until.month):
        return PeriodStart("month_return", period, None)
    try:
        base = session_on_or_before(listing.calendar, first - timedelta(days=1))
    except MissingData:  # before the calendar held
        return None
    if named["end"]:  # 'since the end of December': the period told from that close, as a dated base's
        period = {"start": base.isoformat(), "end": until.isoformat()}
    return PeriodStart("since_return", period, ("close", base.isoformat()))


# a year's end or start a move is told since ('seit Ende 2024', 'since the end of last year', 'since the start of 2025',
# 'gegenüber dem Jahresschluss 2024'): whether the words name the end or the start, and of which year
_YEAR_BOUNDARY = re.compile(
    r"\b(?:[Ss]eit|[Ss]ince|[Gg]egenüber|verglichen mit|im Vergleich zu[mr]?|über|unter|compared (?:with|to)|than at"
    r"|from where (?:it|they|the (?:stock|shares)))\s+(?:dem\s+|the\s+)?"
    r"(?:(?P<end>Ende|Jahresende|Jahresschluss|Jahresultimo|Vorjahresende|Vorjahresschluss|end|close|year-end"
    r"|ended|closed|finished)|(?P<start>Anfang|Beginn|Jahresbeginn|Jahresanfang|Jahresstart|start|beginning))"
    r"(?:kurs|stand)?(?:\s+(?:des|of|von))?[\s-]*"
    r"(?:(?P<year>20\d\d)\b|(?P<last>(?:des\s+)?(?:vergangenen|letzten|vorigen|abgelaufenen)\s+Jahres|Vorjahres"
    r"|last\s+year|the\s+previous\s+year)\b)?",
)


def year_boundary_window(
    sentence: str,
    cue_spans: list[tuple[int, int]],
    figure: tuple[int, int],
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move since a year's end or start up to the day it is told for: in the year after that end, the year so far
    (ytd_return); later, the move since the last close of that year (a since-return from that session: 'seit Ende
    2024' in 2026, 'since the start of 2025' in 2026). None when the cue (its place nearest the number at `figure`)
    names no past year's end or start, or the listing or day is unknown."""
    listing = rules.listing(symbol or "")
    named = next(
        (
            m
            for start, end in _nearest_first(cue_spans, figure)
            if (m := _YEAR_BOUNDARY.search(sentence, start, end))
            and (m["year"] or m["last"] or (m["end"] or "").startswith("Vorjahres"))
        ),
        None,
    )
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if named is None or listing is None or end_day is None:
        return None
    until = date.fromisoformat(end_day)
    today = published.date or until
    year = int(named["year"]) if named["year"] else today.year - 1
    ends = year if named["end"] else year - 1  # the year whose last close is the base
    if ends >= today.year:
        return None  # a year's end still to come ('bis Ende 2026')
    if until.year <= ends:
        until = today  # a day of the base's year is no end of the period
    if until.year == ends + 1:
        return PeriodStart("ytd_return", {"start": f"{until.year}-01-01", "end": until.isoformat()}, None)
    try:
        base = session_on_or_before(listing.calendar, date(ends, 12, 31))
    except MissingData:  # before the calendar held
        return None
    day = base.isoformat()
    return PeriodStart(
        "since_return", {"start": day, "end": until.isoformat()}, ("close", day), f"measured from the close of {day}"
    )


def period_start_window(
    kind: str,
    sentence: str,
    cue_spans: list[tuple[int, int]],
    figure: tuple[int, int],
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move since a year's end or start (a look-back's or a year to date's cue), else, for a look-back, since a
    month's start or end: what `year_boundary_window` and `month_start_window` read."""
    found = year_boundary_window(sentence, cue_spans, figure, reference, symbol, published, rules)
    if found is None and kind == "since_return":
        found = month_start_window(sentence, cue_spans, figure, reference, symbol, published, rules)
    if found is None and kind == "since_return":
        found = quarter_to_date_window(sentence, cue_spans, figure, reference, symbol, rules)
    return found


# the quarter so far ('seit Quartalsbeginn', 'im laufenden Quartal', 'quarter-to-date', 'so far this quarter')
# (its words only: 'since its quarterly report', 'since the third-quarter results' are no quarter so far)
_QUARTER_TO_DATE = re.compile(
    r"Quartals(?:beginn|anfang)|(?:Beginn|Anfang) des (?:laufenden )?Quartals|(?:laufenden|bisherigen) Quartal\b"
    r"|quarter[- ]to[- ]date|so far (?:this|in the) quarter|(?:start|beginning) of the quarter|\bQTD\b",
    re.IGNORECASE,
)


def quarter_to_date_window(
    sentence: str,
    cue_spans: list[tuple[int, int]],
    figure: tuple[int, int],
    reference: dict[str, str] | None,
    symbol: str | None,
    rules: Rules,
) -> PeriodStart | None:
    """A move over the quarter so far, up to the day it is told for: since the last close before the quarter began
    (None where the cue nearest the number names no quarter, or the listing or day is unknown)."""
    listing = rules.listing(symbol or "")
    nearest = _nearest_first(cue_spans, figure)[:1]
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if not nearest or not _QUARTER_TO_DATE.search(sentence, *nearest[0]) or listing is None or end_day is None:
        return None
    until = date.fromisoformat(end_day)
    first = date(until.year, 3 * ((until.month - 1) // 3) + 1, 1)
    try:
        base = session_on_or_before(listing.calendar, first - timedelta(days=1))
    except MissingData:  # before the calendar held
        return None
    return PeriodStart(
        "since_return", {"start": first.isoformat(), "end": until.isoformat()}, ("close", base.isoformat())
    )


def whole_year_between(period: dict[str, str]) -> int | None:
    """The calendar year a period runs over from the year before's last day to its own last day (a move 'from $84.79 at
    the end of 2024 to $146.58 on Dec. 31'), else None."""
    start, end = period.get("start", ""), period.get("end", "")
    if start[5:] == "12-31" and end[5:] == "12-31" and int(end[:4]) == int(start[:4]) + 1:
        return int(end[:4])
    return None


def whole_month_between(period: dict[str, str]) -> dict[str, str] | None:
    """The month a period runs over from the month before's last weekday to its own last weekday ('ended the month at
    $144.11, compared with $169.56 at the end of January, a decline of about 15%'): that month, from its first day
    to its last, else None."""
    if not (period.get("start") and period.get("end")):
        return None
    start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
    first = start + timedelta(days=1)
    while first.weekday() >= 5:
        first += timedelta(days=1)
    last = month_end(end.year, end.month)
    if (first.year, first.month) != (end.year, end.month) or first.month == start.month:
        return None  # the start is not the month before's last weekday
    if any((end + timedelta(days=n)).weekday() < 5 for n in range(1, (last - end).days + 1)):
        return None  # nor the end its month's
    return {"start": end.replace(day=1).isoformat(), "end": last.isoformat()}


# a run counted in sessions ('a four-day winning run', 'over the nine sessions', 'In den vier Tagen'): its count
_RUN_COUNTS = {
    **dict.fromkeys(("two", "zwei"), 2),
    **dict.fromkeys(("three", "drei"), 3),
    **dict.fromkeys(("four", "vier"), 4),
    **dict.fromkeys(("six", "sechs"), 6),
    **dict.fromkeys(("seven", "sieben"), 7),
    **dict.fromkeys(("eight", "acht"), 8),
    **dict.fromkeys(("nine", "neun"), 9),
    **dict.fromkeys(("ten", "zehn"), 10),
    **dict.fromkeys(("eleven", "elf"), 11),
    **dict.fromkeys(("twelve", "zwölf"), 12),
}
_RUN_SESSIONS = re.compile(
    rf"\b({'|'.join(_RUN_COUNTS)}|\d{{1,2}})"
    r"(?:-(?:day|session)\b|\s+(?:(?:previous|prior|preceding)\s+)?(?:trading\s+)?(?:days|sessions)\b"
    r"|\s+(?:Handels)?[Tt]agen\b|-?tägig)",
    re.IGNORECASE,
)


# between a run noun told before its number and the number: another clause or phrase ('a three-day losing streak,
# rising 2.2%', 'a four-session slide with a 2.2% gain'), so the run is not what the number measures
_RUN_NOT_THE_NUMBERS = re.compile(r"[,;:]|\b(?:with|after|before|while|as)\b", re.IGNORECASE)
# a run told by its last session's place before a move over it ('its third consecutive day of losses, a stretch over
# which it has shed 8.9%', 'den dritten Handelstag in Folge ... in diesem Zeitraum'): the cue points back to the run
# ('span', 'stretch', 'Zeitraum') and the ordinal counts its sessions
_RUN_ORDINALS = {
    **dict.fromkeys(("second", "zweiten"), 2),
    **dict.fromkeys(("third", "dritten"), 3),
    **dict.fromkeys(("fourth", "vierten"), 4),
    **dict.fromkeys(("fifth", "fünften"), 5),
    **dict.fromkeys(("sixth", "sechsten"), 6),
    **dict.fromkeys(("seventh", "siebten"), 7),
    **dict.fromkeys(("eighth", "achten"), 8),
    **dict.fromkeys(("ninth", "neunten"), 9),
    **dict.fromkeys(("tenth", "zehnten"), 10),
}
_RUN_ORDINAL = re.compile(
    rf"\b({'|'.join(_RUN_ORDINALS)}) (?:(?:straight|consecutive|successive) (?:(?:trading )?(?:day|session)"
    r"|(?:daily )?(?:loss|decline|drop|fall|gain|advance|rise))\b"
    r"|(?:Handels)?[Tt]ag in Folge\b)",
    re.IGNORECASE,
)
_RUN_BACK = re.compile(r"\b(?:span|stretch|streak|run|spell|Zeitraum|Serie)\b", re.IGNORECASE)


def run_window(
    sentence: str,
    cue_spans: list[tuple[int, int]],
    at: int,
    reference: dict[str, str] | None,
    symbol: str | None,
    rules: Rules,
) -> tuple[dict[str, str], tuple[str, str], int] | None:
    """A move over a run of sessions its cue counts ('The four-day winning run has added more than 16%', 'lost
    13.9% over the nine sessions', 'extending a three-day winning run to 1.9%'): the period from the close that
    many sessions before the day it is told for, that close as its base, and the count; None when the cue counts
    none, a run told before the number is not joined to it (at: the number's place in the sentence), or the listing or
    day is unknown."""
    listing = rules.listing(symbol or "")
    spans = _nearest_first(cue_spans, at)
    counted = next((m for start, end in spans if (m := _RUN_SESSIONS.search(sentence, start, end))), None)
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if counted is None and any(_RUN_BACK.search(sentence, start, end) for start, end in spans):
        # ('its third consecutive day of losses, a stretch over which it has shed 8.9%'): the run the cue points back to
        ordinal = _RUN_ORDINAL.search(sentence, 0, at)
        count = _RUN_ORDINALS[ordinal[1].lower()] if ordinal is not None else 0
    elif counted is None:
        return None
    elif counted.end() <= at and "-" in counted[0] and _RUN_NOT_THE_NUMBERS.search(sentence, counted.end(), at):
        return None  # (a period heading its clause, 'Over the past nine sessions, ...', is the number's)
    else:
        word = counted[1].lower()
        count = _RUN_COUNTS.get(word) or int(word)
    if not count or listing is None or end_day is None:
        return None
    try:
        sessions = sessions_ending(listing.calendar, date.fromisoformat(end_day), count + 1)
    except MissingData:  # before the calendar held
        return None
    if len(sessions) < count + 1:
        return None
    base = sessions[0].isoformat()
    return {"start": base, "end": sessions[-1].isoformat()}, ("close", base), count


class SinceWindow(NamedTuple):
    reference: dict[str, str]
    basis: str
    source: TimeSource
    base_span: tuple[int, int]  # the base's day in the sentence


@lru_cache(maxsize=4)
def _last_weekday(words: Words) -> re.Pattern[str]:
    """'vergangenen', 'last' (tenses.csv earlier_day_before) before a weekday: a day told from the writer's today."""
    weekdays = "|".join(WEEKDAYS)
    return re.compile(rf"\b(?:{words['earlier_day_before']})\s+(?:\w+\s+)?(?:{weekdays})\b", re.IGNORECASE)


# where the words of another look-back's base end: its clause's end, or a conjunction opening the next predicate
_BASE_CLAUSE_END = re.compile(r"[,;](?!\d)|\b(?:and|but|while|und|aber|während)\b|$", re.IGNORECASE)


def since_window(
    sentence: str,
    offset: int,
    m: NumberMention,
    published: Published,
    context: Context,
    rules: Rules,
    cue_spans: list[tuple[int, int]],
    other_looks_back: list[tuple[int, int]] | None = None,
) -> SinceWindow | None:
    """A move since a dated base ('rund 57 Prozent über dem Schlusskurs vom 7. April', '79% above their
    April 8 closing low', 'Vom Tagestief ... am 9. April gerechnet ... 66 Prozent'): the period from
    the base's day to the session reported (the sentence's other day, else the day carried, else
    publication's). The base's day is the first inside the cue nearest the number ('from April 7 to
    August 19': the 7th, up to the 19th), else the day nearest the number. None when the sentence
    dates no base."""
    if published.date is None:
        return None
    at = m.start - offset
    found = _dated_since_base(sentence, at, published.date, rules, cue_spans, other_looks_back)
    if found is None:
        found = _base_referred_back(sentence, published.date, context, rules, cue_spans)
    if found is None:
        return None
    start, end, since, stated, since_last = found
    without_base = sentence[:start] + " " * (end - start) + sentence[end:]
    for a, b in cue_spans:
        if not a <= start < b:
            # another look-back's base ('has lost about 18% since its Feb. 10 close and sits roughly 28% below where
            # it ended on Oct. 2'): not the session this one is told up to; nor is the day its base's level was
            # reached, told up to the end of its clause ('about 14% below the $181.10 they touched on Jan. 22, and the
            # Hong Kong shares are nearly 11% below the HK$174.20 reached on Jan. 29': Jan. 29 ends no 14%)
            # (only another clause's: 'from $84.79 at the end of 2024 to $146.58 on Dec. 31' is the number's own range)
            own_end = _BASE_CLAUSE_END.search(without_base, at)
            if own_end is not None and at < own_end.start() < a:
                stop = _BASE_CLAUSE_END.search(without_base, b)
                b = stop.start() if stop is not None else b
            without_base = without_base[:a] + " " * (b - a) + without_base[b:]
    day = resolve_day(without_earlier_events(without_base, rules), published.date, rules)
    carried = context.day.day if context.day is not None else None
    if day is None and published.date is not None and carried is not None:
        # 'They ended the month at $144.11, compared with $169.56 at the end of January, a decline of about 15%': up to
        # the month's last close the clause tells
        day = month_left_unnamed(without_base, published.date, carried)
    source: TimeSource
    if day is not None and day.day is not None and day.start is None and since < day.day <= published.date:
        until, basis, source = day.day, day.basis, "text"
    elif carried is not None and since < carried <= published.date and since_last is None:
        # ('since last Wednesday' is told from the writer's today, not from a day an earlier sentence told)
        until, basis, source = carried, "implied", "earlier_sentence"
    else:
        until, basis, source = published.date, "implied", "publication_default"
    if not stated and all((since + timedelta(days=n)).weekday() >= 5 for n in range(1, (until - since).days + 1)):
        # no weekday's session after it ('seit dem vergangenen Freitag' in Saturday's weekly review): the
        # move since that Friday's close is nothing, so the Friday a week before is meant
        since -= timedelta(days=7)
    return SinceWindow({"start": since.isoformat(), "end": until.isoformat()}, basis, source, (start, end))


@lru_cache(maxsize=4)
def _since_anaphor(words: Words) -> re.Pattern[str]:
    """A look-back to a day an earlier sentence named ('seit jenem Oktobertag', day_links.csv anaphor)."""
    return re.compile(rf"\b(?:{words['anaphor']})\b", re.IGNORECASE)


def _base_referred_back(
    sentence: str, published: date, context: Context, rules: Rules, cue_spans: list[tuple[int, int]]
) -> tuple[int, int, date, bool, date | None] | None:
    """The base of a look-back whose cue refers back to a day ('Am 2. Oktober 2025 schloss die Aktie bei 189,34
    Dollar. ... steht seit jenem Oktobertag ein Minus von 18 Prozent'): the day the paragraph's sentences before
    named (`Context.day_referred_back`), where the anaphor is the cue's own words."""
    back = context.day_referred_back
    if back is None or back.day is None or back.day >= published:
        return None
    for hit in _since_anaphor(rules.day_links).finditer(sentence):
        if any(a <= hit.start() and hit.end() <= b for a, b in cue_spans):
            return hit.start(), hit.end(), back.day, back.basis == "stated", None
    return None


def _dated_since_base(
    sentence: str,
    at: int,
    published: date,
    rules: Rules,
    cue_spans: list[tuple[int, int]],
    other_looks_back: list[tuple[int, int]] | None = None,
) -> tuple[int, int, date, bool, date | None] | None:
    """The dated base of a look-back (see since_window): where its day stands, the day, whether the text states it,
    and the day when the cue's own words name it from the writer's today ('since last Wednesday')."""
    named = [
        (abs(start - at), start, end, ref.day, ref.basis == "stated")
        for start, end in day_phrases(sentence)
        if (ref := resolve_day(sentence[start:end], published, rules, past=True)) is not None
        and ref.basis in ("stated", "relative")
        and ref.day is not None
        and ref.day < published
    ]
    cue = min(cue_spans, key=lambda c: (abs(c[0] - at), c[0] - c[1]), default=None)  # of two, the longer
    # a weekday is a base only inside the cue that names one ('seit dem Schlusskurs vom Montag', 'since
    # Monday's close'); elsewhere it is the session reported
    in_cue = [b for b in named if cue is not None and cue[0] <= b[1] < cue[1]]
    if cue is not None and not in_cue:
        # 'lost 16.1% since November 10', 'seit dem 10. November': the day the cue's 'since' leads into
        in_cue = [
            (abs(start - at), start, end, ref.day, True)
            for words, start, end in since_days(sentence)
            if start == cue[0]
            and (ref := resolve_day(words, published, rules, past=True)) is not None
            and ref.day is not None
            and ref.day < published
        ]
    # (not a day inside another look-back's words: 'up 69% from its April low and has rallied 39% since the end of
    # August' dates the 39%'s base, not the 69%'s)
    bases = [b for b in named if b[4] and not any(a <= b[1] < z for a, z in other_looks_back or [])]
    since_last = None  # a base the cue's own words name ('since last Wednesday'), told from the writer's today
    if not (in_cue or bases) and cue is not None:
        # 'seit dem vergangenen Freitag', 'since last Wednesday' (a cue naming its weekday): the latest such
        # day before publication
        last = resolve_day(sentence[cue[0] : cue[1]], published, rules)
        if last is not None and last.basis == "relative" and last.day is not None and last.day < published:
            since_last = last.day
            in_cue = [(abs(cue[0] - at), cue[0], cue[1], last.day, False)]
    if not (in_cue or bases):
        return None
    _, start, end, since, stated = min(in_cue, key=lambda b: b[1]) if in_cue else min(bases)
    if not stated and _last_weekday(rules.tenses).search(sentence, max(0, start - 20), end):
        since_last = since  # 'seit dem vergangenen Donnerstag' is told from the writer's today
    return start, end, since, stated, since_last


def session_count_window(
    sentence: str, at: int, cue_spans: list[tuple[int, int]], reference: dict[str, str] | None, calendar: str
) -> tuple[dict[str, str], int] | None:
    """A move over a count of sessions ('Binnen drei Handelstagen summiert sich das Plus auf gut 8 Prozent'): from the
    close that many sessions before the day reported to that day's close, and the count. None without one day
    reported or a count."""
    cue = min(cue_spans, key=lambda c: abs(c[0] - at), default=None)
    count = _RUN_SESSIONS.search(sentence, cue[0], cue[1]) if cue is not None else None
    if count is None or reference is None or "date" not in reference:
        return None
    sessions = _RUN_COUNTS.get(count[1].lower()) or int(count[1])
    if not 2 <= sessions <= 30:
        return None
    try:
        window = sessions_ending(calendar, date.fromisoformat(reference["date"]), sessions + 1)
    except (KeyError, IndexError, ValueError):  # a day outside the calendar held
        return None
    if len(window) != sessions + 1:
        return None
    return {"start": window[0].isoformat(), "end": window[-1].isoformat()}, sessions


# a trailing window of weeks or months ('over the past two weeks', 'in den vergangenen sechs Monaten', 'seit drei
# Monaten', 'the three-month gain', 'Dreimonatsplus', '3 Monate:'): its count and unit; a calendar period ('im ersten
# Halbjahr', 'in the first two months') counts no window back and stays unmeasured
_WINDOW_COUNTS = {**_RUN_COUNTS, **dict.fromkeys(("five", "fünf"), 5)}
_WINDOW_COUNT = rf"(?:{'|'.join(_WINDOW_COUNTS)}|\d{{1,2}})"
_WINDOW = re.compile(
    rf"(?:\b(?:past|last|previous|prior|over|vergangenen|letzten|seit|binnen|innerhalb von|auf Sicht von)\s+"
    rf"({_WINDOW_COUNT})\s+(weeks|months|Wochen|Monaten)\b"
    rf"|\b({_WINDOW_COUNT})-(week|month)\b"
    rf"|\b(zwei|drei|sechs|neun)(wochen|monats)"
    rf"|(?:^|(?<=[\s;|,(]))({_WINDOW_COUNT})\s+(Wochen|Monate|weeks|months)\s?:"
    # ('auf Halbjahressicht', 'over the past half-year': six months)
    r"|\b(Halb)(jahres(?:sicht|frist|vergleich))|\b(?:past|last)\s+(half)[- ](year)\b)",
    re.IGNORECASE,
)
_HALF_YEAR = (6, "months")


def calendar_window(
    sentence: str, at: int, cue_spans: list[tuple[int, int]], reference: dict[str, str] | None
) -> tuple[dict[str, str], tuple[int, str]] | None:
    """A move over a trailing window of weeks or months its cue counts ('has gained 5% over the past two weeks', 'in
    den vergangenen sechs Monaten 12 Prozent verloren'): the period back from the day the move is told for, and the
    count and unit ('weeks', 'months'), from which measure counts back from each session the move may end in. None
    where the cue counts no such window (at: the number's place)."""
    cue = min(cue_spans, key=lambda c: abs(c[0] - at), default=None)
    found = _WINDOW.search(sentence, cue[0], cue[1]) if cue is not None else None
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if found is None or end_day is None:
        return None
    word, unit = next((found[i], found[i + 1]) for i in (1, 3, 5, 7, 9, 11) if found[i] is not None)
    back = (
        _HALF_YEAR
        if word.lower() in ("halb", "half")
        else (_WINDOW_COUNTS.get(word.lower()) or int(word), "weeks" if unit.lower()[0] == "w" else "months")
    )
    end = date.fromisoformat(end_day)
    return {"start": window_start(end, back).isoformat(), "end": end.isoformat()}, back


# a calendar quarter named by its ordinal ('in the third quarter', 'im dritten Quartal', 'in Q3'), no year after it
_QUARTER_NUMBERS = {
    **dict.fromkeys(("first", "ersten"), 1),
    **dict.fromkeys(("second", "zweiten"), 2),
    **dict.fromkeys(("third", "dritten"), 3),
    **dict.fromkeys(("fourth", "vierten"), 4),
}
_NAMED_QUARTER = re.compile(
    rf"\b(?:({'|'.join(_QUARTER_NUMBERS)})\s+(?:quarter|Quartal|Jahresviertel)|Q([1-4]))\b(?!\s*(?:of\s+)?20\d\d)",
    re.IGNORECASE,
)


def calendar_quarter(
    sentence: str, at: int, cue_spans: list[tuple[int, int]], reference: dict[str, str] | None
) -> tuple[dict[str, str], tuple[int, str], bool] | None:
    """A move over a calendar quarter its cue names by its ordinal ('rose 18.1% in the third quarter', 'im dritten
    Quartal 12 Prozent verloren'): the latest such quarter begun by the day the move is told for, from its first day
    to its last (or to that day, where it had not ended), with the window counted back to the last close before it
    (`kinds.window_start`, unit 'quarters'), and whether it had ended, its last session then the move's stated end.
    None where the cue names none: 'in the quarter', 'this quarter' after a month's end may mean the quarter ended
    or the one begun, and stays unmeasured (at: the number's place)."""
    cue = min(cue_spans, key=lambda c: abs(c[0] - at), default=None)
    found = _NAMED_QUARTER.search(sentence, cue[0], cue[1]) if cue is not None else None
    end_day = (reference or {}).get("end") or (reference or {}).get("date")
    if found is None or end_day is None:
        return None
    number = _QUARTER_NUMBERS[found[1].lower()] if found[1] else int(found[2])
    told = date.fromisoformat(end_day)
    year = told.year if 3 * number - 2 <= told.month else told.year - 1
    first = date(year, 3 * number - 2, 1)
    last = (date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)) - timedelta(days=1)
    return {"start": first.isoformat(), "end": min(last, told).isoformat()}, (1, "quarters"), last < told


@lru_cache(maxsize=4)
def _average_window(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The window of an average, around the words of volume_words.csv: a count of days ('30-day'), a
    month's average ('September-Durchschnitt')."""
    return (
        re.compile(rf"\b(\d{{1,3}})[-\s](?:{words['window_days']})", re.IGNORECASE),
        re.compile(rf"\b({'|'.join(MONTHS)})[-\s]?(?:{words['average']})", re.IGNORECASE),
    )


def average_window(sentence: str, reference: dict[str, str], rules: Rules) -> dict[str, str] | None:
    """The sessions an average volume spans, ending on its day: 'the 30-day average' the 30 days
    before, 'im September-Durchschnitt' the month up to that day; None when the words name none."""
    end = date.fromisoformat(reference.get("date") or reference["end"])
    average_days, average_month = _average_window(rules.volume_words)
    days = average_days.search(sentence)
    month = average_month.search(sentence)
    if days:
        start = end - timedelta(days=int(days[1]))
    elif month:
        number = MONTHS[month[1].lower()]
        start = date(end.year if number <= end.month else end.year - 1, number, 1)
    else:
        return None
    return {"start": start.isoformat(), "end": end.isoformat()}


@lru_cache(maxsize=4)
def _since_bases(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of since_bases.csv naming a dated base's close, low and high, and those saying a low or
    high was the session's own extreme."""
    close, low, high, day_only = (
        re.compile(words[role], re.IGNORECASE) for role in ("close", "low", "high", "day_only")
    )
    return close, low, high, day_only


@lru_cache(maxsize=4)
def _report_event(words: Words) -> re.Pattern[str]:
    """The words of since_bases.csv naming a company's report on a dated base's day (role event)."""
    return re.compile(words["event"], re.IGNORECASE)


def names_close(words: str, rules: Rules) -> bool:
    """Whether an extreme's own words name it a close ('record close', '52-week closing high', 'Schlusshoch';
    since_bases.csv close)."""
    return _since_bases(rules.since_bases)[0].search(words) is not None


# the words right after a base's day that may name what it is ('April 8 closing low', 'April 9 close')
_BASE_NOUN = re.compile(r"(?:\s+[\w-]+){0,2}")


def since_base(sentence: str, base_span: tuple[int, int], cue_spans: list[tuple[int, int]], rules: Rules) -> str:
    """What a dated base is measured on, read in the base's phrase only (its cue nearest the base's
    day with that day: 'above their April 9 intraday low' in a sentence that also says 'closed at'):
    its close ('Schlusskurs vom 7. April', 'April 8 closing low'), else the day's low or high it names
    ('Vom Tagestief ... am 9. April', 'since the April 8 trough'), else its close. A low or high the words
    do not say was the session's own ('below its Oct. 2 peak', not 'intraday low', 'Tagestief') may be that
    day's extreme or its close, as writers use both: 'high_or_close', 'low_or_close'."""
    start, end = base_span
    if noun := _BASE_NOUN.match(sentence, end):  # 'April 8 closing low', 'April 9 close'
        end = noun.end()
    if cue_spans:
        cue_start, cue_end = min(cue_spans, key=lambda c: max(c[0] - end, start - c[1], 0))
        start, end = min(start, cue_start), max(end, cue_end)
    phrase = sentence[start:end]
    base_close, base_low, base_high, day_only = _since_bases(rules.since_bases)
    if base_close.search(phrase):
        return "close"
    extreme = "low" if base_low.search(phrase) else "high" if base_high.search(phrase) else None
    if extreme is None and _report_event(rules.since_bases).search(phrase):
        # 'since the company reported earnings on March 19': a report before that day's open or after its close, so the
        # move since it is from the close before that day or from that day's close
        return "close_or_prior_close"
    if extreme is None:
        return "close"
    return extreme if day_only.search(phrase) else f"{extreme}_or_close"


BOUND_OF = {"less_than": "period_low", "more_than": "period_high"}


def past_window(reference: dict[str, str] | None, published: Published) -> bool:
    """A period of several days ('im April 2025') that ended before publication."""
    return (
        reference is not None
        and "start" in reference
        and published.date is not None
        and date.fromisoformat(reference["end"]) < published.date
    )


def trading_when_written(rules: Rules, symbol: str | None, day: str | None, published: Published) -> str | None:
    """The day (ISO) when the listing's session of `day` was trading at the time the text was written;
    None when it was not, or the time is unknown."""
    listing = rules.listing(symbol or "")
    if listing is None or day is None or published.at is None:
        return None
    return day if session_trading_at(listing.calendar, date.fromisoformat(day), published.at) else None


def as_of_at_publication(rules: Rules, symbol: str | None, published: Published) -> date | None:
    """With the publication's time of day known, the day it calls today on the claim's listing."""
    listing = rules.listing(symbol or "")
    if listing is None or published.at is None:
        return None
    day = session_day_at(listing.calendar, published.at)
    if published.date is not None and day > published.date:
        # the listing's local date had passed midnight into a day without a session of its own: 'Freitag, 18:10 Uhr'
        # is Saturday 01:10 in Hong Kong, whose 'today' is still Friday's finished session
        try:
            if session_on_or_before(listing.calendar, day) <= published.date:
                return published.date
        except MissingData:  # outside the calendar held: the local date stands
            pass
    return day


def year_end_day(sentence: str, spans: list[tuple[int, int]], published: Published) -> dict[str, str] | None:
    """The last weekday of the year a price 'the year ended at' names ('ended 2025 at HK$142.80', 'der Schlusskurs des
    Vorjahres von 142,80 HKD'): the year its words name, else the one before publication. `spans`: the cue's."""
    year = _cue_year(sentence, spans, published, years_back=1)
    return None if year is None else {"date": _last_weekday_of(year).isoformat()}


# a quarter named by the month it ends in ('ended the September quarter at ...')
_QUARTER_END_MONTH = re.compile(r"\b(March|June|September|December)\s+quarter\b", re.IGNORECASE)
_QUARTER_OF_END_MONTH = {"march": 1, "june": 2, "september": 3, "december": 4}


def quarter_end_day(sentence: str, spans: list[tuple[int, int]], published: Published) -> dict[str, str] | None:
    """The last weekday of the quarter a level 'the quarter ended at' names ('ended the quarter at 23,880.72', 'schloss
    das dritte Quartal bei ...'): the latest quarter ended before the day of publication, of the ordinal or month the
    cue names if any. `spans`: the cue's."""
    if published.date is None:
        return None
    number = None
    for start, end in spans:
        if found := _NAMED_QUARTER.search(sentence, start, end):
            number = _QUARTER_NUMBERS[found[1].lower()] if found[1] else int(found[2])
        elif found := _QUARTER_END_MONTH.search(sentence, start, end):
            number = _QUARTER_OF_END_MONTH[found[1].lower()]
    year, quarter = published.date.year, (published.date.month - 1) // 3  # the quarter before the current one
    if quarter == 0:
        year, quarter = year - 1, 4
    while number is not None and quarter != number:
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    last = (date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)) - timedelta(days=1)
    return {"date": _weekday_on_or_before(last).isoformat()}


# a year written alone ('notierten 2021 bei 270 Dollar', 'traded at $300 in 2021'), not part of a date, a number or a
# compound ('2021er-Hoch', '12.03.2021', 'Q3 2021' is a quarter's figure, no session's)
_LONE_YEAR = re.compile(r"(?<![\d.,/:-])(?<!Q[1-4] )(?<!FY)\b(20\d\d)\b(?![.,/:-]?\d|er\b|-)")


def clause_of(sentence: str, at: int) -> str:
    """The clause of the sentence holding position `at` (between the clause breaks `scope_of` reads), with the
    adverbial that opens the sentence before a comma when the clause is the one right after it ('By 2022, the stock
    had sunk below $60', 'Back in 2021, the ADRs traded at $300': its time is the main clause's)."""
    breaks = list(SUBCLAUSE_BREAK.finditer(sentence, 0, at))
    start = breaks[-1].end() if breaks else 0
    following = SUBCLAUSE_BREAK.search(sentence, at)
    clause = sentence[start : following.start() if following else len(sentence)]
    if len(breaks) == 1 and breaks[0].start() <= _FRONTED_REACH and not any(c.isdigit() for c in clause[: at - start]):
        return sentence[: breaks[0].start()] + " " + clause
    if breaks and _WHEN_OPENING.match(clause):
        # 'Seit dem Hoch im Oktober, als die Aktie bei gut 163 Euro notierte': a when-clause's time is that of the
        # clause it hangs on
        return sentence[breaks[-2].end() if len(breaks) > 1 else 0 : breaks[-1].start()] + " " + clause
    return clause


_WHEN_OPENING = re.compile(r"\s*(?:als|when)\b", re.IGNORECASE)


_FRONTED_REACH = 20  # characters: 'By 2022', 'Back in 2021', 'Im Herbst 2021'; a longer opening is a clause of its own


# a year a look-back starts from ('nearing its highest levels since late 2021', 'seit 2021'): no price's own year
_SINCE_YEAR = re.compile(r"\b(?:since|seit)\s+(?:\w+\s+)?$", re.IGNORECASE)


def lone_years(words: str) -> list[int]:
    """The years written alone in some words, in order ('It finished 2024 at ...'), not parts of dates or compounds
    nor one a look-back starts from."""
    return [
        int(found[1])
        for found in _LONE_YEAR.finditer(words)
        if not _SINCE_YEAR.search(words, max(0, found.start() - 20), found.start())
    ]


def past_year_window(clause: str, published: Published) -> dict[str, str] | None:
    """The whole of a past year a price's clause names alone, for a price told in the past tense without a day ('Die
    ADS notierten 2021 zeitweise bei 270 Dollar'): any session of that year (before the quotes held: unverifiable,
    not the price as of publication). None for no such year, publication's own or one a look-back starts from."""
    years = set(lone_years(clause))
    if len(years) != 1 or published.date is None or (year := years.pop()) >= published.date.year:
        return None
    if _YEAR_END.search(clause):
        last = _last_weekday_of(year).isoformat()  # 'Zum Jahresende 2025 hatte es bei 132,38 Dollar geschlossen'
        return {"start": last, "end": last}
    return {"start": f"{year}-01-01", "end": f"{year}-12-31"}


# the year's end named with it: its last session, not any of the year
_YEAR_END = re.compile(
    r"\b(?:Jahresende|Jahresschluss|Jahresultimo|Ende|year[- ]end|end of)\s+(?:des\s+Jahres\s+)?20\d\d\b", re.I
)


def past_year_end(sentence: str, spans: list[tuple[int, int]], published: Published) -> dict[str, str] | None:
    """The last weekday of a year before publication's that a year's extreme names in its words ('its 2021 high of
    $354', 'ihr Hoch von 2021 bei 354 Dollar', 'the 2025 low' in 2026): that whole year's extreme, not the year so far.
    None when the words name no year or publication's own. `spans`: the cue's."""
    year = _cue_year(sentence, spans, published, years_back=0)
    if year is None or published.date is None or year >= published.date.year:
        return None
    return {"date": _last_weekday_of(year).isoformat()}


def year_start_window(sentence: str, spans: list[tuple[int, int]], published: Published) -> dict[str, str] | None:
    """The sessions a price 'the year started at' may be of ('started the year at $130.66', 'startete bei 130
    Dollar ins Jahr 2026'): the last close of the year before, or a price of the first session of the year its
    words name (else the year of publication); written as the weekdays around New Year (a holiday is no
    session). `spans`: where the cue stands in the sentence."""
    year = _cue_year(sentence, spans, published, years_back=0)
    if year is None:
        return None
    first = date(year, 1, 2)
    while first.weekday() >= 5:
        first += timedelta(days=1)
    return {"start": _last_weekday_of(year - 1).isoformat(), "end": first.isoformat()}


def _cue_year(sentence: str, spans: list[tuple[int, int]], published: Published, years_back: int) -> int | None:
    """The year written in a cue's words, else publication's year less `years_back`."""
    named = next((found for start, end in spans if (found := YEAR.search(sentence, start, end))), None)
    if named is not None:
        return int(named.group())
    return published.date.year - years_back if published.date else None


def _last_weekday_of(year: int) -> date:
    return _weekday_on_or_before(date(year, 12, 31))


def _weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
