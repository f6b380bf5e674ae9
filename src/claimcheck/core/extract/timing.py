"""Which day or period a number refers to: the day words of its own phrase, clause or sentence,
the day carried from earlier, or the publication day as a marked default.

Day words themselves are read by `core/dates.py`; this module decides which of them govern a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from claimcheck.core.dates import (
    ENGLISH_MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    DateRef,
    day_phrases,
    extreme_month_window,
    has_day_phrase,
    in_present_perfect,
    named_month_window,
    names_month,
    names_month_in_clause,
    names_previous_day,
    names_same_month,
    pluperfect_auxiliaries,
    pluperfect_clause,
    pluperfect_clause_span,
    range_period,
    resolve_day,
    since_day_with_clause,
    since_days,
    told_in_past,
    without_earlier_events,
    without_previous_day,
)
from claimcheck.core.extract.context import CLAUSE_END, Context
from claimcheck.core.kinds import (
    AS_OF_KINDS,
    EXTREME_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    SESSION_KINDS,
    SET_EXTREME_KINDS,
    VOLUME_KINDS,
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
from claimcheck.first_chars import with_first_chars
from claimcheck.model import CURRENCIES, Claim, Published, TimeSource
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
_APPOSED_DATE = (
    r"(?!(?<=day,|tag,)\s+(?:den\s+)?(?:\d{1,2}\.\s?)?(?:"
    + "|".join(sorted({*MONTHS, *ENGLISH_MONTH_ABBREVIATIONS.lower().split("|")}, key=len, reverse=True))
    + r")\b)"
)
_CLAUSE_BREAK = with_first_chars(
    # ('the day before.' ends a clause: no 'before' opening one)
    re.compile(
        r",(?!\d)" + _APPOSED_DATE + r"|[;:–—]|\s-\s|"
        r"\b(?:nachdem|während|weil|bevor|after|while|before(?!\s*(?:[.,;:)–—]|$))|whereas)\b",
        re.I,
    )
)


@lru_cache(maxsize=4)
def _comparison(words: Words) -> re.Pattern[str]:
    """Around the words of comparisons.csv: a number after them is the base a move is measured from
    ('gegenüber HK$147,60 am Freitag'), also when the base is named first: 'gegenüber dem Schlusskurs
    von 147,60 HKD', "from Friday's close of"."""
    return with_first_chars(
        re.compile(
            rf"\b(?:{words['comparison']})"
            rf"(?:(?:\s+[^\s\d,;]+){{0,3}}?\s+(?:{words['base_noun']})"
            rf"(?:\s+[^\s\d,;]+){{0,2}}?\s+(?:{words['base_link']}))?"
            # ('from about 34 on Monday', 'gegenüber rund 600 HKD am Freitag')
            rf"(?:\s+(?:{words['base_hedge']}))?"
            r"\s*(?:HK\$|US\$|\$|€)?\s*$",
            re.IGNORECASE,
        )
    )


@lru_cache(maxsize=4)
def _comparison_guard(words: Words) -> CaseBlindGuard:
    """Whether a sentence may hold a comparison's words (`_comparison`): most sentences hold none."""
    return CaseBlindGuard(_comparison(words))


_BASE_REACH = 80  # how far before its number a comparison may begin


