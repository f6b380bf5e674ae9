"""Which day or period a number refers to: the day words of its own phrase, clause or sentence,
the day carried from earlier, or the publication day as a marked default.

Day words themselves are read by `core/dates.py`; this module decides which of them govern a number, and
`periods.py` turns the words of a period into its window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from claimcheck.core.dates import (
    PREVIOUS_CLOSE_IN_PLUPERFECT,
    DateRef,
    day_counted_back,
    day_phrases,
    extreme_month_window,
    extreme_set_in_month,
    has_day_phrase,
    in_present_perfect,
    month_left_unnamed,
    named_month_window,
    names_days_ago,
    names_month,
    names_month_in_clause,
    names_previous_day,
    names_same_month,
    pluperfect_auxiliaries,
    pluperfect_clause,
    range_period,
    resolve_day,
    told_in_past,
    without_earlier_events,
    without_previous_day,
)
from claimcheck.core.extract.bindings import POSSESSIVE_DAY, DayBindings, follows_prior_level
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.periods import YEAR, clause_of, lone_years, period_reference
from claimcheck.core.extract.sentences import SUBCLAUSE_BREAK
from claimcheck.core.kinds import (
    AS_OF_KINDS,
    EXTREME_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    SESSION_KINDS,
    SET_EXTREME_KINDS,
    VOLUME_KINDS,
)
from claimcheck.core.numbers import NumberMention
from claimcheck.core.sessions import MissingData, session_closed_by, session_trading_at
from claimcheck.first_chars import with_first_chars
from claimcheck.model import Published, TimeSource
from claimcheck.rules import Rules, Words
from claimcheck.word_scan import CaseBlindGuard


@lru_cache(maxsize=4)
def _live_during(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure told in the present beside a word placing it during the session (session_words.csv live and during:
    'The Hang Seng is down 1.2% at 24,650 in afternoon trade'): the session trading when the text was written."""
    return (
        with_first_chars(re.compile(rf"\b(?:{words['during']})\b", re.IGNORECASE)),
        with_first_chars(re.compile(rf"\b(?:{words['live']})\b", re.IGNORECASE)),
    )


