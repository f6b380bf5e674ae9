"""Which number each day phrase of a sentence belongs to, before any number's day is decided: the day of a comparison
base ('gegenüber HK$147,60 am Freitag'), of a dated base or extreme ('über dem Schlusskurs vom 7. April', 'the Feb. 20
low of HK$147.10'), of an earlier move told in brackets or an aside ('..., nachdem er am Mittwoch noch 1,7 Prozent
gewonnen hatte'); what is left is the sentence's free day words, which `timing.py` reads for the other numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from claimcheck.core.dates import (
    LOOK_BACK_HEDGES_EN,
    WEEKDAYS,
    day_phrases,
    in_present_perfect,
    pluperfect_auxiliaries,
    pluperfect_clause_span,
    since_day_with_clause,
    with_earlier_word,
)
from claimcheck.core.extract.context import CLAUSE_END
from claimcheck.core.numbers import NumberMention
from claimcheck.first_chars import with_first_chars
from claimcheck.model import CURRENCIES
from claimcheck.rules import Cue, Rules, Words
from claimcheck.word_scan import CaseBlindGuard, fold_sentence


@lru_cache(maxsize=4)
def _comparison(words: Words) -> re.Pattern[str]:
    """Around the words of comparisons.csv: a number after them is the base a move is measured from
    ('gegenüber HK$147,60 am Freitag'), also when the base is named first: 'gegenüber dem Schlusskurs
    von 147,60 HKD', "from Friday's close of", or the previous session's close by its noun alone: 'nach einem
    Vortagesschluss von 164,60 HKD'."""
    return with_first_chars(
        re.compile(
            rf"(?:\b(?:{words['comparison']})"
            rf"(?:(?:\s+[^\s\d,;]+){{0,3}}?\s+(?:{words['base_noun']})"
            rf"(?:\s+[^\s\d,;]+){{0,2}}?\s+(?:{words['base_link']}))?"
            # ('unter dem Vortagesschluss von 26.924 Punkten': the previous session's close named by its own noun)
            rf"|\b(?:{words['previous_close']})\s+(?:{words['base_link']}))"
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


# searched in every sentence with a number: led by its first letters (`with_first_chars`)
POSSESSIVE_DAY = with_first_chars(re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday)['’]s\b", re.IGNORECASE))


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
    r"\s{1,3}(?:(?:vom|von|am|at|from|of|on)\s{1,3}"
    r"|(?:that\s|which\s)?(?:it|they|the\s[\w-]+(?:\s[\w-]+)?)\s(?:had\s)?[a-z]+\s(?:on\s)?)?"
)


def _with_level(sentence: str, start: int, end: int, words: str, level_end: int) -> str:
    """A base's day words with its level right after them ('Verglichen mit dem Vorwochenschluss bei 147,10 HKD'): the
    previous week's close is a day only with a level after it (`dates._WEEK_END`); other days are read as they were."""
    return sentence[start:level_end] if words == sentence[start:end] else words


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
    restated = restated_look_back(sentence, rules)
    phrases = (
        day_phrases(sentence)
        if found
        or parts
        or aside
        or _may_name_a_base(sentence)
        or POSSESSIVE_DAY.search(sentence)
        or "(" in sentence
        or _WHEN_GUARD.search(sentence)
        or restated is not None
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
    earlier_in_part: tuple[int, int] | None = None  # the part clause and the end of the last day phrase it held
    for start, end in phrases:
        words = with_earlier_word(sentence, start, end, rules.tenses)  # ('vergangenen Mittwoch')
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
                    own[n.start] = words
        if (move := _move_from_close_of(sentence, offset, start, end, numbers)) is not None:
            measured_from[move.start] = words  # (with the base's level after it, too)
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
                if level and at == level.end():
                    own[n.start] = _with_level(sentence, start, end, words, n.end - offset)
                elif (
                    (when and when.start() <= at < when.end())
                    or (bracket and at == bracket.end() and (n.unit == "points" or n.unit in CURRENCIES))
                    or (extreme is not None and extreme <= at < start)
                ):
                    own[n.start] = words
            continue
        if aside and (inside := _in_pluperfect_aside(sentence, offset, start, numbers, rules)):
            for n in inside:
                own[n.start] = words
            free = free[:start] + " " * (end - start) + free[end:]
            continue
        part = next(
            (at for at in reversed(parts) if at < start and not CLAUSE_END.search(sentence, at + 1, start)), None
        )
        in_base = next((n for n, opening in found if opening <= start < n.start - offset), None) if part else None
        if in_base is not None:
            # ', having opened at $158.51 after Tuesday's close of $150.02': a day inside a base's own phrase is
            # that base's, not the clause's around it
            own[in_base.start] = words
            free = free[:start] + " " * (end - start) + free[end:]
            continue
        if part is not None:
            # '..., including a 7.1% plunge on Thursday': the day of a clause telling part of the move is its own
            stop = CLAUSE_END.search(sentence, end)
            if stop and _WHICH_GOES_ON.match(sentence, stop.start()):
                # ', having risen 0.7% on Wednesday, which had left the index up 1.1% for the week': the relative
                # clause tells that day's standing
                stop = CLAUSE_END.search(sentence, stop.end())
            # '..., nach einem Hoch von 104,20 HKD am Dienstag und einem Tief von 97,10 HKD am Donnerstag': a day
            # named after another one in the same clause dates the numbers after that one only
            same_part = earlier_in_part is not None and earlier_in_part[0] == part
            lower = max(part, earlier_in_part[1]) if same_part and earlier_in_part is not None else part
            earlier_in_part = (part, end)
            inside = [n for n in numbers if lower <= n.start - offset < (stop.start() if stop else len(sentence))]
            if inside:
                for n in inside:
                    own[n.start] = words
                free = free[:start] + " " * (end - start) + free[end:]
                continue
        bracketed = _bracketed_earlier_move(sentence, offset, start, end, numbers, rules)
        if bracketed is not None:
            # 'nach dem Rückschlag vom Vortag (–2,2 %) um 0,2 % zu', "after Monday's slump (-2.2%)": the move in
            # brackets is the earlier session's the words name; the sentence's own day stays the other numbers'
            own[bracketed.start] = words
            free = free[:start] + " " * (end - start) + free[end:]
            continue
        if restated is not None and restated.start == start <= end <= restated.move:
            # 'Vor einem Monat notierte die Aktie noch bei 169,90 HKD, das entspricht einem Rückgang von fast 16
            # Prozent': the look-back dates the price of its clause; the move the clause after restates runs from then
            # to the day in play, which the look-back does not date (a later clause keeps its own day: '..., und am
            # Donnerstag fiel sie um 3,6 Prozent')
            for n in numbers:
                if restated.move <= n.start - offset < restated.end:
                    own[n.start] = " "
            # (the price in the look-back's clause keeps the sentence's reading: the look-back's day)
        if (labelled := _bracket_label_owner(sentence, offset, start, end, numbers)) is not None:
            # 'ein Minus von knapp 3 Prozent (Schluss der Vorwoche: 147,10 HKD)': a day labelling the figure after it
            # in brackets is that figure's, not the sentence's (read with the label's colon and figure, as the words of
            # a label are: 'Vortag: 143,00')
            own[labelled.start] = sentence[start : labelled.end - offset]
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
            level = _BASE_LEVEL.match(sentence, end)
            at_level = level is not None and level.end() == owner.start - offset
            own[owner.start] = _with_level(sentence, start, end, words, owner.end - offset) if at_level else words
            free = free[:start] + " " * (end - start) + free[end:]
    return DayBindings(free, own, bases, measured_from)


_WHICH_GOES_ON = re.compile(r",\s+which\s+had\b")


class RestatedLookBack(NamedTuple):
    """A look-back dating a price whose clause a restating one follows ('Vor einem Monat notierte die Aktie noch bei
    169,90 HKD, das entspricht einem Rückgang von fast 16 Prozent'): where the look-back starts, where the restated
    move's figure may start (the end of the cue's words) and where the restating clause ends (its next comma or
    semicolon, or 'und' opening another conjunct), offsets in the sentence."""

    start: int
    move: int
    end: int


def restated_look_back(sentence: str, rules: Rules) -> RestatedLookBack | None:
    """The first look-back of the sentence a clause after restates as a move (cues.csv rows with base `restated`, the
    one place their words are written)."""
    folded = fold_sentence(sentence)  # (None: any cue may match)
    for cue in _restating_cues(rules):
        if folded is not None and not cue.may_occur_in(folded):
            continue
        hit = cue.pattern.search(sentence)
        if hit is None:
            continue
        stop = _restating_clause_end(rules.clause_words).search(sentence, hit.end())
        return RestatedLookBack(hit.start(), hit.end(), stop.start() if stop else len(sentence))
    return None


def _restating_cues(rules: Rules) -> tuple[Cue, ...]:
    return rules.derived(_restating_cue_rows)


def _restating_cue_rows(rules: Rules) -> tuple[Cue, ...]:
    return tuple(cue for cue in rules.cues if cue.restates_look_back)


@lru_cache(maxsize=4)
def _restating_clause_end(words: Words) -> re.Pattern[str]:
    """The end of a restating clause: a comma or semicolon (not a decimal comma) or 'und' opening another conjunct."""
    return re.compile(rf"[,;](?!\d)|\s(?:{words['and']})\s", re.IGNORECASE)


# a day named right after a figure, its own: 'HK$125.10 on Monday', '143,00 HKD am Mittwoch'
_OWN_DAY_AFTER = re.compile(r"\s*(?:on|am|vom)\s+(?:\d|[A-Z])")
# the rest of a bracket's label after its day words, up to the colon before its figure ('(Schluss der Vorwoche: ')
_LABEL_COLON = re.compile(r"[^()\d:]{0,20}:\s*(?:[A-Z]{0,3}\$|€)?\s?")


def _bracket_label_owner(
    sentence: str, offset: int, start: int, end: int, numbers: list[NumberMention]
) -> NumberMention | None:
    """The number a day phrase labels, '(Schluss der Vorwoche: 147,10 HKD)', '..., Vortag: 143,00': the phrase opens a
    label (in brackets, or after a comma, a semicolon or a colon) and a colon then leads to the number; not where a day
    of the figure's own follows it ('Vortag: 143,00 HKD am Mittwoch')."""
    opening = max(sentence.rfind(mark, 0, start) for mark in "(,;:")
    if opening < 0 or ")" in sentence[opening:start] or len(sentence[opening + 1 : start].strip()) > 20:
        # (a label opening the sentence, a list's line, 'Friday close: 22,300.75 (-1.4%)', dates the whole line)
        return None
    colon = _LABEL_COLON.match(sentence, end)
    if colon is None:
        return None
    labelled = next((n for n in numbers if n.start - offset == colon.end()), None)
    if labelled is None or _OWN_DAY_AFTER.match(sentence, labelled.unit_end - offset):
        return None
    return labelled


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


# 'down 7.1% from Wednesday', 'ein Plus von 30 Prozent gegenüber Mittwoch' (or 'zum Mittwoch'), '0,3 Prozent mehr als am
# Vorabend': a day right after a move's comparison word is the base the move is measured from, not its session; unless
# it opens a range ('from Monday to Friday') or names the base's own level ('38% upside from Tuesday's close of
# $181.36': that level is Tuesday's)
_MOVE_BASE_DAY_BEFORE = re.compile(
    r"(?:%|\bProzent|\bpercent|\bper cent)[^,;:.]{0,20}?\b(?:from|versus|vs\.?|compared (?:with|to)|gegenüber|"
    # ('12 Prozent weniger wert als vor einem Monat', '8% cheaper than a week ago': a price's comparative, too)
    r"verglichen mit|(?:(?:mehr|weniger) wert|mehr|weniger|höher|tiefer|niedriger|günstiger|billiger"
    r"|teurer|more|less|higher|lower|cheaper|pricier|dearer) (?:als|than)"
    # ('lower than they were a week ago', 'tiefer als noch vor einem Monat')
    r"(?:\s+(?:noch|(?:it|they) (?:was|were|stood|traded)))?"
    # ('lower than about a month ago': a hedge on the look-back's length)
    rf"(?:\s+(?:{LOOK_BACK_HEDGES_EN}))?|zum)"
    # ('1,8 Prozent weniger als zum gestrigen Handelsschluss': the base's close after 'zum', 'beim', 'at'; 'weniger als
    # zum Handelsschluss am Montagabend', 'less than at the close on Monday': the close named before its day)
    r"\s+(?:dem\s+|the\s+|zum\s+|beim\s+|at\s+(?:the\s+)?)?"
    r"(?:(?:Handelsschluss|Börsenschluss|Schlusskurs|Schluss|close|closing price)\s+(?:(?:am|vom|on|of)\s+)?)?"
    # ('down 2.9% from last Friday': the word placing the weekday a week back, outside its day phrase)
    r"(?:(?:last|previous|prior)\s+)?$"
    # ('3,1 Prozent unter dem Schlusskurs vom Montag', '2% above the close on Friday': a position against a close that
    # names its day after it)
    r"|(?:%|\bProzent|\bpercent|\bper cent)\s+(?:über|unter|oberhalb|unterhalb|above|below|under|over|off)"
    # (or its owner's: '2.2% below their close of Nov. 25', '3 Prozent unter ihrem Schlusskurs vom 25. November')
    r"\s+(?:dem\s+|the\s+|its\s+|their\s+|ihrem\s+|seinem\s+)?"
    r"(?:Handelsschluss|Börsenschluss|Schlusskurs|Schluss|close|closing price)"
    r"\s+(?:(?:am|vom|on|of)\s+)?$"
    # ('7 Prozent unter dem Niveau von vor einem Monat', '12% below their level of a month ago': the level a day back)
    r"|(?:%|\bProzent|\bpercent|\bper cent)\s+(?:über|unter|oberhalb|unterhalb|above|below|under|over|off)"
    r"\s+(?:dem|ihrem|seinem|the|its|their)\s+(?:Niveau|Stand|Kurs|level|price)\s+(?:von|vom|of|from)\s+$",
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
        # (the move's size may stand before its noun: "Friday's 4.9% slide, when it hit HK$147.10")
        rf"(?:['’]s\s+(?:(?:[\w-]+|\d+(?:[.,]\d+)?\s?%)\s+){{0,2}}?(?:{words['event_noun']})\b"
        r"|(?:\s+[^\W\d][\w-]*){1,3})?"
        r"(?=\s*,\s*(?:als|when)\b)",
        re.IGNORECASE,
    )


# the words a base's day phrase stands beside ('up 60% from a year ago', 'a year earlier', 'a year before')
_BASE_WORDS = (
    "schluss", "close", "closing", "niveau", "stand", " als ", " than ", "seit ", "since ", "high", "low", "peak",
    "hoch", "tief", "year ago", "year earlier", "year before", " from ", "gegenüber", "versus", " vs", "compared",
    "verglichen", "im vergleich", "prozent zum ", "% zum ",
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


# (a move's noun with its percentage, then 'zum' before a weekday's close: 'ein Aufschlag von 5 Prozent zum
# Montagsschluss', 'ein Minus von 2 % zum Freitagsschluss' is measured from that close, as 'gegenüber dem
# Montagsschluss' is; a verb's move 'zum Freitagsschluss' is left as it was, 'zum' there may be the session's end)
_NOUN_MOVE_TO_COMPOUND_CLOSE_BEFORE = re.compile(
    r"\b(?:Aufschlag|Abschlag|Plus|Minus|Zuwachs|Anstieg|Rückgang|Kurssprung|Kursgewinn|Kursverlust)\s+von\s+"
    r"(?:(?:rund|etwa|knapp|gut|fast|mehr als|über)\s+)?\d[\d.,]*\s*(?:%|Prozent)\s+zum\s+"
    r"(Schluss(?:kurs|stand)?\s+vom\s+)?$",
    re.IGNORECASE,
)


def _noun_move_to_close(sentence: str, start: int, end: int, before: str) -> bool:
    """A day named as the close a move's noun is measured from after 'zum': 'ein Aufschlag von 5 Prozent zum
    Montagsschluss', 'ein Plus von 2 % zum Schlusskurs vom Freitag' (`_NOUN_MOVE_TO_COMPOUND_CLOSE_BEFORE`)."""
    hit = _NOUN_MOVE_TO_COMPOUND_CLOSE_BEFORE.search(before)
    return hit is not None and (hit[1] is not None or sentence[start:end].lower().endswith("schluss"))


_DIGIT = re.compile(r"\d")


# 'Das Verlaufstief vom 20. Februar bei 147,10 HKD wurde am Dienstag verteidigt': the day a session's own low or high
# was set, with its level after it, dates that level only (not a 52-week or a year's extreme, held as of the text's day)
_DAYS_EXTREME_NOUN = r"(?<![\w-])(?:Verlaufs|Tages|Zwischen)?(?:[Tt]ief|[Hh]och|Tiefststand|Höchststand)\s+"
_DATED_EXTREME_BEFORE = re.compile(_DAYS_EXTREME_NOUN + r"(?:vom|am)\s+(?:vergangenen\s+)?$")
# the same before a weekday's phrase, which holds its 'am' ('unter dem Hoch am Mittwoch bei 169,80 HKD')
_DATED_EXTREME_BEFORE_AM = re.compile(_DAYS_EXTREME_NOUN + "$")


# ('The Feb. 20 low of HK$147.10 was tested on Tuesday': a dated session's low or high with its level after it)
_THE_DATED_EXTREME = (
    re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE),
    re.compile(r"\s+(?:(?:intraday|session|closing)\s+)?(?:low|high)\s+(?:of|at)\s", re.IGNORECASE),
)


# 'seit dem Jahrestief vom 13. Januar', 'since its low on April 9', 'since their April 9 low': the day of a
# since-return's base; the return reads it itself (dates.since_start), and it dates no other number
_SINCE_BASE_BEFORE = re.compile(
    r"\b(?:seit|since)\s+(?:dem|der|den|ihrem|seinem|its|their|the)\s+(?:[\w-]+\s+){1,2}(?:vom|von|am|of|on)\s*$",
    re.IGNORECASE,
)


# 'up about 1% since Friday's close', 'seit Montag 4 Prozent im Plus': a weekday or date right after 'since'/'seit' is
# the start of that since-return only (`dates.since_start` reads it), never the day of the sentence's other figures
# (nor with the word placing the weekday a week back outside its day phrase: 'has lost 3.9% since last Friday's close
# and is down 3.0% since the start of the year': last Friday is no day of the 3.0%)
_SINCE_RIGHT_BEFORE = re.compile(
    r"\b(?:seit|since)\s+(?:(?:dem|the)\s+)?(?:(?:last|previous|prior)\s+)?$", re.IGNORECASE
)


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
    # a level a distance is measured from, without an extreme's noun, with the verb that reached it ('about 14% below
    # the $181.10 they touched on Jan. 22', 'nearly 11% below the HK$174.20 reached on Jan. 29')
    rf"|\b(?:below|above|under|over|from|off)\s+(?:the|its|their)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}"
    r"(?:\s*(?:HKD|USD|points?))?\s+(?:(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+)?"
    r"(?:set|reached|hit|touched|marked)\s+(?:on\s+)?$"
    # the level before the extreme's noun, with the verb that set it before the date ('below the $148.43 peak they
    # reached on March 17'), as `_EXTREME_SET_BEFORE` reads it before a weekday
    rf"|\b(?:the|its|their)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}\s+(?:(?:intraday|session|closing)\s+)?"
    r"(?:high|low|peak|trough)\s+(?:(?:it|they|the\s+(?:stock|shares|index|ADRs?))\s+)?"
    r"(?:set|reached|hit|touched|marked)\s+(?:on\s+)?$"
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
    r"(?:(?:on|last|this|am|vergangenen|letzten|in|im)\s+)?$"
    # the level before the extreme's noun ('2.1% below the HK$169.80 high on Wednesday', 'the $172.50 peak hit Monday')
    rf"|\b(?:the|its|their)\s+(?:HK\$|US\$|\$|€)?\s?{_LEVEL}\s+(?:(?:intraday|session)\s+)?(?:high|low|peak|trough)\s+"
    r"(?:(?:it|they)\s+)?(?:(?:set|reached|hit|touched|marked)\s+)?(?:on\s+)?$",
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
    # (or the extreme alone, ending the clause: '2.1% below Wednesday's high.')
    r"(?:low|high|peak|trough)(?=\s+(?:of|at)\s|\s*(?:[.,;]|$))",
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
        or _noun_move_to_close(sentence, start, end, before)
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
        or (
            bool(
                _DATED_EXTREME_BEFORE.search(before)
                or (sentence.startswith("am ", start) and _DATED_EXTREME_BEFORE_AM.search(before))
            )
            and bool(_BASE_LEVEL.match(sentence, end))
        )
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
        or _noun_move_to_close(sentence, start, end, before)
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