@lru_cache(maxsize=4)
def _from_to(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number a move started from, with the one it went to after it ('von 134,43 auf 124,90 Dollar'): the words
    before the first number, and its unit's end up to the second."""
    symbol = r"(?:HK\$|US\$|\$|€)?\s*"
    hedge = rf"(?:(?:{words['base_hedge']})\s+)?"
    return (
        re.compile(rf"\b(?:{words['from_to_from']})\s+{hedge}{symbol}$", re.IGNORECASE),
        re.compile(rf"(?:\s+[^\s\d,;.]+)?\s+(?:{words['from_to_to']})\s+{hedge}{symbol}\d", re.IGNORECASE),
    )


def _starts_a_move(sentence: str, offset: int, n: NumberMention, rules: Rules) -> bool:
    """'von 134,43 auf 124,90 Dollar': the first number is where the move started, a base (not a move in per cent
    with the price it went to: 'ein Minus von 7,3 Prozent auf 510 HKD')."""
    before, after = _from_to(rules.comparisons)
    return bool(
        n.unit not in ("percent", "percentage_points")
        and before.search(sentence, max(0, n.start - offset - 20), n.start - offset)
        and after.match(sentence, n.unit_end - offset)
    )


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
# searched in every sentence with a number: led by its first letters (`with_first_chars`)
_POSSESSIVE_DAY = with_first_chars(re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday)['’]s\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _day_after(words: Words) -> re.Pattern[str]:
    """'a day after its ADRs slipped 0.9%', 'einen Tag, nachdem ...' (day_links.csv): the session before
    the sentence's day."""
    return with_first_chars(re.compile(rf"\b(?:{words['day_after']})\s*$", re.IGNORECASE))


@dataclass(frozen=True)
class DayBindings:
    """Where a sentence's day words belong. A day written right after a comparison base, or inside
    its phrase, is that number's own ('gegenüber HK$147,60 am Freitag', "from Friday's close of
    HK$147.60"); `free` is the sentence with such days blanked, so they date no other number."""

    free: str
    own: dict[int, str]  # number start -> the day words bound to it
    bases: frozenset[int] = frozenset()  # the starts of the numbers a move is measured from
    # number start -> the day words of the close a move is measured from ('0,5 Prozent weniger als zum Handelsschluss
    # am Montag'): the move is of a later session
    measured_from: dict[int, str] = field(default_factory=dict)


# between a base's value and its day: nothing, one small word ('147,60 HKD vom Freitag', 'at Friday's close'),
# or a short clause telling how the price was set ('16% below the $132.32 the stock fetched on Nov. 10')
_BASE_TO_DAY = re.compile(
    r"\s{1,3}(?:(?:vom|von|at|from|of)\s{1,3}"
    r"|(?:that\s|which\s)?(?:it|they|the\s[\w-]+(?:\s[\w-]+)?)\s(?:had\s)?[a-z]+\s(?:on\s)?)?"
)


def _directly_before(sentence: str, end: int, start: int) -> bool:
    gap = _BASE_TO_DAY.match(sentence, end, start)
    return gap is not None and gap.end() == start


def day_bindings(sentence: str, offset: int, numbers: list[NumberMention], rules: Rules) -> DayBindings:
    """Which day words of a sentence belong to one number only (see DayBindings)."""
    comparison = _comparison(rules.comparisons)
    found = [
        (n, hit.start())
        for n in (numbers if _comparison_guard(rules.comparisons).may_match(sentence) else ())
        if (hit := comparison.search(sentence, max(0, n.start - offset - _BASE_REACH), n.start - offset))
    ] + [(n, n.start - offset) for n in numbers if _starts_a_move(sentence, offset, n, rules)]
    bases = frozenset(n.start for n, _ in found)
    # only a base binds a day: most sentences have none
    part_opening = _part_clause(rules.day_links)
    parts = [hit.start() for hit in part_opening.finditer(sentence)] if "," in sentence else []
    parts = sorted(parts + _closed_appositions(sentence, rules)) if "," in sentence else parts
    # a day in a clause told in the pluperfect beside a clause reporting in another tense ('Binnen einer Woche gaben
    # sie 6,7 Prozent nach, am Donnerstag hatten sie bereits 3,8 Prozent verloren'): that clause's own
    aside = len(numbers) > 1 and "," in sentence and pluperfect_auxiliaries(rules.tenses).search(sentence) is not None
    phrases = (
        day_phrases(sentence)
        if found
        or parts
        or aside
        or _may_name_a_base(sentence)
        or _POSSESSIVE_DAY.search(sentence)
        or "(" in sentence
        or _WHEN_GUARD.search(sentence)
        else []
    )
    since_days = since_day_with_clause(sentence)
    if not (phrases or since_days) or not numbers:
        return DayBindings(sentence, {}, bases)
    free, own = sentence, {}
    for day, clause_start, clause_end in since_days:
        for n in numbers:  # 'best day since Jan. 2, when it soared 15%': the 15% is that day's
            if clause_start <= n.start - offset < clause_end:
                own[n.start] = day
    measured_from: dict[int, str] = {}
    for start, end in phrases:
        told_then = _event_told_then(rules.earlier_events).match(sentence, end)
        when_then = (
            _WHEN_CLAUSE.match(sentence, told_then.end())
            if told_then is not None and _names_its_day(sentence[start:end])
            else None
        )
        if when_then is not None:
            # "recovering part of Friday's sell-off, when the ADRs fell 3.8% to $153.80", 'nach dem Ausverkauf vom
            # Freitag, als die ADRs 3,8 Prozent verloren': the clause telling what happened then is that day's
            for n in numbers:
                if when_then.start() <= n.start - offset < when_then.end():
                    own[n.start] = sentence[start:end]
        if (move := _move_from_close_of(sentence, offset, start, end, numbers)) is not None:
            measured_from[move.start] = sentence[start:end]  # (with the base's level after it, too)
        if _dates_a_base_without_number(sentence, start, end):
            free = free[:start] + " " * (end - start) + free[end:]  # 'über dem Schlusskurs vom Vortag'
            when = _WHEN_CLAUSE.match(sentence, end)
            participle = _DAYS_EXTREME_PARTICIPLE.match(sentence, end)
            # 'its February 10 high of $168.26', "Thursday's peak of 27,058.03"
            noun = (
                _SINCE_BASE_AROUND[1].match(sentence, end)
                or _POSSESSIVE_EXTREME.match(sentence, end)
                or _DATED_CLOSE_AFTER.match(sentence, end)  # 'from its Jan. 28 close of HK$173.50'
            )
            level = _BASE_LEVEL.match(sentence, participle.end() if participle else noun.end() if noun else end)
            # 'im Vergleich zum Schlusskurs vor einer Woche (116,50 HKD)': the base's price in brackets after its day
            bracket = None if level else _BASE_LEVEL_BRACKET.match(sentence, end)
            extreme = _extreme_level_at(sentence, start, end)
            # '... vom 7. April, als es bei 101,30 HKD aus dem Handel gegangen war', the base's own level right
            # after its day ('seit dem Tief vom 7. April bei 95,70 HKD'), an extreme's before it ('Vom Tagestief
            # bei 95,70 HKD am 9. April')
            for n in numbers:
                at = n.start - offset
                if (
                    (when and when.start() <= at < when.end())
                    or (level and at == level.end())
                    or (bracket and at == bracket.end() and (n.unit == "points" or n.unit in CURRENCIES))
                    or (extreme is not None and extreme <= at < start)
                ):
                    own[n.start] = sentence[start:end]
            continue
        if aside and (inside := _in_pluperfect_aside(sentence, offset, start, numbers, rules)):
            for n in inside:
                own[n.start] = sentence[start:end]
            free = free[:start] + " " * (end - start) + free[end:]
            continue
        part = next(
            (at for at in reversed(parts) if at < start and not CLAUSE_END.search(sentence, at + 1, start)), None
        )
        if part is not None:
            # '..., including a 7.1% plunge on Thursday': the day of a clause telling part of the move is its own
            stop = CLAUSE_END.search(sentence, end)
            if stop and _WHICH_GOES_ON.match(sentence, stop.start()):
                # ', having risen 0.7% on Wednesday, which had left the index up 1.1% for the week': the relative
                # clause tells that day's standing
                stop = CLAUSE_END.search(sentence, stop.end())
            inside = [n for n in numbers if part <= n.start - offset < (stop.start() if stop else len(sentence))]
            if inside:
                for n in inside:
                    own[n.start] = sentence[start:end]
                free = free[:start] + " " * (end - start) + free[end:]
                continue
        bracketed = _bracketed_earlier_move(sentence, offset, start, end, numbers, rules)
        if bracketed is not None:
            # 'nach dem Rückschlag vom Vortag (–2,2 %) um 0,2 % zu', "after Monday's slump (-2.2%)": the move in
            # brackets is the earlier session's the words name; the sentence's own day stays the other numbers'
            own[bracketed.start] = sentence[start:end]
            free = free[:start] + " " * (end - start) + free[end:]
            continue
        owner = next(
            (
                n
                for n, opening in found
                if _directly_before(sentence, n.unit_end - offset, start) or opening <= start < n.start - offset
            ),
            None,
        ) or (_possessed_by(sentence, offset, start, end, numbers) if len(phrases) > 1 else None)
        if owner is not None:
            own[owner.start] = sentence[start:end]
            free = free[:start] + " " * (end - start) + free[end:]
    return DayBindings(free, own, bases, measured_from)


_WHICH_GOES_ON = re.compile(r",\s+which\s+had\b")


@lru_cache(maxsize=4)
def _earlier_move_bracket(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A move noun with its day as an attribute before the day phrase ('Rückschlag vom', 'Minus des'), and after it
    the bracket opening on the move's figure (with the English possessive's noun between: "Monday's slump (")."""
    before = re.compile(rf"\b(?:{words['event_noun']})\s+(?:(?:{words['event_day_of']})\s+)?$", re.IGNORECASE)
    after = re.compile(
        rf"\s*(?:['’]s\s+(?:[\w-]+\s+)?(?:{words['event_noun']})\s*)?\(\s*[-+–−]?\s*(?=\d)", re.IGNORECASE
    )
    return before, after


def _bracketed_earlier_move(
    sentence: str, offset: int, start: int, end: int, numbers: list[NumberMention], rules: Rules
) -> NumberMention | None:
    """The number in brackets right after a day phrase that dates an earlier move named by its noun ('nach dem
    Rückschlag vom Vortag (–2,2 %)', "after Monday's slump (-2.2%)"), or None. Only a bracket opening on a figure,
    and only after a move's noun: 'am Freitag (Schlusskurs: 130,05 EUR)' and 'schloss am Freitag (+2,1 %)' are not
    (the first is a base's level, the second the sentence's own day)."""
    if "(" not in sentence[end : end + 30]:
        return None
    before, after = _earlier_move_bracket(rules.earlier_events)
    bracket = after.match(sentence, end)
    if bracket is None:
        return None
    named_by_noun = before.search(sentence, max(0, start - 40), start) is not None or (
        "'" in sentence[end : bracket.end()] or "’" in sentence[end : bracket.end()]
    )
    if not named_by_noun:
        return None
    return next((n for n in numbers if n.start - offset == bracket.end()), None)


def _in_pluperfect_aside(
    sentence: str, offset: int, start: int, numbers: list[NumberMention], rules: Rules
) -> list[NumberMention]:
    """The numbers of the clause holding the day phrase at `start`, where that clause is told in the pluperfect, ends
    the sentence's numbers and follows a number of a clause in another tense ('Binnen einer Woche gaben sie 6,7
    Prozent nach, am Donnerstag hatten sie bereits 3,8 Prozent verloren'): an earlier session told after the one
    reported, whose day is its own clause's only. Empty otherwise (a pluperfect clause opening the sentence dates the
    clauses going on from it: 'Am Donnerstag hatte sie 6,8 Prozent verloren, im Tief waren es 512 HKD')."""
    span = pluperfect_clause_span(sentence, start, rules)
    if span is None:
        return []
    later = [n for n in numbers if n.start - offset >= span[1]]
    if later:
        # ('The gauge had added 1.4% on Tuesday, and the six-day run has lifted it 5.1%': the clauses after it, told in
        # the present perfect, speak up to now; the pluperfect's day is its own clause's only)
        if not all(in_present_perfect(sentence, n.start - offset, rules) for n in later):
            return []
        return [n for n in numbers if span[0] <= n.start - offset < span[1]]
    inside = [n for n in numbers if span[0] <= n.start - offset]
    reported = any(
        n.start - offset < span[0] and pluperfect_clause_span(sentence, n.start - offset, rules) is None
        for n in numbers
    )
    return inside if reported else []


@lru_cache(maxsize=4)
def _prior_level(words: Words) -> re.Pattern[str]:
    """Right before a number, a comma and the words giving the figure the one before it followed (earlier_events.csv,
    prior_level: ', nach 160,50 HKD')."""
    return re.compile(rf",\s*(?:{words['prior_level']})\s+(?:HK\$|US\$|\$|€)?$")


def follows_prior_level(sentence: str, at: int, rules: Rules) -> bool:
    """Whether the number at `at` is the figure the one before it followed (', nach 270 Dollar'): an earlier value,
    whatever the tense of the sentence's main clause."""
    return _prior_level(rules.earlier_events).search(sentence, max(0, at - 20), at) is not None


@lru_cache(maxsize=4)
def _part_clause(words: Words) -> re.Pattern[str]:
    """A comma and the words opening a clause that tells part of the move before it (day_links.csv, own_clause)."""
    return re.compile(rf",\s+(?:{words['own_clause']})\s", re.IGNORECASE)


@lru_cache(maxsize=4)
def _apposition(words: Words) -> re.Pattern[str]:
    """A comma and the words opening an apposition telling the subject's move (day_links.csv, apposition)."""
    return re.compile(rf",\s+(?:{words['apposition']})\s", re.IGNORECASE)


def _closed_appositions(sentence: str, rules: Rules) -> list[int]:
    """Where an apposition between the subject and its verb begins ('Alibaba's Hong Kong shares, up 1.6% a day
    earlier, slipped 0.2%'): no number before it, a comma closing it and a number after that comma. One after the
    main clause's number ('closed at $160.10, up 1.6% on Tuesday') tells the same day."""
    found = []
    for hit in _apposition(rules.day_links).finditer(sentence):
        if any(char.isdigit() for char in sentence[: hit.start()]):
            break
        closing = _APPOSITION_CLOSE.search(sentence, hit.end())
        if closing is not None and any(char.isdigit() for char in sentence[closing.end() :]):
            found.append(hit.start())
    return found


_APPOSITION_CLOSE = re.compile(r",(?!\d)")


# "Thursday's 4.1% rally": a weekday's possessive right before a move's number dates that move only
_PREPOSITION_BEFORE = re.compile(r"\b(?:during|in|on|at|of|from|since|after|before|until|through)\s+$", re.IGNORECASE)
_POSSESSIVE_BEFORE_NUMBER = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:HK\$|US\$|\$)?(?=\d)")


def _possessed_by(
    sentence: str, offset: int, start: int, end: int, numbers: list[NumberMention]
) -> NumberMention | None:
    """The number a weekday's possessive at start..end speaks of ("extended Thursday's 4.1% rally on Friday,
    rising another 1%": asked only when the sentence names another day), when one follows it at once; not
    after a preposition, whose phrase dates its clause ("after touching $156.85 during Thursday's 10% jump")."""
    hit = _POSSESSIVE_BEFORE_NUMBER.match(sentence, end)
    if hit is None or _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start):
        return None
    return next((n for n in numbers if n.start - offset == hit.end()), None)


