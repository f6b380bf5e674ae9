"""One claim from one number: its metric, subject, listing and time slots filled, in that order.

The slots are chosen by `metrics`, `subjects` and `timing`; this module combines them into a Claim
and applies the rules that tie them together (a year is no claim, an index has index kinds, a
price in another currency restates one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache, partial
from zoneinfo import ZoneInfo

from claimcheck.core.clauses import clause_bounds
from claimcheck.core.dates import (
    MONTHS,
    extreme_month,
    extreme_month_window,
    has_day_phrase,
    month_move_noun,
    month_right_before,
    named_month_window,
    names_month_in_clause,
    names_previous_and_other_month,
    names_range_period,
    pluperfect_auxiliaries,
    pluperfect_clause,
    resolve_day,
    told_in_past,
    without_look_back_hedge,
)
from claimcheck.core.extract.averages import average_named
from claimcheck.core.extract.bindings import DayBindings, follows_prior_level
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.metrics import (
    CLAUSE_BREAK,
    CLOSE_WAS,
    LEVEL_BEFORE,
    TABLE_ROW_HEAD,
    CueHit,
    best_cue,
    clause_conjunction,
    clause_hedge,
    default_kind,
    distance_base,
    distance_elsewhere,
    distance_to_extreme,
    find_hedge,
    fx_base_of,
    head_period,
    index_kind,
    intraday_cue_in_own_clause,
    nearest_direction,
    opening_in_own_clause,
    own_clause_direction,
    points_back,
    points_on_a_side,
    range_end,
    run_ended_before_the_move,
    trailing_moment,
    unit_class_of,
)
from claimcheck.core.extract.periods import (
    BOUND_OF,
    as_of_at_publication,
    average_window,
    calendar_quarter,
    calendar_window,
    clause_of,
    lone_years,
    names_close,
    past_window,
    past_year_end,
    past_year_window,
    period_start_window,
    quarter_end_day,
    run_window,
    session_count_window,
    since_base,
    since_window,
    trading_when_written,
    week_end_reference,
    whole_month_between,
    whole_year_between,
    year_end_day,
    year_start_window,
)
from claimcheck.core.extract.subjects import (
    listing_for,
    note_dollar_read,
    note_dollars_written,
    price_currency,
    quoted_at_home,
    subject_of,
    venue_or_inferred,
)
from claimcheck.core.extract.timing import calendar_year, reference_of, scope_of, year_return
from claimcheck.core.extract.volumes import attributed, counted_in_shares, qualified_kind, session_open_when_written
from claimcheck.core.kinds import (
    AS_OF_KINDS,
    DISTANCE_KINDS,
    EXTREME_KINDS,
    MONTH_REPORT_UNDATED,
    MOVING_AVERAGE_KINDS,
    PAST_REPORT_UNDATED,
    PERIOD_EXTREME_KINDS,
    PERIOD_EXTREME_UNDATED,
    PERIOD_KINDS,
    SESSION_KINDS,
    SHARE_PRICE_KINDS,
    VOLUME_KINDS,
    VOLUME_UNATTRIBUTED,
    YEAR_EXTREME_KINDS,
)
from claimcheck.core.numbers import RANGE_OPEN, NumberMention
from claimcheck.core.sessions import MissingData, is_session, next_session, previous_session, session_closed_by
from claimcheck.model import Claim, DistanceBase, ListingSource, Published, TimeSource
from claimcheck.rules import Company, Cue, Rules, Words

_SIGN = r"(?:US\$|HK\$|\$|€)?"  # a currency sign written before the sum


# a move naming no day, told in a text written while its listing traded, is that session's
_MOVES_OF_THE_MOMENT = {"day_change", "intraday_move", "price_change"}
# the figures of a whole session that name no day, in a text stamped after its listing's close that day: that session's
_SESSION_JUST_ENDED = frozenset({"day_high", "day_low", "close", "open_price", "last_price"})
# and so is a distance to a 52-week extreme told while its listing traded
_DISTANCES_OF_THE_MOMENT = frozenset({"distance_52w_high", "distance_52w_low", "distance_past_peak"})


def _day_reported(reference: dict[str, str] | None, source: TimeSource, context: Context) -> dict[str, str] | None:
    """A claim's day, or for one read from publication the day the sentences before reported ('Tencent gab am Dienstag
    2,8 Prozent nach. Binnen drei Handelstagen ...': Tuesday)."""
    if source == "publication_default" and context.day is not None and context.day.day is not None:
        return {"date": context.day.day.isoformat()}
    return reference


def _after_the_close_of(words: str | None, listing: str | None, published: Published, rules: Rules) -> str | None:
    """The first session after the close a move naming no day of its own is measured from ('0,5 Prozent weniger als
    zum Handelsschluss am Montag': Tuesday or later, never Monday's own move)."""
    listed = rules.listing(listing or "")
    # ('16 Prozent tiefer als vor gut einem Monat': from the close of the day counted back, the move's hedge its own)
    exact = without_look_back_hedge(words) if words else None
    base = resolve_day(exact, published.date, rules, past=True) if exact and published.date else None
    if listed is None or base is None or base.day is None or base.start is not None:
        return None
    after = next_session(listed.calendar, base.day)
    return after.isoformat() if after is not None and published.date is not None and after <= published.date else None


def _base_is_the_session_before(reference: dict[str, str], listing: str | None, rules: Rules) -> bool:
    """A since-window whose base close is the last session before its end: one session's move."""
    listed = rules.listing(listing or "")
    if listed is None:
        return False
    try:
        before = previous_session(listed.calendar, date.fromisoformat(reference["end"]))
    except (KeyError, ValueError, MissingData):
        return False
    return before is not None and before.isoformat() == reference["start"]


def _across_sessions_since(
    after: str | None,
    kind: str,
    reference: dict[str, str] | None,
    time_source: TimeSource,
    listing: str | None,
    rules: Rules,
) -> dict[str, str] | None:
    """The window of a move measured from a named day's close ('down 3.1% from Monday's close' told of Thursday), where
    a session lies between that close and the day the text reports: from the close to that day (told while that day's
    session trades, the price then: `readings`)."""
    day = (reference or {}).get("date")
    listed = rules.listing(listing or "")
    if after is None or kind != "day_change" or day is None or day <= after or listed is None:
        return None
    before = previous_session(listed.calendar, date.fromisoformat(day)).isoformat()
    if time_source == "publication_default" and before <= after:
        # the day reported is a guess, publication's or the session before: across sessions only if that one is
        # later than the first session after the close named too ('5.1% below Monday's close' on a Friday)
        return None
    return {"start": previous_session(listed.calendar, date.fromisoformat(after)).isoformat(), "end": day}


def _run_ended_before(
    reference: dict[str, str] | None,
    sentence: str,
    at: int,
    listing: str | None,
    rules: Rules,
    cue_spans: list[tuple[int, int]],
    reported: dict[str, str] | None = None,
) -> dict[str, str] | None:
    """'jumped 7.9% on Friday, after four straight losses had cut the stock 10.1% in four sessions': a run told in
    the pluperfect, in a clause its conjunction opens after the one reporting the day, ended the session before
    that day ('By Thursday, Nvidia had lost 10.1% in four sessions' ended on Thursday); so did a run the day's move
    snapped ('rose 0.7% on Thursday, snapping a two-day losing streak in which they shed 7.1%') and one counted in
    the sessions before it ('after losing 7.1% over the two previous sessions'), and one told in the pluperfect after
    'Zuvor', 'Before that' heading its sentence ('Zuvor hatte die Aktie binnen vier Handelstagen rund 10 Prozent
    eingebüßt' after Friday's jump)."""
    listed = rules.listing(listing or "")
    opened = pluperfect_clause(sentence, at, rules)
    ended = any(run_ended_before_the_move(sentence, start, end) for start, end in cue_spans) or (
        opened is not None and _BEFORE_THAT.match(sentence) is not None
    )
    if not ended and (not opened or not clause_conjunction(rules.clause_words).search(sentence, opened, at)):
        return reference
    # (counted back from the day the sentences before reported where this one names none)
    day = (reported or reference or {}).get("date")
    if day is None or listed is None:
        return reference
    try:
        return {"date": previous_session(listed.calendar, date.fromisoformat(str(day))).isoformat()}
    except MissingData:  # before the calendar held
        return reference


# a sentence told before the day in play, as its first word says ('Zuvor hatte die Aktie ...', 'Before that, ...')
_BEFORE_THAT = re.compile(r"\s*(?:Zuvor|Davor|Vorher|Before that|Prior to that|Previously)\b")


def _company_between(cue: Cue, hits: list[CueHit], offset: int, m: NumberMention, context: Context) -> bool:
    """A company named between the economic data's words and the number: the number is that company's move, the data
    only its cause ('After hotter-than-expected CPI data, Alibaba fell 3%')."""
    before = [end for start, end in _spans_of(cue, hits) if end + offset <= m.start]
    return bool(before) and bool(context.companies_between(max(before) + offset, m.start))


_FOR_THE_YEAR = re.compile(
    r"for the (?:calendar )?year|on the year|over the (?:calendar )?year|im Jahresverlauf", re.IGNORECASE
)


def _for_a_past_year(
    sentence: str, offset: int, m: NumberMention, cue: Cue, hits: list[CueHit], published: Published
) -> int | None:
    """The past year a move 'for the year' is of where the sentence names that one year before it ('It finished 2024
    at $84.79, up about 9% for the year' in 2025): None where the cue is another or no such year is named."""
    if published.date is None or not any(_FOR_THE_YEAR.fullmatch(sentence, a, b) for a, b in _spans_of(cue, hits)):
        return None
    years = lone_years(sentence[: m.start - offset])
    return years[-1] if years and years[-1] < published.date.year else None