@lru_cache(maxsize=4)
def day_anaphor(words: Words) -> re.Pattern[str]:
    """'an diesem Tag', 'on that day', 'damals' (day_links.csv anaphor): a day an earlier sentence named; 'the following
    day', 'am Folgetag' (anaphor_next, the group `next`): the session after it."""
    return with_first_chars(re.compile(rf"\b(?:{words['anaphor']}|(?P<next>{words['anaphor_next']}))\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _carried(words: Words) -> re.Pattern[str]:
    """'damit', 'thereby' (day_links.csv): a sentence going on from the day of the one before."""
    return with_first_chars(re.compile(rf"\b({words['carried']})\b", re.IGNORECASE))


# a comma before a digit is a decimal or thousands mark ('612,50 HKD'), not the end of a clause; nor is one between a
# weekday and its date ('on Friday, March 20', 'am Freitag, 20. März': one day, `dates._apposed_date`)


@lru_cache(maxsize=4)
def _past_opening(words: Words) -> re.Pattern[str]:
    """An earlier event's opening (day_links.csv): 'after falling 4.7% on Friday', 'nachdem sie am
    Freitag gefallen war'."""
    return with_first_chars(re.compile(rf"\b(?:{words['earlier_opening']})\s*$", re.IGNORECASE))


@lru_cache(maxsize=4)
def _overnight(words: Words) -> re.Pattern[str]:
    """'Overnight in New York', 'über Nacht', 'am Vorabend' (overnight.csv): the session before the day
    of publication. At the head of the sentence or naming the market, not 'Nach Zahlen über Nacht'; 'am
    Vorabend' anywhere before the number."""
    return re.compile(
        rf"^\W*(?:{words['head']})\b|\b(?:{words['market']}) (?:{words['market_link']})\b|\b(?:{words['inline']})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _overnight_guard(words: Words) -> CaseBlindGuard:
    """Whether a sentence may hold an overnight word (`_overnight`, asked for every number; led by '^\\W*',
    the pattern cannot be led by its first characters)."""
    return CaseBlindGuard(_overnight(words))


def overnight_words(rules: Rules) -> tuple[CaseBlindGuard, re.Pattern[str]]:
    """The overnight words heading a sentence or naming its market (`_overnight`) and their guard, for the context."""
    return _overnight_guard(rules.overnight), _overnight(rules.overnight)


# how far after its number a trailing 'overnight' may stand ('a 3% gain in its U.S.-listed shares overnight'); led by
# its market, further ('a 4.3% slump in Baidu's American depositary receipts in New York overnight')
_TRAILING_REACH = 50
_MARKET_TRAILING_REACH = 80
# the words between a trailing overnight word and the price its move went to ('fell 2.2% overnight to $143.93'),
# up to the number
_CARRIED_PRICE_BEFORE = re.compile(r"[ \t]+(?:to|at|auf|bei)[ \t]+(?:HK\$|US\$|\$|€)?[ \t]*\Z")


@lru_cache(maxsize=4)
def _market_trailing_overnight(overnight: Words) -> re.Pattern[str]:
    """A trailing overnight word led by its market (overnight.csv trailing_market: 'in New York overnight')."""
    return with_first_chars(
        re.compile(rf"\b(?:{overnight['trailing_market']})\s+(?:{overnight['trailing']})\b", re.IGNORECASE)
    )


@lru_cache(maxsize=4)
def _trailing_overnight(overnight: Words, clause_words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The overnight word right after a move in its own phrase (overnight.csv trailing), and what ends the
    phrase before it: a clause break, another number (not the price the move went to: 'closed 1.1% lower at
    $152.78 overnight'), 'and' or a reason's word (clause_words.csv: 'rose 3% as investors cheered the news
    overnight')."""
    return (
        with_first_chars(re.compile(rf"\b(?:{overnight['trailing']})\b", re.IGNORECASE)),
        re.compile(
            rf"[,;]|(?<![\d.,])(?<!\b(?:at|to) )(?<!\b(?:at|to) \$)(?<!\b(?:at|to) (?:HK|US)\$)(?<!\b(?:auf|bei) )\d"
            rf"|\b(?:{clause_words['and']}|{clause_words['reason']})\b",
            re.IGNORECASE,
        ),
    )


def _overnight_after(days: DayBindings, m: NumberMention, offset: int, rules: Rules) -> bool:
    """'after its U.S. shares surged 9% overnight', 'closed 2% higher overnight': the number's own move was
    the overnight session's, the one before the sentence's day (its subordinate clause, if it stands in one)."""
    word, phrase_end = _trailing_overnight(rules.overnight, rules.clause_words)
    after = m.unit_end - offset
    if (carried := _CARRIED_PRICE_BEFORE.search(days.free, 0, m.start - offset)) is not None and any(
        hit.end() == carried.start() for hit in word.finditer(days.free, max(0, carried.start() - _TRAILING_REACH))
    ):
        # 'fell 2.2% overnight to $143.93': the price the overnight move went to is that session's close too
        return True
    hit = word.search(days.free, after, after + _TRAILING_REACH) or _market_trailing_overnight(rules.overnight).search(
        days.free, after, after + _MARKET_TRAILING_REACH
    )
    if hit is None or phrase_end.search(days.free, after, hit.start()):
        return False
    blanked = without_earlier_events(days.free, rules)  # both inside an earlier event's clause, or both outside
    number_at, word_at = m.start - offset, hit.start()
    return (blanked[number_at] == days.free[number_at]) == (blanked[word_at] == days.free[word_at])


# "Friday's low", "Monday's close": a session's figure named by its weekday is of a session already traded
# 'closed at $143.54 on Friday and have been in a range of $74.71 - $153.14 in the past 52 weeks': a window up to
# now; a weekday of the sentence's other verb does not date its extremes
_WINDOW_TO_NOW = re.compile(
    r"\b(?:in|over|during) the (?:past|last) (?:52 weeks|year|12 months|twelve months)\b"
    r"|\bin den (?:letzten|vergangenen) 52 Wochen\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _day_after(words: Words) -> re.Pattern[str]:
    """'a day after its ADRs slipped 0.9%', 'einen Tag, nachdem ...' (day_links.csv): the session before
    the sentence's day."""
    return with_first_chars(re.compile(rf"\b(?:{words['day_after']})\s*$", re.IGNORECASE))


# a previous close said in a sentence as a label of its clause ('The previous close was $150.96', 'had previously closed
# at $134.43'; dates.py reads its day)
_PREVIOUS_CLOSE_TOLD = re.compile(
    rf"\b[Tt]he (?:previous|prior) close (?:was|stood at)\b|\b(?:{PREVIOUS_CLOSE_IN_PLUPERFECT})"
)


# the day before told as a day of its own ('Am Vortag hatte sie 1,4 Prozent verloren', 'The previous day, ...'), not as
# the base of a move ('3,7 Prozent weniger als am Vortag', 'lower than the previous day', 'Schlusskurs des Vortags')
_THE_DAY_BEFORE_TOLD = re.compile(
    r"(?<!als )(?<!wie )(?<!gegenüber )\b[Aa]m Vortag\b"
    r"|(?<!than )(?<!from )(?<!with )(?<!to )"
    r"\b(?:[Tt]he (?:previous|prior) (?:day|session)|[Tt]he (?:day|session) before(?=\s*(?:[.,;:)–—]|$))"
    r"|(?:[Aa]|[Oo]ne) day earlier|[Tt]ags zuvor|am Tag zuvor)\b"
    # a quote box's label said in a sentence ('The previous close was $124.90' after Friday's close in Monday's recap)
    rf"|{_PREVIOUS_CLOSE_TOLD.pattern}"
)


def _day_before_in_pluperfect(sentence: str, rules: Rules) -> bool:
    """The day before told with a pluperfect's auxiliary right after it ('Am Vortag hatte sie ...', 'The day before,
    it had closed ...'), not one told in the simple past beside a pluperfect elsewhere in the sentence."""
    told = _THE_DAY_BEFORE_TOLD.search(sentence)
    if told is None:
        return False
    return pluperfect_auxiliaries(rules.tenses).search(sentence, told.end(), told.end() + 20) is not None


# a colon going on in words (not a clock time's, '16:08 Uhr', nor a ratio's)
_ELABORATION = re.compile(r"(?<!\d):\s+(?!\d)")


_CAUSAL_WORD = re.compile(r"\b(?:da|weil|because)\b", re.IGNORECASE)


def _causal(text: str, clause_start: int) -> bool:
    """The clause opening at `clause_start` gives a reason: its conjunction at its head, or right before it where the
    conjunction breaks clauses itself ('weil')."""
    found = _CAUSAL_WORD.search(text, max(0, clause_start - 6), clause_start + 9)
    return found is not None and not text[clause_start : max(clause_start, found.start())].strip()


@dataclass(frozen=True)
class DayScope:
    """The words whose day governs a number, and how that day is read from them."""

    words: str
    past: bool = False  # an earlier, completed session: a weekday is the latest such day up to publication
    sessions_back: int = 0  # 'a day after ...': the session before the one the words name
    # 'nach 146,50 HKD eine Woche zuvor', 'a year earlier': a 'week', 'month' or 'year' before the day the words name
    counted_back: str | None = None
    or_before: bool = False  # a comparison base without a day: the words' session or the one before
    overnight: bool = False  # an overnight word: the session before the day the sentence names, else publication's
    # a previous day told in a causal clause after the day the sentence names, or in a sentence's first clause after the
    # day in play: counted from that day, or from publication where that day is the session before it
    # ('wären am 19.03.2026 ... wert, da der Schlusskurs am Vortag bei 124,90 USD lag' on 20 March: the 19th's close by
    # publication's count, the 18th's by the date's)
    or_from_publication: bool = False


_A_PERIOD_EARLIER = (
    r"(?:(?:eine|einen|ein) (?P<unit>Woche|Monat|Jahr) (?:zuvor|davor|vorher|früher)"
    r"|(?:a|one) (?P<unit_en>week|month|year) (?:earlier|before|prior)|the (?P<unit_the>week|month|year) before)"
)
# right after a level, the week (month, year) before the day told: counted from that day, as 'am Vortag' after it is
_A_PERIOD_EARLIER_AFTER = re.compile(r"\s*" + _A_PERIOD_EARLIER + r"(?=\s*(?:[.,;:)–—]|$))", re.IGNORECASE)
_GERMAN_UNITS = {"woche": "week", "monat": "month", "jahr": "year"}
# the same, right before a clause telling what happened then, the number inside it ('3.0% lower than a week earlier,
# when they ended at $172.70', 'eine Woche zuvor, als sie bei 172,70 Dollar schlossen')
_A_PERIOD_EARLIER_WHEN = re.compile(_A_PERIOD_EARLIER + r"\s*,\s*(?:when|als)\b(?:[^,;.]|[.,](?=\d))*$", re.IGNORECASE)
# the same, opening the sentence: the numbers of its first clause ('A week earlier the stock had finished at $172.70,
# so it lost about 3% over the week', 'Eine Woche zuvor hatte sie bei 172,70 Dollar geschlossen')
_A_PERIOD_EARLIER_OPENING = re.compile(r"\s*" + _A_PERIOD_EARLIER + r"\b\s*,?", re.IGNORECASE)


def scope_of(days: DayBindings, offset: int, m: NumberMention, rules: Rules) -> DayScope:
    """Number m's day words (its own day, else its clause's, else the sentence's). A comparison base
    and a clause opened by 'after'/'nachdem' speak of a completed session; a clause opened by 'a
    day after' without a day of its own speaks of the session before the sentence's day, and a base
    without one of the sentence's day or the session before."""
    at = m.start - offset
    elaboration = _ELABORATION.search(days.free, at)
    if elaboration is not None:
        # 'Baidu, down 1% on the day at $137.01, has had a rougher week: the ADRs lost 4.6% on Thursday alone': what a
        # colon goes on to tell dates its own numbers, not the ones before it
        cut = elaboration.start()
        days = replace(days, free=days.free[:cut] + " " * (len(days.free) - cut))
    starts = [0, *(b.end() for b in SUBCLAUSE_BREAK.finditer(days.free, 0, at))]
    following = SUBCLAUSE_BREAK.search(days.free, at)
    clause_start, clause_end = starts[-1], following.start() if following else len(days.free)
    clause = days.free[clause_start:clause_end]
    if m.start in days.own:
        if names_previous_day(days.own[m.start]) and has_day_phrase(days.free):
            # 'closed at HK$642 on Thursday, down from HK$661.50 the previous day': the session before
            # the sentence's day, not before publication (in a causal clause maybe, as below)
            because = _causal(days.free, clause_start)
            return DayScope(
                without_earlier_events(days.free, rules), past=True, sessions_back=1, or_from_publication=because
            )
        return DayScope(days.own[m.start], past=True)
    if (
        (m.unit != "percent" and (earlier := _A_PERIOD_EARLIER_AFTER.match(days.free, m.unit_end - offset)))
        or (earlier := _A_PERIOD_EARLIER_WHEN.search(days.free, 0, at))
        or (
            (earlier := _A_PERIOD_EARLIER_OPENING.match(days.free)) is not None
            and SUBCLAUSE_BREAK.search(days.free, earlier.end(), at) is None
        )
    ):
        # 'schloss am Freitag bei 166,20 HKD, nach 146,50 HKD eine Woche zuvor', 'up from HK$112.00 a year earlier': a
        # week (a month, a year) before the day the sentence (or the one in play) names, not the session before it; so
        # is a number in the when-clause after it ('3.0% lower than a week earlier, when they ended at $172.70')
        word = (earlier["unit"] or earlier["unit_en"] or earlier["unit_the"]).lower()
        unit = _GERMAN_UNITS.get(word, word)
        return DayScope(without_earlier_events(days.free, rules), past=True, counted_back=unit)
    rest = days.free[:clause_start] + " " * len(clause) + days.free[clause_end:]
    if (
        names_previous_day(clause)
        and has_day_phrase(days.free[:clause_start])
        and not names_previous_day(rest)
        # (a clause naming its own day beside the previous day counts back from that day, not from another clause's:
        # 'stieg sie am Freitag auf 117,80 HKD nach 116,50 HKD am Vortag, während sie vor zehn Tagen ...')
        and not has_day_phrase(without_previous_day(clause))
    ):
        # '..., nach 22,3 Mio. Aktien am Vortag' after 'am Donnerstag': the session before that day, told before it
        # ('Am Vortag hatte die Aktie 2,8 Prozent verloren, am Montag hatte sie ...' counts back from the day in play,
        # not from the Monday a later clause tells)
        # (a causal clause, 'da der Schlusskurs am Vortag bei 124,90 USD lag', explains the day named by the close last
        # known when written: the day before publication maybe)
        return DayScope(
            without_earlier_events(rest, rules),
            past=True,
            sessions_back=1,
            or_from_publication=_causal(days.free, clause_start),
        )
    # (30 characters: day_links.csv's day_after looks behind 'the' for 'percent on ', 'up 1.7 percent on the day after')
    opening = days.free[max(0, starts[-1] - 30) : starts[-1]]
    if (
        follows_prior_level(days.free, at, rules)
        and not has_day_phrase(clause)
        # ', nach 270 Dollar im Jahr 2021', ', nach 186 HKD im Oktober': that year's or month's, not the session before
        and not lone_years(clause)
        and not names_month(clause)
    ):
        # 'schloss bei 160,10 HKD, nach 160,50 HKD': the figure the one before it followed, of the session before the
        # sentence's (with a day of its own, ', nach 160,50 HKD am Vortag', it is an earlier event's clause)
        return DayScope(without_earlier_events(rest, rules), past=True, sessions_back=1)
    if m.start in days.bases:
        # 'am Montag ... ein Plus von 4,7 % gegenüber 147,60 HKD': a base without a day of its own is
        # most often the session before the one its move is dated to; that session itself stays permitted
        return DayScope(clause if has_day_phrase(clause) else days.free, past=True, or_before=True)
    if _overnight_after(days, m, offset, rules) or (
        clause_start > 0
        and _overnight_guard(rules.overnight).may_match(clause)
        and _overnight(rules.overnight).search(days.free, clause_start, at) is not None
    ):
        # the day the sentence names (or publication's) is the later market's: the move was the session before (an
        # overnight word before the number in its own clause after the one naming the day, too: '... am Donnerstag
        # ..., nachdem die ADRs in New York am Vorabend 1,3 Prozent verloren hatten')
        return DayScope(_without_own_event(days.free, at, rules), sessions_back=1, overnight=True)
    if (
        _overnight_guard(rules.overnight).may_match(days.free)
        and _overnight(rules.overnight).search(days.free, 0, at)
        and not has_day_phrase(main := without_earlier_events(days.free, rules))
        and main[at] == days.free[at]
    ):
        # 'Overnight in New York, the ADRs had slipped 1.3%' (an earlier event told after it, 'after rising 7.4%
        # on Monday', keeps its own day, and that day is not the overnight session's); one after the number speaks
        # of the market it followed ('stiegen in Hongkong um 7 % und folgten dem Anstieg in den USA über Nacht')
        return DayScope(main, sessions_back=1, overnight=True)
    if (conjunct := _anaphor_conjunct(clause, at - clause_start, rules)) is not None:
        # 'It lost 5.5% the following day and another 4.2% on 27 February': the conjunct refers back, the other's day is
        # not its own
        return DayScope(" " * clause_start + conjunct + " " * (len(days.free) - clause_end), past=True)
    if clause == days.free or has_day_phrase(clause):
        # a sentence of one clause: its day is the clause's either way; a clause telling an earlier
        # event (', erasing Tuesday's 2.4% drop') speaks of a completed session too
        blanked = without_earlier_events(days.free, rules)
        told_earlier = blanked[at] != days.free[at] or POSSESSIVE_DAY.search(clause)
        main = blanked[clause_start:clause_end]
        own = _own_part(clause, main, at - clause_start)
        # (the main clause's conjuncts likewise once an earlier event's phrase is blanked: 'Nach den Zahlen am
        # Mittwoch fiel die Aktie am Donnerstag um 5,5 Prozent und am Freitag um weitere 4,2 Prozent')
        words = _own_conjunct(own, at - clause_start, rules) if own in (clause, main) else own
        return DayScope(
            words,
            # (a conjunct without a verb of its own, 'und am Freitag um 4,2 Prozent', is told in the tense of the clause
            # it goes on: a past one names the latest such weekday, not a coming one)
            past=_past_opening(rules.day_links).search(opening) is not None
            or bool(told_earlier)
            or (words != own and told_in_past(main, rules) and not told_in_past(words, rules)),
            # (a previous day the sentence's first clause tells may count from publication: `reference_of`)
            or_from_publication=clause_start == 0,
        )
    if clause != days.free and lone_years(clause):
        # 'Die ADS notierten 2021 bei mehr als 270 Dollar, heute sind es knapp 47 Prozent weniger': a clause naming a
        # year of its own is not dated by another clause's day (`past_year_window` reads the year)
        return DayScope(" " * clause_start + clause + " " * (len(days.free) - clause_end))
    blanked = without_earlier_events(days.free, rules)
    if (event := _event_around(days.free, blanked, at)) is not None:
        # a clause of its own inside an earlier event's span ('after its Hong Kong-listed stock jumped 3.1% on Tuesday,
        # with the Hang Seng Index climbing 2.8%'): that event's day
        return DayScope(event, past=True)
    if (
        _CONJUNCT.match(clause.lstrip())
        and (
            _tense_words(rules.tenses, "now").search(clause) is not None
            or _tense_words(rules.tenses, "present").search(clause) is not None
        )
        and _TO_DATE.search(clause) is not None
    ):
        # ', and the stock is now up more than 40% this month' after 'closed at $123.79 on Tuesday': a period to date in
        # a conjunct told as of the time of writing (as `_now_conjunct` within a clause), not of the day an earlier
        # clause names (a distance, ', and is now 1.2 percent above its 52-week low', keeps the session reported); so
        # is one told in the present without 'now' (', and the stock is down nearly 5% this week'; not 'was down')
        return DayScope(" " * clause_start + clause + " " * (len(days.free) - clause_end))
    if clause != days.free and _tense_words(rules.tenses, "now").search(days.free, clause_start, at) is not None:
        # 'Alibaba shares now trade at HK$155, below the HK$167.90 high hit on Monday': a clause told as of the time of
        # writing, naming no day, is not dated by the day another clause names
        return DayScope(" " * clause_start + clause + " " * (len(days.free) - clause_end))
    if clause != days.free and _told_apart_from_later_day(days.free, clause_start, clause_end, rules):
        # 'Die Aktie kostet 155 HKD, am Montag waren es noch 173,50 HKD', 'Shares closed at HK$155; a week ago they
        # were at HK$173.50': a later clause's earlier day is not this clause's; it is of the day in play or of the
        # time of writing
        return DayScope(" " * clause_start + clause + " " * (len(days.free) - clause_end))
    nearest = _nearest_dated_clause(blanked, starts)
    if nearest is not None:
        # 'The ADRs rose 5.1% on Monday, and the Hong Kong shares followed on Tuesday, rising 2.1%': of two
        # days in earlier clauses, the nearest one's; from a clause opened by 'a day after', the session
        # before it (a wire's dateline, 'HONG KONG, Nov 7 (Reuters) - ...', is a day of its own)
        return DayScope(nearest, sessions_back=1 if _day_after(rules.day_links).search(opening) else 0)
    # the sentence's day, but not one of an earlier event told in a subordinate clause ('..., nachdem
    # er am Mittwoch noch 1,7 Prozent gewonnen hatte')
    words = _without_others_look_back(without_earlier_events(days.free, rules), at, rules)
    if names_previous_day(words[clause_end:]) and not has_day_phrase(without_previous_day(words)):
        # 'It closed up 186 points, or 0.72%, at 25,967.98, more than recovering the 246 points it lost a day earlier':
        # the session before, told in a later clause, counts back from the day this clause reports, which it does not
        # date (the day in play's, else publication's)
        words = without_previous_day(words)
    elif _PREVIOUS_CLOSE_TOLD.search(words, 0, clause_start) and not has_day_phrase(without_previous_day(words)):
        # 'The stock had previously closed at $134.43, but opened at $123.02': a previous close told as the label of its
        # own clause dates that clause alone; the clauses after it tell the day in play
        words = without_previous_day(words)
    return DayScope(words, sessions_back=1 if _day_after(rules.day_links).search(opening) else 0)


def _told_apart_from_later_day(free: str, clause_start: int, clause_end: int, rules: Rules) -> bool:
    """Whether the clause free[clause_start:clause_end] names no day, no earlier clause names one, and a later clause
    names one that is not its own (`_later_day_told_apart`)."""
    clause, later = free[clause_start:clause_end], free[clause_end:]
    if has_day_phrase(clause) or has_day_phrase(free[:clause_start]) or not has_day_phrase(later):
        return False
    return _later_day_told_apart(clause, later, rules)


def _later_day_told_apart(clause: str, later: str, rules: Rules) -> bool:
    """The later words tell another time than the clause: a day counted back from the time of writing ('vor zehn
    Tagen', 'a week ago'), an earlier state told in the past (tenses.csv earlier_state: 'am Montag waren es noch'), or
    any day told in the past against the clause's figure in the present (tenses.csv present, present_quote)."""
    if names_days_ago(later):
        return True
    if _tense_words(rules.tenses, "earlier_state").search(later) is not None and told_in_past(later, rules):
        return True
    if in_present_perfect(clause, 0, rules) and told_in_past(later, rules) and not in_present_perfect(later, 0, rules):
        # 'Alibaba's Hong Kong shares have lost 10% since the end of January, and in New York the ADRs fell 8.9% over
        # the same period through Friday': a move told up to now, against a later day told in the simple past
        return True
    told_now = any(_tense_words(rules.tenses, role).search(clause) for role in ("present", "present_quote"))
    return told_now and not told_in_past(clause, rules) and told_in_past(later, rules)


def _event_around(sentence: str, blanked: str, at: int) -> str | None:
    """The span of an earlier event's clause the number at `at` lies in (`without_earlier_events` blanked it), up to
    the end of the number's clause, the rest blanked, offsets kept, where the span names a day before the number
    (not an earlier event told after it: 'after swinging between 24,713 and 25,096, clawing back part of Thursday's
    1.9% slide'); else None."""
    if blanked[at] == sentence[at]:
        return None
    start, end = at, at
    while start > 0 and blanked[start - 1] == " ":
        start -= 1
    while end < len(blanked) and blanked[end] == " " and sentence[end] not in ",;":
        end += 1
    if not has_day_phrase(sentence[start:at]):
        return None
    return " " * start + sentence[start:end] + " " * (len(sentence) - end)


# where a clause's next conjunct begins: 'lost 3.4% on Thursday and another 1.9% on Friday'
_CONJUNCT = re.compile(r"\b(?:and|und|sowie|but|aber|then|dann)\b", re.IGNORECASE)


def _own_conjunct(clause: str, at: int, rules: Rules) -> str:
    """Of a clause naming two days or more, the conjunct of the number at `at` where it names one ('lost 3.4% on
    Thursday and another 1.9% on Friday', 'verloren am Donnerstag 3,4 Prozent und am Freitag weitere 1,9 Prozent'),
    the rest blanked, offsets kept; else the whole clause."""
    found = day_phrases(clause)
    phrases = [(a, b) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)]
    if phrases and (now := _now_conjunct(clause, at, rules)) is not None:
        return now
    if phrases and (to_date := _to_date_conjunct(clause, at, rules)) is not None:
        return to_date
    if len(phrases) < 2:
        return clause
    start = max((c.end() for c in _CONJUNCT.finditer(clause, 0, at)), default=0)
    following = _CONJUNCT.search(clause, at)
    end = following.start() if following else len(clause)
    part = clause[start:end]
    if not has_day_phrase(part):
        return clause
    start = _from_day_right_after(phrases, start, end, at)
    return " " * start + clause[start:end] + " " * (len(clause) - end)


def _anaphor_conjunct(clause: str, at: int, rules: Rules) -> str | None:
    """The conjunct of the number at `at` (between 'and'/'but' words) when it refers back to a day an earlier sentence
    named ('the following day', 'on that day': `day_anaphor`), naming no day of its own: another conjunct's or clause's
    day is not its own; the rest blanked, offsets kept."""
    anaphor = day_anaphor(rules.day_links)
    if anaphor.search(clause) is None:
        return None
    start = max((c.end() for c in _CONJUNCT.finditer(clause, 0, at)), default=0)
    following = _CONJUNCT.search(clause, at)
    end = following.start() if following else len(clause)
    if anaphor.search(clause, start, end) is None or has_day_phrase(clause[start:end]):
        return None
    return " " * start + clause[start:end] + " " * (len(clause) - end)


@lru_cache(maxsize=8)
def _tense_words(words: Words, role: str) -> re.Pattern[str]:
    """A role of tenses.csv as whole words: 'now' ('now', 'inzwischen': a conjunct told as of the time of writing),
    'present' ('is', 'liegt': a conjunct's verb in the present or present perfect)."""
    return re.compile(rf"\b(?:{words[role]})\b", re.IGNORECASE)


# a period up to the time of writing ('this month', 'so far this year', 'year to date', 'seit Jahresbeginn')
_TO_DATE = re.compile(
    r"\b(?:this|so far this|in diesem|im laufenden) (?:week|month|quarter|year|Jahr|Monat)\b"
    r"|\bseit (?:Jahres|Monats)beginn\b|\byear[- ]to[- ]date\b|\bso far\b"
    # a run counted back from the time of writing ('over the past five sessions', 'in the last two weeks', 'in den
    # vergangenen fünf Handelstagen'): told in the present in its own conjunct, it ends now as 'this month' does
    r"|\bthe (?:past|last) (?:(?:\w+|\d+)[ -])?(?:sessions?|trading days?|days?|weeks?|months?)\b"
    r"|\bden (?:vergangenen|letzten) (?:(?:\w+|\d+) )?(?:Handelstagen|Sitzungen|Tagen|Wochen|Monaten)\b",
    re.IGNORECASE,
)


def _now_conjunct(clause: str, at: int, rules: Rules) -> str | None:
    """The conjunct of the number at `at` after 'and' that names no day but says 'now' ('The benchmark had jumped 1.8%
    on Feb 9 and is now up 6.1% since the start of the year', 'und liegt nun 6,1 Prozent im Plus'): as of the time of
    writing, not the day the conjunct before it told; the rest blanked, offsets kept."""
    starts = [c.end() for c in _CONJUNCT.finditer(clause, 0, at)]
    if not starts:
        return None
    following = _CONJUNCT.search(clause, at)
    end = following.start() if following else len(clause)
    part = clause[starts[-1] : end]
    if has_day_phrase(part) or _tense_words(rules.tenses, "now").search(part) is None:
        return None
    # (its own words kept: 'and are now about 15% below this month's high' names the high's month)
    return " " * starts[-1] + part + " " * (len(clause) - end)


def _to_date_conjunct(clause: str, at: int, rules: Rules) -> str | None:
    """The conjunct of the number at `at` that names no day but tells a period to date in the present or present
    perfect ('the ADR has gained roughly 62% this year and reached a high on Monday', 'hat seit Jahresbeginn 20
    Prozent zugelegt und schloss am Montag ...'): as of the time of writing, not the day another conjunct names; the
    rest blanked, offsets kept; None where no conjunct follows the number's, or a day is named up to its end."""
    starts = [c.end() for c in _CONJUNCT.finditer(clause, 0, at)]
    following = _CONJUNCT.search(clause, at)
    if following is None:
        return None
    start = starts[-1] if starts else 0
    end = following.start()
    part = clause[start:end]
    if (
        # (a day in a conjunct before it, 'had added 0.7% on Wednesday and is still up 3.9% this year', is left to
        # `_now_conjunct` and the clause rules: only a day named after the number's conjunct is another's)
        has_day_phrase(clause[:end])
        or _TO_DATE.search(part) is None
        or _tense_words(rules.tenses, "present").search(part) is None
    ):
        return None
    return " " * start + part + " " * (len(clause) - end)


def _from_day_right_after(phrases: list[tuple[int, int]], start: int, end: int, at: int) -> int:
    """Where the words of the number at `at` begin within [start, end): after the day named before it where
    another day follows right after the number ('after the print on Wednesday evening sent them 6.8% lower on
    Thursday': the day written right after the move is its own, not the event's day named before it)."""
    before = [b for a, b in phrases if start <= a and b <= at]
    after = [a for a, _ in phrases if at < a < end]
    return max(before) if before and after and min(after) - at <= _DAY_RIGHT_AFTER else start


# how far after a number its move's own day may begin ('6.8% lower on Thursday', '4 Prozent tiefer am Freitag')
_DAY_RIGHT_AFTER = 24


def _without_own_event(sentence: str, at: int, rules: Rules) -> str:
    """The sentence without the earlier event's clause the number at `at` stands in: the main clause's day
    words, from which an overnight move's session is counted back."""
    blanked = without_earlier_events(sentence, rules)
    return blanked if blanked[at] != sentence[at] else sentence


def _own_part(clause: str, blanked: str, at: int) -> str:
    """Of a clause holding an earlier event's phrase with a day of its own and no comma before the main
    verb ('Nach dem Kurssprung von 4,1 Prozent am Donnerstag folgte am Freitag ein Minus von 3 Prozent'), the
    words whose day governs the number at `at`: the rest for a number outside the phrase, whether it names a
    day or not (the event's day is the event's: 'fiel um 0,8 Prozent nach einem Minus von 2,2 Prozent am
    Vortag'); the event's phrase for a number in it when it names a day; else the whole clause."""
    if blanked == clause:
        return clause
    if blanked[at] == clause[at]:
        return blanked
    start, end = at, at
    while start > 0 and blanked[start - 1] == " ":
        start -= 1
    while end < len(clause) and blanked[end] == " ":
        end += 1
    event = clause[start:end]
    if not has_day_phrase(event):
        return clause
    found = day_phrases(event)
    phrases = [(a, b) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)]
    begin = _from_day_right_after(phrases, 0, len(event), at - start)
    return " " * begin + event[begin:]


# a look-back from its base day up to the clause's end ('since it posted results after the bell on Feb. 25')
_LOOK_BACK_CLAUSE = re.compile(r"\b(?:since|seit)\b[^,;]*", re.IGNORECASE)
_CLAUSE_OR_SENTENCE_START = re.compile(r"[,;](?!\d)[^,;]*$")


@lru_cache(maxsize=4)
def _holder_base(words: Words) -> tuple[re.Pattern[str], CaseBlindGuard, re.Pattern[str]]:
    """A holder's purchase opening a clause up to its end (since_bases.csv holder: 'investors who bought in early
    September 2024'), a guard telling the sentences that may hold one, and the holder's own gain told after it
    (holder_gain: 'are sitting on', 'liegt')."""
    purchase = re.compile(rf"\b(?:{words['holder']})\b[^,;]*", re.IGNORECASE)
    return purchase, CaseBlindGuard(purchase), re.compile(rf"\b(?:{words['holder_gain']})\b", re.IGNORECASE)


# the clause after a holder's purchase, where the holder's gain may be told ('..., wer ... eingestiegen ist, liegt 64
# Prozent vorn')
_NEXT_CLAUSE = re.compile(r"(?:[,;](?!\d))?(?:[^,;]|[,](?=\d))*")


def _without_others_look_back(words: str, at: int, rules: Rules) -> str:
    """The words without the look-back of another number's clause ('Nvidia has lost 8.6% since it posted results on
    Feb. 25, and it trades 13.7% below its 52-week high': Feb. 25 is the 8.6%'s base, no day of the 13.7%), nor a
    holder's purchase told after the number ('down about 2% over the past 12 months, but investors who bought in
    early September 2024 ...': that month is the base of their gain, not the end of the 2%'s window)."""
    purchase, guard, gain = _holder_base(rules.since_bases)
    if guard.may_match(words):
        for m in purchase.finditer(words):
            told = _NEXT_CLAUSE.match(words, m.end())
            # only a holder whose own gain follows ('... are sitting on a gain of 64%'): a purchase told as the move's
            # cause ('rebounded 3.2%, lifted by dip buyers who bought in on March 10') is of the move's own day
            if m.start() > at and gain.search(words, m.start(), told.end() if told else m.end()):
                words = words[: m.start()] + " " * (m.end() - m.start()) + words[m.end() :]
    if "since" not in words and "seit" not in words.lower():
        return words  # most sentences
    for m in _LOOK_BACK_CLAUSE.finditer(words):
        before = _CLAUSE_OR_SENTENCE_START.search(words, 0, m.start())
        clause_start = before.start() + 1 if before else 0
        if clause_start <= at < m.end() or not any(c.isdigit() for c in words[clause_start : m.start()]):
            continue  # its own look-back, or one heading its clause ('Since Monday, the stock has gained 5%')
        words = words[: m.start()] + " " * (m.end() - m.start()) + words[m.end() :]
    return words


def _nearest_dated_clause(free: str, starts: list[int]) -> str | None:
    """The nearest clause before a number's own that names a day, when a clause before that names another
    one too (with one day in the sentence, that day is the sentence's either way); of a clause naming two
    days, the part from the first one's end ('fell 3.6% on Thursday and edged lower again on Friday, ending at
    HK$142.90': Friday's close)."""
    dated = [i for i in range(len(starts) - 1) if has_day_phrase(free[starts[i] : starts[i + 1]])]
    if not dated:
        return None
    start, end = starts[dated[-1]], starts[dated[-1] + 1]
    found = day_phrases(free[start:end])
    # (a phrase inside another is no day of its own: 'today' in 'Heading into today')
    phrases = [(a, b) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)]
    if len(phrases) > 1:
        start += phrases[-2][1]
    elif len(dated) < 2:
        return None
    return " " * start + free[start:end]


_YEAR_PAIR = re.compile(r"\b((?:19|20)\d\d)(?:,\s*((?:19|20)\d\d))*,?\s+(?:und|and)\s+((?:19|20)\d\d)\b")


def calendar_year(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention]) -> int | None:
    """The year a calendar-year move belongs to: '2023 und 2024 Zuwächse von 240 beziehungsweise
    170 %' gives the k-th percentage after the years the k-th year ('240% and 170% in 2023 and
    2024, respectively': the k-th before them); a lone number the last year."""
    before = list(_YEAR_PAIR.finditer(sentence, 0, m.start - offset))
    after = _YEAR_PAIR.search(sentence, m.unit_end - offset)
    if before:
        years = [int(y) for y in YEAR.findall(before[-1].group())]
        run = [o for o in inside if o.unit == m.unit and before[-1].end() + offset <= o.start]
    elif after:
        years = [int(y) for y in YEAR.findall(after.group())]
        run = [o for o in inside if o.unit == m.unit and o.start < after.start() + offset]
    else:
        return None
    at = run.index(m) if m in run else len(years) - 1
    return years[min(at, len(years) - 1)]


# a year whose last close a move is measured from, right before the year ('from where it finished 2024', 'gegenüber
# dem Jahresschluss 2024')
_YEAR_END_BASE = re.compile(
    r"(?:\b(?:finished|ended|closed(?: out)?)"
    r"|\b(?:Jahresschluss|Jahresende|Jahresultimo)(?:kurs)?(?: von| des Jahres)?)\s+$"
)


# a whole year named without its figures ('über das gesamte Jahr', 'für das ganze Jahr'): no year of its own, unlike
# 'im vergangenen Jahr'
_WHOLE_YEAR = re.compile(r"\b(?:gesamte|ganze)n? (?:Kalender|Börsen)?[Jj]ahr\b")
# the first quarter: a year's summary is still written about the year just ended
_EARLY_MONTHS = 3


@lru_cache(maxsize=4)
def _so_far(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'bislang', 'bisher' (tenses.csv so_far): a move told up to now; and a verb in the present or the present
    perfect's auxiliary (tenses.csv present: 'hat', 'steht', 'liegt')."""
    return (
        re.compile(rf"\b(?:{words['so_far']})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{words['present']})\b", re.IGNORECASE),
    )


def _whole_year_so_far(sentence: str, at: int, published: date, rules: Rules, spans: list[tuple[int, int]]) -> bool:
    """A whole year named without its figures is the year so far where the sentence says it goes on up to now: a
    so-far word ('Über das gesamte Jahr hat die Aktie bislang 20 Prozent gewonnen'), or the present or present perfect
    in a text written after the year's first quarter ('hat über das gesamte Jahr 20 Prozent zugelegt' in August); a
    summary in the past tense ('Über das gesamte Kalenderjahr gewann die Aktie 55 Prozent' in January, 'Über das ganze
    Jahr legte die Aktie 29 Prozent zu' in March) is the year just ended, as is 'im vergangenen Jahr'. The words of
    the number's own clause (at: its place) say so, not another clause's ('..., bislang liegt sie 2026 im Plus')."""
    if not any(_WHOLE_YEAR.search(sentence, start, end) for start, end in spans):
        return False
    so_far, present = _so_far(rules.tenses)
    clause = clause_of(sentence, at)
    if so_far.search(clause):
        return True
    return published.month > _EARLY_MONTHS and present.search(clause) is not None


def year_return(
    sentence: str, offset: int, m: NumberMention, published: Published, spans: list[tuple[int, int]], rules: Rules
) -> tuple[str, int | None]:
    """A move 'in 2025' / 'im Jahr 2025': of the year so far when the year is the publication's,
    of that calendar year when it is past, a forecast when it is to come. The year is its cue's (`spans`: where the
    cue stands), not another the sentence names ('gained 0.1% so far in 2026 after surging 75% last year'); a whole
    year without its figures told up to now is the year so far (`_whole_year_so_far`)."""
    if _YEAR_PAIR.search(sentence):
        return "calendar_year_return", None  # '240% and 170% in 2023 and 2024': calendar_year() pairs them
    at = m.start - offset
    years = [
        (abs(hit.start() - at), int(hit.group()), hit.start())
        for start, end in spans
        for hit in YEAR.finditer(sentence, start, end)
    ]
    year = min(years)[1] if years else None
    if years and published.date is not None and _YEAR_END_BASE.search(sentence, 0, min(years)[2]):
        # 'down 5% from where it finished 2024', 'gegenüber dem Jahresschluss 2024': a move since that year's last
        # close, the year so far where it is the year before publication's, else a look-back from an older year-end
        assert year is not None
        return ("ytd_return", None) if year == published.date.year - 1 else ("since_return", None)
    if year is None and published.date is not None and _whole_year_so_far(sentence, at, published.date, rules, spans):
        return "ytd_return", None
    if year is None and published.date is not None:
        year = published.date.year - 1  # a year cue without its figures: 'last year', 'im vergangenen Jahr'
    if year is None or published.date is None or year < published.date.year:
        return "calendar_year_return", year
    return ("ytd_return", None) if year == published.date.year else ("forecast", None)


class TimeSlot(NamedTuple):
    """A claim's time: the session or period it refers to, how its day was read, the notes that say so
    and where the day came from."""

    reference: dict[str, str] | None
    basis: str
    notes: list[str]
    source: TimeSource
    after_publication_note: str | None = None  # the day words were read as a day after publication
    set_on: str | None = None  # the day the text says an extreme read as of publication was set (ISO day)


def _told_live(sentence: str, published: Published, carried: date, rules: Rules) -> bool:
    """A sentence telling its figure in the present beside a during word, in a text whose time of writing is known,
    on a day after the one an earlier sentence told (`_live_during`)."""
    if published.at is None or published.date is None or carried >= published.date:
        return False
    during, live = _live_during(rules.session_words)
    return during.search(sentence) is not None and live.search(sentence) is not None


_DISTANCE_52W = frozenset({"distance_52w_high", "distance_52w_low"})
# the 52-week extreme named right before a day ('52-Wochen-Hoch: 186,20 HKD (3. Oktober)', 'Tief vom 7. April',
# '52-week high of $192.67 on Oct. 2'): up to 30 characters between, no ';', '!' or '?'
_EXTREME_BEFORE = re.compile(r"(?:Hoch|Tief|high|low|peak)\b[^;!?]{0,30}$", re.IGNORECASE)


_DAY_EXTREMES = frozenset({"day_high", "day_low"})


# an extreme told in the clause a day heads, before the clause of the distance ('Am 2. Oktober hatte der Index bei
# 27.382 Punkten den höchsten Stand seit gut vier Jahren erreicht, davon ist er gut 4 Prozent entfernt')
_EXTREME_SET_AFTER = re.compile(
    r"\b(?:Hoch|Tief|Höchst|Tiefst|höchsten|tiefsten|niedrigsten|high|low|peak)\w*\b[^;!?]{0,80}?,[^,;!?]*$",
    re.IGNORECASE,
)


def _day_of_the_extreme(sentence: str, at: int | None = None) -> bool:
    """The sentence's first day is written right after a 52-week extreme it names, or heads the clause telling that
    extreme set before the number (`_EXTREME_SET_AFTER`): the extreme's day."""
    phrases = day_phrases(sentence)
    if not phrases:
        return False
    start, end = phrases[0]
    if _EXTREME_BEFORE.search(sentence, max(0, start - 60), start) is not None:
        return True
    return at is not None and at > end and _EXTREME_SET_AFTER.search(sentence, end, at) is not None


def reference_of(
    kind: str,
    sentence: str,
    published: Published,
    context: Context,
    rules: Rules,
    past: bool = False,
    sessions_back: int = 0,
    or_before: bool = False,
    at: int | None = None,
    overnight: bool = False,
    other_subject: bool = False,
    venue: str | None = None,
    or_from_publication: bool = False,
    counted_back: str | None = None,
) -> TimeSlot:
    """What a claim refers to: one session, or a period ending on its as-of day, and where that
    came from.

    `venue` is the claim's own listing's, where known (else the one in play is taken).

    A claim that names no day is 'implied' and refers to the publication day (wire copy in the
    present tense, 'jump 7.8% to HK$124.8', speaks of that day); its source says it is a default,
    so the measure step still reads the last sessions up to publication, and such a claim can
    never be called wrong for a day it did not name.
    """
    day = resolve_day(sentence, published.date, rules, past)
    notes: list[str] = []
    source: TimeSource = "text"
    set_on = None
    in_play = context.day.day if context.day is not None else None
    if context.day_told_before is not None and _day_before_in_pluperfect(sentence, rules):
        # 'Am Donnerstag hatte die Aktie 7,1 Prozent verloren. Am Vortag hatte sie noch bei 134,43 Dollar geschlossen.'
        # in Friday's text: the pluperfect goes on back from the earlier day the sentence before told
        in_play = context.day_told_before
    if (
        not sessions_back
        and day is not None
        and day.basis == "relative"
        and in_play is not None
        and published.date is not None
        and in_play < published.date
        and names_previous_day(sentence)
        and _THE_DAY_BEFORE_TOLD.search(sentence) is not None
        and len(day_phrases(sentence)) == 1
        and (not other_subject or pluperfect_auxiliaries(rules.tenses).search(sentence) is not None)
    ):
        # 'Die Aktie sprang am Dienstag um 5,6 Prozent ... Am Vortag hatte sie 1,4 Prozent verloren' in a text of
        # Wednesday: the session before the day the text tells, not the one before publication. Another company's
        # move in the simple past is a report of its own, counted back from the time of writing ('BABA closed at
        # $179.45 on Monday ... BIDU jumped 4.8% in the prior session' in Tuesday's pre-market item: Monday)
        day, sessions_back = DateRef(in_play, "relative", "the day before the one in play"), 1
        # a sentence's first clause on another venue than the day in play's, told in the simple past ('An der NYSE
        # ging das ADR am Vortag mit einem Plus von 0,3 Prozent aus dem Handel' in Tuesday's text after Monday's Hong
        # Kong close; `scope_of`), not looking back from the day in play as a pluperfect or the same venue's next
        # sentence does: the day before publication is a reading too, where that is the day in play
        or_from_publication = (
            or_from_publication
            and venue is not None
            and context.venue is not None
            and venue != context.venue
            and pluperfect_auxiliaries(rules.tenses).search(sentence) is None
        )
    if (
        day is None
        and context.day_referred_back is not None
        and (anaphor := day_anaphor(rules.day_links).search(sentence)) is not None
    ):
        # 'an diesem Tag', 'on that day': the day the earlier sentence named, as firmly as it named it (or
        # none it could read: then the claim's time stays unresolved); 'the following day': the session after it
        day, source = context.day_referred_back, "earlier_sentence"
        if day.day is not None and anaphor.group("next"):
            day = replace(day, day=session_after(day.day), note="the session after the day an earlier sentence named")
        elif day.day is not None:
            day = replace(day, note="day taken from an earlier sentence")
    if (
        kind in EXTREME_KINDS
        or (kind == "distance_past_peak" and extreme_month_window(sentence, published.date, at) is not None)
    ) and (day is not None and day.start is not None):
        # 'below its record close of $207.04 in late October', 'Vom Hoch Anfang Oktober ... fast 35 Prozent verloren':
        # the month is the extreme's, the distance and the 52-week high are as of the article's now
        notes.append("the month named is the extreme's; read as of publication")
        day = None
    if kind in PERIOD_EXTREME_KINDS and (day is None or day.start is None):
        # 'am Oktoberhoch bei 186,20 HKD': the month named without a year is the period of the high
        in_play = context.day.day if context.day is not None else None
        # ('Die Wochenspanne lag zwischen 153,90 und 162,70 HKD', 'Die Handelsspanne im Januar reichte von ...': the
        # period the range's words name)
        day = (
            extreme_month_window(sentence, published.date, at)
            or range_period(sentence, published.date, in_play, at)
            or day
        )
    if kind == "month_return" and (
        day is None or day.start is None or (at is not None and names_month_in_clause(sentence, at))
    ):
        # 'gewann im Juli 2,9 Prozent', 'im Vormonat': the month named is the move's period, not the month so far;
        # the month of the number's own clause beats a part of a month another clause names ('below its record close
        # from late October, but it is up 3.1 per cent so far in March')
        in_play = context.day.day if context.day is not None else None
        named = named_month_window(sentence, published.date, in_play, at)
        if named is None and context.month_told is not None and names_same_month(sentence):
            named = context.month_told  # 'gained 32.4% in the month' after 'rose 7.1% in September'
        day = named or day
    if kind in EXTREME_KINDS and day is not None and day.basis != "relative" and _EXTREMES_DAY.search(sentence):
        # 'Das 52-Wochen-Hoch vom 2. Oktober ... ist gut 30 Prozent entfernt': the day is the high's (a weekday
        # beside it is the day reported: 'hatte am Mittwoch ... verloren und liegt damit 16 Prozent unter dem Hoch vom
        # 2. Oktober', a date of a month losing to it in resolve_day)
        notes.append("the day named is the extreme's; read as of publication")
        day = None
    if (
        day is None
        and kind in SESSION_KINDS | {"index_level", "index_move"}
        and published.date is not None
        # (the month a move was told for by its name when no day is in play: 'büßte im Februar 3,8 Prozent ein ...
        # Am letzten Handelstag des Monats legte er knapp 1 Prozent zu')
        and (told_of := context.day or context.month_told) is not None
        and told_of.day is not None
        and (month_left := month_left_unnamed(sentence, published.date, told_of.day)) is not None
    ):
        # 'They ended the month at $144.11' after a recap of February's sessions: the month's last close, not the
        # day the recap ended on ('Am letzten Handelstag des Monats legte er knapp 1 Prozent zu': an index's move too)
        day, source = month_left, "text"
    if (
        day is None
        and context.day
        and context.day.day
        and (
            kind in SESSION_KINDS | VOLUME_KINDS | {"index_move", "index_level"}
            or _carried(rules.day_links).search(sentence)
        )
    ):
        day = DateRef(context.day.day, "implied", "day taken from an earlier sentence")
        source = "earlier_sentence"
        if (
            kind in PERIOD_KINDS | EXTREME_KINDS
            and (venue or context.venue) is not None
            and (latest := context.latest_told.get(venue or context.venue or "")) is not None
            and latest > context.day.day
            and _carried(rules.day_links).search(sentence)
        ):
            # 'Die Aktie hat heute ... bei 155,00 HKD geschlossen. Am Mittwoch verlor das Papier 0,9 Prozent, gestern
            # legte es um 0,1 Prozent zu. Auf Wochensicht steht damit ein Minus von 8,4 Prozent': a period's move to
            # date going on from a recap of earlier days runs up to the latest session the text told on that venue; so
            # does a distance to the 52-week extreme, as of the article's now, going on from another venue's earlier day
            day = DateRef(latest, "implied", "the latest session the text told on this venue")
        if _told_live(sentence, published, context.day.day, rules):
            # 'The Hang Seng is down 1.2% at 24,650 in afternoon trade' in a note stamped 07:40 BST after 'fell 1.9% on
            # Friday': the session trading at writing, read as of the time of writing
            day, source = None, "publication_default"
        elif (
            overnight
            and published.date is not None
            and context.day.day < published.date
            and (at is None or pluperfect_clause(sentence, at, rules) is None)
        ):
            # 'In New York, Alibaba's ADRs climbed 3% to $126.06 overnight' in a text of Tuesday morning after
            # 'sank 3.5% on Monday': a day an earlier sentence told as past is not the overnight market's own; the
            # session before publication is ('had slipped 3% overnight' after 'fell on Tuesday' keeps Tuesday's)
            day, source = None, "text"
    if (
        kind in SET_EXTREME_KINDS
        and day is not None
        and (day.basis == "stated" or _WINDOW_TO_NOW.search(sentence) is not None)
        and day.day is not None
        and published.date is not None
        and day.day <= published.date
    ):
        # 'Am 18.09.2025 stieg das Papier auf das 52-Wochen-Hoch': the day the extreme was set;
        # the extreme itself is the one held as of publication
        notes.append(f"extreme set on {day.day.isoformat()}; read as of publication")
        set_on = day.day.isoformat()
        day = DateRef(published.date, "relative")
    elif kind in SET_EXTREME_KINDS and (month_end := extreme_set_in_month(sentence, published.date)) is not None:
        # 'Das Jahreshoch aus dem Oktober bei 186,20 HKD' in January: last year's high, held at that month's end
        notes.append(f"extreme set in the month up to {month_end.isoformat()}; read as of publication")
        set_on = month_end.isoformat()
    if (
        kind in _DISTANCE_52W
        and day is not None
        and day.basis == "stated"
        and day.day is not None
        and published.date is not None
        and day.day < published.date
        and _day_of_the_extreme(sentence, at)
    ):
        # '52-Wochen-Hoch: 186,20 HKD (3. Oktober), Abstand: gut 20 Prozent', 'Hoch vom 3. Oktober, Abstand ...': the
        # day the extreme was set, written after it; the distance names no day of its own (read on the sessions up to
        # publication, as one naming none)
        notes.append(f"the extreme's day {day.day.isoformat()}; the distance read as of publication")
        day = None
    if sessions_back and day is None and published.date is not None:
        day = DateRef(published.date, "relative")  # 'overnight': the session before publication's day
    if counted_back:
        on = day.day if day is not None and day.start is None else None
        on = on or (context.day.day if context.day is not None else None) or published.date
        if on is not None:
            notes.append(f"a {counted_back} before {on.isoformat()}")
            day = DateRef(day_counted_back(on, counted_back), "relative")
    # a day's low or high after 'from' is the session's range told ('Tuesday's range ran from $187.40 to $193.77') or
    # the extreme a move of that session came off ('down from a session high of $160'): that session's, no base of the
    # session before
    or_before = or_before and kind not in _DAY_EXTREMES
    if (
        overnight
        and sessions_back
        and day is not None
        and day.day is not None
        and _ended_overnight(venue, day.day, published, rules)
    ):
        # 'Overnight, Hong Kong's Hang Seng Index fell 2%' in a New York wrap of Wednesday: a venue whose session of
        # that day ended before its midday (UTC) traded in the night before it, that day's session, not the one before
        notes.append(f"an overnight session of a venue that closes before midday UTC: {day.day.isoformat()}'s own")
        sessions_back = 0
    if (sessions_back or or_before) and day is not None and day.day is not None and day.start is None:
        on = day.day
        before = session_before(on)
        either = or_from_publication and published.date is not None and session_before(published.date) == on
        # (an indicator's reading a move started from, 'Der RSI ist binnen eines Tages von 37 auf 58 gesprungen', is
        # read on closes: the session before's, as a reading as of a day is never a window)
        if (or_before and kind not in AS_OF_KINDS) or either:
            # a window of the two sessions, approximate: each of them is a permitted reading
            notes.append(f"read on {on.isoformat()} or the session before it, {before.isoformat()}")
            day = replace(day, basis="approximate", start=before)
        else:
            notes.append(f"read on the session before {on.isoformat()}: {before.isoformat()}")
            day = replace(day, day=before)
    if day is not None and day.note:
        notes.append(day.note)
    after = day.note if day is not None and day.after_publication else None
    if day is not None and day.basis == "unresolved":
        return TimeSlot(None, "unresolved", notes, "none", after)
    if day is None or day.day is None:
        if published.date is None:
            return TimeSlot(None, "unresolved", [*notes, "no day stated and no publication date"], "none", after)
        if day is None:
            notes.append("no day stated: read against the sessions up to publication")
        # (a text stating the close its figures are as of: that session only, not a window a stale close would pass)
        basis, as_of, source = "stated" if published.as_of_close else "implied", published.date, "publication_default"
    else:
        basis, as_of = day.basis, day.day
    if day is not None and day.start is not None and kind not in AS_OF_KINDS:
        # 'Mitte Februar'
        return TimeSlot({"start": day.start.isoformat(), "end": as_of.isoformat()}, basis, notes, source, after, set_on)
    return TimeSlot(period_reference(kind, as_of) or {"date": as_of.isoformat()}, basis, notes, source, after, set_on)


# a day written right after the high or low it dates ('52-Wochen-Hoch vom 2. Oktober 2025', 'Hoch am
# 02.10.2025', "52-week high of Oct. 2", 'high set on Thursday'), or in a relative clause after it ('its
# 52-week high ($192.67), which the company reached on October 2nd')
_EXTREMES_DAY = re.compile(
    r"(?:Hoch|Tief|Hochs|Tiefs|Höchststand|Tiefststand|high|low|peak|trough)(?:\s*\([^()]{1,20}\))?"
    # ('the all-time high of $212.19 it reached on Oct. 29': its level and the subject that set it between; 'Vom
    # 52-Wochen-Tief bei 73,60 HK$, erreicht am 4. März, ...': a German level with its currency and comma)
    r"(?:\s+(?:of|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?\d[\d.,]*(?:\s*(?:HK\$|HKD|USD|EUR|Euro|US-Dollar|Dollar|Punkten?),?)?)?"
    r"(?:\s+(?:(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+)?(?:(?:set|reached|hit|touched|marked|erreicht|markiert|aufgestellt)\s+)?"
    r"(?:vom|von|am|on|of|from)\s+(?:dem\s+|the\s+)?"
    r"|,\s*(?:which|that)\s+(?:[\w.]+\s+){0,3}?(?:set|reached|hit|touched|achieved)\s+(?:on\s+)?"
    # ('Hoch bei 186,20 HKD, das am 3. Oktober erreicht wurde': a German relative clause, its verb after the day)
    r"|(?:\s+(?:bei|von)\s+(?:HK\$|US\$|\$|€)?\s?\d[\d.,]*\s*(?:HKD|HK-?\$|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|Dollar|Punkten?)?)?"
    r",\s*(?:das|der|den|welches|welchen)\s+(?:(?:die\s+Aktie|der\s+Kurs|das\s+Papier|es|er|sie)\s+)?(?:am|vom)\s+)"
    r"(?:\d|(?:Jan|Feb|Mär|Mar|Apr|Ma[iy]|Jun|Jul|Aug|Sep|Okt|Oct|Nov|De[cz])[a-zä]*\.?\s+\d)"
    # 'its Oct. 29 record high': the date before the extreme
    r"|\b(?:its|their|the)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:(?:(?:record|all-time|intraday|closing|52-week)\s+){0,2}(?:high|low|peak|trough)"
    # ('its Oct. 29 record close of 26,119.85': a record close is a high)
    r"|(?:record|all-time)\s+clos(?:e|ing\s+(?:high|level)))\b",
    re.IGNORECASE,
)


def _ended_overnight(venue: str | None, day: date, published: Published, rules: Rules) -> bool:
    """The venue's session of that day had ended by its midday in UTC (Hong Kong's, Tokyo's, not New York's nor
    Frankfurt's): told 'overnight' by a writer in Europe or the Americas, the only ones who call another market's
    session so, it is the session of that very day, traded in the night before it. A text stamped that day before that
    session opened cannot tell it: its overnight session is the one before (a stamp while it trades keeps that day's,
    the session the writer's night saw)."""
    code = next((listing.calendar for listing in rules.listings if listing.venue == venue), None)
    if code is None:
        return False
    midday = datetime.combine(day, time(12), tzinfo=UTC)
    try:
        if (
            published.at is not None
            and published.date == day
            and published.at < midday
            and not session_closed_by(code, day, published.at)
            and not session_trading_at(code, day, published.at)
        ):
            return False
        return session_closed_by(code, day, midday)
    except MissingData:  # a day outside the calendar held
        return False


def session_after(day: date) -> date:
    """The weekday after a day (Friday's is Monday); a holiday is the measure step's to find."""
    return day + timedelta(days=3 if day.weekday() == 4 else 2 if day.weekday() == 5 else 1)


def session_before(day: date) -> date:
    """The weekday before a day (Monday's is Friday); a holiday is the measure step's to find."""
    return day - timedelta(days=3 if day.weekday() == 0 else 2 if day.weekday() == 6 else 1)