# 'über dem Schlusskurs vom Vortag', 'gegenüber dem Schluss des Vortags', 'above Friday's close': a
# base named with its day but without a number; the day is the base's and dates no number
_BASE_NOUN_BEFORE = re.compile(
    r"\b(?:über|unter|gegenüber|verglichen mit|im Vergleich zu[rm]?|above|below|over|under|from|versus|vs\.?|"
    r"compared (?:with|to))\s+(?:dem|den|der|des|the|its|their)?\s*(?:[\w-]+\s+)?"
    r"(?:Schlusskurs|Schlussstand|Schluss|Niveau|Stand|Kurs|close|closing price|closing level|level|price)"
    r"\s*(?:(?:vom|von|des|am|of|on)\s+)?$",
    re.IGNORECASE,
)
_CLOSE_NOUNS = r"['’]s\s+(?:close|closing price|closing level"
_BASE_NOUN_AFTER = re.compile(_CLOSE_NOUNS + r"|level)\b(?!\s+(?:of|at)\b)")
# (a move measured from that close whatever follows it: '0.9% above Tuesday's close of $172.72' is a move since
# Tuesday's close, the level Tuesday's own)
_CLOSE_NOUN_AFTER = re.compile(_CLOSE_NOUNS + r")\b")
_A_YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier|before)", re.IGNORECASE)
# 'down 2% on Monday's close', 'up 1.5 per cent on last night's close': British 'on' right after a percentage heads the
# day phrase of the close the move is measured from
_ON_CLOSE_AFTER_PERCENT = re.compile(r"(?:%|\bper ?cent)\s+on\s*$", re.IGNORECASE)


def _on_close_after_percent(sentence: str, start: int, before: str) -> bool:
    """'down 2% on Monday's close': the day phrase (with its 'on', or after it) names the close a move is measured
    from."""
    on = sentence[start : start + 3].lower() == "on "
    return bool(_ON_CLOSE_AFTER_PERCENT.search(before + ("on " if on else "")))


