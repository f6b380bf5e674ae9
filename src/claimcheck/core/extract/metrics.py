"""Which metric a number states: the nearest cue of the rule tables, a hedge, a sign word, a session
range, a conversion in brackets, and the kind a number takes without a cue.

The words are data (`cues.csv`, `hedges.csv`, `directions.csv`); this module weighs their distance
to a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from claimcheck.core.clauses import clause_bounds
from claimcheck.core.dates import day_phrases, has_day_phrase, names_day_of_month, without_earlier_events
from claimcheck.core.extract.sentences import pattern_hits
from claimcheck.core.kinds import (
    DISTANCE_KINDS,
    EXTREME_KINDS,
    MOVING_AVERAGE_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    SESSION_PRICE_KINDS,
    SET_EXTREME_KINDS,
    SHARE_PRICE_KINDS,
    UNMEASURED_KINDS,
    VOLUME_KINDS,
    YEAR_EXTREME_KINDS,
)
from claimcheck.core.numbers import RANGE_OPEN, NumberMention
from claimcheck.first_chars import hits_at_heads, hits_at_starts, with_first_chars
from claimcheck.model import CURRENCIES, DistanceBase
from claimcheck.rules import Company, Cue, Rules, Words
from claimcheck.word_scan import CaseBlindGuard


def unit_class_of(unit: str | None) -> str:
    """The class a cue's `number` column names: percent, points, price or count."""
    if unit in ("percent", "percentage_points"):
        return "percent"
    if unit == "points":
        return "points"
    if unit in CURRENCIES:
        return "price"
    return "count"


_SPACED_DASH = re.compile(r"\s[–—-]\s")


# a clause break, or a word opening the next predicate: 'gained 4% this year before sliding 4.9% on Tuesday'
_PREDICATE_BREAK = re.compile(
    r";|[,:](?!\d)|\b(?:and|but|before|after|while|then|und|aber|bevor|nachdem|während|dann)\b", re.IGNORECASE
)


# a base's word before a day: 'losing 4.2% from last Friday's close' names the base's day, not the move's
_BASE_BEFORE_DAY = re.compile(
    r"\b(?:from|since|than|compared\s+(?:with|to)|vs\.?|versus|gegenüber|seit|vom)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE
)


def _own_clause_dated(sentence: str, after_cue: int, number_at: int) -> bool:
    """A clause break between a cue and the number after it, and a day named in the number's own clause after it
    (not the day of a base after the number)."""
    breaks = list(_PREDICATE_BREAK.finditer(sentence, after_cue, number_at))
    if not breaks:
        return False
    following = _PREDICATE_BREAK.search(sentence, number_at)
    end = following.start() if following else len(sentence)
    if has_day_phrase(sentence[breaks[-1].end() : number_at]):
        return True
    return any(
        not _BASE_BEFORE_DAY.search(sentence[max(0, number_at + start - 30) : number_at + start])
        for start, _ in day_phrases(sentence[number_at:end])
    )


# a period's or a run's words after a number, which a day in the number's own part of the sentence may overrule
_PERIOD_OR_RUN = PERIOD_KINDS | {"since_return"}
# trading outside the session, named before a clause whose own day tells its move ('Nvidia rises 0.8% premarket,
# adding to Monday's 1.6% gain'): that day's session, not the trading before the bell
_OUTSIDE_SESSION_KINDS = frozenset({"premarket", "after_hours"})


def _dated_before_next(sentence: str, offset: int, m: NumberMention, others: list[NumberMention], cue_at: int) -> bool:
    """A day named between a number and the next number of its class, both before a cue: the number's own day."""
    unit_class = unit_class_of(m.unit)
    after = [o for o in others if m.unit_end <= o.start and o.end <= cue_at and unit_class_of(o.unit) == unit_class]
    return bool(after) and has_day_phrase(sentence[m.unit_end - offset : min(o.start for o in after) - offset])


def _gap(cue_span: tuple[int, int], m: NumberMention, others: list[NumberMention], gap_text: str) -> int:
    # a ratio in words between ('hat sich mehr als verdoppelt: Das Plus beträgt 87 Prozent') most often restates
    # the figure's period: it does not push the cue away
    others = [o for o in others if not o.ratio_word]
    if cue_span[1] <= m.start:
        gap = m.start - cue_span[1]
        # nor does a number of another class after a cue that leads the sentence to the number ('Seit dem Börsengang
        # zum Ausgabepreis von 68 Dollar haben die ADRs rund 99 Prozent gewonnen': a price before a percentage)
        unit_class = unit_class_of(m.unit)
        between = [
            o for o in others if cue_span[1] <= o.start and o.end <= m.start and unit_class_of(o.unit) == unit_class
        ]
    elif cue_span[0] >= m.unit_end:
        gap = cue_span[0] - m.unit_end
        between = [o for o in others if m.unit_end <= o.start and o.end <= cue_span[0]]
        if ("," in gap_text or ";" in gap_text or _SPACED_DASH.search(gap_text)) and not _CONDITION.fullmatch(gap_text):
            # a cue after a comma opens the next clause: 'bei 52 %, auf Sicht von ...'; after a dash set off
            # by spaces, the next part: 'Alibaba springt 4 Prozent an – jetzt den Stopp nachziehen'; not a condition's
            # clause, which tells what the move would reach ('Gewinne von 26,58 Prozent würde die Aktie verbuchen,
            # sollte sie das 52-Wochen-Hoch erreichen')
            gap += 60

    else:
        return 0
    return gap + 30 * len(between)


# the words between a number and a cue: its own clause, then a condition's after one comma ('..., sollte sie das',
# '..., if it regained its')
_CONDITION = re.compile(r"[^,;–—]*,\s*(?:sollten?|wenn|falls|if|should|were)\b[^,;–—]*", re.IGNORECASE)
CueHit = tuple[int, int, int, Cue]  # (table order, start, end, cue), offsets within the sentence

# An intraday word ('im Tagesverlauf', 'zeitweise', 'briefly') places only its own clause within the
# session; a number before it and a clause break ends a move the other clause reports.
_OWN_CLAUSE_KINDS = {"intraday_move", "intraday_price"}
# 'fell 3.1% in after-hours trading to $110.20': trading outside the session governs every number
# of its clause, the move before the words as much as the price after them
_SESSION_PART_KINDS = {"premarket", "after_hours"}
_DAY_EXTREME_KINDS = {"day_high", "day_low"}
# what links an extreme's words to the price it names: '52-Wochen-Tief von 95,70', 'Jahreshoch bei rund 186,20',
# '52-week low of HK$95.70'
_NAMED_LEVEL_LINK = re.compile(
    r"\s+(?:von|bei|of|at)\s+(?:(?:rund|etwa|ca\.|knapp|gut|about|around|nearly|roughly)\s+)?(?:HK\$|US\$|\$|€)?\s*",
    re.IGNORECASE,
)
_PERIOD_EDGE_KINDS = {"year_start", "year_end", "quarter_end"}