def _other_looks_back(cue: Cue, hits: list[CueHit]) -> list[tuple[int, int]]:
    """The places of the sentence's other look-backs' words ('since the end of August' beside 'from its April low'),
    outside the cue's own."""
    own = _spans_of(cue, hits)
    return [
        (start, end)
        for _, start, end, other in hits
        if other.kind == "since_return" and other is not cue and not any(a < end and start < z for a, z in own)
    ]


def _spans_of(cue: Cue, hits: list[CueHit]) -> list[tuple[int, int]]:
    """Where a cue stands in its sentence."""
    return [(start, end) for _, start, end, hit in hits if hit is cue]


@lru_cache(maxsize=4)
def _money_move(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns around the words of money_moves.csv, built once per table: before a sum, a move
    said in money ('down $2.10 or 1.8%', 'verlor 2,10 Euro', 'stieg um 1,20 Euro auf ...'); after it,
    another price it moved to ('4,21 US-Dollar auf 136,85 US-Dollar gewannen') or the verb of a German
    clause ('6,04 Dollar verlor', 'gaben sie 2,73 Dollar ab.'); and a level named before the sum
    ('von 150 auf 160 Euro', 'auf 85,00 HKD abgab'), where no sum moved."""
    before = re.compile(
        rf"(?:\b(?:{words['before']})"
        # an English move verb right before a sum, a hedge between at most ('climbed 159 cents', 'adds nearly $8')
        rf"|\b(?:{words['verb_before']})(?:\s+(?:{words['hedge_between']}))?"
        # the verb's words in between ('verbilligte sich am Donnerstag an der NYSE um 5,59 USD'), none starting another
        # clause or level ('fiel am Morgen und notierte um 150 USD')
        rf"|\b(?:{words['verb_by']})\w*(?:\s+(?!(?:und|and|notiert\w*|lag|stand|bei)\b)[\w.]+){{0,6}}?\s+(?:{words['by']})"
        rf"|\b(?:{words['article']})\s+(?:{words['noun']})\s+(?:{words['of']})"
        # the move in per cent restated in money ('up 0.64% or $1.1', 'ein Plus von 0,64 Prozent oder 1,10 HKD', after
        # a move verb too: 'soared 4.06% or $3.9 to close at $100', 'rose 1.67%, or $2.7, to $164.6')
        rf"|\b(?:{words['before']}|{words['verb_before']})\s+(?:(?:{words['of']})\s+)?[+\-−]?\d[\d.,]*\s*"
        rf"(?:%|Prozent|per ?cent)\s*,?\s*"
        rf"(?:{words['restated']}))\s*[+\-−]?\s*{_SIGN}\s*$"
        # a sum its sign is glued to after a blank: a quote line's change ('HK$633.00 +5.50 (+0.88%)', '169,00 HKD
        # +9,10', 'HK$633.00, +HK$5.50'; not a bullet's dash, which opens its line or has a blank after it)
        rf"|\S[^\S\n]+[+\-−]{_SIGN}$"
    )
    after = re.compile(
        rf"\s*(?:(?:{words['to']})\s+{_SIGN}\s*\d|(?:{words['after']})\b|(?:{words['particle']})\s*(?:[.,;)]|$))"
    )
    level_before = re.compile(rf"\b(?:{words['level_before']})\s*{_SIGN}\s*$")
    return before, after, level_before


# the moves of one session, which a ratio in words ('doubled', 'half its value') is not without a day named
_DAY_MOVE_KINDS = {"day_change", "index_move", "intraday_move"}
# the kinds a moment of the session named right after the number makes an intraday reading (`metrics.trailing_moment`)
_MOMENT_KINDS = frozenset({None, "day_change", "last_price", "index_move", "index_level"})

# '$9,349,000' written out in full is a sum of money (a fund's holding), never one share's price
_NO_SHARE_PRICE = 1_000_000

# a distance's extreme named as the year's, not the 52 weeks' ('Jahreshoch', 'year high': `Claim.year_extreme`)
_YEAR_EXTREME = re.compile(r"jahres(?:hoch|tief)|\byear(?:'s)? (?:high|low)\b", re.IGNORECASE)
# A record or all-time high the text dates within the last year is the 52-week high; undated, or of an
# earlier year ('Rekordhoch von 2020'), the quotes held may not reach it
_RECORD_AS_52W = {"all_time_high": "high_52w", "distance_past_peak": "distance_52w_high"}
# a bare high after a distance's number ('25% below its high.'): no level, day, month or record of its own
_BARE_HIGH_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s+(?:below|under|off|from)\s+(?:its|their|the)\s+(?:high|peak)\b(?=\s*(?:[.,;)]|$))",
    re.IGNORECASE,
)
# the month's extreme a distance names is its high ('its January peak'), not its low
_PEAK_WORD = re.compile(r"\b(?:peak|high)s?\b|hoch", re.IGNORECASE)


def _past_month_or_year(clause: str, published: Published) -> dict[str, str] | None:
    """The sessions of a past month or year a price's clause names without a day (a month without its year: the
    latest such up to publication, `named_month_window`; a year alone, `past_year_window`), or None."""
    month = named_month_window(clause, published.date)
    if month is None or month.start is None or month.day is None:
        return past_year_window(clause, published)
    window = {"start": month.start.isoformat(), "end": month.day.isoformat()}
    return window if past_window(window, published) else None


@lru_cache(maxsize=4)
def _month_report(words: Words) -> re.Pattern[str]:
    """A company's report named only by its month (earlier_events.csv month_report)."""
    return re.compile(rf"\b(?:{words['month_report']})", re.IGNORECASE)


@lru_cache(maxsize=4)
def _link_label(words: Words) -> re.Pattern[str]:
    """A link label opening a line (link_labels.csv: 'Related:', 'Lesen Sie auch:'), maybe alone on it."""
    return re.compile(rf"[ \t]*(?:{words['teaser']})[ \t]*:[ \t]*\n?", re.IGNORECASE)


# a linked headline's length at most, and one sentence: a longer line a label opens, or one of two sentences, is prose
# ('Zum Thema: Die Aktie fiel um 2,9 Prozent. Der Hang Seng verlor 1,2 Prozent.')
_TEASER_LINE_CHARS = 150
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")


def in_link_teaser(text: str, at: int, rules: Rules) -> bool:
    """Whether the number at `at` stands in a link to another article: on a line of a headline's length a link label
    opens, or on the line after a label standing alone ('Lesen Sie auch:' then the linked headline)."""
    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    if end - line > _TEASER_LINE_CHARS or _NEXT_SENTENCE.search(text, line, end):
        return False
    label = _link_label(rules.link_labels)
    if label.match(text, line):
        return True
    if line < 2:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    alone = label.match(text, before)
    return alone is not None and alone.end() == line


_WORD = re.compile(r"[^\W\d_]+")


def _on_a_month_reports_day(sentence: str, at: int, published: Published, rules: Rules) -> bool:
    """The clause of the number at `at` dates it only by a company's report of a month before the publication's ('The
    stock fell 3.2% the day after its November report' in a February text): the session after that report is not
    known (read on the publication's days, a true figure would be called wrong). A day the clause names dates it."""
    if published.date is None:
        return False
    start, end = clause_bounds(sentence, at, CLAUSE_BREAK)
    clause = sentence[start:end]
    report = _month_report(rules.earlier_events).search(clause)
    if report is None or has_day_phrase(clause):
        return False
    months = {
        number
        for word in _WORD.findall(report[0].lower())
        for name, number in MONTHS.items()
        if len(word) >= 3 and name.startswith(word)
    }
    return bool(months) and published.date.month not in months


@lru_cache(maxsize=4)
def _past_report(words: Words) -> re.Pattern[str]:
    """The day of (or after) a company's previous report, undated (earlier_events.csv past_report)."""
    return re.compile(rf"(?:{words['past_report']})")


def _on_a_past_reports_day(sentence: str, at: int, rules: Rules) -> bool:
    """The number at `at` is dated only as the session of (or after) a company's previous report ('Last quarter, the
    stock rose 2.7% on the day of the report', 'fell 8% the session after its last results'): that session is not
    known (read on the publication's days, a true figure would be called wrong). A day the number's clause names
    dates it; a report named in another clause dates nothing of this one."""
    start, end = clause_bounds(sentence, at, CLAUSE_BREAK)
    # (the report's words reaching into the number's own clause, 'Last quarter, the stock rose 2.7% on the day of the
    # report'; one named in another clause only, 'rose 3% to $120, well below the level seen on the day after its last
    # earnings report', dates neither figure)
    reaches = any(
        hit.start() < end and start < hit.end() for hit in _past_report(rules.earlier_events).finditer(sentence)
    )
    return reaches and not has_day_phrase(sentence[start:end])


def _set_within_a_year(sentence: str, published: Published, rules: Rules) -> bool:
    if published.date is None:
        return False
    day = resolve_day(sentence, published.date, rules)
    return day is not None and day.day is not None and published.date - timedelta(days=365) < day.day <= published.date


def _marked_as_extreme(
    sentence: str, offset: int, m: NumberMention, hits: list[CueHit], kinds: tuple[str, ...]
) -> str | None:
    """The extreme a predicate right after a level reached says it set ('und markierte damit ein neues
    52-Wochen-Tief'), of `kinds`; None without one."""
    after = m.unit_end - offset
    for _, start, _, cue in hits:
        if cue.kind in kinds and start >= after and _MARKED_AS_EXTREME.fullmatch(sentence, after, start):
            return cue.kind
    return None