_COMPARISON_BEFORE = re.compile(
    # ('0.5% less than at Monday's close': a comparative's base)
    r"\b(?:above|below|over|under|off|from|versus|vs\.?|compared (?:with|to)|than(?:\s+at)?)"
    # ('46% below where it stood a year ago': the level it stood at is the base)
    r"(?:\s+where (?:it|they|the (?:stock|shares|index)) (?:stood|was|were|traded|closed|ended))?"
    # ('up 7.7 per cent from last Monday's close': a qualifier of the base's weekday outside its day phrase)
    r"(?:\s+(?:last|previous))?\s*$",
    re.IGNORECASE,
)
# 'down 7.1% from Wednesday', 'ein Plus von 30 Prozent gegenüber Mittwoch', '0,3 Prozent mehr als am Vorabend': a day
# right after a move's comparison word is the base the move is measured from, not its session; unless it opens a range
# ('from Monday to Friday') or names the base's own level ('38% upside from Tuesday's close of $181.36': that level
# is Tuesday's)
_MOVE_BASE_DAY_BEFORE = re.compile(
    r"(?:%|\bProzent|\bpercent|\bper cent)[^,;:.]{0,20}?\b(?:from|versus|vs\.?|compared (?:with|to)|gegenüber|"
    r"verglichen mit|(?:mehr|weniger|höher|tiefer|niedriger|more|less|higher|lower) (?:als|than))"
    # ('1,8 Prozent weniger als zum gestrigen Handelsschluss': the base's close after 'zum', 'beim', 'at'; 'weniger als
    # zum Handelsschluss am Montagabend', 'less than at the close on Monday': the close named before its day)
    r"\s+(?:dem\s+|the\s+|zum\s+|beim\s+|at\s+(?:the\s+)?)?"
    r"(?:(?:Handelsschluss|Börsenschluss|Schlusskurs|Schluss|close|closing price)\s+(?:(?:am|vom|on|of)\s+)?)?$"
    # ('3,1 Prozent unter dem Schlusskurs vom Montag', '2% above the close on Friday': a position against a close that
    # names its day after it)
    r"|(?:%|\bProzent|\bpercent|\bper cent)\s+(?:über|unter|oberhalb|unterhalb|above|below|under|over|off)"
    r"\s+(?:dem\s+|the\s+)?(?:Handelsschluss|Börsenschluss|Schlusskurs|Schluss|close|closing price)"
    r"\s+(?:(?:am|vom|on|of)\s+)?$",
    re.IGNORECASE,
)
# 'verlor am Freitag gegenüber dem Vortag 2,0 Prozent', 'Gegenüber Montag beträgt der Abschlag 7 Prozent', 'compared
# with the previous day': a day right after a comparison's preposition heading the sentence's move, before its number,
# is the base the move is measured from, not its session (had dated the move and the price beside it to the day before)
_COMPARISON_HEAD_BEFORE = re.compile(
    r"\b(?:gegenüber|verglichen mit|im Vergleich(?: zu[mr]?)?|compared (?:with|to)|versus|vs\.?)\s+(?:dem\s+|the\s+)?$",
    re.IGNORECASE,
)
_RANGE_END_AFTER = re.compile(r"\s*(?:(?:to|through|till|until|bis)\b|[-–])|['’]s\b", re.IGNORECASE)  # or its own close


# the base's own level right after its day ('vom 7. April bei 95,70 HKD', 'on April 9 at $95.73')
_BASE_LEVEL = re.compile(
    r",?\s*(?:bei|von|at|of)\s+(?:(?:HK|US)?\$|€)?"
    # ('weniger als am Vortag (Schlusskurs: 130,05 EUR)', 'than the day before (close: $153.11)': a bracketed close)
    r"|\s*\((?:Schlusskurs|Schluss|Schlussstand|close|closing price)\s*:\s*(?:(?:HK|US)?\$|€)?",
    re.IGNORECASE,
)
# a price or level in brackets right after a base's day ('gegenüber dem Schlusskurs vom 23. Oktober (116,40 HKD)')
_BASE_LEVEL_BRACKET = re.compile(r"\s*\(\s*(?:(?:HK|US)?\$|€)?")
# the clause after a dated base that tells what happened that day
_WHEN_CLAUSE = re.compile(r"\s*,\s*(?:als|when|an dem|on which)\b(?:[^,;.]|[.,](?=\d))*", re.IGNORECASE)
_WHEN_GUARD = re.compile(r",\s*(?:als|when)\b", re.IGNORECASE)


def _names_its_day(phrase: str) -> bool:
    """A day phrase naming its day by a weekday or a date, not one counted back ('a year ago')."""
    return any(ch.isdigit() for ch in phrase) or any(word.lower() in WEEKDAYS for word in re.findall(r"\w+", phrase))


@lru_cache(maxsize=4)
def _event_told_then(words: Words) -> re.Pattern[str]:
    """After a day phrase, the move it dates named by its noun ("Friday's sell-off", earlier_events.csv event_noun), or
    the last words of its clause ('Verluste vom Donnerstag wieder wett', a separable verb's particle), or nothing, right
    before a clause telling what happened then (', when ...', ', als ...': `_WHEN_CLAUSE`)."""
    return re.compile(
        rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{words['event_noun']})\b|(?:\s+[^\W\d][\w-]*){{1,3}})?"
        r"(?=\s*,\s*(?:als|when)\b)",
        re.IGNORECASE,
    )


# the words a base's day phrase stands beside ('up 60% from a year ago', 'a year earlier', 'a year before')
_BASE_WORDS = (
    "schluss", "close", "closing", "niveau", "stand", " als ", " than ", "seit ", "since ", "high", "low", "peak",
    "hoch", "tief", "year ago", "year earlier", "year before", " from ", "gegenüber", "versus", " vs", "compared",
    "verglichen", "im vergleich",
)  # fmt: skip


def _may_name_a_base(sentence: str) -> bool:
    folded = sentence.lower()
    return any(word in folded for word in _BASE_WORDS)


# '0,8 Prozent tiefer als am Montag', '2% higher than on Friday': the day of the base a move is
# measured from, not the day of the move; so is the day a count is set against ('deutlich mehr Papiere gehandelt als am
# Vortag', 'more shares changed hands than on Monday'), a few words after its comparative
_COMPARATIVE_BEFORE = re.compile(
    r"\b(?:tiefer|höher|niedriger|fester|schwächer|lower|higher|weaker|stronger"
    r"|(?:(?:mehr|weniger|more|fewer|less)(?:\s+[^\s\d,;.:]+){0,4}?))\s+(?:als|than)\s*$",
    re.IGNORECASE,
)
# a weekday's close named in one German word after a comparison ('1,6 Prozent über dem Mittwochsschluss', 'unter dem
# Freitagsschluss', 'verglichen mit dem Dienstagsschluss'): the base's day, as 'über dem Schlusskurs vom Mittwoch' is
_POSITION_WORDS = r"über|unter|gegenüber|oberhalb|unterhalb"
_COMPOUND_CLOSE_BASE_BEFORE = re.compile(
    rf"\b(?:{_POSITION_WORDS}|verglichen mit|im Vergleich zu[rm]?|"
    r"(?:mehr|weniger|höher|tiefer|niedriger) als)\s+(?:dem|den|zum|am)?\s*$",
    re.IGNORECASE,
)
# (right after a percentage, the move measured from that close: '0,9 Prozent über dem Dienstagsschluss')
_PERCENT_COMPOUND_CLOSE_BEFORE = re.compile(rf"(?:%|\bProzent)\s+(?:{_POSITION_WORDS})\s+(?:dem\s+)?$", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
# 'seit dem Jahrestief vom 13. Januar', 'since its low on April 9', 'since their April 9 low': the day of a
# since-return's base; the return reads it itself (dates.since_start), and it dates no other number
# the day before told as a day of its own ('Am Vortag hatte sie 1,4 Prozent verloren', 'The previous day, ...'), not as
# the base of a move ('3,7 Prozent weniger als am Vortag', 'lower than the previous day', 'Schlusskurs des Vortags')
_THE_DAY_BEFORE_TOLD = re.compile(
    r"(?<!als )(?<!wie )(?<!gegenüber )\b[Aa]m Vortag\b"
    r"|(?<!than )(?<!from )(?<!with )(?<!to )"
    r"\b(?:[Tt]he (?:previous|prior) (?:day|session)|(?:[Aa]|[Oo]ne) day earlier)\b"
)
# 'Das Verlaufstief vom 20. Februar bei 147,10 HKD wurde am Dienstag verteidigt': the day a session's own low or high
# was set, with its level after it, dates that level only (not a 52-week or a year's extreme, held as of the text's day)
_DATED_EXTREME_BEFORE = re.compile(
    r"(?<![\w-])(?:Verlaufs|Tages|Zwischen)?(?:[Tt]ief|[Hh]och|Tiefststand|Höchststand)\s+(?:vom|am)\s+(?:vergangenen\s+)?$"
)
# ('The Feb. 20 low of HK$147.10 was tested on Tuesday': a dated session's low or high with its level after it)
_THE_DATED_EXTREME = (
    re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE),
    re.compile(r"\s+(?:(?:intraday|session|closing)\s+)?(?:low|high)\s+(?:of|at)\s", re.IGNORECASE),
)
_SINCE_BASE_BEFORE = re.compile(
    r"\b(?:seit|since)\s+(?:dem|der|den|ihrem|seinem|its|their|the)\s+(?:[\w-]+\s+){1,2}(?:vom|von|am|of|on)\s*$",
    re.IGNORECASE,
)
# 'up about 1% since Friday's close', 'seit Montag 4 Prozent im Plus': a weekday or date right after 'since'/'seit' is
# the start of that since-return only (`dates.since_start` reads it), never the day of the sentence's other figures
_SINCE_RIGHT_BEFORE = re.compile(r"\b(?:seit|since)\s+(?:(?:dem|the)\s+)?$", re.IGNORECASE)
_SINCE_BASE_AROUND = (  # (and '14% below its February 10 high', 'from their Jan. 2 closing high')
    re.compile(
        r"\b(?:seit|since|below|under|above|over|from|off|unter|über)\s+(?:dem|ihrem|seinem|its|their|the)\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*(?:-|\s)(?:(?:(?:record|all-time|intraday|closing)\s+){0,2}(?:low|high|peak|trough|bottom|Tief|Hoch)"
        r"|(?:record|all-time)\s+clos(?:e|ing\s+(?:high|level)))\b",
        re.IGNORECASE,
    ),
)