@lru_cache(maxsize=4)
def _clauses(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Clauses told by the words of clause_words.csv: a clause giving a reason or circumstance after
    a number, whose words do not say what the number is; a relative clause between commas (', which
    has more than doubled this year,', ', die seit Jahresbeginn ... zugelegt hat,'), which speaks of
    its own numbers."""
    reason = with_first_chars(re.compile(rf"\b(?:{words['reason']})\b", re.IGNORECASE))
    # its closing comma is a clause break, not a number's decimal or thousands comma ('um 2,6 Prozent auf 122,12')
    relative = re.compile(
        rf",\s*(?:{words['relative']}|(?:{words['relative_article']})(?=\s+[a-zäöü]))\b(?:[^,;]|,(?=\d))*,(?!\d)"
    )
    return reason, relative


@lru_cache(maxsize=4)
def _level_after_open(words: Words) -> re.Pattern[str]:
    """A predicate joined after the open's, telling where the shares stand (session_words.csv level_after_open)."""
    return with_first_chars(re.compile(rf"\b(?:{words['level_after_open']})\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _session_end(words: Words) -> re.Pattern[str]:
    """The session's end named with a move (session_words.csv session_ended: 'schlossen', 'closed', 'to end')."""
    return with_first_chars(re.compile(rf"\b(?:{words['session_ended']})\b", re.IGNORECASE))


# the rest of the period cue's last word, then its clause ends ('weekly loss|es as ...', 'for the week so far, while')
_WORD_REST = re.compile(r"\w*(,?)\s+")
# a move told with the price it went to ('dropped 2% to HK$495.60'): a session's move, not a period said once for two
_TO_PRICE = re.compile(r"\s+(?:to|at)\s+(?:[A-Z]{0,3}\$|€|£)\s?\d")


def _conjunction_follows(sentence: str, cue_end: int, number_at: int, unit_end: int, rules: Rules) -> bool:
    """A conjunction opening a clause of its own stands right after a period's words, before the number; after a
    comma only where the number is told with the price it went to ('0.8% lower for the week so far, while Tencent
    dropped 2% to HK$495.60'; 'up 88% year to date, while the Hong Kong shares have gained about 96%' says the period
    once for both)."""
    rest = _WORD_REST.match(sentence, cue_end, number_at)
    at = rest.end() if rest else cue_end
    if clause_conjunction(rules.clause_words).match(sentence, at, number_at) is None:
        return False
    return not (rest and rest.group(1)) or _TO_PRICE.match(sentence, unit_end) is not None


@lru_cache(maxsize=4)
def clause_conjunction(words: Words) -> re.Pattern[str]:
    """A conjunction opening a clause of its own (clause_words.csv reason_clause: 'after', 'nachdem')."""
    return with_first_chars(re.compile(rf"\b(?:{words['reason_clause']})\b", re.IGNORECASE))


def in_other_relative_clause(sentence: str, at: int, number_at: int, rules: Rules) -> bool:
    """A word at `at` (a cue, a company's name) lies in a relative clause between commas that does not hold the number
    ('Nvidia, whose chips power much of the AI build-out Alibaba is betting on, has gained 1.8%': not Alibaba's)."""
    if "," not in sentence:
        return False
    return any(
        start < at < end and not start < number_at < end
        for start, end in _relative_clauses(sentence, rules.clause_words)
    )


@lru_cache(maxsize=16)  # asked for every cue and number of a sentence
def _relative_clauses(sentence: str, words: Words) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's relative clauses between commas (`_clauses`)."""
    return tuple(c.span() for c in _clauses(words)[1].finditer(sentence))


def _side_phrases_between(sentence: str, cue_end: int, number_at: int, words: Words) -> int:
    """The length of the relative clauses and inserted participles between commas (`_relative_clauses`) standing
    wholly between a cue and the number after it: a side phrase does not push the cue away ('Vom Märzhoch bei 578,00
    HKD, erreicht am 11. März, hat das Papier rund 11 Prozent eingebüßt': the distance from the March high, not the
    day's move its verb alone would tell)."""
    if "," not in sentence:
        return 0
    clauses = _relative_clauses(sentence, words)
    return sum(end - start for start, end in clauses if cue_end <= start and end <= number_at)


# a comma or semicolon between clauses, not the decimal or thousands comma of a number ('153,80')
CLAUSE_BREAK = re.compile(r";|,(?!\d)")

_COLON_BREAK = re.compile(r":\s")  # a colon ending a clause, not a clock time
# a clause break before a new main clause: ', and', '; '
_CLAUSE_AND = re.compile(r";|,\s+(?:and|und)\b")
# a run the move ended or followed ('snapping a three-day losing streak', 'After a three-day rally')
_RUN_ENDED = re.compile(
    r"\b(?:snap\w*|end(?:ed|ing|s)?|broke|break(?:ing|s)?|halt\w*|after|following)\s+(?:a|an|its|their|the)\s+$"
    # ('beendeten damit eine zweitägige Verlustserie', 'nach einer dreitägigen Rally')
    r"|\b(?:beende\w*|stoppte\w*|durchbrach\w*|nach)\s+(?:damit\s+|so\s+)?(?:eine[rn]?|ihre[rn]?|seine[rn]?|die|der|den)\s+$",
    re.IGNORECASE,
)
# the run's own relative clause between its cue and the number ('snapping a two-day losing streak in which they shed
# 7.1%'): the number is the run's total
_IN_THE_RUN = re.compile(
    r"(?:,?\s+(?:in|during|over|across)\s+which|,\s*(?:in|während)\s+(?:der|dem|denen|deren\s+Verlauf))\b[^,;.:]*$",
    re.IGNORECASE,
)
# sessions counted back from the one before the day reported ('over the two previous sessions')
_SESSIONS_BEFORE = re.compile(
    r"\b(?:previous|prior|preceding)\s+(?:\w+\s+)?(?:trading\s+)?(?:days|sessions)\b"
    # ('in den vier Handelstagen davor', 'in den vier vorangegangenen Handelstagen')
    r"|\b(?:Handels)?[Tt]age[n]?\s+(?:davor|zuvor)\b|\b(?:vorangegangenen|vorherigen)\s+(?:\w+\s+)?(?:Handels)?[Tt]age",
    re.IGNORECASE,
)


def run_ended_before_the_move(sentence: str, start: int, end: int) -> bool:
    """Whether the run a cue names (at start..end in the sentence) ended before the session the sentence reports:
    the move snapped or followed it ('snapping a two-day losing streak', 'after a three-day rally'), or its sessions
    are counted as the previous ones ('over the two previous sessions')."""
    # (a word after the cue counts its sessions back too: 'in den vier Handelstagen davor')
    return bool(
        _RUN_ENDED.search(sentence, max(0, start - 30), start) or _SESSIONS_BEFORE.search(sentence, start, end + 7)
    )


# (cue row, where its literal heads start in the sentence; None: the row is searched with its pattern)
CueRows = list[tuple[int, list[int] | None]]


def cue_hits(sentence: str, rules: Rules, rows: CueRows | None = None) -> list[CueHit]:
    """Every cue in a sentence, found once for all the numbers in it. `rows`: the rows that may match
    and where, found for the whole text at once (`scan.TextScan.cue_rows`; the sentence is then a
    slice of a text whose lower-casing kept every offset); a row with heads counts only where one of
    its words stands in the sentence (`Cue.may_occur_in`), tested once it matched."""
    folded = sentence.lower()
    if rows is not None:
        table = rules.cues
        found: list[CueHit] = []
        for row, at in rows:
            cue = table[row]
            if at is None:
                found.extend((row, h.start(), h.end(), cue) for h in cue.folded.finditer(folded))
            elif (matched := hits_at_starts(cue.folded, at, folded)) and cue.may_occur_in(folded):
                found.extend((row, h.start(), h.end(), cue) for h in matched)
        return found
    present = rules.cue_words.rows_in(folded)  # Cue.may_occur_in for every cue, in one scan
    cues = [(o, c) for o, c in enumerate(rules.cues) if not c.words or o in present]
    if len(folded) == len(sentence):  # lower-casing kept every offset
        # the lower-cased patterns on the lower-cased sentence, each matched only where one of its
        # literal heads stands in it (a substring search each): the same hits as finditer
        heads = rules.cue_heads
        return [
            (o, h.start(), h.end(), c)
            for o, c in cues
            for h in (
                hits_at_heads(c.folded, heads[o] or (), folded, folded) if heads[o] else c.folded.finditer(folded)
            )
        ]
    return [(o, h.start(), h.end(), c) for o, c in cues for h in c.pattern.finditer(sentence)]


@lru_cache(maxsize=4)
def _indicator_pointer(words: Words) -> re.Pattern[str]:
    """Words pointing back to an indicator the sentence before named (distance_words.csv indicator_back_reference)."""
    return with_first_chars(re.compile(rf"\b(?:{words['indicator_back_reference']})\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _average_pointer(words: Words) -> re.Pattern[str]:
    """Words pointing back to a moving average the sentence before named (distance_words.csv average_back_reference)."""
    return with_first_chars(re.compile(rf"\b(?:{words['average_back_reference']})\b", re.IGNORECASE))


# what a distance pointing back may be told of instead of a moving average: an extreme or an average of the sentence's
_OWN_REFERENCE_KINDS = EXTREME_KINDS | DISTANCE_KINDS | MOVING_AVERAGE_KINDS


def indicator_pointed_back(sentence: str, hits: list[CueHit], earlier: str, rules: Rules) -> list[CueHit]:
    """The sentence's cues, with words pointing back to the RSI the sentence before named ('Der RSI (14 Tage) liegt
    bei 41. Am 5. März war der Indikator noch bis auf 20,5 gefallen') taken as that RSI's cue, where the sentence names
    none itself. 'Der Indikator' after no RSI (an economic indicator's) stays no cue. So are a distance's words pointing
    back to the moving average the sentence before named last ('Die 50-Tage-Linie verläuft bei 186,19 USD. Der Abstand
    beträgt rund 5 Prozent'), where the sentence names no average, high or low of its own, and the sentence before
    names no high or low after that average: the cue of the distance to that average, its window the one named there."""
    if not earlier:
        return hits
    pointer = _indicator_pointer(rules.distance_words).search(sentence)
    if pointer is not None and not any(cue.kind == "rsi" for *_, cue in hits):
        named = [hit for hit in cue_hits(earlier, rules) if hit[3].kind == "rsi"]
        if named:
            order, _, _, cue = named[-1]
            return sorted([*hits, (order, pointer.start(), pointer.end(), cue)], key=lambda hit: hit[1])
    pointer = _average_pointer(rules.distance_words).search(sentence)
    if pointer is None or any(cue.kind in _OWN_REFERENCE_KINDS for *_, cue in hits):
        return hits
    told = [hit for hit in cue_hits(earlier, rules) if hit[3].kind in _OWN_REFERENCE_KINDS]
    averages = [hit for hit in told if hit[3].kind == "moving_average_distance"]
    if not averages or any(hit[1] > averages[-1][1] and hit[3].kind not in MOVING_AVERAGE_KINDS for hit in told):
        return hits
    order, _, _, cue = averages[-1]
    pointed = (order, pointer.start(), pointer.end(), replace(cue, named_earlier=True))
    return sorted([*hits, pointed], key=lambda hit: hit[1])


def intro_period(sentence: str, rules: Rules, rows: CueRows | None = None, heading: bool = False) -> str | None:
    """The period a list's intro names for its items ('How the ADRs fared this week:', 'Seit Jahresbeginn:'):
    the kind of the moves listed under it, or None for an intro that names none. `rows`: as for
    `cue_hits` (the text's scan, `scan.TextScan.cue_rows`); without them every cue row is tried
    on the sentence (0.1 ms). `heading`: the caller found the sentence an intro without its colon (a heading over
    bulleted items, `paragraphs.opens_list`; a heading line in capitals over a table). A question naming a period
    ('And over the past month?') is the intro of its answer, the lines under it."""
    if not heading and not sentence.rstrip().endswith((":", "?")):
        return None
    if rows is not None:  # only a period's rows can name one: the first hit of them is the same
        rows = [(row, at) for row, at in rows if rules.cues[row].kind in PERIOD_KINDS]
    return next((cue.kind for _, _, _, cue in cue_hits(sentence, rules, rows) if cue.kind in PERIOD_KINDS), None)


# a bracketed note right after a chart level naming the session's or the period's extreme it is ('541,50 HKD
# (Tagestief vom Donnerstag)', '$142.50 (Friday's low)', '489,60 HKD (52-Wochen-Tief)')
_EXTREME_NOTE = re.compile(r"\s*\([^()]{0,40}?(?:[Tt]ief|[Hh]och|\blows?\b|\bhighs?\b)[^()]{0,30}\)")


def _ends_predicate(sentence: str, after: int, session_end: re.Pattern[str]) -> bool:
    """Whether the clause going on at `after` in the sentence (up to its next break) ends its predicate on the session's
    end: a verb or 'aus dem Handel', written in lower case, not a noun ('Schlusskurs', a base)."""
    end = clause_bounds(sentence, after, CLAUSE_BREAK)[1]
    return any(word.group()[:1].islower() for word in session_end.finditer(sentence, after, end))


def _indicator_heads(sentence: str, offset: int, m: NumberMention, hits: list[CueHit]) -> bool:
    """Whether an RSI named before the bare number in its clause is what the number's words tell of ('The 14-day RSI
    had dropped as low as 20.5', 'Der RSI erreichte ein Hoch von 78'; or pointed back to: 'the indicator had risen as
    high as 70'): extreme or closing words are then the indicator's path, not the share's. An RSI runs from 0 to 100:
    a larger number is some price's ('the RSI hit 28 as the index fell as low as 19,800')."""
    at = m.start - offset
    return m.value <= 100 and any(
        cue.kind == "rsi" and end <= at and not CLAUSE_BREAK.search(sentence, end, at) for _, _, end, cue in hits
    )


def best_cue(
    sentence: str, offset: int, m: NumberMention, others: list[NumberMention], hits: list[CueHit], rules: Rules
) -> tuple[Cue, int] | None:
    """The cue nearest to the number that takes its unit class (ties: the table's order), with its
    distance; numbers in between push a cue away."""
    unit_class = unit_class_of(m.unit)
    best: tuple[int, int, Cue] | None = None
    figure: tuple[int, int, Cue] | None = None
    forecast: Cue | None = None
    outside: Cue | None = None  # trading outside the session named in the number's clause
    extreme: tuple[int, Cue] | None = None  # the day's high or low named in the number's clause
    conversion: Cue | None = None  # 'umgerechnet' in the number's clause: its price is another one's, converted
    year_edge: Cue | None = None  # 'Zu Jahresbeginn kostete ...': the price is of the year's first or last sessions
    closing: Cue | None = None  # 'Zum Handelsschluss kostete ...': the session's end named before the price
    named_level: Cue | None = None  # '52-Wochen-Tief von 95,70 HKD notiert sie ...': the extreme's own level
    own_period: tuple[int, int, Cue] | None = None  # a period named in the number's clause ('Seit Jahresanfang')
    held = _held_until(sentence, m.start - offset)
    # 'the RSI had dropped as low as 20.5': the indicator's low, no price of the share
    indicator_told = unit_class == "points" and _indicator_heads(sentence, offset, m, hits)
    for order, hit_start, hit_end, cue in hits:
        if (
            cue.kind == "forecast"
            and hit_end + offset <= m.start
            and not CLAUSE_BREAK.search(sentence, hit_end, m.start - offset)
        ):
            forecast = cue  # 'could go as high as HK$250': a price or move the words only expect
        elif (
            cue.kind == "forecast"
            and _CONDITIONAL_AFTER.fullmatch(sentence, m.unit_end - offset, hit_start)
            and (unit_class == "percent" or not has_day_phrase(sentence[: m.start - offset]))
        ):
            # 'Mit einem Plus von 10 Prozent würde die Aktie ...', 'Ein Anstieg um 17,5 Prozent wäre nötig', 'a 10% gain
            # would lift it', 'Erst ein Ausbruch über 153,30 HKD würde ...': the conditional right after the number (a
            # move's noun between at most) is its own verb; a price dated before it is the basis of a sum worked out
            # ('Zum Schlusskurs vom 19.03.2026 von 80,70 HKD wären diese 4.587,83 HKD wert'), a fact
            forecast = cue
        if cue.number not in ("any", unit_class) and not (cue.number == "level" and _can_take(cue, m)):
            continue
        if indicator_told and cue.kind in SHARE_PRICE_KINDS:
            continue
        start, end = hit_start + offset, hit_end + offset
        reach = max(start - m.unit_end, m.start - end)
        day_told = 0
        if reach > cue.max_gap and end <= m.start and not CLAUSE_BREAK.search(sentence, hit_end, m.start - offset):
            # 'eröffnete am Donnerstag an der Nasdaq bei 117,40 Dollar': the day between the cue and its number in its
            # clause does not push the number away
            day_told = sum(b - a for a, b in day_phrases(sentence[hit_end : m.start - offset]))
        elif reach > cue.max_gap and end <= m.start:
            # 'Vom Märzhoch bei 578,00 HKD, erreicht am 11. März, hat das Papier rund 11 Prozent eingebüßt': a side
            # phrase between commas (a relative clause, a participle dating a level) does not push the number away
            day_told = _side_phrases_between(sentence, hit_end, m.start - offset, rules.clause_words)
        if reach - day_told > cue.max_gap:
            continue  # farther than the cue allows even before counting what lies between
        if cue.kind == "month_return" and end <= m.start and names_day_of_month(sentence[hit_end : m.start - offset]):
            # 'The surge began in September: on September 17 alone, the stock jumped 15.7%': a day of the month named
            # between the month and the number dates the number; the month is no longer its period
            continue
        if cue.kind == "since_return" and end <= m.start and _inside_when_clause(sentence, hit_end, m.start - offset):
            continue  # 'Since Aug. 20, when it soared 15%, ...': the move of the look-back's first day, not since it
        if (
            start >= m.unit_end
            and cue.kind not in _SESSION_PART_KINDS
            # 'a 7% fall in revenue to 31.2 billion yuan': a figure's words right after the number are its own
            and not (cue.kind in _FIGURE_KINDS and start - m.unit_end <= 1)
            # nor a year's edge right after its price ('from $84.79 at the end of 2024 to $146.58')
            and not (cue.kind in _PERIOD_EDGE_KINDS and start - m.unit_end <= 1)
            and _leads_in(sentence, offset, hit_end, [o for o in others if _can_take(cue, o)])
        ):
            # '... auf 146,69 USD und erreichte in der Spitze sogar 147,10 USD': the next number's cue;
            # a cue can lead only into a number it can take ('79% above their closing low of $76.86')
            continue
        if (
            start >= m.unit_end
            and cue.kind in PERIOD_KINDS
            and CLAUSE_BREAK.search(sentence, m.unit_end - offset, hit_start)
            and _in_clause_of_later(sentence, offset, hit_end, [o for o in others if _can_take(cue, o)])
        ):
            # 'verlor 4,3 Prozent, seit Jahresbeginn steht ein Plus von 87,8 Prozent': a period opening the next clause
            # is the figure's of that clause, however many words lie between them (a figure's noun may look back
            # across a comma: 'Nach 1,03 USD im Vorjahr, liegt die Dividenden-Schätzung ... bei 7,20 CNY')
            continue
        if end <= m.start and _bracketed_before(sentence, hit_start, hit_end, m.start - offset):
            continue  # 'Support: $142.50 (Friday's low), then $130': a bracketed note speaks of what it follows
        # (a day's cue too, before the number: 'down 2.2% on the day and 3% lower for the week', the day is the 2.2%'s)
        trailed = (
            _trails_another(start, m, others, unit_class)
            if cue.kind in PERIOD_KINDS or (cue.kind == "day_change" and end <= m.start)
            else None
        )
        if (
            trailed is not None
            and not held
            and (
                _moved_on_its_own(sentence, offset, m, trailed, rules)
                if start >= m.unit_end
                else _dated_in_own_clause(sentence, offset, m, hits)
            )
        ):
            # 'rose 3.1% to HK$514 and is down 14% year to date', 'down 0.7% for the week and 1.4% lower since the start
            # of the year', 'gaining 4.2% on the week ..., despite a 1.9% drop on Friday': a period written right after
            # another percentage is that one's, unless the later number is told without a sign word of its own
            # ('Alibaba gained 5% and Baidu 7% this week') or the number has no period or day of its own after it ('up
            # 7.4% this year, while the Hong Kong shares are up just 3%'): the period is said once for both
            continue
        if (
            cue.kind in PERIOD_KINDS
            and end <= m.start
            and not held
            and _conjunction_follows(sentence, hit_end, m.start - offset, m.unit_end - offset, rules)
        ):
            # 'Global stocks head for weekly losses as Dax sinks 2%': the period's words end their clause right before
            # a conjunction opening another, whose number is its own verb's
            continue
        if (
            cue.kind in _PERIOD_OR_RUN | _OUTSIDE_SESSION_KINDS
            and end <= m.start
            and not held
            and _own_clause_dated(sentence, hit_end, m.start - offset)
        ):
            # 'liegt seit Jahresbeginn 13,5 Prozent im Minus, obwohl es am Freitag 1,2 Prozent zulegte': the day of
            # the number's own clause, after a break, tells its move
            continue
        if (
            cue.kind in _PERIOD_OR_RUN
            and start >= m.unit_end
            and _dated_before_next(sentence, offset, m, others, start)
        ):
            # 'fell 1% on Friday and has lost 6% over the past three sessions': the day tells the 1%, the period the 6%
            continue
        gap_text = sentence[m.unit_end - offset : hit_start] if start >= m.unit_end else ""
        if (
            cue.kind == "since_return"
            and not (cue.names_base or cue.counts_sessions)
            and gap_text
            and has_day_phrase(gap_text)
        ):
            continue  # 'rose 2% on Monday heading into Tuesday's results': the day named first tells the move's session
        if cue.kind in _PERIOD_OR_RUN and _COLON_BREAK.search(gap_text):
            # 'dank eines Kurssprungs von 3,4 Prozent am Freitag ins Plus: Auf Wochensicht stand ...': a period opening
            # the clause after a colon is that clause's, not the move's told before it
            continue
        if cue.kind in DISTANCE_KINDS and gap_text and _reached(rules.distance_words).match(gap_text):
            continue  # 'stieg um 2 Prozent auf ein neues 52-Wochen-Hoch': the move reached the high, no distance to it
        if cue.kind == "moving_average" and gap_text and _sides(rules.distance_words).search(gap_text):
            continue  # 'schloss bei 173,60 HKD und damit über ihrer 50-Tage-Linie': the price stands above the average
        if cue.kind in _OWN_CLAUSE_KINDS | {"open_move"} and _in_earlier_event_only(
            sentence, m.start - offset, hit_start, rules
        ):
            # 'Nach einem Verlust von 2,8 Prozent am Vortag eröffnet der Dax im Plus', 'After the previous day's 2.8%
            # loss, the DAX opened higher': the open or intraday word of the main clause is not the earlier move's
            continue
        if (
            cue.kind == "open_move"
            and end <= m.start
            and _level_after_open(rules.session_words).search(sentence, hit_end, m.start - offset)
        ):
            # 'legt zum Handelsstart kräftig zu und notiert 4,2 Prozent höher', 'jumped at the open and were trading
            # 4.2% higher': a second predicate telling where the shares stand is the number's, a moment after the open
            continue
        if cue.kind in _OWN_CLAUSE_KINDS | {"open_move"} and CLAUSE_BREAK.search(gap_text):
            # '641 HKD verloren; im Tagesverlauf ... 632 HKD', 'um knapp 3 Prozent abwärts, im frühen Handel war das
            # Papier ...': the intraday or opening word is the next clause's
            continue
        if (
            cue.kind in _OWN_CLAUSE_KINDS
            and end <= m.start
            and _session_end(rules.session_words).search(sentence, hit_end, m.start - offset)
        ):
            # 'nach einem Plus von zeitweise 2 Prozent ins Minus und schlossen 1,9 Prozent tiefer', 'pared losses to end
            # 1.9% lower': the session's end told between the intraday word and the number is the number's
            continue
        if (
            cue.kind in DISTANCE_KINDS
            and end <= m.start
            and _and_word(rules.clause_words).search(sentence, hit_end, m.start - offset)
            and _session_end(rules.session_words).search(sentence, hit_end, m.start - offset)
        ):
            # 'fiel auf ein neues 52-Wochen-Tief von 94,05 HKD und schloss 4,3 Prozent tiefer', 'hit a 52-week low of
            # $84.96 and closed 4.3% lower': the session's end told in a predicate of its own after the extreme is the
            # number's, a move on the day, not the distance to the extreme it named
            continue
        if (
            cue.kind in EXTREME_KINDS | DISTANCE_KINDS
            and end <= m.start
            and contrast_clause(rules.clause_words).search(sentence, hit_end, m.start - offset)
        ):
            # 'touched a fresh 52-week low of HK$75.35, while Tencent slipped 0.7% to HK$510.50': a clause set against
            # the extreme's tells a move and price of its own, neither a distance to that extreme nor its level
            continue
        if (
            cue.kind in ("open_price", "open_move")
            and end <= m.start
            and _and_word(rules.clause_words).search(sentence, hit_end, m.start - offset)
            and (
                _session_end(rules.session_words).search(sentence, hit_end, m.start - offset)
                or _ends_predicate(sentence, m.unit_end - offset, _session_end(rules.session_words))
            )
        ):
            # 'war mit 23.886 Punkten in den Handel gestartet und schloss bei 23.969 Punkten', 'opened at $176.83 and
            # closed at $182.64': the session's end told in a predicate of its own after the opening is the number's,
            # also where its words end that predicate after the number ('eröffneten bei 160,46 Dollar und gingen mit
            # einem Plus von 3 Prozent aus dem Handel'; not a noun, the base of a move: 'eröffnet bei 171,20 HKD und
            # damit 3,9 Prozent über dem Schlusskurs vom Vortag')
            continue
        if (
            cue.kind in ("open_price", "open_move")
            and end <= m.start
            and _and_word(rules.clause_words).search(sentence, hit_end, m.start - offset)
            and any(o.unit_end <= start and not sentence[o.unit_end - offset : hit_start].strip() for o in others)
        ):
            # 'hat bei 89,80 $ eröffnet und ist bis auf 92,09 $ gelaufen': the opening's own figure stands right before
            # its verb; the predicate after 'und' is the later number's, whatever move it tells
            continue
        if (
            cue.kind in ("open_price", "open_move")
            and end <= m.start
            and any(
                end <= o.start
                and o.unit_end <= m.start
                and _can_take(cue, o)
                and _and_word(rules.clause_words).search(sentence, o.unit_end - offset, m.start - offset)
                for o in others
            )
        ):
            # 'opened at 23,090.03 and dipped to 22,901.69 in the morning', 'eröffnete bei 133 HKD und stieg bis auf
            # 139,60 HKD': the opening took its own figure right after its words; the predicate after 'and' is the
            # later number's
            continue
        if cue.kind in _SESSION_PART_KINDS and (
            CLAUSE_BREAK.search(gap_text) or _and_word(rules.clause_words).search(gap_text)
        ):
            # 'schloss bei 157,10 Dollar; im nachbörslichen Handel ging es um weitere 1,5 Prozent abwärts', '... und gab
            # nachbörslich 1,5 Prozent ab': trading outside the session told after the number is the next clause's
            continue
        if _clauses(rules.clause_words)[0].search(gap_text):
            continue  # 'rose 3% after the company reported higher revenue': the reason's words are not the move's
        if (
            cue.kind in _SESSION_PART_KINDS | {"open_move", "open_price"}
            and end <= m.start
            and clause_conjunction(rules.clause_words).search(sentence, hit_end, m.start - offset)
        ):
            # 'rose 3% in premarket trading after falling 2.3% on Tuesday': the earlier move was the session's;
            # 'eröffnete bei 117,38 US-Dollar, nachdem sie am Mittwoch knapp 1 Prozent zugelegt hatte': no opening move;
            # 'opened at 25,718.53 and, after dipping 190 points': no opening level
            continue
        if (
            cue.kind in _FIGURE_KINDS
            and gap_text
            and _clauses(rules.clause_words)[0].search(sentence, m.unit_end - offset, hit_end)
        ):
            continue  # 'jump 8% on earnings beat': the figure is the move's reason
        if (
            cue.kind in _FIGURE_KINDS
            and end <= m.start
            and _IN_REASON_PHRASE.search(sentence, max(0, hit_start - 40), hit_start)
            and not _FIGURE_LINKED.match(sentence, hit_end)
        ):
            # 'büßten trotz eines Rekordumsatzes 4,5 Prozent auf 184,89 Dollar ein', 'fell despite record revenue 4.5%':
            # a figure's noun a reason's preposition governs, with no figure of its own linked to it, is not the
            # number's
            continue
        if (
            cue.kind in _FIGURE_KINDS
            and end <= m.start
            and _shares_named(rules.share_words).search(_without_units(sentence[hit_end : m.start - offset], rules))
        ):
            continue  # 'Der Umsatz stieg um 5 Prozent, die Aktie gewann 3 Prozent': the shares' move, not the figure
        if cue.kind == "since_return" and (
            (end <= m.start and _CLAUSE_AND.search(sentence, hit_end, m.start - offset))
            or (
                _RUN_ENDED.search(sentence, max(0, hit_start - 30), hit_start)
                and not (end <= m.start and _IN_THE_RUN.match(sentence[hit_end : m.start - offset]))
            )
        ):
            # 'fell 1.9%, snapping a two-day rally, and Tencent lost 0.9%': the run is the clause's before; 'snapped a
            # three-day losing streak, rising 2.2%': a run the move ended is not its period
            continue
        if in_other_relative_clause(sentence, hit_start, m.start - offset, rules):
            continue  # 'Alibaba, which has doubled this year, fell 3%': the clause's period is not the 3%'s
        if end <= m.start and sentence[hit_end - 1 : hit_end] == ":":
            if cue.kind == "level_forecast" and _EXTREME_NOTE.match(sentence, m.unit_end - offset):
                continue  # 'Unterstützungen: 541,50 HKD (Tagestief vom Donnerstag), ...': a fact the note names
            gap = m.start - end  # a list's label ('Support: $142.50 ..., then $130'): its items do not push it away
        else:
            gap = _gap((start, end), m, others, gap_text) - day_told
        if gap <= cue.max_gap and (best is None or (gap, order) < best[:2]):
            best = (gap, order, cue)
        between = (min(hit_end, m.unit_end - offset), max(hit_start, m.start - offset))  # the cue and the number
        if cue.kind == "price_conversion" and gap <= cue.max_gap and not CLAUSE_BREAK.search(sentence, *between):
            conversion = cue
        if cue.kind in _PERIOD_EDGE_KINDS and gap <= cue.max_gap and not CLAUSE_BREAK.search(sentence, *between):
            year_edge = cue
        if (
            cue.kind in PERIOD_KINDS
            and gap <= cue.max_gap
            # (or heading the sentence, set off by its comma: 'Since the start of the year, the loss in euro terms ...')
            and (hit_start == 0 or not CLAUSE_BREAK.search(sentence, *between))
            and (own_period is None or gap < own_period[0])
        ):
            own_period = (gap, order, cue)
        if (
            cue.kind == "close"
            and end <= m.start
            and gap <= cue.max_gap
            and not CLAUSE_BREAK.search(sentence, *between)
            and not _and_word(rules.clause_words).search(sentence, *between)
        ):
            closing = cue
        if (
            cue.kind in SET_EXTREME_KINDS | PERIOD_EXTREME_KINDS | {"moving_average"}
            and end <= m.start
            and _NAMED_LEVEL_LINK.fullmatch(sentence, hit_end, m.start - offset)
        ):
            named_level = cue
        if (
            cue.kind in _SESSION_PART_KINDS | _DAY_EXTREME_KINDS
            and gap <= cue.max_gap
            and not CLAUSE_BREAK.search(sentence, *between)
            # 'up 8% in premarket trading and touched $136.65 during the session': 'and' starts another predicate
            and not _and_word(rules.clause_words).search(sentence, *between)
        ):
            if cue.kind in _SESSION_PART_KINDS:
                outside = cue
            elif extreme is None or gap < extreme[0]:
                extreme = (gap, cue)
        if (
            cue.kind in _FIGURE_KINDS | {"macro"}
            and end <= m.start
            and _figure_governs(sentence[hit_end : m.start - offset], rules)
        ):
            figure = (gap, order, cue) if figure is None or gap < figure[0] else figure
    if (
        best is not None
        and figure is not None
        and best[2].kind in _PERIOD_OR_RUN | _PERIOD_WORD_KINDS
        and (figure[2].kind != "macro" or figure[2].number == "percent" or best[2].kind == "month_return")
    ):
        # "Alibaba's revenue rose 7% this year", 'earnings are pegged at $7.12 per share, down 9.5% over the past 60
        # days' (a look-back too): the period says when, the noun says what; economic data are told by the month
        # ('China's consumer spending rose 1.3% in November'); a yield or a currency's move by any period ('the
        # 10-year Treasury yield fell 8 bps this week to 4.06%'): their rows take only a percentage, unlike a count's
        # noun after its number ('in diesem Jahr ... des Unternehmens ... 80 %')
        best = figure
    if own_period is not None and best is not None and best[2].kind == "same_period":
        # 'Seit Jahresanfang beträgt das Plus in Euro gerechnet rund 14 Prozent': the period the clause names is the
        # move's; 'in Euro gerechnet' says only the currency, not 'the same period' as the move told before
        best = own_period
    if outside is not None and best is not None and best[2].kind in _OWN_CLAUSE_KINDS | {"open_move"}:
        # 'Vorbörslich lagen die ADRs zeitweise knapp 3 Prozent im Plus': at times of the premarket, not the session
        best = (best[0], best[1], outside)
    if conversion is not None and best is not None and best[2].kind in SESSION_PRICE_KINDS:
        # 'Umgerechnet rund 18,60 Euro kostet eine Alibaba-Aktie in Hongkong': the verb nearer to the price does
        # not make a converted price the euro listing's own
        best = (best[0], best[1], conversion)
    if year_edge is not None and best is not None and best[2].kind in ("last_price", "close"):
        # 'Zu Jahresbeginn kostete die Aktie noch 146 Dollar': the verb of a price says less than the time it names
        best = (best[0], best[1], year_edge)
    if closing is not None and best is not None and best[2].kind == "last_price":
        # 'Zum Handelsschluss kostete die Aktie 155,40 HKD', 'beendete den Handel bei 155,40 HKD': the verb of a price
        # says less than the session's end named before it
        best = (best[0], best[1], closing)
    if named_level is not None and best is not None and best[2].kind in ("last_price", "close", "intraday_price"):
        # 'Gegenüber dem 52-Wochen-Tief von 95,70 HKD notiert sie gut 54 Prozent höher': the price the extreme's
        # words lead into is that extreme, whatever verb of the sentence's subject follows it; so is the level a
        # moving average's words lead into ('unter der 50-Tage-Linie von rund 162 HKD notiert'), and one a verb of
        # touching after it dates ('the 52-week low of $74.71 it touched in April': no price of April's)
        best = (best[0], best[1], named_level)
    if extreme is not None and best is not None and best[2].kind == "last_price":
        # 'im Tageshoch kosteten sie 166,37 Dollar': the verb of a price says less than the extreme it names
        best = (best[0], best[1], extreme[1])
    if forecast is not None and (best is None or best[2].kind not in _NOT_MARKET_KINDS | EXTREME_KINDS):
        # before the number in its clause, an expectation governs a session's word; the distance to
        # an extreme ('könnte das 52-Wochen-Hoch mit einem Plus von 1,01 Prozent erreichen') stays
        return forecast, 0
    return (best[2], best[0]) if best else None


@lru_cache(maxsize=4)
def _sides(words: Words) -> re.Pattern[str]:
    """A side of a level ('über', 'unter', 'above', 'below'; distance_words.csv: above, below)."""
    return re.compile(rf"\b(?:{words['above']}|{words['below']})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _reached(words: Words) -> re.Pattern[str]:
    """What lies between a move and the extreme it reached (distance_words.csv: reached, reached_article)."""
    return re.compile(rf"\s*(?:{words['reached']})\s+(?:(?:{words['reached_article']})\s+){{0,3}}$", re.IGNORECASE)


def _bracketed_before(sentence: str, start: int, end: int, number_at: int) -> bool:
    """The stretch start..end lies in brackets that close before number_at: an aside about what came before."""
    closing = sentence.find(")", end, number_at)
    opening = sentence.rfind("(", 0, start)
    return closing != -1 and opening != -1 and sentence.find(")", opening, start) == -1


# what may stand between a number and the conditional verb that governs it ('17,5 Prozent wäre', '10% gain would')
_CONDITIONAL_AFTER = re.compile(
    r"\s*(?:(?:gain|rise|increase|advance|rally|jump|move|drop|fall|decline|loss|slide|climb|rebound|upside|downside)"
    r"\s+)?",
    re.IGNORECASE,
)


# period words that also date company figures ('Der Umsatz sank im dritten Quartal um 7 Prozent')
_PERIOD_WORD_KINDS = {"named_year_return", "months_return"}
# Company and economic figures: a noun of these before a number in its clause says what the number
# measures, whatever period word follows it.
_NOT_MARKET_KINDS = {"analyst_target", "level_forecast", "financials", "business_growth"}
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?]|$)")  # nothing after a number but the sentence's end
_FIGURE_KINDS = {"financials", "business_growth"}  # nouns written before their figure (counts follow theirs)
# a reason's preposition and at most two words before a figure's noun ('trotz eines Rekord|umsatzes', 'despite record
# |revenue'), and what links a figure of its own to the noun ('Umsatzes von 39 Milliarden', 'revenue of $39 billion')
_IN_REASON_PHRASE = re.compile(
    r"\b(?:trotz|dank|wegen|angesichts|despite|thanks to|on the back of)\s+(?:[\w-]+\s+){0,2}[\w-]*$", re.IGNORECASE
)
_FIGURE_LINKED = re.compile(
    r"[\w-]*\s*(?::|\(|\b(?:von|um|auf|in Höhe von|of|at|to|by|up|down|rose|fell|stieg|sank)\b)", re.IGNORECASE
)


@lru_cache(maxsize=4)
def _figure_reach_end(share_words: Words, clause_words: Words) -> re.Pattern[str]:
    """A share word (share_words.csv) or a clause break between the figure's noun and the number ends
    the noun's reach: 'nach starken Umsatzzahlen legte die Aktie seit Jahresbeginn 60 Prozent zu'; so
    does a verb saying a noun moved the shares (clause_words.csv: 'Strong earnings lifted Nvidia 12%'):
    the noun is the cause, not the figure. A comma right before the figure's own change does not ('revenue of
    247.8 billion yuan on Tuesday, up 5% from a year earlier')."""
    return re.compile(
        rf"\b(?:{share_words['share']}|{share_words['figure_reach']})\b"
        r"|[,;:]\s(?!(?:up|down|rising|falling|growing)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+)?$)"
        rf"|\b(?:{clause_words['and']})\b|\b(?:{clause_words['causative']})\b"
    )


@lru_cache(maxsize=4)
def contrast_clause(clause_words: Words) -> re.Pattern[str]:
    """A clause set against the one before, after its comma or semicolon (clause_words.csv: contrast)."""
    return re.compile(rf"[,;]\s*(?:{clause_words['contrast']})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _and_word(clause_words: Words) -> re.Pattern[str]:
    return with_first_chars(re.compile(rf"\b(?:{clause_words['and']})\b"))


@lru_cache(maxsize=4)
def _shares_named(share_words: Words) -> re.Pattern[str]:
    """The shares named (share_words.csv): after a figure's noun, the number they move is no figure."""
    return with_first_chars(re.compile(rf"\b(?:{share_words['share']}|{share_words['figure_reach']})\b"))


@lru_cache(maxsize=4)
def _per_share(share_words: Words) -> re.Pattern[str]:
    """A share word as a figure's unit ('$7.12 per share', '1,20 Euro je Aktie'; share_words.csv per_unit): it names
    no shares, so it does not end the figure noun's reach."""
    return re.compile(rf"\b(?:{share_words['per_unit']})\s+(?:{share_words['share']}|{share_words['figure_reach']})\b")


def _without_units(text: str, rules: Rules) -> str:
    """The text with its share words that are a figure's unit ('per share') blanked, its length kept."""
    return _per_share(rules.share_words).sub(lambda unit: " " * len(unit.group()), text)


def _figure_governs(between: str, rules: Rules) -> bool:
    between = _without_units(between, rules)
    return len(between) <= 60 and not _figure_reach_end(rules.share_words, rules.clause_words).search(between)


# 'in der Spitze sogar 147,10', 'briefly above $171': at most two words between a cue and its number;
# a conjunction starts the next item ('down 2.2% this year and 3.1% lower than a week ago'), and so does one opening
# an earlier or another event ('gained 0.1% so far in 2026 after surging 75% last year')
_LEAD_IN = re.compile(
    r"\s*(?!(?:and|und|but|aber|after|before|while|whereas|nachdem|bevor|während)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:HK\$|US\$|\$|€)?\s*$"
)


# a move's noun between a cue and its number ('beendete die Woche mit einem Minus von knapp 0,7 Prozent', 'ended the
# week with a loss of 0.7%')
_MOVE_LEAD_IN = re.compile(
    r"\s*(?:mit\s+(?:einem|einer)|with\s+an?)\s+(?:[\w-]+\s+)?"
    r"(?:Minus|Plus|Abschlag|Aufschlag|(?:Kurs)?[Vv]erlust|(?:Kurs)?[Gg]ewinn|Zuwachs|Anstieg|Rückgang|Einbruch"
    r"|gain|loss|drop|rise|decline|advance|fall)\s+(?:von|um|of)\s+(?:[\w-]+\s+){0,2}?(?:HK\$|US\$|\$|€)?\s*$"
)


# the last day a standing was held ('after having been up nearly 5% as recently as Wednesday')
_STANDING_UNTIL = re.compile(r"\bas\s+(?:recently|late)\s+as\b", re.IGNORECASE)


def _in_earlier_event_only(sentence: str, number_at: int, cue_at: int, rules: Rules) -> bool:
    """The number lies in a phrase or clause of an earlier event (`without_earlier_events`, cached per sentence), the
    cue outside it."""
    blanked = without_earlier_events(sentence, rules)
    return blanked[number_at] != sentence[number_at] and blanked[cue_at] == sentence[cue_at]


def _held_until(sentence: str, at: int) -> bool:
    """The number's clause tells the last day a standing was held: the period's figure on that day, not the day's
    move."""
    if _STANDING_UNTIL.search(sentence) is None:
        return False
    start, end = clause_bounds(sentence, at, _CLAUSE_MARK)
    return _STANDING_UNTIL.search(sentence, start, end) is not None


def _trails_another(
    cue_start: int, m: NumberMention, others: list[NumberMention], unit_class: str
) -> NumberMention | None:
    """The other number of the number's class a cue starts right after (a space between): the cue follows it."""
    return next(
        (
            o
            for o in others
            if o.start != m.start and 0 <= cue_start - o.unit_end <= 1 and unit_class_of(o.unit) == unit_class
        ),
        None,
    )


def _moved_on_its_own(sentence: str, offset: int, m: NumberMention, later: NumberMention, rules: Rules) -> bool:
    """A sign word between the number and a later one: the later is told as a move of its own ('rose 3.1% to HK$514
    and is down 14% year to date'), not the same move's ellipsis ('gained 5% and Baidu 7% this week')."""
    return any(
        m.unit_end - offset <= hit_start < later.start - offset
        for hit_start, _, _ in pattern_hits(sentence, rules.directions)
    )


def _dated_in_own_clause(sentence: str, offset: int, m: NumberMention, hits: list[CueHit]) -> bool:
    """A period cue or a day named after the number within its clause."""
    after = m.unit_end - offset
    stop = CLAUSE_BREAK.search(sentence, after)
    end = stop.start() if stop else len(sentence)
    return any(
        after <= hit_start < end and cue.kind in PERIOD_KINDS for _, hit_start, _, cue in hits
    ) or has_day_phrase(sentence[after:end])


def _can_take(cue: Cue, m: NumberMention) -> bool:
    """A cue can take the number: its unit's class, or a level in points written without its unit ('climbed as much as
    299 points to an intraday high of 26,080.84': the high's cue leads into the level, not back to the move); a level's
    cue a price or points ('ended the quarter at 23,880.72', 'ended 2025 at HK$142.80')."""
    unit_class = unit_class_of(m.unit)
    return (
        cue.number in ("any", unit_class)
        or (cue.number in ("points", "level") and m.unit is None)
        or (cue.number == "level" and unit_class in ("price", "points"))
    )


def _in_clause_of_later(sentence: str, offset: int, cue_end: int, others: list[NumberMention]) -> bool:
    """A number follows the cue in the cue's own clause."""
    return any(
        0 <= o.start - offset - cue_end <= 60 and not CLAUSE_BREAK.search(sentence, cue_end, o.start - offset)
        for o in others
    )


def _leads_in(sentence: str, offset: int, cue_end: int, others: list[NumberMention]) -> bool:
    """A cue written right before a number governs that number, not one before the cue; so does one leading into it
    through a move's noun ('verlor 0,9 Prozent und beendete die Woche mit einem Minus von 0,7 Prozent'), and one whose
    day stands between it and the number ('schlossen bei 117,30 Dollar und eröffneten am Freitag bei 121,38 Dollar',
    'closed at $117.30 and opened on Friday at $121.38'): the day is the later number's, it does not push it away."""
    return any(
        (0 <= o.start - offset - cue_end <= 20 and _LEAD_IN.match(sentence, cue_end, o.start - offset))
        or (0 <= o.start - offset - cue_end <= 45 and _MOVE_LEAD_IN.match(sentence, cue_end, o.start - offset))
        or (0 <= o.start - offset - cue_end <= 45 and _leads_in_past_day(sentence[cue_end : o.start - offset]))
        for o in others
    )


def _leads_in_past_day(gap: str) -> bool:
    """The words between a cue and a later number lead into it once the days among them are left out."""
    spans = day_phrases(gap)
    if not spans:
        return False
    kept, at = [], 0
    for start, end in spans:
        kept.append(gap[at:start])
        at = max(at, end)
    kept.append(gap[at:])
    return _LEAD_IN.match(" ".join(kept)) is not None


@lru_cache(maxsize=4)
def _distance_words(words: Words) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """What a percentage says when a relation to the high or low follows it (distance_words.csv):
    'about 11% below their 52-week closing high', '17 Prozent unter dem 52-Wochen-Hoch', '20% above
    its 52-week low', with a cue of the extreme's distance (cues.csv) following within the clause; or
    a distance either way: 'Vom 52-Wochen-Hoch ... ist das Papier noch gut 13 Prozent entfernt', '13
    Prozent vom Hoch entfernt', 'is 11% away from its 52-week high'. The away pattern, and the
    relation each distance kind needs."""
    below = re.compile(rf"\s*(?:{words['below']})\b", re.IGNORECASE)
    above = re.compile(rf"\s*(?:{words['above']})\b", re.IGNORECASE)
    away = re.compile(
        rf"\s*(?:(?:{words['away_from']})\b(?:[^,;.]|[,.](?=\d)){{0,60}}?\s)?(?:{words['away']})\b", re.IGNORECASE
    )
    return away, {"distance_52w_high": below, "distance_52w_low": above, "distance_past_peak": below}


@lru_cache(maxsize=4)
def _distance_told(
    words: Words,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The other ways a distance is told (distance_words.csv): the move still needed to reach the
    extreme ('Bis zum 52-Wochen-Hoch ... fehlen noch gut 16 Prozent'), words pointing back to the
    extreme the sentence before named ('Von dort ist sie knapp 24 Prozent entfernt'), and the word
    leading to the extreme at a clause's head ('Vom 52-Wochen-Hoch bei 683 HKD, erreicht am 2. Oktober,
    ist der Titel fast 20 Prozent entfernt'), which the distance then closes with the away word alone (not 'away
    from' something else) or names by its noun before it ('Gegenüber dem 52-Wochen-Hoch ... beträgt der Abschlag
    23,5 %')."""
    # rise and back are searched through a clause for every percentage: led by their first letters
    rise = with_first_chars(re.compile(rf"\b(?:{words['rise_needed']})\b", re.IGNORECASE))
    back = with_first_chars(re.compile(rf"\b(?:{words['back_reference']})\b", re.IGNORECASE))
    leading = re.compile(rf"\b(?:{words['away_from']}|{words['toward']})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
    # (or the extreme's side told after the number: 'Gemessen am Rekordhoch ... notiert die Aktie 60 Prozent tiefer',
    # 'Gegenüber dem 52-Wochen-Tief ... notiert sie gut 55 Prozent höher')
    bare_away = re.compile(
        rf"\s*(?:(?:{words['away']})\b(?!\s+(?:{words['away_from']})\b)"
        rf"|(?:{words['lower_told']}|{words['higher_told']})\b(?!\s+als\b))",
        re.IGNORECASE,
    )
    # (or by a move since the extreme, its verb before the number: 'From the 52-week high of $192.67, the shares have
    # lost 35%')
    gap = with_first_chars(re.compile(rf"\b(?:{words['gap_told']}|{words['moved_told']})\b", re.IGNORECASE))
    return rise, back, leading, bare_away, gap


@lru_cache(maxsize=4)
def _gap_noun(words: Words) -> re.Pattern[str]:
    """The noun naming a distance before its number (distance_words.csv gap_told: 'Abstand', 'Abschlag')."""
    return re.compile(rf"\b(?:{words['gap_told']})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _distance_guards(words: Words) -> tuple[CaseBlindGuard, CaseBlindGuard, CaseBlindGuard]:
    """Whether a sentence may hold the words of a rise needed, of a back reference, of a price base
    (`_distance_told`, `_price_base`): most hold none, and those searches are asked for every percentage."""
    rise, back, *_ = _distance_told(words)
    return CaseBlindGuard(rise), CaseBlindGuard(back), CaseBlindGuard(_price_base(words))


@lru_cache(maxsize=4)
def _price_base(words: Words) -> re.Pattern[str]:
    """The words saying a distance is a share of the price (distance_words.csv price_base)."""
    return with_first_chars(re.compile(rf"\b(?:{words['price_base']})\b", re.IGNORECASE))


@lru_cache(maxsize=16)  # asked for every percentage and sum of a sentence
def _tells_price_base(sentence: str, words: Words) -> bool:
    """Whether the sentence holds a word saying a distance is a share of the price (`_price_base`)."""
    return _distance_guards(words)[2].may_match(sentence) and _price_base(words).search(sentence) is not None


@lru_cache(maxsize=16)  # the same for every number of a sentence
def _relative_clauses_blanked(sentence: str, words: Words) -> str:
    """The sentence with its relative clauses between commas (`_clauses`) turned into blanks, offset for offset."""
    return _clauses(words)[1].sub(lambda c: " " * len(c.group()), sentence)


def points_back(sentence: str, rules: Rules) -> bool:
    """Whether the sentence holds words pointing back to the extreme or level the sentence before named
    (distance_words.csv back_reference: 'zu diesem Tief', 'dieses Kursniveau', 'von dort')."""
    back = _distance_told(rules.distance_words)[1]
    return _distance_guards(rules.distance_words)[1].may_match(sentence) and back.search(sentence) is not None


@lru_cache(maxsize=4)
def _referent_carried(words: Words) -> re.Pattern[str]:
    """A sentence's opening words going on about what the sentence before it named (distance_words.csv
    referent_carried: 'Das hatte er Mitte Januar ... erreicht', 'That was set in mid-January')."""
    return re.compile(rf"\s*(?:{words['referent_carried']})\b")


def carries_referent(sentence: str, rules: Rules) -> bool:
    """Whether the sentence goes on about what the one before it named, so that a sentence after it pointing back
    ('Von dort ...') may point past it to that one's extreme."""
    return _referent_carried(rules.distance_words).match(sentence) is not None


def distance_base(sentence: str, offset: int, m: NumberMention, rules: Rules) -> DistanceBase:
    """What a distance to an extreme is a share of: of the price where the words say so (the move still
    needed to reach the extreme, `rise_needed`; or the sentence sets the extreme against the current price,
    or tells what a move would reach: price_base), else of the extreme, as a fall from a high or a rise from
    a low is told."""
    if rise_needed(sentence, offset, m, rules) or _tells_price_base(sentence, rules.distance_words):
        return "price"
    return "extreme"


def distance_to_extreme(
    sentence: str,
    offset: int,
    m: NumberMention,
    hits: list[CueHit],
    rules: Rules,
    numbers: list[NumberMention] | None = None,
    earlier: str = "",
) -> tuple[Cue, int] | None:
    """A percentage followed by 'below/unter ... high' (or 'above/über ... low', or '... entfernt'
    with the high named in its clause) is the distance to that extreme, whatever verb came earlier
    in the sentence: 'rose 2.9% to $183.32, still about 11% below their 52-week closing high'. So is
    one the clause tells as the move still needed to reach the extreme ('fehlen noch gut 16 Prozent');
    one told 'entfernt' after a clause that opens with the extreme ('Vom 52-Wochen-Hoch bei 683 HKD,
    erreicht am 2. Oktober, ist der Titel fast 20 Prozent entfernt'; `numbers`: no other percentage
    between); one pointing back to the extreme of the sentence before (`earlier`: 'Von dort ist
    sie knapp 24 Prozent entfernt'); and a sum of money not said as a level ('closed $26.76 below its
    52-week high ($192.67)'; not 'at $150')."""
    unit_class = unit_class_of(m.unit)
    if unit_class not in ("percent", "price"):
        return None
    away_pattern, related_extreme = _distance_words(rules.distance_words)
    may_rise, may_point_back, _ = _distance_guards(rules.distance_words)
    # most numbers: no extreme's cue in the sentence, and no words pointing back to the sentence before (see the end)
    named_extreme = any(cue.kind in related_extreme for *_, cue in hits)
    if not named_extreme and not (earlier and may_point_back.may_match(sentence)):
        return None
    if unit_class == "price" and _LEVEL_OR_WITH.search(sentence, 0, m.start - offset):
        return None
    after = m.unit_end - offset
    away = away_pattern.match(sentence, after)
    # 'Vom 52-Wochen-Hoch ..., das sie am 29. Oktober erreicht hatte, ist sie 18 Prozent entfernt': a
    # relative clause between the high and the distance does not end the distance's clause
    clause = clause_bounds(_relative_clauses_blanked(sentence, rules.clause_words), after, _CLAUSE_MARK)
    rise_pattern, back_pattern, leading, bare_away, gap = _distance_told(rules.distance_words)
    rise = rise_pattern.search(sentence, clause[0], m.start - offset) if may_rise.may_match(sentence) else None
    # '25,4 Prozent Plus fehlen der Aktie, um das 52-Wochen-Hoch zu erreichen': the rise needed told after the number,
    # the extreme in the purpose clause after it
    purpose = _PURPOSE.match(sentence, clause[1]) if rise is None and may_rise.may_match(sentence) else None
    if purpose is not None and rise_pattern.search(sentence, after, clause[1]) is None:
        purpose = None
    # 'unter ihrem Hoch vom 2. Oktober', 'below their Oct. 2 peak': a high the text dates is a dated base of a
    # move since that day (its own cue row), not the distance to the extreme held today
    dated = [(start, end) for _, start, end, cue in hits if cue.kind == "since_return" and cue.names_base]
    for _, start, end, cue in hits:
        relation = related_extreme.get(cue.kind)
        if relation is None or any(s <= start and end <= e for s, e in dated):
            continue
        told = away is not None or rise is not None
        if told and clause[0] <= start and end <= max(clause[1], away.end() if away else 0):
            return cue, 0  # the extreme named in the clause the distance closes
        if purpose is not None and purpose.end() <= start and not _CLAUSE_MARK.search(sentence, purpose.end(), start):
            return cue, 0
        related = relation.match(sentence, after)
        if related is not None and after <= start <= related.end() + 30 and end <= clause[1]:
            return cue, 0
        if (
            (
                rise is not None
                or bare_away.match(sentence, after) is not None
                or gap.search(sentence, end, m.start - offset) is not None
            )
            and end <= m.start - offset
            and leading.search(sentence, max(0, start - 40), start)
            # no other percentage between, nor one before the extreme whose distance it is ('down about 27% from
            # their 52-week closing high and 17.4% lower so far this year': 17.4% is the year's move); one in a clause
            # before the extreme's is another distance's ('Bis zum Hoch fehlen 25 Prozent, vom Tief hat sie sich um
            # 12 Prozent erholt')
            and not any(
                o.unit == m.unit
                and max(start - 40, clause_bounds(sentence, start, _CLAUSE_MARK)[0]) + offset < o.start < m.start
                for o in numbers or ()
            )
        ):
            return cue, 0  # the extreme the sentence leads with, a clause inserted between
    # 'Vom Jahreshoch ist sie rund 20 Prozent entfernt, vom Oktober-Hoch bei 683 HKD sogar knapp 26 Prozent': a second
    # distance told by ellipsis, its clause led to the extreme and ending on the number, the away word said once for
    # both right after the percentage of the clause before
    if _CLAUSE_ENDS.match(sentence, after) and numbers:
        before = [o for o in numbers if o.unit == m.unit and o.start < clause[0] + offset]
        told_before = before and bare_away.match(sentence, before[-1].unit_end - offset) is not None
        for _, start, end, cue in hits if told_before else ():
            if (
                cue.kind in related_extreme
                and clause[0] <= start
                and end <= m.start - offset
                and leading.search(sentence, max(clause[0], start - 40), start)
            ):
                return cue, 0
    # 'traded between $74.71 and $165.30, and now sits 24% below that peak': words pointing back to the extreme an
    # earlier clause of the same sentence named, right after the number
    if may_point_back.may_match(sentence) and back_pattern.match(sentence, _skip_spaces(sentence, after)) is not None:
        for _, _start, end, cue in reversed(hits):
            distance = _EXTREME_DISTANCE.get(cue.kind, cue.kind)
            relation = related_extreme.get(distance)
            if relation is not None and end <= m.start - offset and relation.match(sentence, after):
                return (cue if distance == cue.kind else replace(cue, kind=distance, number="percent")), 0
    # 'the HK$185.10 closing high it set in October, from which it now trades 16pc lower': words pointing back heading
    # the number's clause, its side told right after the number, to the extreme named before that clause
    if (
        may_point_back.may_match(sentence)
        and (side := bare_away.match(sentence, after)) is not None
        and back_pattern.search(sentence, clause[0], m.start - offset) is not None
    ):
        lower = re.fullmatch(rf"\s*(?:{rules.distance_words['lower_told']})", side.group(), re.IGNORECASE) is not None
        for _, _start, end, cue in reversed(hits):
            pointed = _POINTED_BACK.get(cue.kind)
            if pointed is not None and end <= clause[0] and lower == (pointed != "distance_52w_low"):
                return replace(cue, kind=pointed, number="percent"), 0
    # 'Gewinne von 15,9 Prozent würde die Aktie machen, sollte sie dieses Kursniveau erneut erreichen': what a move
    # would reach, the level pointed back to in the clause after the number's
    if not earlier or not may_point_back.may_match(sentence):
        return None
    would = _tells_price_base(sentence, rules.distance_words)
    if pointer := back_pattern.search(sentence, clause[0], len(sentence) if would else clause[1]):
        # 'Der Abstand zu diesem Tief beträgt gut 3 Prozent': the distance named by its noun before the number
        named_gap = _gap_noun(rules.distance_words).search(sentence, clause[0], m.start - offset) is not None
        # (or the side after the number: 'Von dort sind es zehn Prozent nach unten', a fall from that high)
        side = bare_away.match(sentence, after)
        lower = side is not None and _lower_told(rules.distance_words).fullmatch(side.group().strip()) is not None
        # the sentence before is searched for its cues only here, where words point back to it
        side_named = _SIDE_NAMED.search(pointer.group())
        for _, _, _, cue in reversed(cue_hits(earlier, rules)):
            if cue.kind == "moving_average" and side_named is None and pointer.start() == _skip_spaces(sentence, after):
                # '- 50-day moving average: about $156.50. BABA closed roughly 12.6% below it.': the average the
                # sentence before named by its level, pointed back to right after the number, its side told there
                if any(related_extreme[d].match(sentence, after) for d in ("distance_52w_high", "distance_52w_low")):
                    return replace(cue, kind="moving_average_distance", number="percent", named_earlier=True), 0
                continue
            # ('Die 52-Wochen-Spanne reicht von 73,25 bis 141,40 HKD. Vom Hoch ist sie knapp 15 Prozent entfernt': an
            # extreme the sentence before named by its level; the side the pointing words name, where they name one)
            pointed_at = _EXTREME_DISTANCE.get(cue.kind)
            high_named = side_named is not None and side_named[0] in ("Hoch", "high", "peak")
            if pointed_at is not None and side_named and (pointed_at == "distance_52w_high") != high_named:
                continue
            cue = cue if pointed_at is None else replace(cue, kind=pointed_at, number="percent")
            relation = related_extreme.get(cue.kind)
            if relation is not None and (
                away is not None
                or rise is not None
                or would
                or named_gap
                or relation.match(sentence, after)
                or (side is not None and lower == (cue.kind != "distance_52w_low"))
            ):
                return cue, 0
    return None


# the side of an extreme words pointing back name ('Vom Hoch', 'von diesem Tief', 'below the high', 'above the low')
_SIDE_NAMED = re.compile(r"\b(?:Hoch|Tief|high|low|peak)\b")
# the level of an extreme a clause named ('traded between $74.71 and $165.30') and the distance to it pointed back to
_EXTREME_DISTANCE = {"high_52w": "distance_52w_high", "low_52w": "distance_52w_low"}
# the distance to an extreme a clause points back to ('from which'): a named month's or a record high is a past peak
_POINTED_BACK = {**_EXTREME_DISTANCE, "period_high": "distance_past_peak", "all_time_high": "distance_past_peak"}


@lru_cache(maxsize=4)
def _lower_told(words: Words) -> re.Pattern[str]:
    """The words telling a distance's side as lower (distance_words.csv lower_told: 'tiefer', 'nach unten')."""
    return re.compile(rf"(?:{words['lower_told']})", re.IGNORECASE)


def _skip_spaces(text: str, at: int) -> int:
    """The offset of the first character after the spaces at `at`."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def rise_needed(sentence: str, offset: int, m: NumberMention, rules: Rules) -> bool:
    """A distance told as the move still needed to reach the extreme ('Bis zum 52-Wochen-Hoch fehlen
    noch gut 16 Prozent', 'would need to climb 16% to regain its high'): its clause holds the word
    before the number."""
    if not _distance_guards(rules.distance_words)[0].may_match(sentence):
        return False
    clause = clause_bounds(sentence, m.unit_end - offset, _CLAUSE_MARK)
    rise = _distance_told(rules.distance_words)[0]
    return rise.search(sentence, clause[0], m.start - offset) is not None or (
        rise.search(sentence, m.unit_end - offset, clause[1]) is not None
        and _PURPOSE.match(sentence, clause[1]) is not None
    )


# a comma before a digit is a decimal or thousands mark ('186,20 HKD'), not a clause's end
_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")
# a purpose clause after a comma: ', um das 52-Wochen-Hoch zu erreichen', ', to regain its high'
_PURPOSE = re.compile(r",\s*(?:um|in order to|to)\b", re.IGNORECASE)


def distance_elsewhere(
    sentence: str, offset: int, m: NumberMention, numbers: list[NumberMention], hits: list[CueHit], rules: Rules
) -> bool:
    """Whether another percentage of the sentence is the distance its extreme cue speaks of: then
    that cue is no longer near enough to make m a distance too ('gained 2% and are 11% off their
    52-week high': 2% is the day's move)."""
    return any(
        o is not m and distance_to_extreme(sentence, offset, o, hits, rules, numbers) is not None for o in numbers
    )


_HEAD_PREPOSITION = re.compile(r"[\W_]*(?:[^\W\d_]{1,4}\s+){0,2}")


def head_period(sentence: str, hits: list[CueHit], at: int = -1) -> tuple[Cue, int] | None:
    """A period word at the head of a sentence, set off by a comma, governs every percentage
    after it: 'YTD, Baidu's Hong Kong stock up 47.2%, U.S.-listed shares BIDU up 40.8%',
    'Seit Jahresbeginn, ...'; heading a clause a colon ends, every percentage after the colon (at: the
    number's offset in the sentence): 'Seit Jahresbeginn beträgt der Vorsprung 50 Prozentpunkte: Die ADRs
    liegen 72 Prozent im Plus'; and one in a later clause set against it ('while', 'während'). A period word
    closing a clause without a number right before its colon governs the percentages after the colon too ('Both lines
    rallied over the past week: the Hong Kong shares gained 5.4% and the ADRs 6.4%')."""
    colon = sentence.find(": ")
    for _, start, end, cue in hits:
        # (after a preposition and an article at most: 'Im Wochenverlauf', 'In der Vorwoche', 'Over the week')
        at_head = _HEAD_PREPOSITION.fullmatch(sentence, 0, start) is not None
        if cue.kind == "month_return" and end < at and names_day_of_month(sentence[end:at]):
            continue  # 'In September, on September 17, the stock jumped 15.7%': the day named dates the number
        if (
            # (and a count of months: 'Over the past three months, the ADR is up 0.5% and the Hong Kong shares 3.1%')
            (cue.kind in PERIOD_KINDS or cue.kind == "months_return")
            and at_head
            and (
                (sentence[end:].lstrip().startswith(",") and not _later_clause_with_own_day(sentence, end, at))
                or (end <= colon < at and not has_day_phrase(sentence[colon:at]))
                # 'Seit Jahresbeginn liegen die ADRs 5 Prozent vorn, während die Aktie in Hongkong 3 Prozent zulegte'
                or (end < at and _set_against_without_day(sentence, end, at))
                # 'Auf Wochensicht summieren sich die Verluste der Tencent-Aktie damit auf knapp 1 Prozent': the period
                # heading the sentence is its main clause's, however far the number, unless a day is named between
                or (end < at and not CLAUSE_BREAK.search(sentence, end, at) and not has_day_phrase(sentence[end:at]))
            )
        ):
            return cue, 0
        if (
            cue.kind == "since_return"
            and cue.names_base
            and at_head
            and end < at
            # (its base's close named after it: 'Compared with last Friday's close, the composite is up 0.6% and the
            # Nasdaq-100 is 1.1% higher')
            and _HEAD_BASE_END.match(sentence, end) is not None
            and not _inside_when_clause(sentence, end, at)
        ):
            # 'Since Aug. 20, when Baidu reported results, the ADRs are up more than 46% and the Hong Kong shares have
            # gained 42%': a dated look-back heading the sentence is each move's after it (not one of the day's own
            # clause, 'Since Jan. 2, when it soared 15%, ...': that day's move)
            return cue, 0
        if (
            cue.kind in PERIOD_KINDS
            and end <= colon < at
            and len(sentence[end:colon].strip()) <= 12  # a verb particle at most: "legten in der Vorwoche zu:"
            # (not a number the clause after the colon dates: 'Tencent im Wochenverlauf: Am Freitag verlor ...')
            and not has_day_phrase(sentence[colon:at])
            and not any(ch.isdigit() for ch in sentence[:start])
        ):
            return cue, 0
    return None


# the end of a dated look-back heading the sentence, up to its comma: the base's close may be named after the day
_HEAD_BASE_END = re.compile(r"(?:['’]s\s+(?:close|closing\s+(?:price|level)|finish))?\s*,")


def _later_clause_with_own_day(sentence: str, end: int, at: int) -> bool:
    """The number at `at` stands in a later clause than the first after a period word heading the sentence, and that
    clause names a day of its own ('Year to date, the shares have lost 14%, even after a 3% rebound on Monday': Monday's
    move, not the year's)."""
    if at < 0:
        return False
    head_comma = sentence.find(",", end)
    opened = [m.end() for m in CLAUSE_BREAK.finditer(sentence, head_comma + 1, at)]
    if not opened:
        return False
    following = CLAUSE_BREAK.search(sentence, at)
    clause = sentence[opened[-1] : following.start() if following else len(sentence)]
    # (a span going back, 'from where it stood twelve months ago', is the period's base, no day of the clause's own)
    return any(not _SPAN_BACK.search(clause[start:stop]) for start, stop in day_phrases(clause))


_SPAN_BACK = re.compile(r"\b(?:ago|earlier|months?|weeks?|years?|Monat\w*|Woche\w*|Jahr\w*)\b", re.IGNORECASE)


# the clause telling the day a look-back starts on ('Since Aug. 20, when Baidu reported results,')
_WHEN_CLAUSE_AFTER = re.compile(r",\s*(?:when|als|an dem|on which)\b(?:[^,;.]|[.,](?=\d))*(?:[,;]|$)", re.IGNORECASE)


def _inside_when_clause(sentence: str, end: int, at: int) -> bool:
    """Whether the number at `at` stands in the clause right after a look-back's day that tells that day."""
    when = _WHEN_CLAUSE_AFTER.match(sentence, end)
    return when is not None and at < when.end()


def _set_against_without_day(sentence: str, start: int, at: int) -> bool:
    """The number at `at` stands in a clause set against the one before, which names no day of its own
    ('..., während Meituan am Freitag 2 Prozent verlor' is that day's move)."""
    found = list(_SET_AGAINST.finditer(sentence, start, at))
    if not found:
        return False
    against = found[-1]
    following = CLAUSE_BREAK.search(sentence, at)
    return not has_day_phrase(sentence[against.end() : following.start() if following else len(sentence)])


# a clause set against the one before ('..., während die Aktie in Hongkong 3 Prozent zulegte'): the same period
_SET_AGAINST = re.compile(r"[,;]\s*(?:while|whereas|während|wohingegen)\b", re.IGNORECASE)


_CODES_BEFORE = frozenset({"EUR", "USD", "HKD", "CNY", "RMB"})


def find_hedge(text: str, m: NumberMention, rules: Rules) -> tuple[str, str] | None:
    """A hedge word standing directly before the number ('rund 52 %', 'um mehr als 9 %')."""
    before = text[max(0, m.start - 40) : m.start].rstrip()
    for prefix in ("HK$", "US$", "$", "€"):
        before = before.removesuffix(prefix).rstrip()
    # a currency's code written before the number ('at about EUR 107.80', 'rund HKD 538'): the hedge stands before it
    code = before[-3:]
    if code in _CODES_BEFORE and (len(before) == 3 or not before[-4].isalnum()):
        before = before[:-3].rstrip()
    # a sign between the hedge and its number, as tables and lists write it ('knapp +3 Prozent', 'rund -14 Prozent')
    before = before.rstrip("+-−–").rstrip() if before.endswith(("+", "-", "−", "–")) else before
    folded = before.lower()  # once, not once per phrase
    if len(folded) == len(before):  # offsets kept: the phrases' one pattern finds the same
        pattern, labels = rules.hedge_pattern
        hit = pattern.search(folded, max(0, len(folded) - rules.hedge_reach))  # (its lookbehind still sees before)
        return (labels[hit.group()], before[hit.start() :]) if hit else None
    for phrase, label in rules.hedges:
        if folded.endswith(phrase.lower()):
            cut = len(before) - len(phrase)
            if cut == 0 or not before[cut - 1].isalnum():
                return label, before[cut:]
    return None


_CLAUSE_HEAD_REACH = 60  # how far before its number an intraday hedge may head the clause
_CLAUSE_OR_SENTENCE_BREAK = re.compile(r";|,(?!\d)|[.!?:]\s")


# the same figure said again in another unit, right after it: '481 points, or 2.1%', '481 Punkte oder 2,1 Prozent',
# '481 points (2.1%)'
_RESTATED_FIGURE = re.compile(r"(?P<figure>\d[\d.,]*)[^\d;:]{0,20}?(?:,?\s+(?:or|oder|bzw\.)|\s*\()\s*$", re.IGNORECASE)


# a newswire's present tense of a session's end ('gives up an early gain ... and closes 1.4 per cent lower')
_CLOSES_NOW = re.compile(r"\b(?:closes|ends|finishes|settles|schließt|beendet)\b", re.IGNORECASE)


def intraday_cue_in_own_clause(sentence: str, offset: int, m: NumberMention, hits: list[CueHit], rules: Rules) -> bool:
    """An intraday cue before the number in its own clause ('nachdem er im frühen Handel noch knapp 1 Prozent im Plus
    gelegen hatte', 'fiel kurzzeitig um 1,2 Prozent'): the move at that moment, of an index as of a stock; not where the
    session's end is told between ('gives up an early gain of nearly 1 per cent and closes 1.4 per cent lower')."""
    at = m.start - offset
    ended = _session_end(rules.session_words)
    return _cue_governs(
        hits,
        ("intraday_move",),
        at,
        lambda end: (
            not CLAUSE_BREAK.search(sentence, end, at)
            and not ended.search(sentence, end, at)
            and not _CLOSES_NOW.search(sentence, end, at)
        ),
    )


def opening_in_own_clause(sentence: str, offset: int, m: NumberMention, hits: list[CueHit], rules: Rules) -> bool:
    """An opening's cue before the number in its own clause, no other predicate between ('startete mit einem Aufschlag
    von 0,3 Prozent gegenüber Freitag'), or in the clause an apposition of the move follows ('eröffnete bei 146,90 HKD,
    ein Plus von 0,3 % gegenüber dem Schlusskurs vom Freitag')."""
    at = m.start - offset
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(sentence, 0, at)]
    apposed = bool(breaks) and _MOVE_APPOSED.fullmatch(sentence, breaks[-1], at) is not None
    return _cue_governs(
        hits,
        ("open_move", "open_price"),
        at,
        lambda end: (
            (apposed or not CLAUSE_BREAK.search(sentence, end, at))
            and not _and_word(rules.clause_words).search(sentence, end, at)
        ),
    )


def _cue_governs(hits: list[CueHit], kinds: tuple[str, ...], at: int, clause_holds: Callable[[int], bool]) -> bool:
    """A cue of one of these kinds ends before the number at `at`, and the words from its end to the number keep
    them in one clause (`clause_holds`, given the cue's end)."""
    return any(cue.kind in kinds and end <= at and clause_holds(end) for _, _, end, cue in hits)


# a move set beside the clause before it, no verb of its own: ', ein Plus von 0,3 %', ', up 0.3%', ', a gain of 0.3%'
_MOVE_APPOSED = re.compile(
    r"\s*(?:(?:ein|einem)\s+[\w-]+\s+von|(?:up|down)|(?:a|an)\s+[\w-]+\s+of)\s+(?:[\w-]+\s+)?", re.IGNORECASE
)


def clause_hedge(text: str, m: NumberMention, rules: Rules) -> tuple[str, str] | None:
    """An intraday hedge governs its clause's number with words between ('in der Spitze lag das Minus
    bei 3,8 Prozent', 'zeitweise notierte die Aktie bei 150 HKD'), unless another number stands
    between; a hedge of size ('rund', 'über') only ever stands right before its number. A figure restating
    the one before it is under that one's hedge ('at its session low was down 481 points, or 2.1%')."""
    end = m.start
    restated = _RESTATED_FIGURE.search(text, max(0, end - 40), end)
    if restated is not None:
        end = restated.start("figure")
    before = text[max(0, end - _CLAUSE_HEAD_REACH) : end]
    clause = before[max((b.end() for b in _CLAUSE_OR_SENTENCE_BREAK.finditer(before)), default=0) :]
    hit = rules.derived(_intraday_hedges).search(clause.lower())
    if hit is None or any(map(str.isdigit, clause[hit.start() :])):
        return None  # (a level before the hedge is another figure's: 'had opened at 23,100.58 and at one point ...')
    return ("intraday", clause[hit.start() : hit.end()])


_TRAILING_REACH = 40  # how far after its number a moment of the session may stand in the number's clause


def trailing_moment(text: str, m: NumberMention, rules: Rules) -> str | None:
    """A moment of the session named right after the move or price, in its own clause ('recovering from a loss of
    0.4% earlier in the session', 'was down about 0.9% around midday'; session_words.csv, role moment_after): the
    figure is a point of the day's range, read as an intraday hedge would make it; None without one."""
    hit = rules.derived(_moment_after).match(text[m.unit_end : m.unit_end + _TRAILING_REACH])
    return hit.group("moment") if hit else None


def _moment_after(rules: Rules) -> re.Pattern[str]:
    """The moment_after words of session_words.csv, after at most a sign word ('0.7% higher earlier in the day')."""
    return re.compile(
        rf"[ \t]+(?:(?:higher|lower|up|down)[ \t]+)?(?P<moment>{rules.session_words['moment_after']})\b", re.IGNORECASE
    )


def _intraday_hedges(rules: Rules) -> re.Pattern[str]:
    """The intraday hedge phrases (hedges.csv) as one pattern, longest first, whole words only (kept with the
    rules, `Rules.derived`: a cache keyed by the phrases would hash all of them for every number); led by
    their first characters, as its lookbehind alone was tried at every position."""
    phrases = "|".join(re.escape(phrase.lower()) for phrase, label in rules.hedges if label == "intraday")
    return with_first_chars(re.compile(rf"(?<![^\W_])(?:{phrases})(?![^\W_])"))


def own_clause_direction(
    sentence: str, offset: int, m: NumberMention, rules: Rules, direction: str | None, average: bool = False
) -> str | None:
    """A distance told either way after its number ('die 200-Tage-Linie liegt dagegen noch gut 5 Prozent entfernt',
    '5% away from'): only a sign word of its own clause gives its side; one before a clause break is the clause's
    before ('knapp 5 Prozent unter ihrer 50-Tage-Linie, die 200-Tage-Linie ... gut 5 Prozent entfernt'). So for a
    distance to a moving average wherever its words stand ('rückten um 1,4 Prozent vor, ... und von der 50-Tage-Linie
    trennen die Papiere rund 15 Prozent': the day's rise gives no side to the distance, `average`)."""
    at = m.start - offset
    if direction is None or not (
        average or _distance_words(rules.distance_words)[0].match(sentence, m.unit_end - offset)
    ):
        return direction
    start = clause_bounds(sentence, at, CLAUSE_BREAK)[0]
    if start:
        direction = nearest_direction(" " * start + sentence[start:], offset, m, rules)
    if average and direction is not None and _average_told_of_price(sentence, m.unit_end - offset, rules):
        return "down" if direction == "up" else "up"
    return direction


@lru_cache(maxsize=4)
def _average_and_price(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"\s*(?:{words['average_subject']})\b"),
        re.compile(rf"\s*(?:{words['price_object']})", re.IGNORECASE),
    )


def _average_told_of_price(sentence: str, after: int, rules: Rules) -> bool:
    """A moving average the sentence opens with, its distance told to the price ('Die 200-Tage-Linie ... liegt knapp 1
    Prozent über dem Schlusskurs', distance_words.csv average_subject, price_object): the price's distance to the
    line, which a claim of a distance to a moving average states, is on the other side."""
    subject, price = _average_and_price(rules.distance_words)
    return price.match(sentence, after) is not None and subject.match(sentence) is not None


_PERCENT_BETWEEN = re.compile(r"\d\s?(?:%|Prozent\b|percent\b|per cent\b)")


def nearest_direction(sentence: str, offset: int, m: NumberMention, rules: Rules) -> str | None:
    """The sign word nearest to the number; one after a comma belongs to the next clause."""
    best: tuple[int, str] | None = None
    hits = pattern_hits(sentence, rules.directions)
    # an earlier event's phrase the number is not in ('fiel am Freitag um 2 Prozent nach einem Plus von 3
    # Prozent'): its sign word is its own move's, as the main clause's is not the earlier move's (the blanking is
    # cached per sentence)
    blanked = without_earlier_events(sentence, rules) if len(hits) > 1 else sentence
    at = m.start - offset
    outside = blanked[at] == sentence[at]
    for hit_start, hit_end, direction in hits:
        start, end = hit_start + offset, hit_end + offset
        if end <= m.start:
            gap = m.start - end
        else:
            gap = max(0, start - m.unit_end)
            # a clause's comma, not the decimal comma of a number between ('2,4 Prozent auf 165,40 Dollar nachgaben');
            # or another percentage between, whose sign word it is ('erasing gains of up to 0.7% to end 2.6% lower')
            if CLAUSE_BREAK.search(sentence, m.unit_end - offset, hit_start) or _PERCENT_BETWEEN.search(
                sentence, m.unit_end - offset, hit_start
            ):
                gap += 60
        if outside == (blanked[hit_start] != sentence[hit_start]):
            gap += 60  # (and the main clause's for a number of the earlier event: 'Nach dem Vortagesgewinn ... fiel')
        if best is None or gap < best[0]:
            best = (gap, direction)
    return best[1] if best else None


# 'auf 25.900 Punkte', 'bei rund 24.000 Punkten', 'to 25,900 points': a level, not a move; so are a label's value
# ('Hang Seng: 27.287,12 Punkte'), the one a level followed (', nach 27.183 Punkten'; 'down from 26,924 points', the
# level a move started from) and a record's ('closed at a record 23,204.87 points')
LEVEL_BEFORE = re.compile(
    # (a word between is a hedge's, 'to about 25,000', not an infinitive's verb: 'rose 0.3% to gain 81 points' moved)
    r"\b(?:auf|bei|von|to|at|of|über|unter|above|below|near|touched|touching|reached|erreichte)\s+"
    r"(?:(?!(?:gain|lose|add|shed|rise|fall|climb|drop|slip|slide|jump|surge|sink|tumble|end|finish|trade|post|notch"
    r"|log|book)\s)\w+\s+)?$|:\s*$"
    # ('from' right before the level only: 'recovered from a 300-point slump' is a move)
    r"|\bas (?:high|low|far) as\s+$|,\s*nach(?:\s+zuvor)?\s+$|\bfrom\s+$"
    r"|\b(?:at|to)\s+(?:a|another)\s+(?:fresh\s+|new\s+)?record(?:\s+(?:high|level|close))?(?:\s+of)?\s+$",
    re.IGNORECASE,
)
# a close named as such with its copula right before an index's level ("The Nasdaq 100's previous close was
# 25,012.62"): the level, as after 'at'
CLOSE_WAS = re.compile(r"\b(?:close|closing level)\s+(?:was|is)\s+$", re.IGNORECASE)
# a price right after these words is a level ('at $150', 'mit 150 USD unter dem Hoch'), not a distance
# (searched up to every price: led by its first characters, `with_first_chars`)
_LEVEL_OR_WITH = with_first_chars(re.compile(rf"(?:{LEVEL_BEFORE.pattern})|\bmit\s+(?:\w+\s+)?$", re.IGNORECASE))
# an index's period returns and extremes are measured like a stock's, on the index's own closes
# and so are its day's high and low ('touched 25,077.09 at its peak', 'Tagestief bei 23.650 Punkten')
_INDEX_KEEPS = (
    PERIOD_KINDS
    | UNMEASURED_KINDS.keys()
    | EXTREME_KINDS
    | YEAR_EXTREME_KINDS
    | PERIOD_EXTREME_KINDS  # 'short of its January high of 28,056.10': that month's high, not the day's level
    | VOLUME_KINDS
    | {"rsi", "day_high", "day_low"}
    | {"open_move", "open_price"}  # 'It had opened 0.9 per cent higher at 27,019.74': the session's open, as a stock's
)


# a row of a price table written as text ('NDX     25,075.77  +2.1%'): a name or ticker heading the line, then the
# level after two spaces or a tab
TABLE_ROW_HEAD = re.compile(r"[ \t]*[A-Z^][\w^.&-]*(?: [\w^.&-]+){0,2}(?: {2,}|\t+)")


# a level the index reached, with its subject or its day between the verb and the points ('in der Spitze erreichte er
# am 29. Januar 28.056 Punkte', 'it touched on Thursday 28,056 points'): a level, never a move of that many points
_REACHED_POINTS = re.compile(
    r"\b(?:erreichte|erreichten|markierte|markierten|reached|touched)\s+(?:[\w.]+\s+){0,6}$", re.IGNORECASE
)


# the perfect's participle right after the points ('im Tagesverlauf hatte der Index zeitweise 27.143 Punkte erreicht',
# 'hat 28.000 Punkte markiert'): a level reached, as after 'erreichte'
_POINTS_REACHED_AFTER = re.compile(r"\s+(?:erreicht|markiert|touchiert)\b", re.IGNORECASE)


def reached_points(sentence: str, offset: int, m: NumberMention) -> bool:
    """Points an index reached, its verb before them with its subject or day between ('erreichte er am 29. Januar'),
    or its participle right after them ('hatte ... 27.143 Punkte erreicht')."""
    return (
        _REACHED_POINTS.search(sentence, max(0, m.start - offset - 50), m.start - offset) is not None
        or _POINTS_REACHED_AFTER.match(sentence, m.unit_end - offset) is not None
    )


def index_kind(kind: str, unit_class: str, sentence: str, offset: int, m: NumberMention) -> str:
    """An index's number: its period and extreme kinds stay; a percentage is a move, and so are
    points not after a level word ('auf', 'bei') nor heading a table's row; anything else is its level."""
    if kind in ("day_high", "day_low") and unit_class == "points" and points_on_a_side(sentence, offset, m):
        return "index_move"  # 'Im Tagestief lag der Nasdaq 481 Punkte im Minus': the move at the low, not the low
    if kind in _INDEX_KEEPS:
        return kind
    if unit_class == "percent":
        return "index_move"
    before = sentence[max(0, m.start - offset - 30) : m.start - offset]
    if unit_class == "points" and (
        _POINTS_MOVED.search(before) or _POINTS_THEN_MOVE.match(sentence, m.unit_end - offset)
    ):
        return "index_move"  # 'schloss mit einem Minus von 179 Punkten': a move in points, though after 'von'
    if unit_class == "points" and _POINTS_LEVEL_WITH.search(before):
        return "index_level"  # 'ging mit 25.781 Punkten aus dem Handel', 'schloss mit 24.151 Punkten': the level
    if (
        unit_class == "points"
        and _POINTS_STOOD.search(before)
        and not _POINTS_STOOD_MOVED.match(sentence, m.unit_end - offset)
    ):
        return "index_level"  # 'Am Ende standen 25.289 Punkte auf der Tafel': the level, not '120 Punkte im Plus'
    level = (
        LEVEL_BEFORE.search(before)
        # (a level without its unit: 'close was 150 points above its open' is a gap)
        or (CLOSE_WAS.search(before) and m.unit_end == m.end and m.value >= 1000)
        or reached_points(sentence, offset, m)
        or TABLE_ROW_HEAD.fullmatch(sentence, 0, m.start - offset)
    )
    if kind == "open_price" and unit_class == "points" and level:
        return "open_price"  # 'The Nasdaq 100 opened at 23,208': the session's open, not its level at the close
    return "index_move" if unit_class == "points" and not level else "index_level"


# a move in points named by its noun before 'von'/'of' ('mit einem Minus von 179 Punkten', 'a gain of 120 points'),
# and a level after 'mit' with no such noun ('ging mit 25.781 Punkten aus dem Handel')
_POINTS_MOVED = re.compile(
    r"\b(?:Plus|Minus|Gewinn|Verlust|Abschlag|Aufschlag|Anstieg|Rückgang|Zuwachs|gain|loss|drop|rise|decline|fall)"
    r"\s+(?:von|um|of|by)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# 'nach 120 Punkten Minus am Vortag', '120 Punkte Plus': the noun after the points names a move
_POINTS_THEN_MOVE = re.compile(r"\s+(?:Plus|Minus|Gewinn|Verlust|Abschlag|Aufschlag)\b")
# the side of a move right after its points, or after their restatement as a percentage ('481 Punkte im Minus', '481
# Punkte oder 2,1 Prozent im Minus', '120 points higher')
_POINTS_ON_A_SIDE = re.compile(
    r"(?:,?\s+(?:oder|or)\s+\d[\d.,]*\s*(?:%|Prozent|per\s?cent))?"
    r"\s+(?:im\s+(?:Plus|Minus)|höher|tiefer|niedriger|higher|lower)\b",
    re.IGNORECASE,
)


def points_on_a_side(sentence: str, offset: int, m: NumberMention) -> bool:
    """Points going on to the side of a move ('481 Punkte im Minus'): a move, even where a day's extreme is named."""
    return _POINTS_ON_A_SIDE.match(sentence, m.unit_end - offset) is not None


_POINTS_LEVEL_WITH = re.compile(r"\bmit\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?$", re.IGNORECASE)
# a form of 'stehen'/'notieren' right before the points tells the level the index stood at ('Am Ende standen 25.289
# Punkte auf der Tafel', 'notiert zuletzt 24.100 Punkte'), unless the points go on to a side or a move's noun
# ('stand 120 Punkte im Plus', 'notierte 85 Punkte höher')
_POINTS_STOOD = re.compile(
    r"\b(?:stand|standen|steht|stehen|notierte|notiert|notieren)\s+"
    r"(?:(?:zuletzt|noch|nur\s+noch|schließlich|damit|am\s+Ende|zum\s+Schluss)\s+)?(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?$",
    re.IGNORECASE,
)
_POINTS_STOOD_MOVED = re.compile(
    r"\s+(?:im\s+(?:Plus|Minus)|höher|tiefer|niedriger|mehr|weniger|über|unter|darüber|darunter|Plus|Minus)\b",
    re.IGNORECASE,
)


# A range's words before its lower end (numbers.RANGE_OPEN: 'zwischen HK$147,80 und HK$156,30', 'Tagesspanne von
# $157,82 bis $161,50', 'between $X and $Y') within this reach, and what joins its ends (a 52-week range is read by
# its cue rows, cues.csv, and never comes here)
_RANGE_REACH = 60
# (or a dash set off by spaces, as a quote box writes a range: 'Day's range: $166.96 - $174.62', or an en dash
# alone: 'range HK$123.20–HK$126.30')
_RANGE_JOIN = re.compile(
    r"^\s*(?:(?:[A-Za-z$€-]{0,12}\s*)?(?:und|bis|and|to)|\s[-–]|–)\s*(?:\w+\s+)?(?:HK\$|US\$|\$|€)?\s*$"
)


def range_end(sentence: str, offset: int, m: NumberMention, numbers: list[NumberMention]) -> str | None:
    """A price that opens or closes a session's range: the lower end is the day's low, the upper the high."""
    at = next(i for i, n in enumerate(numbers) if n.start == m.start)  # m may carry a unit its text lacks
    if at + 1 < len(numbers):
        after = numbers[at + 1]
        opening = sentence[max(0, m.start - offset - _RANGE_REACH) : m.start - offset]
        if RANGE_OPEN.search(opening) and _RANGE_JOIN.match(sentence[m.end - offset : after.start - offset]):
            return "day_low" if m.value <= after.value else "day_high"
    if at > 0:
        before = numbers[at - 1]
        opening = sentence[max(0, before.start - offset - _RANGE_REACH) : before.start - offset]
        if _RANGE_JOIN.match(sentence[before.end - offset : m.start - offset]) and RANGE_OPEN.search(opening):
            return "day_high" if m.value >= before.value else "day_low"
    return None


def fx_base_of(m: NumberMention, others: list[NumberMention], text: str) -> NumberMention | None:
    """'1 Milliarde Yuan (140 Millionen USD)': the amount a conversion in brackets restates. A share
    price followed by its home quote in brackets ('$17.79 (HK$139.60)') restates that quote."""
    if m.unit not in CURRENCIES:
        return None
    before = next(
        (o for o in others if o.unit in CURRENCIES and o.unit != m.unit and 0 <= m.start - o.unit_end <= 3),
        None,
    )
    if before is not None or m.scale != 1:
        return before
    return next(
        (
            o
            for o in others
            if o.unit in CURRENCIES
            and o.unit != m.unit
            and o.scale == 1
            and _BRACKETED_QUOTE.match(text, m.unit_end, o.start)
        ),
        None,
    )


# ' (HK$', ' (US$ ', '(€': a bracket opening right after a price, with the other quote's currency sign
_BRACKETED_QUOTE = re.compile(r"\s*\(\s*(?:HK\$|US\$|\$|€|[A-Z]{3}\s)?\s*$")


def default_kind(
    unit_class: str,
    direction: str | None,
    company: Company | None,
    others: list[NumberMention],
    m: NumberMention,
) -> str | None:
    """Without a cue: a signed percentage about a named subject is the day's move, a share price
    of a named company the last price."""
    if unit_class == "percent":
        return "day_change" if direction and company else None
    if unit_class == "price":
        return "last_price" if company and m.scale == 1 else None
    return None