@lru_cache(maxsize=4)
def _on_the_day(words: Words) -> re.Pattern[str]:
    """'on the day', 'auf Tagessicht' (money_moves.csv) right after a sum: the shares' move in money."""
    return re.compile(rf"\s*(?:{words['on_the_day']})\b", re.IGNORECASE)


# a session's price words nearby ('closed at $131.95, down $0.37') do not make the move a price
_MOVABLE_PRICE = {None, "last_price", "close", "open_price", "intraday_price"}
# a level reached, right before the number: 'bis auf 25.390 Punkte'
_REACHED_LEVEL = re.compile(r"\bbis auf\s+$", re.IGNORECASE)
# the level reached named as an extreme set by it in the predicate right after: '... bis auf 90,20 HKD und markierte
# damit ein neues 52-Wochen-Tief', '... to HK$90.20 and set a new 52-week low'
_MARKED_AS_EXTREME = re.compile(
    r"[^\d.;:]{0,20}?\b(?:und|and)\s+(?:markierte|markierten|erreichte|erreichten|marked|set|hit|reached)\b[^\d.;:]{0,30}",
    re.IGNORECASE,
)
_EXTREME_OF_DAY = {"day_low": ("low_52w", "year_low"), "day_high": ("high_52w", "year_high")}
# '(14)', '14 Tage', '200-day', 'a 1 year low': an indicator's or an extreme's window, not its value
# (on its own line: '- RSI (14): 61.4' over '- Year-to-date return: 18.2%' is no 61.4-year window)
_PARAMETER = re.compile(
    r"\)|[^\S\n]*-?[^\S\n]*(?:Tage|Tagen|Tages|days?|Sitzungen|sessions?|Wochen|weeks?|Perioden|periods?|Monate|Monaten|Monats"
    r"|months?|Jahre|Jahren|Jahres|years?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _share_count(words: Words) -> re.Pattern[str]:
    """A count of shares, around the words of volume_words.csv: millions of them, or shares ('138,8
    Mio. Aktien', '3.4 million', '4.317 Tencent-Aktien')."""
    return re.compile(
        rf"\s*(?:{words['multiplier']})|\s*(?:[\w.]+-)?(?:{words['shares']})\b",
        re.IGNORECASE,
    )


_DISTANCE_SIGN = {"distance_52w_high": "down", "distance_52w_low": "up", "distance_past_peak": "down"}
# a move in points or money has its sign word's direction ('der DAX stieg um 120 Punkte'); other amounts none
_SIGNED_AMOUNT_KINDS = ("index_move", "price_change")


def _period_points(kind: str, unit_class: str) -> bool:
    """An index's move over a period in points ('Auf Wochensicht büßte der Leitindex 188 Punkte ein'): signed too."""
    return unit_class == "points" and kind in PERIOD_KINDS


# the words right before a moving average's level ('moving average of', '200-day average at', 'GD200 bei')
_AVERAGE_OF = re.compile(r"\b(?:average|line|Linie|Durchschnitt|GD ?\d+) (?:of|at|bei|von)\s*$")
_EXTREME_AS = re.compile(r"\bas (?:high|low|far) as\s*$", re.IGNORECASE)
# the session's open ('The Nasdaq 100 opened at 23,208'), and what joins a session range's two ends ('traded between
# 26,373 and 27,024')
_OPENED_AT = re.compile(r"\b(?:opened|opening|eröffnete|startete)\s+(?:at|bei|mit)\s*$", re.IGNORECASE)
_RANGE_ENDS_JOIN = re.compile(r"\s*(?:and|to|und|bis|[-–])\s*")
# a move from a calendar start to date ('in March so far', 'year to date', 'this week')
_TO_DATE_KINDS = frozenset({"month_return", "ytd_return", "week_to_date_return"})
# the session's end, its move told in words between ('The Hang Seng Index closed at 24,788', 'closed down about three
# quarters of a percent at 22,593')
_ENDED_AT = re.compile(
    r"\b(?:closed|ended|finished|settled|schloss|beendete)\b(?:\s+[\w-]+){0,8}?\s+(?:at|bei)\s*$", re.IGNORECASE
)


def _session_range_end(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention]) -> bool:
    """Whether a number is an end of a session's range its words open ('traded between 26,373 and 27,024')."""
    if RANGE_OPEN.search(sentence, max(0, m.start - offset - 45), m.start - offset):
        return True
    lower = next((n for n in reversed(inside) if n.end <= m.start), None)
    return (
        lower is not None
        and _RANGE_ENDS_JOIN.fullmatch(sentence, lower.end - offset, m.start - offset) is not None
        and RANGE_OPEN.search(sentence, max(0, lower.start - offset - 45), lower.start - offset) is not None
    )


_FROM_BEFORE = re.compile(r"\b(?:from|von)\s+$")