# 'its lowest close since early September', 'der größte Tagesverlust seit Ende Juli': the look-back of a level or
# move that is the highest or lowest since a day; that day is no session the sentence reports
_EXTREME_SINCE_BEFORE = re.compile(
    r"\b(?:lowest|highest|best|worst|biggest|largest|steepest|sharpest|strongest|weakest|"
    r"(?:tiefst|höchst|niedrigst|größt|stärkst|schwächst|best|schlechtest)e[nrs]?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:since|seit)\s+(?:dem\s+|der\s+|den\s+)?$",
    re.IGNORECASE,
)


# a level, its thousands grouped by points, commas or spaces ('27.382', '27,382', Swiss and Börsen-Zeitung '27 382')
_LEVEL = r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}\b))*"

# 'its record close of $207.04 from Oct. 29', 'the year's high of HK$174.20 set on Jan. 29', 'Vom Tagestief bei
# 95,70 HKD am 9. April': the date an extreme was set, with its level, dates that level only, no other number
_EXTREME_DATE_BEFORE = re.compile(
    rf"(?:high|low|peak|trough|close|hoch|tief)s?\s+(?:of|at|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|HK-?\$|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|HK-Dollar|Dollar|Punkten?|points?))?,?\s+(?:(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+)?"
    r"(?:(?:set|reached|hit|touched|marked|erreicht|markiert|aufgestellt|verzeichnet)\s+)?(?:on|from|of|vom|am)\s*$"
    # a German relative clause whose verb comes after the day ('Hoch bei 186,20 HKD, das am 3. Oktober erreicht wurde')
    rf"|(?:high|low|peak|trough|close|hoch|tief)s?\s+(?:bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|HK-?\$|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|HK-Dollar|Dollar|Punkten?))?,\s+"
    r"(?:das|der|den|welches|welchen)\s+(?:vom|am)\s*$"
    # a month with its year after the verb that set it ('its all-time high of $339.91 set in February 2021')
    rf"|(?:high|low|peak|trough|close|hoch|tief)s?\s+(?:of|at|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|HK-?\$|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|HK-Dollar|Dollar|Punkten?|points?))?,?\s+(?:set|reached|hit|touched|marked|erreicht|markiert)\s+(?:in|im)?\s*$"
    # the date in brackets after the level ('vom 52-Wochen-Hoch bei 192,67 Dollar (2. Oktober 2025)', 'high of $192.67
    # (Oct. 2)')
    rf"|(?:high|low|peak|trough|close|hoch|tief)s?\s+(?:of|at|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|HK-?\$|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|HK-Dollar|Dollar|Punkten?|points?))?\s*\(\s*"
    r"(?:(?:set|reached|hit|touched|marked|erreicht|markiert|aufgestellt|verzeichnet)\s+)?(?:(?:on|from|am|vom)\s+)?$",
    re.IGNORECASE,
)
# the same with the verb that set the extreme before a weekday ('its 52-week low of HK$80.10 touched last Friday')
_EXTREME_SET_BEFORE = re.compile(
    rf"(?:high|low|peak|trough|hoch|tief)s?\s+(?:of|at|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|USD|EUR|Euro|US-Dollar|Dollar))?,?\s+(?:(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+)?"
    r"(?:set|reached|hit|touched|marked|erreicht|markiert|aufgestellt|verzeichnet)\s+"
    # (or a part of a month: 'its 52-week closing high of $189.34, set in early October')
    r"(?:(?:on|last|this|am|vergangenen|letzten|in|im)\s+)?$",
    re.IGNORECASE,
)
# 'the four-year high it hit on Aug. 25', 'the peak that the stock set on Oct. 2': the day an extreme was set, told in a
# relative clause without its level; that day is no session the sentence reports; so is a month or part of one after
# the participle that set it, with or without a subject ('the 52-week high set in early October', 'the peak reached in
# October'; a date after 'set on' is read by `_extreme_level_at` and `Claim.set_on`)
_EXTREME_SET_BY_SUBJECT_BEFORE = re.compile(
    r"\b(?:high|low|peak|trough)s?\s+(?:(?:that|which)\s+)?(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+"
    r"(?:hit|set|reached|touched|marked)\s+(?:on\s+)?$"
    # ('its record close set in late October': a record or all-time close is a high)
    r"|\b(?:high|low|peak|trough|(?:record|all-time)\s+clos(?:e|ing\s+(?:high|level)))s?,?\s+"
    r"(?:(?:that|which)\s+(?:was|were)\s+)?(?:hit|set|reached|touched|marked)\s+in\s+$",
    re.IGNORECASE,
)
# 'von seinem 52-Wochen-Hoch vom 2. Oktober ist er ... entfernt', 'its 52-week high of Oct. 2': the day an extreme named
# right before it was set dates that extreme only (its distance reads it, `reference_of`), not the sentence's other
# clauses ('Auf Wochensicht liegt der Leitindex damit knapp 1 Prozent im Plus, von seinem 52-Wochen-Hoch vom ...')
_EXTREME_NOUN_BEFORE = re.compile(
    # (the extreme a distance is measured from, after its preposition: not 'Das Jahrestief vom 13. Januar lag bei
    # 78,06 US-Dollar', whose day dates the level told after it)
    r"\b(?:von|vom|zum|unter|über|below|above|from|off|under)\s+(?:(?:seinem|ihrem|dem|its|their|the)\s+)?"
    r"(?:[\w-]+\s+)?[\w-]*(?:Hoch|Tief|Höchststand|Tiefststand|high|low|peak|trough)s?\s+(?:vom|von|of|from)\s+$",
    re.IGNORECASE,
)
# 'nahe seinem am 20. Februar markierten 52-Wochen-Tief': a date before the participle naming an extreme it set
_EXTREME_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:erreichte|markierte|aufgestellte|verzeichnete)[nm]?\s+(?:[\w-]+\s+)?[\w-]*(?:Hoch|Tief|Höchststand|Tiefststand)",
    re.IGNORECASE,
)
# of those, a plain high or low (not a 52-week one, which is as of the text's day): its level after it is that day's
# ('unter dem am 2. Oktober erreichten Hoch von 141,40 HKD': the high of 2 October)
_DAYS_EXTREME_PARTICIPLE = re.compile(
    r"\s+(?:erreichte|markierte|aufgestellte|verzeichnete)[nms]?\s+(?:Hoch|Tief|Höchststand|Tiefststand|Zwischenhoch|Zwischentief)\b"
)


def _extreme_level_at(sentence: str, start: int, end: int) -> int | None:
    """Where the extreme whose date the day phrase at start..end gives begins ('high of HK$174.20 set on'),
    when it does; the phrase must be a date (a digit in it), or a weekday after the verb that set the extreme
    ('its 52-week low of HK$80.10 touched last Friday')."""
    offset = max(0, start - 60)
    before = _EXTREME_DATE_BEFORE if _DIGIT.search(sentence, start, end) is not None else _EXTREME_SET_BEFORE
    m = before.search(sentence[offset:start])
    if m is None and _PART_OF_MONTH_WORD.match(sentence, start):
        # 'Vom Rekordhoch bei 25.508 Punkten Mitte Januar ist der DAX gut 11 Prozent entfernt': a part of a month right
        # after an extreme's level dates that extreme
        m = _EXTREME_LEVEL_BEFORE.search(sentence[offset:start])
    return None if m is None else offset + m.start()


# an extreme with its level right before a part of a month ('Rekordhoch bei 25.508 Punkten Mitte Januar', 'record high
# of 25,508 points in mid-January', 'its 52-week high of $212.19 from late October')
_EXTREME_LEVEL_BEFORE = re.compile(
    rf"(?:high|low|peak|trough|hoch|tief)s?\s+(?:of|at|bei|von)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|USD|EUR|Euro|US-Dollar|Dollar|Punkten?|points?))?,?\s+(?:(?:in|from)\s+)?$",
    re.IGNORECASE,
)


# 'seit Anfang November', 'since early September': a part of a month opening a look-back is its base, not the day
# reported ('Binnen fünf Handelstagen ... 7 Prozent, seit Anfang November knapp 14 Prozent')
_SINCE_PART_OF_MONTH = re.compile(r"\b(?:seit|since)\s+$", re.IGNORECASE)
_PART_OF_MONTH_WORD = re.compile(r"(?:Anfang|Mitte|Ende|early|mid|late|the\s+end\s+of)\b", re.IGNORECASE)


# "below last Thursday's peak of 27,058.03", "Monday's intraday high of HK$172.50": a weekday's possessive before an
# extreme's noun and its level names the session that extreme was set in; it dates that level only, no other number;
# so does one naming the extreme's window or rank between ("rebounding from Friday's 52-week low of HK$94.05",
# "Friday's record closing high of $212.19")
_POSSESSIVE_EXTREME = re.compile(
    r"['’]s\s+(?:(?:intraday|session|closing|record|all-time|[\w]+-(?:day|week|month|year))\s+){0,2}"
    r"(?:low|high|peak|trough)(?=\s+(?:of|at)\s)",
    re.IGNORECASE,
)


def _move_from_close_of(
    sentence: str, offset: int, start: int, end: int, numbers: list[NumberMention]
) -> NumberMention | None:
    """The percentage right before a day its comparison names as the close it is measured from ('0,5 Prozent weniger
    als zum Handelsschluss am Montag', '0.8% lower than on Friday', '2% above Monday's close')."""
    before = sentence[max(0, start - 60) : start]
    if not (
        (_MOVE_BASE_DAY_BEFORE.search(before) and not _RANGE_END_AFTER.match(sentence, end))
        or (
            (_COMPARATIVE_BEFORE.search(before) or _COMPARISON_BEFORE.search(before))
            and _CLOSE_NOUN_AFTER.match(sentence, end) is not None
        )
        # ('0,9 Prozent über dem Dienstagsschluss')
        or (sentence[start:end].lower().endswith("schluss") and _PERCENT_COMPOUND_CLOSE_BEFORE.search(before))
    ):
        return None
    return next((n for n in reversed(numbers) if n.unit == "percent" and n.unit_end - offset <= start), None)


def _dates_a_base_without_number(sentence: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    return (
        bool(_POSSESSIVE_EXTREME.match(sentence, end))
        or (bool(_SINCE_PART_OF_MONTH.search(before)) and bool(_PART_OF_MONTH_WORD.match(sentence, start)))
        or _extreme_level_at(sentence, start, end) is not None
        or bool(_EXTREME_PARTICIPLE_AFTER.match(sentence, end))
        or bool(_SINCE_BASE_BEFORE.search(before))
        or bool(_SINCE_RIGHT_BEFORE.search(before))
        or (bool(_DATED_EXTREME_BEFORE.search(before)) and bool(_BASE_LEVEL.match(sentence, end)))
        or (bool(_THE_DATED_EXTREME[0].search(before)) and bool(_THE_DATED_EXTREME[1].match(sentence, end)))
        or bool(_EXTREME_SINCE_BEFORE.search(before))
        or bool(_EXTREME_SET_BY_SUBJECT_BEFORE.search(before))
        # (only after another clause: a sentence opening on the extreme, 'Vom 52-Wochen-Hoch vom 18. August ist sie 9
        # Prozent entfernt', dates its distance with it, read as of publication with the extreme's note)
        or ("," in sentence[:start] and bool(_EXTREME_NOUN_BEFORE.search(before)))
        # ('14% below its February 10 high', 'fallen 17.5% from its Jan. 28 close')
        or (
            bool(_SINCE_BASE_AROUND[0].search(before))
            and bool(_SINCE_BASE_AROUND[1].match(sentence, end) or _DATED_CLOSE_AFTER.match(sentence, end))
        )
        or bool(_BASE_NOUN_BEFORE.search(before))
        or bool(_COMPARATIVE_BEFORE.search(before))
        or (sentence[start:end].lower().endswith("schluss") and bool(_COMPOUND_CLOSE_BASE_BEFORE.search(before)))
        or (bool(_BASE_NOUN_AFTER.match(sentence, end)) and bool(_COMPARISON_BEFORE.search(before)))
        or (bool(_BASE_NOUN_AFTER.match(sentence, end)) and _on_close_after_percent(sentence, start, before))
        # 'up 60% from a year ago': the base a year back of a twelve months' move (cues.csv), not the day it is as of
        or (bool(_COMPARISON_BEFORE.search(before)) and bool(_A_YEAR_BACK.fullmatch(sentence, start, end)))
        or (bool(_MOVE_BASE_DAY_BEFORE.search(before)) and not _RANGE_END_AFTER.match(sentence, end))
        or (bool(_COMPARISON_HEAD_BEFORE.search(before)) and not _RANGE_END_AFTER.match(sentence, end))
    )


# 'fallen 17.5% from its Jan. 28 close', 'above their March 3 closing level': a dated close after a comparison and its
# determiner is the base of the move before it, no day of the sentence's other figures
_DATED_CLOSE_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+clos(?:e|ing\s+(?:price|level))\b", re.IGNORECASE)


# a colon going on in words (not a clock time's, '16:08 Uhr', nor a ratio's)
_ELABORATION = re.compile(r"(?<!\d):\s+(?!\d)")


def day_scope(days: DayBindings, offset: int, m: NumberMention, rules: Rules) -> str:
    """The words whose day governs number m: its own day, else its clause's, else the sentence's."""
    return scope_of(days, offset, m, rules).words


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
    or_before: bool = False  # a comparison base without a day: the words' session or the one before
    overnight: bool = False  # an overnight word: the session before the day the sentence names, else publication's
    # a previous day told in a causal clause after the day the sentence names, or in a sentence's first clause after the
    # day in play: counted from that day, or from publication where that day is the session before it
    # ('wären am 19.03.2026 ... wert, da der Schlusskurs am Vortag bei 124,90 USD lag' on 20 March: the 19th's close by
    # publication's count, the 18th's by the date's)
    or_from_publication: bool = False


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
    starts = [0, *(b.end() for b in _CLAUSE_BREAK.finditer(days.free, 0, at))]
    following = _CLAUSE_BREAK.search(days.free, at)
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
    rest = days.free[:clause_start] + " " * len(clause) + days.free[clause_end:]
    if names_previous_day(clause) and has_day_phrase(days.free[:clause_start]) and not names_previous_day(rest):
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
        told_earlier = blanked[at] != days.free[at] or _POSSESSIVE_DAY.search(clause)
        main = blanked[clause_start:clause_end]
        own = _own_part(clause, main, at - clause_start)
        # (the main clause's conjuncts likewise once an earlier event's phrase is blanked: 'Nach den Zahlen am
        # Mittwoch fiel die Aktie am Donnerstag um 5,5 Prozent und am Freitag um weitere 4,2 Prozent')
        words = _own_conjunct(own, at - clause_start) if own in (clause, main) else own
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
        and (_NOW.search(clause) is not None or _PRESENT.search(clause) is not None)
        and _TO_DATE.search(clause) is not None
    ):
        # ', and the stock is now up more than 40% this month' after 'closed at $123.79 on Tuesday': a period to date in
        # a conjunct told as of the time of writing (as `_now_conjunct` within a clause), not of the day an earlier
        # clause names (a distance, ', and is now 1.2 percent above its 52-week low', keeps the session reported); so
        # is one told in the present without 'now' (', and the stock is down nearly 5% this week'; not 'was down')
        return DayScope(" " * clause_start + clause + " " * (len(days.free) - clause_end))
    nearest = _nearest_dated_clause(blanked, starts)
    if nearest is not None:
        # 'The ADRs rose 5.1% on Monday, and the Hong Kong shares followed on Tuesday, rising 2.1%': of two
        # days in earlier clauses, the nearest one's; from a clause opened by 'a day after', the session
        # before it (a wire's dateline, 'HONG KONG, Nov 7 (Reuters) - ...', is a day of its own)
        return DayScope(nearest, sessions_back=1 if _day_after(rules.day_links).search(opening) else 0)
    # the sentence's day, but not one of an earlier event told in a subordinate clause ('..., nachdem
    # er am Mittwoch noch 1,7 Prozent gewonnen hatte')
    words = _without_others_look_back(without_earlier_events(days.free, rules), at)
    if names_previous_day(words[clause_end:]) and not has_day_phrase(without_previous_day(words)):
        # 'It closed up 186 points, or 0.72%, at 25,967.98, more than recovering the 246 points it lost a day earlier':
        # the session before, told in a later clause, counts back from the day this clause reports, which it does not
        # date (the day in play's, else publication's)
        words = without_previous_day(words)
    return DayScope(words, sessions_back=1 if _day_after(rules.day_links).search(opening) else 0)


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