def _bare_index_level(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> bool:
    """'The Hang Seng Index closed up 2.4% at 25,858.83': wire copy writes an index's level without
    'points', with its decimals. Only such a number (decimals, at least 100) right after a level
    word ('at', 'to', 'auf', 'bei') about an index counts; a count after 'to' ('headcount rose to
    1,250') has no decimals. A whole level written with its thousands grouped after the index's move in
    percent ('the Hang Seng is down about 1% at 25,090') or after a level of its size with decimals counts too, and a
    level with its decimals heading a row of a price table written as text ('NDX     25,075.77  +2.1%'); so does a
    base right after 'from'/'von' in a sentence that told a figure in points ('down from 26,924 on Thursday'), unless
    round (a target's or a mark's)."""
    token = sentence[m.start - offset : m.end - offset]
    grouped = m.value >= 1000 and any(sep in token for sep in ",.\u00a0\u202f\u2009")
    grouped_after_move = grouped and (
        any(n.unit == "percent" and n.end <= m.start for n in inside)
        # or the base a level in points moved from ('ended at 26,845 points, down from 26,924 on Thursday'), unless
        # round: a target's or a mark's ('cut their target to 26,000 points, from 27,500')
        or (
            m.value % 100 != 0
            and _FROM_BEFORE.search(sentence, max(0, m.start - offset - 8), m.start - offset) is not None
            and any(n.unit == "points" and n.end <= m.start for n in inside)
        )
        # a level of the same size with its decimals before it ('It had opened at 26,508.75 and slipped to 26,245 in the
        # afternoon'): the index's levels, one written whole; a count beside a level is of another size
        or any(n.unit is None and n.decimals and n.end <= m.start and 0.8 <= n.value / m.value <= 1.25 for n in inside)
        # a moving average's whole level ('below its 50-day moving average of 25,310')
        or _AVERAGE_OF.search(sentence, max(0, m.start - offset - 12), m.start - offset) is not None
        # the session's extreme ('It had climbed as high as 26,250 on Tuesday')
        or _EXTREME_AS.search(sentence, max(0, m.start - offset - 16), m.start - offset) is not None
        # the session's open ('opened at 23,208')
        or _OPENED_AT.search(sentence, max(0, m.start - offset - 16), m.start - offset) is not None
        or _ENDED_AT.search(sentence, max(0, m.start - offset - 70), m.start - offset) is not None
    )
    # the ends of the session's range ('It traded between 26,373 and 27,024'): its low and high
    in_range = grouped and _session_range_end(sentence, offset, m, inside)
    if m.scale != 1 or m.value < 100 or (m.decimals == 0 and not grouped_after_move and not in_range):
        return False
    if m.value_high is not None:
        return False
    before = sentence[max(0, m.start - offset - 20) : m.start - offset]
    if (
        not in_range
        and not LEVEL_BEFORE.search(before)
        and not CLOSE_WAS.search(before)
        and not (m.decimals and TABLE_ROW_HEAD.fullmatch(sentence, 0, m.start - offset))
    ):
        return False
    company = subject_of(sentence, offset, m, rules, context, inside)
    return company is not None and company.kind == "index"


def _bare_share_price(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> str | None:
    """'Alibaba stock edged down 0.4% to 157.44': IBD-style copy writes a share price without its
    currency, to the cent. Only such a number (two decimals) right after a level word, about a stock
    whose listing the venue in play names, or the one ticker its sentence writes ('Nvidia (NVDA) stock fell
    1.6% to close at 180.25' in the lede, before any venue is in play), counts: it takes that listing's currency."""
    if m.scale != 1 or m.decimals != 2 or m.value_high is not None or m.value < 1:
        return None
    if not LEVEL_BEFORE.search(sentence[max(0, m.start - offset - 20) : m.start - offset]):
        return None
    return _named_stock_currency(sentence, offset, m, rules, context, inside)


def _named_stock_currency(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> str | None:
    """The currency of the listing whose stock the number is about and whose venue (or currency) its own sentence
    names first ('Alibaba (Euro): 142,26' in a table of listings, a ticker); None for no stock or no venue named."""
    company = subject_of(sentence, offset, m, rules, context, inside)
    if company is None or company.kind != "stock":
        return None
    venue = venue_or_inferred(sentence, offset, m, company, rules, context, [])[0] or _ticker_venue(sentence, rules)
    listing = rules.listing(listing_for(rules, company, venue, None) or "") if venue else None
    return listing.currency if listing is not None else None


# a stock's move in percent said again as its change in 'points' ('fell 1.69%, or 2.80 points, to trade at 162.60', as
# Investing.com's automated copy writes a share's change in its currency)
_PERCENT_THEN_OR = re.compile(r"(?:%|\bper ?cent|\bpercent),?\s+or\s+$", re.IGNORECASE)


def _stock_change_in_points(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> str | None:
    """'Alibaba Group Holding Ltd (HK:9988) fell 1.69%, or 2.80 points, to trade at 162.60': a stock's change in
    'points' right after its move in percent is its change in money, in the currency of the listing its sentence
    names (an index's points stay points); None where the subject is no stock or no listing is named."""
    if m.unit != "points" or m.scale != 1 or m.value_high is not None:
        return None
    if not _PERCENT_THEN_OR.search(sentence, max(0, m.start - offset - 16), m.start - offset):
        return None
    return _named_stock_currency(sentence, offset, m, rules, context, inside)


def _ticker_venue(sentence: str, rules: Rules) -> str | None:
    """The venue of the tickers a sentence writes, when they name one only."""
    venues = {venue for pattern, venue in rules.ticker_venues if pattern.search(sentence)}
    return venues.pop() if len(venues) == 1 else None


# a figure in percentage points set against another move ('beat the index by 12 percentage points', 'um 1,1
# Prozentpunkte besser als', 'Vorsprung von 50 Prozentpunkten'): a gap between two moves
_SET_AGAINST_ANOTHER = re.compile(
    r"\b(?:than|als|beat|beating|outperform\w*|underperform\w*|lagg?\w*|trail\w*|versus|vs\.?|gegenüber|"
    r"Vorsprung|Abstand|besser|schlechter|ahead of|behind|schlug|schlugen|geschlagen|übertraf|übertrafen|"
    r"übertroffen)\b",
    re.IGNORECASE,
)


# what lies between a change in percentage points and the rate's level it reaches ('um 0,25 Prozentpunkte auf 1,75
# Prozent', 'by 0.25 percentage points to 1.75%')
_TO_LEVEL = re.compile(r"\s*(?:Prozentpunkte?n?|percentage points?)\s+(?:auf|to)\s+$", re.IGNORECASE)


def _touched_extreme(m: NumberMention, inside: list[NumberMention]) -> str | None:
    """'slid to 26,381.02 after opening at 27,019.74 and touching 27,024.07': an index level told to the hundredth
    and touched beyond every other level of the sentence (the open, the close) is the day's extreme on that side. A
    round level ('touched 27,000') is a threshold the index crossed, any point of its range; so is a level between
    the others."""
    if not m.decimals:
        return None
    levels = [n.value for n in inside if n.start != m.start and n.unit in (None, "points") and n.scale == 1]
    levels = [v for v in levels if abs(v / m.value - 1.0) < _SAME_SESSION_LEVELS]
    if levels and all(v < m.value for v in levels):
        return "day_high"
    if levels and all(v > m.value for v in levels):
        return "day_low"
    return None


# levels within a tenth of each other are one session's (an index's move in points is far smaller than its level)
_SAME_SESSION_LEVELS = 0.1


def _rate_level_after_points(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention]) -> bool:
    """The percentage is the level a change in percentage points right before it reaches: a rate's level."""
    before = [o for o in inside if o.unit_end <= m.start]
    if not before or before[-1].unit != "percentage_points":
        return False
    return _TO_LEVEL.match(sentence, before[-1].end - offset, m.start - offset) is not None


def _chart_level_range(hits: list[CueHit], offset: int, m: NumberMention, inside: list[NumberMention]) -> bool:
    """A range of two prices whose words name a chart level ('die Kurslücke zwischen 79,20 und 79,95 HKD'; cues.csv
    level_forecast): a zone of the chart, neither end a session's low or high."""
    at = next(i for i, n in enumerate(inside) if n.start == m.start)
    lower = inside[at - 1] if at > 0 and m.start - inside[at - 1].unit_end <= _RANGE_JOIN_REACH else m
    return any(
        cue.kind == "level_forecast" and 0 <= lower.start - (end + offset) <= _CHART_LEVEL_REACH
        for _, _, end, cue in hits
    )


# how far before its percentage a month's move noun names it ('Der Monatsgewinn in Hongkong beträgt damit knapp')
_MONTH_NOUN_REACH = 50
# a range's words: its clause before the number, up to a clause's end after it
_RANGE_WORDS_BEFORE = 90
_RANGE_CLAUSE_BREAK = re.compile(r"[,;:](?!\d)|\.(?!\d)|\s[–—-]\s")


def _range_words(sentence: str, offset: int, m: NumberMention) -> str:
    """The words of the clause a range's end stands in ('Die Handelsspanne im Januar reichte von 141,00 bis')."""
    before = sentence[max(0, m.start - offset - _RANGE_WORDS_BEFORE) : m.start - offset]
    breaks = list(_RANGE_CLAUSE_BREAK.finditer(before))
    if breaks and breaks[-1][0] == ":":
        # a label before a colon names the range ('Monthly range: HK$142.20 to HK$167.90'): from the break before it
        before = before[breaks[-2].end() :] if len(breaks) > 1 else before
    elif breaks:
        before = before[breaks[-1].end() :]
    after = sentence[m.end - offset : m.end - offset + 60]
    cut = _RANGE_CLAUSE_BREAK.search(after)
    return before + " " + (after[: cut.start()] if cut else after)


_AT_ONE_POINT = re.compile(r"at one point\b", re.IGNORECASE)


def _grouped_level(text: str, m: NumberMention) -> bool:
    """A number of a thousand or more written with its thousands grouped ('26,080.84'): a level, no bare count."""
    return m.value >= 1000 and any(mark in text[m.start : m.end] for mark in ",.\u00a0\u202f\u2009")


_PEAK_PRICES = frozenset({"last_price", "intraday_price"})  # a price told 'up to' as the session's peak
_RANGE_JOIN_REACH = 12  # ' und ', ' bis HK$': what joins a range's two ends
_CHART_LEVEL_REACH = 40  # the chart level's words before the range ('Kurslücke vom Mittwoch zwischen')


# the local hour from which a text's premarket figures are the publication day's own (before it, the premarket a
# text reports is one it looks back on: a German morning's 'Vorbörslich lagen die ADRs ...' at 04:15 in New York)
_PREMARKET_OF_THE_DAY_FROM = 7


def _in_premarket_of_the_day(kind: str, symbol: str | None, published: Published, rules: Rules) -> bool:
    """The trading before the bell told in a text written during that premarket ('rose 1.9% to $128.45 in pre-market
    trading' at 8:12 AM ET): the publication day's, not the session before's."""
    listing = rules.listing(symbol or "")
    if kind != "premarket" or listing is None or published.at is None or published.date is None:
        return False
    local = published.at.astimezone(ZoneInfo(listing.timezone))
    return local.date() == published.date and local.hour >= _PREMARKET_OF_THE_DAY_FROM


def number_claim(
    text: str,
    sentence: str,
    sentence_span: tuple[int, int],
    m: NumberMention,
    inside: list[NumberMention],
    published: Published,
    rules: Rules,
    context: Context,
    hits: list[CueHit],
    days: DayBindings,
    earlier: str = "",
) -> Claim | None:
    """The claim number m makes in its sentence, or None for a year or a bare count: its kind from
    the nearest cue (else from its unit, sign and subject), then its subject, listing and day.
    `earlier`: the sentence before, whose extreme a distance may point back to ('Von dort ...')."""
    offset = sentence_span[0]
    # Bare numbers (years, counts) do not separate a cue from its number; a level written with its thousands grouped
    # ('to an intraday high of 26,080.84') is an index's in points, and does
    others = [o for o in inside if o is not m and (o.unit or o.scale != 1 or _grouped_level(text, o))]
    unit_class = unit_class_of(m.unit)
    if unit_class == "count" and m.scale == 1 and m.value.is_integer() and 1900 <= m.value <= 2100:
        return None  # a year
    if m.unit == "points" and _AT_ONE_POINT.match(text, max(0, m.start - 3)):
        return None  # 'dipped 190 points at one point': a moment of the session, no index point
    if unit_class == "count" and m.scale == 1 and 0 <= m.value <= 100 and not _PARAMETER.match(text, m.end):
        # an indicator's value has no unit ('the RSI ... above 78'): a bare number its cue governs
        indicator = best_cue(sentence, offset, replace(m, unit="points"), others, hits, rules)
        if indicator is not None and indicator[0].number == "points":
            m, unit_class = replace(m, unit="points"), "points"
    if unit_class == "count" and _bare_index_level(sentence, offset, m, rules, context, inside):
        m, unit_class = replace(m, unit="points"), "points"
    elif unit_class == "count" and (currency := _bare_share_price(sentence, offset, m, rules, context, inside)):
        m, unit_class = replace(m, unit=currency), unit_class_of(currency)
    if unit_class == "points" and (change_in := _stock_change_in_points(sentence, offset, m, rules, context, inside)):
        m, unit_class = replace(m, unit=change_in), unit_class_of(change_in)
    fx_base = fx_base_of(m, others, text)
    if fx_base is not None and quoted_at_home(sentence, offset, m, fx_base, inside, rules, context):
        fx_base = None  # '$17.79 (HK$139.60)' about Hong Kong shares: HK$139.60 is the claim
    cue_hit = None if fx_base else distance_to_extreme(sentence, offset, m, hits, rules, inside, earlier)
    if cue_hit is None and fx_base is None:
        cue_hit = best_cue(sentence, offset, m, others, hits, rules)
        if (
            cue_hit
            and cue_hit[0].kind in _DISTANCE_SIGN
            and distance_elsewhere(sentence, offset, m, inside, hits, rules)
        ):
            cue_hit = None  # 'gained 2% and are 11% off their 52-week high': the distance is the 11%
        if cue_hit and cue_hit[0].kind == "macro" and _company_between(cue_hit[0], hits, offset, m, context):
            cue_hit = None  # 'Nach den Inflationsdaten stieg Meituan um 3 Prozent': the stock's move, not the data's
    volume = (
        cue_hit is not None
        # ('Volume fell on the last day by 19 million shares': a change of the volume, counted in shares)
        and (cue_hit[0].kind in VOLUME_KINDS or cue_hit[0].kind == "volume_change")
        and _share_count(rules.volume_words).match(text, m.end) is not None
    )
    if unit_class == "count" and not volume and (cue_hit is None or cue_hit[0].kind not in rules.scope_reasons):
        return None  # years, ordinals, bare counts ('20 befragten Analysten') are not claims
    hedge = find_hedge(text, m, rules)
    heading = None if hedge else clause_hedge(text, m, rules)
    hedge = hedge or heading
    # a sign word is a percentage's; a price's or a count's only once its kind says it is a move (below)
    direction = nearest_direction(sentence, offset, m, rules) if unit_class == "percent" else None
    company = subject_of(sentence, offset, m, rules, context, inside)
    notes: list[str] = []
    if cue_hit is None and unit_class == "percent":
        cue_hit = head_period(sentence, hits, m.start - offset)
    kind = "fx_conversion" if fx_base else (cue_hit[0].kind if cue_hit else None)
    if (
        kind in _MOMENT_KINDS
        and (hedge is None or hedge[0] == "approx")
        and unit_class != "count"
        and (moment := trailing_moment(text, m, rules))
    ):
        # 'down about 0.9% around midday': a point of the day's range, about or not (a day's extreme named so, 'as low
        # as $85.01 earlier in the session', keeps its own reading)
        hedge = ("intraday", moment)
    # a distance's record is dated after the distance ('5% below its record high set in October'); a day before it
    # dates the distance ('At Tuesday's close, the stock is down about 58% from its all-time high')
    dating = sentence[m.unit_end - offset :] if kind == "distance_past_peak" else sentence
    if (
        kind in _RECORD_AS_52W
        and _set_within_a_year(dating, published, rules)
        # not a month's own peak ('14% below their February high'): that month's high, not the 52 weeks'
        and extreme_month_window(sentence, published.date) is None
    ):
        kind = _RECORD_AS_52W[kind]  # 'its record close of $207.04 in late October': the 52-week high
    if (
        kind == "distance_past_peak"
        and _BARE_HIGH_AFTER.match(sentence, m.unit_end - offset)
        and any(cue.kind == "high_52w" and end <= m.start - offset for _, _, end, cue in hits)
    ):
        # 'the 52-week range runs from HK$73.25 to HK$141.40, and the stock is now about 25% below its high': a high
        # named by no level, day or record of its own is the 52-week high its sentence named before it
        kind = "distance_52w_high"
    year_start, year_end, quarter_end = kind == "year_start", kind == "year_end", kind == "quarter_end"
    if year_start:
        kind = "last_price"  # 'started the year at $130.66': a price the year started at (`year_start_window`)
    if year_end or quarter_end:
        kind = "close"  # 'ended 2025 at HK$142.80': that year's last close (`year_end_day`, `quarter_end_day`)
    month_of_year = (
        kind in YEAR_EXTREME_KINDS
        and cue_hit is not None
        and any(month_right_before(sentence, start) for start, _ in _spans_of(cue_hit[0], hits))
    )
    if month_of_year:
        kind = "period_high" if kind == "year_high" else "period_low"  # 'its March 2025 high': that month's
    named_year = None
    if kind == "named_year_return":
        kind, named_year = year_return(
            sentence, offset, m, published, _spans_of(cue_hit[0], hits) if cue_hit else [], rules
        )
    elif (
        kind == "ytd_return"
        and cue_hit
        and (past_year := _for_a_past_year(sentence, offset, m, cue_hit[0], hits, published))
    ):
        # 'It finished 2024 at $84.79, up about 9% for the year': the year its clause named before, a past one
        kind, named_year = "calendar_year_return", past_year
    if fx_base is not None and fx_base.scale == 1 and m.scale == 1 and company is not None:
        # '$17.79 (HK$139.60)': one share price written in two currencies; the other is the claim
        kind = "price_conversion"
    elif fx_base is not None and fx_base.scale != 1:
        # '21 billion yuan ($2.97 billion)', '1 Milliarde Yuan (140 Millionen USD)': a sum of money
        # (a valuation, a deal, a budget) said again in another currency; a sum is not market data
        kind = "amount_conversion"
    if hedge and hedge[0] == "intraday" and kind in (None, "day_change", "last_price"):
        kind = "intraday_move" if unit_class == "percent" else "intraday_price"
    if kind in MOVING_AVERAGE_KINDS | DISTANCE_KINDS:
        direction = own_clause_direction(
            sentence, offset, m, rules, direction, average=kind == "moving_average_distance"
        )
    if unit_class in ("price", "points") and (
        cue_hit is None
        or (cue_hit[0].kind not in rules.scope_reasons and cue_hit[0].kind not in EXTREME_KINDS | YEAR_EXTREME_KINDS)
    ):
        # (a 52-week range, 'in a range of $90.10 to $205.30 over the past year', is no session's, nor the year's so
        # far, 'traded between $145.27 and $181.10 so far this year'); an index's range in points is its session's
        # too ('schwankte zwischen 26.373 und 27.024 Punkten': the day's low and high, no move in points)
        end = range_end(sentence, offset, m, inside)
        if end is not None and _chart_level_range(hits, offset, m, inside):
            end = "level_forecast"  # 'Die Kurslücke vom Mittwoch zwischen 79,20 und 79,95 HKD': a chart's zone
        elif end is not None and names_range_period(_range_words(sentence, offset, m)):
            # 'Die Handelsspanne im Januar reichte von 141,00 bis 174,20 HKD', 'Die Wochenspanne lag zwischen ...': the
            # period's low and high, not one session's
            end = "period_low" if end == "day_low" else "period_high"
        kind = end or kind
    if kind == "financials" and unit_class == "count" and counted_in_shares(sentence, offset, m, rules):
        kind = "volume"  # 'Mit 18,8 Millionen Stück war der Umsatz der niedrigste seit Wochen': shares traded
    if (
        kind == "financials"
        and unit_class == "price"
        and _on_the_day(rules.money_moves).match(sentence, m.unit_end - offset)
    ):
        kind = "price_change"  # 'a loss of $4.72 on the day': the shares' loss, not the company's
    if unit_class == "price" and kind in _MOVABLE_PRICE and m.scale == 1:
        money_move, money_move_after, level_named_before = _money_move(rules.money_moves)
        if money_move.search(sentence, max(0, m.start - offset - 45), m.start - offset) or (
            money_move_after.match(sentence, m.unit_end - offset)
            and not level_named_before.search(sentence, max(0, m.start - offset - 12), m.start - offset)
        ):
            kind = "price_change"
    if heading is not None and kind in ("day_high", "day_low") and not points_on_a_side(sentence, offset, m):
        # 'In der Spitze ging es bis auf 172,00 HKD': the day's high says what the hedge says (not of a move at that
        # moment, 'Im Tagestief lag der Index 481 Punkte im Minus': the hedge reads it on the day's range)
        hedge = None
    if kind in SHARE_PRICE_KINDS and m.scale != 1:
        kind = "amount"  # '34,24 Mrd. USD' is a sum of money, not a share price
    if kind == "volume":
        # 'Short-selling volume', 'täglich rund 19 Mio.', 'Bis zum Mittag': not one whole session's volume
        kind = qualified_kind(sentence, offset, m, rules) or kind
    if kind is None:
        kind = default_kind(unit_class, direction, company, others, m)
    if kind in SHARE_PRICE_KINDS and m.value >= _NO_SHARE_PRICE:
        kind = "amount"
    if kind is None:
        kind = "amount" if unit_class == "price" else "count"
    if hedge is not None and hedge[0] == "up_to" and unit_class == "price" and kind in _PEAK_PRICES:
        # 'kostete im Handelsverlauf bis zu 174,20 HK-Dollar', 'wurden bis zu 168,20 HKD bezahlt': the peak the session
        # reached, its high (a fall's, its low), not any price at most that high, which every lower session would hold
        down = nearest_direction(sentence, offset, m, rules) == "down"
        kind, hedge = ("day_low" if down else "day_high"), None
    if (
        m.unit == "percentage_points"
        and (kind == "count" or kind not in rules.scope_reasons)
        and _SET_AGAINST_ANOTHER.search(sentence) is not None
    ):
        # 'beat the index by nearly 12 percentage points', 'um 1,1 Prozentpunkte besser': a gap between two
        # moves, never the stock's own move
        kind = "relative_return"
    elif m.unit == "percentage_points" and kind in _DAY_MOVE_KINDS:
        # 'rechnen mit einer Senkung um 0,25 Prozentpunkte': a share moves in percent; a change in points set against
        # no other move is a rate's (a key rate, a yield), policy data
        kind = "macro"
    elif m.unit == "percent" and kind in _DAY_MOVE_KINDS and _rate_level_after_points(sentence, offset, m, inside):
        kind = "macro"  # '... um 0,25 Prozentpunkte auf 1,75 Prozent': the rate's new level
    if (
        company is not None
        and kind in ("intraday_price", "day_high")
        and unit_class == ("points" if company.kind == "index" else "price")
        and _REACHED_LEVEL.search(sentence[max(0, m.start - offset - 20) : m.start - offset])
    ):
        # 'in der Spitze war er bis auf 25.390 Punkte geklettert', 'zeitweise rutschte er bis auf 23.760 Punkte ab': an
        # index's level reached at some moment of the session is its day's high or low, as its sign word says (the
        # extreme is the moment: no intraday hedge left on it); so is a stock's ('fiel im Tagesverlauf bis auf 116,47
        # US-Dollar', 'rutschte in der Spitze bis auf 495,20 HKD ab': the low, though 'in der Spitze' alone says high)
        extreme = {"up": "day_high", "down": "day_low"}.get(nearest_direction(sentence, offset, m, rules) or "")
        if extreme is not None and (kind == "intraday_price" or extreme == "day_low"):
            kind, hedge = extreme, None
            # '... rutschte sie im Handelsverlauf bis auf 90,20 HKD und markierte damit ein neues 52-Wochen-Tief': the
            # day's low is the 52 weeks' too, which the sentence claims (and which is checked on the days' lows)
            kind = _marked_as_extreme(sentence, offset, m, hits, _EXTREME_OF_DAY[extreme]) or kind
    if company is not None and company.kind == "index" and kind == "intraday_price" and unit_class == "points":
        kind = _touched_extreme(m, inside) or kind
    if (
        company is not None
        and company.kind == "index"
        and (kind not in rules.scope_reasons or (kind == "count" and unit_class == "points"))
        # an index's move at a moment of the session its own clause or hedge names ('Zwischenzeitlich lag der Index
        # mehr als ein Prozent im Minus', 'rising as much as 0.9%'), as a stock's: read on the day's range, whatever
        # hedge of size it has; not one an intraday word of an earlier clause reached ('zeitweise bis auf 24.266
        # Punkte gefallen, am Freitag gewann er 0,9 Prozent': the session's whole move)
        and not (
            kind == "intraday_move"
            # ('Im frühen Handel hatte das Börsenbarometer noch bis zu 1,0 Prozent zugelegt': the peak its intraday cue
            # and 'bis zu' tell, no move of the whole session)
            and (
                (hedge is not None and hedge[0] in ("intraday", "up_to"))
                or clause_hedge(text, m, rules) is not None
                or intraday_cue_in_own_clause(sentence, offset, m, hits, rules)
            )
        )
    ):
        kind = index_kind(kind, unit_class, sentence, offset, m)
    if (
        kind == "since_return"
        and unit_class == "percent"
        and context.month_told is not None
        and month_move_noun(sentence[max(0, m.start - offset - _MONTH_NOUN_REACH) : m.start - offset])
    ):
        # 'Die ADRs schlossen bei 169,56 Dollar, ein Monatsplus von 15,7 Prozent' after a move told for January: that
        # month's move (`timing.reference_of` reads it on the month told)
        kind = "month_return"
    if m.ratio_word and kind in _DAY_MOVE_KINDS and not has_day_phrase(sentence):
        # 'Nvidia shares have quadrupled', 'Meituan has lost half its value': a ratio in words naming no day tells a
        # move over a period the text does not date (unmeasured), never the session's move
        kind = "since_return"
    if in_link_teaser(text, m.start, rules):
        kind = "link_teaser"  # 'Related: Tencent jumps 12% after results': another article's figure, of its day
    elif company is None and fx_base is None and not context.companies and kind not in rules.scope_reasons:
        kind = "no_subject"  # a text that names no stock or index makes no claim about one
    scope_reason = rules.scope_reasons.get(kind)
    unit = m.unit if m.unit else "count"
    checkable = scope_reason is None
    listing: str | None = None
    listing_source: ListingSource = "none"
    reference: dict[str, str] | None = None
    basis = "none"
    time_source: TimeSource = "none"
    after_publication: str | None = None
    set_on: str | None = None
    dated_base: tuple[str, str] | None = None
    window_back: tuple[int, str] | None = None  # 'over the past three months': (3, 'months')
    not_before: str | None = None
    unmeasured: str | None = None
    open_session_day: str | None = None
    across: dict[str, str] | None = None  # a move from a named close across a session between (its window)
    if checkable and company is not None and company.kind == "stock" and kind != "fx_conversion":
        venue, venue_source = venue_or_inferred(sentence, offset, m, company, rules, context, notes)
        currency = None
        if unit_class == "price":
            note_dollars_written(context, sentence, rules)
            currency = price_currency(sentence, offset, m, company, venue, rules, context)
            note_dollar_read(context, sentence, offset, m, venue, currency)
        listing = listing_for(rules, company, venue, currency)
        unit = currency or unit
        listing_source = venue_source if listing else "none"
        if listing_source == "earlier_sentence" and kind in DISTANCE_KINDS and points_back(sentence, rules):
            # '... nahe dem 52-Wochen-Tief von 94,05 HKD. Der Abstand zu diesem Tief beträgt gut 3 Prozent': the
            # distance to the extreme the sentence before told is measured on that sentence's listing, no guess
            notes.append("listing of the sentence before, whose extreme it points back to")
            listing_source = "text"
        if (
            venue == "US"
            and listing
            and (ls := rules.listing(listing))
            and ls.calendar == "XNYS"
            and re.search(r"\bnasdaq\b", sentence, re.IGNORECASE)
        ):
            notes.append(f"the article names Nasdaq; {listing} trades on the NYSE")
    elif checkable and company is not None and company.kind == "index":
        # an index is its own listing, read on its own calendar; one without a row stays open
        listing = next((item.symbol for item in rules.listings_of(company.name)), None)
        listing_source = "text" if listing else "none"
    if checkable:
        scope = scope_of(days, offset, m, rules)
        # the number's place in its day words where they are the whole sentence (blanked, positions kept)
        at = m.start - offset if len(scope.words) == len(sentence) else None
        # what the day is read from, the same whether as of publication or of the listing's day then
        # a stock other than the one in play: 'the prior session' is not counted back from that one's day
        other = company is not None and company.kind == "stock" and context.company not in (None, company.name)
        own_listing = rules.listing(listing) if listing else None
        own_venue = own_listing.venue if own_listing is not None else None
        read_as_of = partial(
            reference_of,
            kind,
            scope.words,
            context=context,
            rules=rules,
            past=scope.past,
            sessions_back=scope.sessions_back,
            or_before=scope.or_before,
            at=at,
            overnight=scope.overnight,
            other_subject=other,
            venue=own_venue,
            or_from_publication=scope.or_from_publication,
            counted_back=scope.counted_back,
        )
        reference, basis, date_notes, time_source, after_publication, set_on = read_as_of(published)
        notes.extend(date_notes)
        as_of = (
            as_of_at_publication(rules, listing, published)
            if time_source == "publication_default" and not _in_premarket_of_the_day(kind, listing, published, rules)
            else None
        )
        if as_of is not None and as_of != published.date:
            reference, basis, _, time_source, _, set_on = read_as_of(replace(published, date=as_of))
            notes.append(f"published {published.at:%Y-%m-%d %H:%M %z}, when {listing}'s day was {as_of}: read as of it")
        if (
            kind in _TO_DATE_KINDS
            and time_source != "publication_default"
            and (reference or {}).get("end") == str(published.date)
        ):
            # 'has dropped 10.4% in March so far' at 07:40 IST, before Frankfurt opened: up to the session before (a
            # period counted from a fixed start; a trailing window's start moves with its end)
            opened = as_of_at_publication(rules, listing, published)
            if opened is not None and published.date is not None and opened < published.date:
                reference = {**(reference or {}), "end": str(opened)}
        if (
            kind in AS_OF_KINDS
            and time_source == "earlier_sentence"
            and reference is not None
            and (carried := reference.get("date")) is not None
            and (now := as_of_at_publication(rules, listing, published)) is not None
            and now < date.fromisoformat(carried)
        ):
            # 'Der RSI der ADR liegt bei 48' after Hong Kong's Tuesday close, in a text stamped 14:30 MEZ: the day an
            # earlier sentence told is one the listing had not traded yet when the text was written; its reading as of
            # writing is the latest session it had (a period's window is left as read)
            notes.append(f"{listing} had not traded on {carried} when written: read as of {now}")
            reference = {"date": now.isoformat()}
        if (
            kind in ("index_move", "index_level")
            and time_source == "earlier_sentence"
            and reference is not None
            and "date" in reference
            and (own := rules.listing(listing or "")) is not None
            and context.venue is not None
            and own.venue != context.venue
            and (now := as_of_at_publication(rules, listing, published)) is not None
            and now > date.fromisoformat(reference["date"])
            and is_session(own.calendar, now)
            and published.at is not None
            and session_closed_by(own.calendar, now, published.at)
            and pluperfect_auxiliaries(rules.tenses).search(earlier) is not None
        ):
            # 'Der Hang-Seng-Index legte um 1,0 Prozent zu' right after 'In New York hatten die ADRs am Freitag ...
            # geschlossen' in Monday's text written after Hong Kong's close: the day was told in the pluperfect for
            # another venue's session, which the index's market has traded past and closed when the text was written;
            # that day's session and the index's latest are both readings
            notes.append(f"day told for another venue; {listing} had traded on {now} when written: either session")
            reference, basis = {"start": reference["date"], "end": now.isoformat()}, "approximate"
        if (
            as_of is not None
            and kind in SESSION_KINDS
            and kind not in _MOVES_OF_THE_MOMENT  # (a move: its open session's day, `open_session_day`)
            and (stamped := rules.listing(listing or "")) is not None
            and is_session(stamped.calendar, as_of)
        ):
            # a session's figure naming no day in a text stamped with its time on a session's day ('18:10 Uhr':
            # 'Nvidia lag bei 185 Dollar'): of the session in play when it was written or the one before, not any
            # of the week's (a weekend's text keeps the week up to it)
            not_before = previous_session(stamped.calendar, as_of).isoformat()
            if (
                kind in _SESSION_JUST_ENDED
                and published.at
                and session_closed_by(stamped.calendar, as_of, published.at)
            ):
                # 'touched a high of $174.8 and a low of $169.5 during the day' stamped 16:25 HKT, after Hong Kong's
                # close: the extremes of the session just ended (a day's range is told of the day written about), and
                # so are its close and open ('The stock had closed 2.7% higher at $112.53' in an after-hours list)
                not_before = as_of.isoformat()
        if year_start and cue_hit is not None:
            started = year_start_window(sentence, _spans_of(cue_hit[0], hits), published)
            reference, basis, time_source = started, "approximate", "text"
        if (year_end or quarter_end) and cue_hit is not None:
            edge_day = year_end_day if year_end else quarter_end_day
            reference, basis, time_source = edge_day(sentence, _spans_of(cue_hit[0], hits), published), "stated", "text"
        if month_of_year and (month := extreme_month_window(sentence, published.date, m.start - offset)) is not None:
            # its own month's sessions, whatever day another clause names ('below its record close in late October,
            # but double its April 2025 low of $84.62')
            reference, basis, time_source = {"start": str(month.start), "end": str(month.day)}, "approximate", "text"
        if (
            kind == "month_return"
            and names_month_in_clause(sentence, m.start - offset)
            and not names_month_in_clause(scope.words, m.start - offset)
            and (
                month := named_month_window(
                    sentence, published.date, context.day.day if context.day else None, m.start - offset
                )
            )
            and month.start is not None
        ):
            # 'Since the start of October it has fallen 7%, after a 49% surge in September': the month of a move told
            # in an earlier event's clause, whose words the day's reading leaves out
            reference, basis, time_source = {"start": str(month.start), "end": str(month.day)}, "stated", "text"
        if (
            kind == "month_return"
            and names_previous_and_other_month(sentence)
            and (
                month := named_month_window(
                    sentence, published.date, context.day.day if context.day else None, m.start - offset
                )
            )
            and month.start is not None
        ):
            # 'Im Februar verlor der Index 2,8 Prozent, nachdem er im Vormonat um fast 7 Prozent gestiegen war': each
            # move the month of its own clause (the month before it had been read as the one the other clause names)
            reference, basis, time_source = {"start": str(month.start), "end": str(month.day)}, "stated", "text"
        if kind in YEAR_EXTREME_KINDS and cue_hit is not None:
            # 'its 2021 high of $354': the extreme of that whole past year (no quotes held then: unverifiable)
            past = past_year_end(sentence, _spans_of(cue_hit[0], hits), published)
            if past is not None:
                reference, basis, time_source = past, "stated", "text"
        if kind == "volume_average" and reference is not None:
            reference = average_window(sentence, reference, rules) or reference  # 'the 30-day average of 7.6 million'
        if kind == "volume" and session_open_when_written(rules, listing, (reference or {}).get("date"), published):
            kind = "volume_partial"  # the publication day's session was still open: part of its volume
        elif kind == "volume" and company is not None and not attributed(sentence, offset, m, inside, company, rules):
            unmeasured = VOLUME_UNATTRIBUTED  # 'Alibaba shares rose 0.2%. Volume was 18.2 million shares.'
        if kind in PERIOD_KINDS:
            # 'as of 11.30am ... up nearly 30 per cent this year': the period ends in a session still trading
            open_session_day = trading_when_written(rules, listing, (reference or {}).get("end"), published)
            if (
                open_session_day is not None
                and time_source == "publication_default"
                and not_before is None
                and (stamped := rules.listing(listing or "")) is not None
            ):
                # 'up 86% in 2025' naming no day in a midday list stamped 12:41 PM EDT: as of that moment or the
                # close before, not any of the week's sessions (as a session's figure above)
                not_before = previous_session(stamped.calendar, date.fromisoformat(open_session_day)).isoformat()
        elif kind in ("day_high", "day_low", "open_move", "open_price") or (
            kind in _DISTANCES_OF_THE_MOMENT and unit_class == "percent"
        ):
            # 'Im Tageshoch stieg die Aktie bis auf 120,90 HKD' at 12:12 in Hong Kong: the extreme so far; 'Derzeit
            # notiert die Aktie 14,89 Prozent unter dem 52-Wochen-Hoch' at 20:15 Uhr: from the price then; 'after
            # opening 7% lower' at 12:14 in Hong Kong: the open of the session trading then, which had taken place
            open_session_day = trading_when_written(rules, listing, (reference or {}).get("date"), published)
        elif kind in _MOVES_OF_THE_MOMENT:
            if time_source == "publication_default":
                # 'Shares of the chipmaker added 1.5%' in a list stamped 12:31 PM EDT: the session trading then
                open_session_day = trading_when_written(rules, listing, (reference or {}).get("date"), published)
            # whatever day it carries, a move measured from a named day's close is of a later session
            after = _after_the_close_of(days.measured_from.get(m.start), listing, published, rules)
            not_before = max((d for d in (not_before, after) if d is not None), default=None)
            across = _across_sessions_since(after, kind, reference, time_source, listing, rules)
        year = named_year or (calendar_year(sentence, offset, m, inside) if kind == "calendar_year_return" else None)
        if (
            kind in ("intraday_price", "last_price")
            and hedge
            and hedge[0] in BOUND_OF
            and not past_window(reference, published)
            and (month := named_month_window(sentence, published.date, at=m.start - offset)) is not None
            and month.start is not None
            and month.day is not None
        ):
            # 'Im April, als die Aktie zeitweise unter 87 Dollar kostete' in October: a past month named without
            # its year, the latest such one (the month of publication is the month so far: not a past window)
            month_window = {"start": month.start.isoformat(), "end": month.day.isoformat()}
            if past_window(month_window, published):
                reference, basis, time_source = month_window, "approximate", "text"
                kind = "intraday_price"
        if (
            kind in ("last_price", "close", "intraday_price")
            and time_source in ("publication_default", "earlier_sentence")  # its own year beats a day carried
            and (told_in_past(sentence, rules) or follows_prior_level(sentence, m.start - offset, rules))
            and (named := _past_month_or_year(clause_of(sentence, m.start - offset), published)) is not None
        ):
            # 'Im Oktober kostete die Aktie noch 186 HKD', 'closed at HK$186 in October', 'Die ADS notierten 2021
            # zeitweise bei mehr als 270 Dollar', 'kosten heute 160 Dollar, nach 270 Dollar im Jahr 2021': a price of
            # any session of that past month or year (it had been read as of publication, a true figure called wrong;
            # before the quotes held it is unverifiable)
            reference, basis, time_source = named, "approximate", "text"
        if kind == "intraday_price" and past_window(reference, published) and hedge and hedge[0] in BOUND_OF:
            # 'Noch im April 2025 lag die Aktie zeitweise bei unter 87 Dollar': the month's low was below 87
            kind = BOUND_OF[hedge[0]]
        if year is not None:
            reference, basis, time_source = {"start": f"{year}-01-01", "end": f"{year}-12-31"}, "stated", "text"
        elif (
            kind in ("since_return", "ytd_return")
            and cue_hit is not None
            and (
                boundary := period_start_window(
                    kind,
                    sentence,
                    _spans_of(cue_hit[0], hits),
                    (m.start - offset, m.unit_end - offset),
                    reference,
                    listing,
                    published,
                    rules,
                )
            )
        ):
            kind, reference, dated_base = boundary.kind, boundary.reference, boundary.base
            notes.extend([boundary.note] if boundary.note else [])
        elif (
            kind == "since_return"
            and cue_hit is not None
            and cue_hit[0].names_base  # 'subsequently rallied 83%' names no base: it stays unmeasured
            and (
                window := since_window(
                    sentence,
                    offset,
                    m,
                    published,
                    context,
                    rules,
                    _spans_of(cue_hit[0], hits),
                    _other_looks_back(cue_hit[0], hits),
                )
            )
        ):
            reference, basis, time_source = window.reference, window.basis, window.source
            if (
                time_source == "publication_default"
                and (opened := as_of_at_publication(rules, listing, published)) is not None
                and published.date is not None
                and date.fromisoformat(reference["start"]) < opened < published.date
            ):
                # 'has given back roughly 17% since January 21' at 6:45 a.m. ET, before New York opened: up to the
                # session the listing had last traded when written, not the day's session still to come
                reference = {**reference, "end": str(opened)}
            base = since_base(sentence, window.base_span, _spans_of(cue_hit[0], hits), rules)
            if base == "close" and (year := whole_year_between(reference)) is not None:
                # 'gained 73% (from $84.79 at the end of 2024 to $146.58 on Dec. 31)': that calendar year's move
                kind, reference = "calendar_year_return", {"start": f"{year}-01-01", "end": f"{year}-12-31"}
            elif base == "close" and (whole_month := whole_month_between(reference)) is not None:
                # 'ended the month at $144.11, compared with $169.56 at the end of January': that month's move
                kind, reference = "month_return", whole_month
            elif (
                base == "close"
                and published.date is not None
                and reference["start"] == f"{published.date.year - 1}-12-31"
            ):
                # 'Ende 2025 kostete sie 142,80 HKD, das entspricht einem Plus von 0,1 Prozent' in 2026: the year so far
                kind, reference = "ytd_return", {"start": f"{published.date.year}-01-01", "end": reference["end"]}
            elif (
                base == "close"
                and _base_is_the_session_before(reference, listing, rules)
                and opening_in_own_clause(sentence, offset, m, hits, rules)
            ):
                # 'startete mit einem Aufschlag von 0,3 Prozent gegenüber Freitag' on Monday: the move at the open from
                # the close before, not Monday's whole session
                kind, reference = "open_move", {"date": reference["end"]}
            else:
                dated_base = (base, reference["start"])
                # 'rund 6 Prozent über dem Schlusskurs vom 2. Februar' at midday: up to the price then (`readings`)
                open_session_day = trading_when_written(rules, listing, reference["end"], published)
                # shown; measure reads since_base
                notes.append(
                    f"measured from the {base.replace('_or_', ' or the ').replace('prior_close', 'close before')}"
                    f" of {reference['start']}"
                )
        elif (
            kind == "since_return"
            and cue_hit is not None
            and cue_hit[0].counts_sessions
            and (calendar := rules.listing(listing) if listing else None) is not None
            and (
                count_window := session_count_window(
                    sentence,
                    m.start - offset,
                    _spans_of(cue_hit[0], hits),
                    _run_ended_before(
                        _day_reported(reference, time_source, context),
                        sentence,
                        m.start - offset,
                        listing,
                        rules,
                        _spans_of(cue_hit[0], hits),
                    ),
                    calendar.calendar,
                )
            )
        ):
            # 'Binnen drei Handelstagen ... gut 8 Prozent': from the close three sessions before the day reported
            counted, sessions = count_window
            window_back = (sessions, "sessions")  # measured back from each session the move may end in
            reported = (
                time_source != "publication_default" or _day_reported(reference, time_source, context) != reference
            )
            reference, dated_base = counted, ("close", counted["start"])
            # a day the text reports is the move's last session; one read from publication stays a guess
            not_before = counted["end"] if reported else None
            time_source = "earlier_sentence" if reported and time_source == "publication_default" else time_source
            notes.append(
                f"measured from the close of {counted['start']}, the sessions counted back from {counted['end']}"
            )
        elif (
            kind == "since_return"
            and cue_hit is not None
            and (
                run := run_window(
                    sentence,
                    _spans_of(cue_hit[0], hits),
                    m.start - offset,
                    _run_ended_before(
                        reference,
                        sentence,
                        m.start - offset,
                        listing,
                        rules,
                        _spans_of(cue_hit[0], hits),
                        _day_reported(reference, time_source, context),
                    ),
                    listing,
                    rules,
                )
            )
        ):
            # 'have lost 7.1% over the past two sessions': from the close that many sessions before each session the
            # move may end in
            reference, dated_base, sessions = run
            window_back = (sessions, "sessions")
        elif (
            kind in ("since_return", "months_return")
            and cue_hit is not None
            and (counted_back := calendar_window(sentence, m.start - offset, _spans_of(cue_hit[0], hits), reference))
        ):
            # 'over the past two weeks', 'in den vergangenen sechs Monaten': from the close that far back
            reference, window_back = counted_back
        elif (
            kind == "months_return"
            and cue_hit is not None
            and (quarter := calendar_quarter(sentence, m.start - offset, _spans_of(cue_hit[0], hits), reference))
        ):
            # 'rose 18.1% in the third quarter': from the last close before that quarter began; to its last session
            # where it had ended (a day the text names, not the sessions up to publication)
            reference, window_back, ended = quarter
            if ended:
                basis, time_source = "stated", "text"
    if across is not None:
        # "closed at $148.05 on Thursday, down 3.1% from Monday's close": with a session between, the move runs from
        # the close named to the day reported, no session's own move
        kind, reference, dated_base = "since_return", across, ("close", across["start"])
        notes.append(f"measured from the close of {across['start']}")
    if kind == "week_return" and cue_hit is not None and cue_hit[0].ends_week and reference and "end" in reference:
        reference = week_end_reference(reference, published)  # 'and 3.4% on Thursday, and ended the week down 3%'
    day_named = reference.get("date") if kind in PERIOD_EXTREME_KINDS and reference is not None else None
    month_of_day = extreme_month_window(sentence, published.date, m.start - offset) if day_named else None
    if (
        day_named is not None
        and month_of_day is not None
        and month_of_day.start is not None
        and month_of_day.day is not None
        and month_of_day.start.isoformat() <= day_named <= month_of_day.day.isoformat()
    ):
        # 'das Septemberhoch bei 141,60 US-Dollar vom 22. September': the month's extreme, its day named inside the
        # month, is read over that month (not left unmeasured for want of a period)
        reference = {"start": month_of_day.start.isoformat(), "end": month_of_day.day.isoformat()}
        basis, time_source = "stated", "text"
        notes.append("the month's extreme, set on the day named")
    if kind in PERIOD_EXTREME_KINDS and reference is not None and "start" not in reference:
        unmeasured = PERIOD_EXTREME_UNDATED  # 'seit dem Tief von 95,73 USD' names no period to read the low in
    elif kind in SESSION_KINDS and checkable and _on_a_month_reports_day(sentence, m.start - offset, published, rules):
        unmeasured = MONTH_REPORT_UNDATED  # 'fell 3.2% the day after its November report' in a February text
    elif kind in SESSION_KINDS and checkable and _on_a_past_reports_day(sentence, m.start - offset, rules):
        unmeasured = PAST_REPORT_UNDATED  # 'Last quarter, the stock rose 2.7% on the day of the report'
    stated_month = None
    if kind in EXTREME_KINDS and reference is not None:
        stated_month = extreme_month(sentence, date.fromisoformat(reference.get("date") or reference["end"]))
    elif (
        kind == "distance_past_peak"
        and reference is not None
        and unit_class == "percent"
        and (peak := extreme_month_window(sentence, published.date, m.start - offset)) is not None
        and _PEAK_WORD.search(peak.note or "")
    ):
        # 'about 24% under its January peak of $165.30', '25 percent below its October peak': the distance to that
        # month's high, measured on it (readings._month_peak_readings)
        stated_month = peak.start.isoformat()[:7] if peak.start else None
    share_of: DistanceBase = "extreme"
    if kind in _DISTANCE_SIGN:
        # below a high, above a low, whatever move the sentence reported first ('rose 2.9% ..., still 11% below')
        direction = _DISTANCE_SIGN[kind]
        share_of = distance_base(sentence, offset, m, rules)
    elif unit_class != "percent" and (kind in _SIGNED_AMOUNT_KINDS or _period_points(kind, unit_class)):
        direction = nearest_direction(sentence, offset, m, rules)
    if kind in PERIOD_KINDS and direction is None:
        direction = "up"
    if (
        unit_class != "percent"
        and kind not in (*_SIGNED_AMOUNT_KINDS, *_DISTANCE_SIGN)
        and not _period_points(kind, unit_class)
    ):
        # a price or a count has no direction; 'der DAX stieg um 120 Punkte' has, and so has '$26.76 below its high'
        direction = None
    # 'a 50-day moving average of $165.88', '26 Prozent über dem GD200': the window its words name
    average = (
        average_named(sentence, m.start - offset, max(m.end, m.unit_end) - offset, kind == "moving_average", rules)
        if checkable and kind in MOVING_AVERAGE_KINDS
        else None
    )
    if average is None and checkable and cue_hit is not None and cue_hit[0].named_earlier:
        # ('- 50-day moving average: about $156.50. BABA closed roughly 12.6% below it.': the window the sentence
        # before named, the one its distance points back to; a sentence naming an average of its own without its
        # window, 'traded 5% above their moving average', names none)
        average = average_named(earlier, len(earlier), len(earlier), True, rules)
    return Claim(
        id="",
        span=(m.start, m.end),
        quote=text[m.start : m.end],
        sentence_span=sentence_span,
        value=m.value,
        value_high=m.value_high,
        scale=m.scale,
        direction=direction,  # type: ignore[arg-type]
        unit=unit,  # type: ignore[arg-type]
        kind=kind,
        checkable=checkable,
        scope_reason=scope_reason,
        hedge=hedge[0] if hedge else None,
        hedge_text=hedge[1] if hedge else None,
        subject=f"{fx_base.unit}/{m.unit}" if fx_base else (company.name if company else None),
        listing=listing,
        reference=reference,
        date_basis=basis,  # type: ignore[arg-type]
        notes=notes,
        decimals=m.decimals,
        ratio_word=m.ratio_word,
        fx_from=(fx_base.value * fx_base.scale, str(fx_base.unit)) if fx_base else None,
        extreme_month=stated_month,
        time_source=time_source,
        listing_source=listing_source,
        distance_base=share_of,
        after_publication_note=after_publication,
        since_base=dated_base,
        window_back=window_back,
        not_before=not_before,
        unmeasured_reason=unmeasured,
        set_on=set_on,
        year_extreme=kind in _DISTANCE_SIGN
        and cue_hit is not None
        and any(_YEAR_EXTREME.search(sentence, a, b) for a, b in _spans_of(cue_hit[0], hits)),
        extreme_on_closes=kind in EXTREME_KINDS
        and cue_hit is not None
        and any(names_close(sentence[a:b], rules) for a, b in _spans_of(cue_hit[0], hits)),
        sessions_counted=kind == "week_return" and cue_hit is not None and cue_hit[0].counts_sessions,
        week_span=kind == "week_return" and cue_hit is not None and cue_hit[0].spans_week,
        open_session_day=open_session_day,
        subject_carried=_carried_past_another_stock(company, context, offset, offset + len(sentence)),
        average_sessions=average[0] if average else None,
        average_exponential=average[1] if average else False,
    )


def _carried_past_another_stock(company: Company | None, context: Context, start: int, end: int) -> bool:
    """The sentence names no company, and the company carried from the sentences before is not the text's main stock:
    an aside about another stock may have come between ('Tencent verloren 1,7 Prozent. Die Aktie hatte ...' in a
    text on Alibaba), so 'die Aktie' is one of several it may mean. The main stock carried is the one meant."""
    if company is None or any(named.name == company.name for _, named in context.companies_between(start, end)):
        return False
    return context.main_stock not in (None, company.name)