def _own_conjunct(clause: str, at: int) -> str:
    """Of a clause naming two days or more, the conjunct of the number at `at` where it names one ('lost 3.4% on
    Thursday and another 1.9% on Friday', 'verloren am Donnerstag 3,4 Prozent und am Freitag weitere 1,9 Prozent'),
    the rest blanked, offsets kept; else the whole clause."""
    found = day_phrases(clause)
    phrases = [(a, b) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)]
    if phrases and (now := _now_conjunct(clause, at)) is not None:
        return now
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


# a conjunct told as of the time of writing: 'had jumped 1.8% on Feb 9 and is now up 6.1% this year'
_NOW = re.compile(r"\b(?:now|nun|jetzt|mittlerweile|inzwischen|remains?)\b", re.IGNORECASE)
# a conjunct's verb in the present (perfect): what it tells stands at the time of writing ('and the stock is down')
_PRESENT = re.compile(r"\b(?:is|are|has|have|ist|sind|hat|haben|liegt|liegen|steht|stehen)\b", re.IGNORECASE)
# a period up to the time of writing ('this month', 'so far this year', 'year to date', 'seit Jahresbeginn')
_TO_DATE = re.compile(
    r"\b(?:this|so far this|in diesem|im laufenden) (?:week|month|quarter|year|Jahr|Monat)\b"
    r"|\bseit (?:Jahres|Monats)beginn\b|\byear[- ]to[- ]date\b|\bso far\b",
    re.IGNORECASE,
)


def _now_conjunct(clause: str, at: int) -> str | None:
    """The conjunct of the number at `at` after 'and' that names no day but says 'now' ('The benchmark had jumped 1.8%
    on Feb 9 and is now up 6.1% since the start of the year', 'und liegt nun 6,1 Prozent im Plus'): as of the time of
    writing, not the day the conjunct before it told; the rest blanked, offsets kept."""
    starts = [c.end() for c in _CONJUNCT.finditer(clause, 0, at)]
    if not starts:
        return None
    following = _CONJUNCT.search(clause, at)
    end = following.start() if following else len(clause)
    part = clause[starts[-1] : end]
    if has_day_phrase(part) or _NOW.search(part) is None:
        return None
    # (its own words kept: 'and are now about 15% below this month's high' names the high's month)
    return " " * starts[-1] + part + " " * (len(clause) - end)


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


def _without_others_look_back(words: str, at: int) -> str:
    """The words without the look-back of another number's clause ('Nvidia has lost 8.6% since it posted results on
    Feb. 25, and it trades 13.7% below its 52-week high': Feb. 25 is the 8.6%'s base, no day of the 13.7%)."""
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def calendar_year(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention]) -> int | None:
    """The year a calendar-year move belongs to: '2023 und 2024 Zuwächse von 240 beziehungsweise
    170 %' gives the k-th percentage after the years the k-th year ('240% and 170% in 2023 and
    2024, respectively': the k-th before them); a lone number the last year."""
    before = list(_YEAR_PAIR.finditer(sentence, 0, m.start - offset))
    after = _YEAR_PAIR.search(sentence, m.unit_end - offset)
    if before:
        years = [int(y) for y in _YEAR.findall(before[-1].group())]
        run = [o for o in inside if o.unit == m.unit and before[-1].end() + offset <= o.start]
    elif after:
        years = [int(y) for y in _YEAR.findall(after.group())]
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


def year_return(
    sentence: str, offset: int, m: NumberMention, published: Published, spans: list[tuple[int, int]]
) -> tuple[str, int | None]:
    """A move 'in 2025' / 'im Jahr 2025': of the year so far when the year is the publication's,
    of that calendar year when it is past, a forecast when it is to come. The year is its cue's (`spans`: where the
    cue stands), not another the sentence names ('gained 0.1% so far in 2026 after surging 75% last year')."""
    if _YEAR_PAIR.search(sentence):
        return "calendar_year_return", None  # '240% and 170% in 2023 and 2024': calendar_year() pairs them
    at = m.start - offset
    years = [
        (abs(hit.start() - at), int(hit.group()), hit.start())
        for start, end in spans
        for hit in _YEAR.finditer(sentence, start, end)
    ]
    year = min(years)[1] if years else None
    if years and published.date is not None and _YEAR_END_BASE.search(sentence, 0, min(years)[2]):
        # 'down 5% from where it finished 2024', 'gegenüber dem Jahresschluss 2024': a move since that year's last
        # close, the year so far where it is the year before publication's, else a look-back from an older year-end
        assert year is not None
        return ("ytd_return", None) if year == published.date.year - 1 else ("since_return", None)
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


def _day_of_the_extreme(sentence: str) -> bool:
    """The sentence's first day is written right after a 52-week extreme it names: the extreme's day."""
    phrases = day_phrases(sentence)
    return bool(phrases) and _EXTREME_BEFORE.search(sentence, max(0, phrases[0][0] - 60), phrases[0][0]) is not None


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
    if (
        not sessions_back
        and day is not None
        and day.basis == "relative"
        and context.day is not None
        and context.day.day is not None
        and published.date is not None
        and context.day.day < published.date
        and names_previous_day(sentence)
        and _THE_DAY_BEFORE_TOLD.search(sentence) is not None
        and len(day_phrases(sentence)) == 1
        and (not other_subject or pluperfect_auxiliaries(rules.tenses).search(sentence) is not None)
    ):
        # 'Die Aktie sprang am Dienstag um 5,6 Prozent ... Am Vortag hatte sie 1,4 Prozent verloren' in a text of
        # Wednesday: the session before the day the text tells, not the one before publication. Another company's
        # move in the simple past is a report of its own, counted back from the time of writing ('BABA closed at
        # $179.45 on Monday ... BIDU jumped 4.8% in the prior session' in Tuesday's pre-market item: Monday)
        day, sessions_back = DateRef(context.day.day, "relative", "the day before the one in play"), 1
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
    if (
        kind in _DISTANCE_52W
        and day is not None
        and day.basis == "stated"
        and day.day is not None
        and published.date is not None
        and day.day < published.date
        and _day_of_the_extreme(sentence)
    ):
        # '52-Wochen-Hoch: 186,20 HKD (3. Oktober), Abstand: gut 20 Prozent', 'Hoch vom 3. Oktober, Abstand ...': the
        # day the extreme was set, written after it; the distance names no day of its own (read on the sessions up to
        # publication, as one naming none)
        notes.append(f"the extreme's day {day.day.isoformat()}; the distance read as of publication")
        day = None
    if sessions_back and day is None and published.date is not None:
        day = DateRef(published.date, "relative")  # 'overnight': the session before publication's day
    # a day's low or high after 'from' is the session's range told ('Tuesday's range ran from $187.40 to $193.77') or
    # the extreme a move of that session came off ('down from a session high of $160'): that session's, no base of the
    # session before
    or_before = or_before and kind not in _DAY_EXTREMES
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
_MONTH_START = re.compile(
    rf"\b(?:since\s+the\s+(?:start|beginning)\s+of|seit\s+Anfang|seit\s+Beginn(?:\s+des)?"
    rf"|(?P<end>since\s+the\s+end\s+of|seit\s+Ende))\s+(?P<month>{'|'.join(MONTHS)})s?\b"
    r"(?!\s+20\d\d)",
    re.IGNORECASE,
)


class PeriodStart(NamedTuple):
    """A move since a month's or a year's start (or the end before it), as it is measured."""

    kind: str  # month_return (ytd_return) for the month (year) the period ends in, else since_return from its base
    reference: dict[str, str]
    base: tuple[str, str] | None  # since_return's: the close of the session before the month (the year) began
    note: str | None = None  # what the explanation shows of it


def _nearest_first(spans: list[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """A cue's places in its sentence, the one nearest the number at `at` first."""
    return sorted(spans, key=lambda span: max(span[0] - at, at - span[1], 0))


def month_start_window(
    sentence: str,
    cue_spans: list[tuple[int, int]],
    at: int,
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move 'since the start of September' (or 'since the end of August') up to the day it is told for: in
    September that month's move (month_return), later the move since the last close of August (a since-return from
    that session); None when the cue (its place nearest the number at `at`) names no month's start or end, or the
    listing or day is unknown. The month is the latest such one up to publication; a day of the sentence before it
    ('..., a rally that began on Aug. 29') is no end of the period, which then runs up to publication."""
    listing = rules.listing(symbol or "")
    spans = _nearest_first(cue_spans, at)
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
    at: int,
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move since a year's end or start up to the day it is told for: in the year after that end, the year so far
    (ytd_return); later, the move since the last close of that year (a since-return from that session: 'seit Ende
    2024' in 2026, 'since the start of 2025' in 2026). None when the cue (its place nearest the number at `at`) names
    no past year's end or start, or the listing or day is unknown."""
    listing = rules.listing(symbol or "")
    named = next(
        (
            m
            for start, end in _nearest_first(cue_spans, at)
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
    at: int,
    reference: dict[str, str] | None,
    symbol: str | None,
    published: Published,
    rules: Rules,
) -> PeriodStart | None:
    """A move since a year's end or start (a look-back's or a year to date's cue), else, for a look-back, since a
    month's start or end: what `year_boundary_window` and `month_start_window` read."""
    found = year_boundary_window(sentence, cue_spans, at, reference, symbol, published, rules)
    if found is None and kind == "since_return":
        found = month_start_window(sentence, cue_spans, at, reference, symbol, published, rules)
    if found is None and kind == "since_return":
        found = quarter_to_date_window(sentence, cue_spans, at, reference, symbol, rules)
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
    at: int,
    reference: dict[str, str] | None,
    symbol: str | None,
    rules: Rules,
) -> PeriodStart | None:
    """A move over the quarter so far, up to the day it is told for: since the last close before the quarter began
    (None where the cue nearest the number names no quarter, or the listing or day is unknown)."""
    listing = rules.listing(symbol or "")
    nearest = _nearest_first(cue_spans, at)[:1]
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
        return None
    start, end, since, stated, since_last = found
    without_base = sentence[:start] + " " * (end - start) + sentence[end:]
    for a, b in cue_spans:
        if not a <= start < b:
            # another look-back's base ('has lost about 18% since its Feb. 10 close and sits roughly 28% below where
            # it ended on Oct. 2'): not the session this one is told up to
            without_base = without_base[:a] + " " * (b - a) + without_base[b:]
    day = resolve_day(without_earlier_events(without_base, rules), published.date, rules)
    carried = context.day.day if context.day is not None else None
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


def session_after(day: date) -> date:
    """The weekday after a day (Friday's is Monday); a holiday is the measure step's to find."""
    return day + timedelta(days=3 if day.weekday() == 4 else 2 if day.weekday() == 5 else 1)


def session_before(day: date) -> date:
    """The weekday before a day (Monday's is Friday); a holiday is the measure step's to find."""
    return day - timedelta(days=3 if day.weekday() == 0 else 2 if day.weekday() == 6 else 1)


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
    breaks = list(_CLAUSE_BREAK.finditer(sentence, 0, at))
    start = breaks[-1].end() if breaks else 0
    following = _CLAUSE_BREAK.search(sentence, at)
    clause = sentence[start : following.start() if following else len(sentence)]
    if len(breaks) == 1 and breaks[0].start() <= _FRONTED_REACH and not any(c.isdigit() for c in clause[: at - start]):
        return sentence[: breaks[0].start()] + " " + clause
    return clause


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
    named = next((found for start, end in spans if (found := _YEAR.search(sentence, start, end))), None)
    if named is not None:
        return int(named.group())
    return published.date.year - years_back if published.date else None


def _last_weekday_of(year: int) -> date:
    return _weekday_on_or_before(date(year, 12, 31))


def _weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
