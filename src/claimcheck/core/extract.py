"""Find every numeric claim in an article and say what it is about.

text + publication date + rule tables in, Claim records out. No I/O, no market data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from claimcheck.core.dates import (
    DateRef,
    day_phrases,
    extreme_month,
    has_day_phrase,
    names_a_day,
    resolve_day,
    since_start,
)
from claimcheck.core.numbers import NumberMention, find_numbers
from claimcheck.first_chars import with_first_chars
from claimcheck.model import CURRENCIES, Claim, Published, TimeSource
from claimcheck.rules import Company, Cue, Rules, Statement
from claimcheck.word_scan import prefix_tree

EXTRACTOR_VERSION = "8"  # bump when extraction changes without a rule table changing (cache key)

# Claims without a number of their own: only their sign is checked ('stieg am Montag').
STATEMENT_KINDS = {"direction", "extreme_since"}
PERIOD_KINDS = {"ytd_return", "week_return", "month_return", "twelve_month_return"}
# Moves over a past period whose base the text does not date to a session ('seit Sommer 2015 um
# 33.500 % gestiegen', '2023 und 2024 Zuwächse von 170 %', 'subsequently declined by 35%'): found
# and named, but not measured yet, so never judged against the publication day's move.
UNMEASURED_PERIOD_KINDS = {"since_return", "calendar_year_return"}
# The lowest and highest price of a named past period ('Tiefstand von 68,43 USD im April 2024'):
# read from the daily lows (highs) of that window, the extreme close the alternative.
PERIOD_EXTREME_KINDS = {"period_low", "period_high"}
EXTREME_KINDS = {"distance_52w_high", "distance_52w_low", "high_52w", "low_52w"}
YEAR_EXTREME_KINDS = {"year_high", "year_low"}  # 'Jahreshoch', '2025er-Hoch': the calendar year so far
# Figures as of "now" in the article's present tense ('liegt bei rund 52 %'):
AS_OF_KINDS = PERIOD_KINDS | EXTREME_KINDS | YEAR_EXTREME_KINDS | {"rsi", "extreme_since"}
SESSION_KINDS = {
    "close",
    "open_price",
    "intraday_price",
    "last_price",
    "day_high",
    "day_low",
    "level_break",
    "day_change",
    "intraday_move",
    "open_move",
    "direction",
}
INDEX_KINDS = {"index_move", "index_level"}
SET_EXTREME_KINDS = {"high_52w", "low_52w", "year_high", "year_low"}  # a price level set on some day
SESSION_PRICE_KINDS = {"close", "open_price", "intraday_price", "last_price", "day_high", "day_low", "level_break"}
SHARE_PRICE_KINDS = SESSION_PRICE_KINDS | SET_EXTREME_KINDS | PERIOD_EXTREME_KINDS
_GERMAN = ("der", "die", "das", "und", "ist", "mit", "auf", "nicht", "sich", "Aktie")
_ENGLISH = ("the", "and", "is", "with", "shares", "of", "to", "was")
# Both lists in one scan: whole words, none in both lists, so each found word counts for one language
_LANGUAGE_WORDS = with_first_chars(re.compile(rf"\b(?:{prefix_tree(_GERMAN + _ENGLISH)})\b"))
_ABBREVIATIONS = ("ca", "Mio", "Mrd", "Tsd", "bzw", "z.B", "u.a", "Nr", "Dr", "vs", "St")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'“”„»«]?\s+(?=[\"'“”„»«]?[A-ZÄÖÜ0-9])|\n\s*")
_NEGATION = with_first_chars(re.compile(r"\b(nicht|kein|keine|not|no longer|never)\b", re.IGNORECASE))
_SHARE_WORDS = with_first_chars(re.compile(r"\b(Aktien?|Papiere?|Titel|Anteilsscheine?|shares|stock)\b", re.IGNORECASE))
_ANCHOR_WORDS = {"since": ("seit", "since"), "overnight": ("nacht", "overnight")}
# '(14)', '14 Tage', '200-day': an indicator's parameter, not its value
_PARAMETER = re.compile(
    r"\)|[\s-]*(?:Tage|Tagen|Tages|days?|Sitzungen|sessions?|Wochen|weeks?|Perioden|periods?)\b", re.IGNORECASE
)
_LINKING = with_first_chars(re.compile(r"\b(damit|dadurch|thereby|bringing)\b", re.IGNORECASE))
# A sentence with more numbers than this is a table or a dump, not prose (the seeds have at most 3):
# only its first ones are read, so that work per sentence stays bounded. Said in a note.
MAX_NUMBERS_PER_SENTENCE = 60


def detect_language(text: str) -> str:
    sample = text[:5000]
    words = _LANGUAGE_WORDS.findall(sample)
    english = sum(word in _ENGLISH for word in words)
    return "en" if english > len(words) - english else "de"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences and lines; a period after a number or an abbreviation is not an end."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # Only the last word before the boundary is looked at: a skipped boundary must not make
        # the next one re-read the whole sentence (quadratic on a text full of 'ca.').
        tail = text[max(start, m.start() - 40) : m.start()].rstrip()
        last_word = tail.rsplit(None, 1)[-1].rstrip(".") if tail else ""
        if "\n" not in m.group() and (last_word.isdigit() or last_word in _ABBREVIATIONS):
            continue
        _keep(spans, text[start : m.start()].rstrip(), start)
        start = m.end()
    _keep(spans, text[start:].rstrip(), start)
    return spans


def _keep(spans: list[tuple[int, int]], piece: str, start: int) -> None:
    """A sentence without its leading blanks (slicing only the piece: the text may be megabytes)."""
    if piece.strip():
        spans.append((start + len(piece) - len(piece.lstrip()), start + len(piece)))


@dataclass
class _Context:
    """What earlier sentences established: carried forward when a sentence omits it."""

    company: str | None = None
    venue: str | None = None
    day: DateRef | None = None
    companies: list[tuple[int, Company]] = field(default_factory=list)  # every mention in the text
    venues: list[tuple[int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._company_at = [pos for pos, _ in self.companies]
        self._venue_at = [pos for pos, _ in self.venues]

    def companies_between(self, start: int, end: int) -> list[tuple[int, Company]]:
        return self.companies[bisect_left(self._company_at, start) : bisect_left(self._company_at, end)]

    def venues_between(self, start: int, end: int) -> list[tuple[int, str]]:
        return self.venues[bisect_left(self._venue_at, start) : bisect_left(self._venue_at, end)]


def extract_claims(
    text: str, published: Published, rules: Rules, lang: str | None = None, notes: list[str] | None = None
) -> tuple[list[Claim], str]:
    """The claims of a text and its language; what was not read (a crowded sentence) is added to `notes`."""
    lang = lang or detect_language(text)
    mentions = find_numbers(text, lang, rules)
    starts = [m.start for m in mentions]
    companies = rules.companies_in(text)  # one scan of the whole text; sentences slice it
    main_company = _main_company(companies)
    claims: list[Claim] = []
    context = _Context(company=main_company, companies=companies, venues=rules.venues_in(text))
    by_sentence = sentence_spans(text)
    written_by = _written_by(published, lang)
    for s_start, s_end in by_sentence:
        sentence = text[s_start:s_end]
        inside = mentions[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        if len(inside) > MAX_NUMBERS_PER_SENTENCE and notes is not None:
            notes.append(
                f"the sentence at character {s_start:,} holds {len(inside):,} numbers; only its first "
                f"{MAX_NUMBERS_PER_SENTENCE} were read for claims"
            )
        inside = inside[:MAX_NUMBERS_PER_SENTENCE]
        hits = cue_hits(sentence, rules) if inside else []
        days = day_bindings(sentence, s_start, inside)
        sentence_claims = [
            c
            for c in (
                _claim(text, sentence, (s_start, s_end), m, inside, published, rules, context, hits, days)
                for m in inside
            )
            if c is not None
        ]
        _link(sentence_claims, sentence, published, rules, written_by)
        stated = _statements(text, (s_start, s_end), inside, hits, sentence_claims, published, rules, context)
        claims.extend(sorted(sentence_claims + stated, key=lambda c: c.span[0]))
        _update_context(context, days.free, s_start, sentence_claims, published, rules)
    for index, claim in enumerate(claims):
        claim.id = f"c{index + 1:03d}"
    _mark_repeats(claims, text, rules)
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        if claim.checkable and claim.kind not in STATEMENT_KINDS:
            by_span.setdefault(claim.sentence_span, []).append(claim)
    for same in by_span.values():
        for claim in same:
            claim.linked = [c.id for c in same if c is not claim]
    return claims, lang


# A heading over a bullet list that sums up the article ('Zinger Key Points', 'Das Wichtigste in
# Kürze'): its figures are said again in the body, where they carry their time and context.
_SUMMARY_HEADING = re.compile(
    r"^[^\n]{0,40}\b(?:Key Points|Key Takeaways|Highlights|At a glance|Summary|TL;DR|Das Wichtigste|"
    r"Auf einen Blick|In Kürze|Zusammenfassung|Kurz und knapp)\b[^\n]{0,20}$",
    re.MULTILINE | re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _summary_blocks(text: str) -> list[tuple[int, int]]:
    """Each summary list: from its heading to the next blank line."""
    blocks = []
    for heading in _SUMMARY_HEADING.finditer(text):
        end = _BLANK_LINE.search(text, heading.end())
        blocks.append((heading.start(), end.start() if end else len(text)))
    return blocks


def _mark_repeats(claims: list[Claim], text: str, rules: Rules) -> None:
    """The same figure of the same metric, listing and time said twice is one claim: the first in the body
    is judged, a repeat of it names it and is not judged again. A summary list's figure said again
    in the body is the repeat (the body's words give its context)."""
    blocks = _summary_blocks(text)

    def in_summary(claim: Claim) -> bool:
        return any(start <= claim.span[0] < end for start, end in blocks)

    first: dict[tuple[object, ...], Claim] = {}
    for claim in sorted(claims, key=lambda c: (in_summary(c), c.span[0])):
        if not claim.checkable or claim.value is None:
            continue
        reference = tuple(sorted((claim.reference or {}).items()))
        key = (claim.kind, claim.unit, claim.value, claim.value_high, claim.subject, claim.listing, reference)
        if key not in first:
            first[key] = claim
            continue
        claim.kind, claim.checkable = "repeat", False
        claim.scope_reason = rules.scope_reasons["repeat"]
        claim.repeat_of = first[key].id
        claim.notes.append(f"repeats '{first[key].quote}'")


@lru_cache(maxsize=16)  # a few pattern sets per sentence; sentences may be long
def _hits(sentence: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of every pattern's hits in a sentence, found once for all its numbers:
    scanning the sentence again for each number is quadratic on a long one."""
    return tuple((hit.start(), hit.end(), label) for pattern, label in patterns for hit in pattern.finditer(sentence))


@lru_cache(maxsize=8)
def _currency_venues(
    currencies: tuple[tuple[re.Pattern[str], str, str], ...],
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Currency words as whole words, with the venue each implies ('Euro' -> Germany)."""
    return tuple(
        (re.compile(rf"(?<![\w])(?:{pattern.pattern})(?![\w])"), venue) for pattern, _, venue in currencies if venue
    )


def _main_company(companies: list[tuple[int, Company]]) -> str | None:
    counts: dict[str, int] = {}
    for _, company in companies:
        if company.kind == "stock":
            counts[company.name] = counts.get(company.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _unit_class(unit: str | None) -> str:
    if unit in ("percent", "percentage_points"):
        return "percent"
    if unit == "points":
        return "points"
    if unit in CURRENCIES:
        return "price"
    return "count"


def _gap(cue_span: tuple[int, int], m: NumberMention, others: list[NumberMention], gap_text: str) -> int:
    if cue_span[1] <= m.start:
        gap = m.start - cue_span[1]
        between = [o for o in others if cue_span[1] <= o.start and o.end <= m.start]
    elif cue_span[0] >= m.unit_end:
        gap = cue_span[0] - m.unit_end
        between = [o for o in others if m.unit_end <= o.start and o.end <= cue_span[0]]
        if "," in gap_text or ";" in gap_text:
            gap += 60  # a cue after a comma opens the next clause: 'bei 52 %, auf Sicht von ...'

    else:
        return 0
    return gap + 30 * len(between)


_CLAUSE_BREAK = with_first_chars(
    re.compile(r"[,;:–—]|\s-\s|\b(?:nachdem|während|weil|bevor|after|while|before|whereas)\b", re.I)
)


# A number after these words is the base a move is measured from ('gegenüber HK$147,60 am Freitag')
_COMPARISON = with_first_chars(
    re.compile(
        r"\b(?:gegenüber|verglichen mit|im Vergleich zu[rm]?|compared (?:with|to)|up from|down from|from)"
        r"\s*(?:HK\$|US\$|\$|€)?\s*$",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True)
class DayBindings:
    """Where a sentence's day words belong. A day written right after a comparison base is that
    number's own ('gegenüber HK$147,60 am Freitag'); `free` is the sentence with such days
    blanked, so they date no other number."""

    free: str
    own: dict[int, str]  # number start -> the day words bound to it


def _directly_before(sentence: str, end: int, start: int) -> bool:
    return 0 < start - end <= 3 and not sentence[end:start].strip()


def day_bindings(sentence: str, offset: int, numbers: list[NumberMention]) -> DayBindings:
    bases = [n for n in numbers if _COMPARISON.search(sentence, max(0, n.start - offset - 30), n.start - offset)]
    phrases = day_phrases(sentence) if bases else []  # only a base binds a day: most sentences have none
    if not phrases or not numbers:
        return DayBindings(sentence, {})
    free, own = sentence, {}
    for start, end in phrases:
        owner = next((n for n in bases if _directly_before(sentence, n.unit_end - offset, start)), None)
        if owner is not None:
            own[owner.start] = sentence[start:end]
            free = free[:start] + " " * (end - start) + free[end:]
    return DayBindings(free, own)


def day_scope(days: DayBindings, offset: int, m: NumberMention) -> str:
    """The words whose day governs number m: its own day, else its clause's, else the sentence's."""
    if m.start in days.own:
        return days.own[m.start]
    at = m.start - offset
    starts = [0, *(b.end() for b in _CLAUSE_BREAK.finditer(days.free, 0, at))]
    following = _CLAUSE_BREAK.search(days.free, at)
    clause = days.free[starts[-1] : following.start() if following else len(days.free)]
    if clause == days.free:
        return clause  # a sentence of one clause: its day is the clause's either way
    return clause if has_day_phrase(clause) else days.free


CueHit = tuple[int, int, int, Cue]  # (table order, start, end, cue), offsets within the sentence


def cue_hits(sentence: str, rules: Rules) -> list[CueHit]:
    """Every cue in a sentence, found once for all the numbers in it."""
    folded = sentence.lower()
    present = rules.cue_words.rows_in(folded)  # Cue.may_occur_in for every cue, in one scan
    cues = [(o, c) for o, c in enumerate(rules.cues) if not c.words or o in present]
    if len(folded) == len(sentence):  # lower-casing kept every offset
        return [(o, h.start(), h.end(), c) for o, c in cues for h in c.folded.finditer(folded)]
    return [(o, h.start(), h.end(), c) for o, c in cues for h in c.pattern.finditer(sentence)]


def _best_cue(
    sentence: str, offset: int, m: NumberMention, others: list[NumberMention], hits: list[CueHit]
) -> tuple[Cue, int] | None:
    unit_class = _unit_class(m.unit)
    best: tuple[int, int, Cue] | None = None
    for order, hit_start, hit_end, cue in hits:
        if cue.number not in ("any", unit_class):
            continue
        start, end = hit_start + offset, hit_end + offset
        if max(start - m.unit_end, m.start - end) > cue.max_gap:
            continue  # farther than the cue allows even before counting what lies between
        if start >= m.unit_end and _leads_in(sentence, offset, hit_end, others):
            continue  # '... auf 146,69 USD und erreichte in der Spitze sogar 147,10 USD': the next number's cue
        gap_text = sentence[m.unit_end - offset : hit_start] if start >= m.unit_end else ""
        gap = _gap((start, end), m, others, gap_text)
        if gap <= cue.max_gap and (best is None or (gap, order) < best[:2]):
            best = (gap, order, cue)
    return (best[2], best[0]) if best else None


# 'in der Spitze sogar 147,10', 'briefly above $171': at most two words between a cue and its number
_LEAD_IN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:HK\$|US\$|\$|€)?\s*$")


def _leads_in(sentence: str, offset: int, cue_end: int, others: list[NumberMention]) -> bool:
    """A cue written right before a number governs that number, not one before the cue."""
    return any(
        0 <= o.start - offset - cue_end <= 20 and _LEAD_IN.match(sentence, cue_end, o.start - offset) for o in others
    )


def _head_period(sentence: str, hits: list[CueHit]) -> tuple[Cue, int] | None:
    """A period word at the head of a sentence, set off by a comma, governs every percentage
    after it: 'YTD, Baidu's Hong Kong stock up 47.2%, U.S.-listed shares BIDU up 40.8%',
    'Seit Jahresbeginn, ...'."""
    for _, start, end, cue in hits:
        at_head = not any(ch.isalnum() for ch in sentence[:start])
        if cue.kind in PERIOD_KINDS and at_head and sentence[end:].lstrip().startswith(","):
            return cue, 0
    return None


def _hedge(text: str, m: NumberMention, rules: Rules) -> tuple[str, str] | None:
    """A hedge word standing directly before the number ('rund 52 %', 'um mehr als 9 %')."""
    before = text[max(0, m.start - 40) : m.start].rstrip()
    for prefix in ("HK$", "US$", "$", "€"):
        before = before.removesuffix(prefix).rstrip()
    folded = before.lower()  # once, not once per phrase
    for phrase, label in rules.hedges:
        if folded.endswith(phrase.lower()):
            cut = len(before) - len(phrase)
            if cut == 0 or not before[cut - 1].isalnum():
                return label, before[cut:]
    return None


def _direction(sentence: str, offset: int, m: NumberMention, rules: Rules) -> str | None:
    """The sign word nearest to the number; one after a comma belongs to the next clause."""
    best: tuple[int, str] | None = None
    for hit_start, hit_end, direction in _hits(sentence, rules.directions):
        start, end = hit_start + offset, hit_end + offset
        if end <= m.start:
            gap = m.start - end
        else:
            gap = max(0, start - m.unit_end)
            if "," in sentence[m.unit_end - offset : hit_start]:
                gap += 60
        if best is None or gap < best[0]:
            best = (gap, direction)
    return best[1] if best else None


def _company(sentence: str, offset: int, m: NumberMention, context: _Context) -> Company | None:
    """The company named nearest before the number in its sentence, else nearest after."""
    before: tuple[int, Company] | None = None
    after: tuple[int, Company] | None = None
    for pos, company in context.companies_between(offset, offset + len(sentence)):
        if pos < m.start and (before is None or pos > before[0]):
            before = (pos, company)
        elif pos >= m.unit_end and (after is None or pos < after[0]):
            after = (pos, company)
    chosen = before or after
    return chosen[1] if chosen else None


# 'a more than 1% increase in Hong Kong's Hang Seng index', 'ein Plus von 2 % beim DAX': the move
# noun right after the number names its subject in the phrase that follows
_MOVE_OF = re.compile(
    r"\s*(?:increase|rise|gain|jump|drop|fall|decline|decrease|advance|slide|move|Anstieg|Plus|Minus|"
    r"Rückgang|Zuwachs|Verlust|Kursplus|Kursminus)\s+(?:in|of|for|des|der|beim|im|bei)\s",
    re.IGNORECASE,
)
MOVE_OF_REACH = 40  # characters after 'increase in' within which its subject must be named


# 'the Hang Seng Tech Index and the Hang Seng Automobile Index, which are up 0.2% and 0.5%, respectively'
_RESPECTIVELY = re.compile(r"\b(?:respectively|beziehungsweise)\b")


def _respective(
    sentence: str, offset: int, m: NumberMention, inside: list[NumberMention], context: _Context
) -> Company | None:
    """With 'respectively', the numbers after the last names are theirs in order: the k-th of a run
    of like numbers belongs to the k-th of as many names right before the run."""
    if not _RESPECTIVELY.search(sentence):
        return None
    like = [o for o in inside if o.unit == m.unit]
    names = context.companies_between(offset, m.start)
    run = [o for o in like if o.start > (names[-1][0] if names else offset)]
    if m not in run or len(run) < 2 or len(names) < len(run):
        return None
    return names[len(names) - len(run) + run.index(m)][1]


def _subject(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: _Context, inside: list[NumberMention]
) -> Company | None:
    """A company named later in the sentence only counts when no earlier one is in play, unless
    the move noun after the number names it ('a 1% increase in the Hang Seng'); with 'respectively'
    each of a run of numbers has its own name."""
    respective = _respective(sentence, offset, m, inside, context)
    if respective is not None:
        return respective
    move_of = _MOVE_OF.match(sentence, m.unit_end - offset)
    if move_of:
        reach = offset + move_of.end()
        named = context.companies_between(reach, reach + MOVE_OF_REACH)
        if named:
            return named[0][1]
    company = _company(sentence, offset, m, context)
    named_before = company is not None and any(
        start + offset < m.start for start, _, _ in _hits(sentence, ((company.pattern, company.name),))
    )
    if (company is None or not named_before) and context.company:
        return rules.company(context.company) or company
    return company


def _venue(sentence: str, offset: int, m: NumberMention, rules: Rules) -> str | None:
    """The venue word nearest to the number in its sentence; failing that, the venue a currency
    named in the sentence implies ('Euro' -> Germany). 'auf Xetra ... Euro' is Xetra.
    Ticker tags of several venues ('Alibaba (NYSE:BABA) (HK:9988)') name the company's listings,
    not the one a move is about: the venue is then left to the context (heading, earlier sentence)."""
    named = _hits(sentence, rules.venues)
    tags = [hit for hit in named if ":" in sentence[hit[0] : hit[1] + 1]]
    if len({label for *_, label in tags}) > 1:
        named = tuple(hit for hit in named if hit not in tags)
        if not named:
            return None
    at = m.start - offset

    def distance(hit: tuple[int, int, str]) -> int:
        # a venue across a comma names the neighbouring clause's listing ('..., U.S.-listed shares')
        between = sentence[min(hit[1], at) : max(hit[0], at)]
        return abs(hit[0] - at) + (60 if "," in between else 0)

    for candidates in (named, _hits(sentence, _currency_venues(rules.currencies))):
        if candidates:
            return min(candidates, key=distance)[2]
    return None


def _listing(rules: Rules, company: Company, venue: str | None, currency: str | None) -> str | None:
    if currency and currency in CURRENCIES:
        same_currency = [item for item in rules.listings_of(company.name) if item.currency == currency]
        by_venue = [item for item in same_currency if item.venue == venue]
        # Frankfurt before Xetra where both exist (the German default); a Xetra-only share is Xetra
        chosen = by_venue or [item for item in same_currency if item.venue != "XETRA"] or same_currency
        return chosen[0].symbol if chosen else None
    if venue == "ABROAD":
        venue = "US" if company.home_venue == "HK" else "HK"
    venue = venue or company.home_venue
    match = [item for item in rules.listings_of(company.name) if item.venue == venue]
    return match[0].symbol if match else None


def _claim(
    text: str,
    sentence: str,
    sentence_span: tuple[int, int],
    m: NumberMention,
    inside: list[NumberMention],
    published: Published,
    rules: Rules,
    context: _Context,
    hits: list[CueHit],
    days: DayBindings,
) -> Claim | None:
    offset = sentence_span[0]
    # Bare numbers (years, counts) do not separate a cue from its number.
    others = [o for o in inside if o is not m and (o.unit or o.scale != 1)]
    unit_class = _unit_class(m.unit)
    if unit_class == "count" and m.scale == 1 and m.value.is_integer() and 1900 <= m.value <= 2100:
        return None  # a year
    if unit_class == "count" and m.scale == 1 and 0 <= m.value <= 100 and not _PARAMETER.match(text, m.end):
        # an indicator's value has no unit ('the RSI ... above 78'): a bare number its cue governs
        indicator = _best_cue(sentence, offset, replace(m, unit="points"), others, hits)
        if indicator is not None and indicator[0].number == "points":
            m, unit_class = replace(m, unit="points"), "points"
    fx_base = _fx_base(m, others, text)
    if fx_base is not None and _quoted_at_home(sentence, offset, m, fx_base, inside, rules, context):
        fx_base = None  # '$17.79 (HK$139.60)' about Hong Kong shares: HK$139.60 is the claim
    cue_hit = None if fx_base else _best_cue(sentence, offset, m, others, hits)
    if unit_class == "count" and (cue_hit is None or cue_hit[0].kind not in rules.scope_reasons):
        return None  # years, ordinals, bare counts ('20 befragten Analysten') are not claims
    hedge = _hedge(text, m, rules)
    direction = _direction(sentence, offset, m, rules)
    company = _subject(sentence, offset, m, rules, context, inside)
    notes: list[str] = []
    if cue_hit is None and unit_class == "percent":
        cue_hit = _head_period(sentence, hits)
    kind = "fx_conversion" if fx_base else (cue_hit[0].kind if cue_hit else None)
    if fx_base is not None and fx_base.scale == 1 and m.scale == 1 and company is not None:
        # '$17.79 (HK$139.60)': one share price written in two currencies; the other is the claim
        kind = "price_conversion"
    elif fx_base is not None and fx_base.scale != 1:
        # '21 billion yuan ($2.97 billion)', '1 Milliarde Yuan (140 Millionen USD)': a sum of money
        # (a valuation, a deal, a budget) said again in another currency; a sum is not market data
        kind = "amount_conversion"
    if hedge and hedge[0] == "intraday" and kind in (None, "day_change", "last_price"):
        kind = "intraday_move" if unit_class == "percent" else "intraday_price"
    if unit_class == "price" and (cue_hit is None or cue_hit[0].kind not in rules.scope_reasons):
        kind = _range_end(sentence, offset, m, inside) or kind
    if kind in SHARE_PRICE_KINDS and m.scale != 1:
        kind = "amount"  # '34,24 Mrd. USD' is a sum of money, not a share price
    if kind is None:
        kind = _default_kind(unit_class, direction, company, others, m)
    if kind is None:
        kind = "amount" if unit_class == "price" else "count"
    if (
        company is not None
        and company.kind == "index"
        and (kind not in rules.scope_reasons or (kind == "count" and unit_class == "points"))
    ):
        kind = _index_kind(kind, unit_class, sentence, offset, m)
    if company is None and fx_base is None and not context.companies and kind not in rules.scope_reasons:
        kind = "no_subject"  # a text that names no stock or index makes no claim about one
    scope_reason = rules.scope_reasons.get(kind)
    unit = m.unit if m.unit else "count"
    checkable = scope_reason is None
    listing: str | None = None
    reference: dict[str, str] | None = None
    basis = "none"
    time_source: TimeSource = "none"
    if checkable and company is not None and company.kind == "stock" and kind != "fx_conversion":
        venue = _venue_or_inferred(sentence, offset, m, company, rules, context, notes)
        listing = _listing(rules, company, venue, m.unit if unit_class == "price" else None)
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
    if checkable:
        reference, basis, date_notes, time_source = _reference(kind, day_scope(days, offset, m), published, context)
        notes.extend(date_notes)
        as_of = _as_of_at_publication(rules, listing, published) if time_source == "publication_default" else None
        if as_of is not None and as_of != published.date:
            reference, basis, _, time_source = _reference(
                kind, day_scope(days, offset, m), replace(published, date=as_of), context
            )
            notes.append(f"published {published.at:%Y-%m-%d %H:%M %z}, when {listing}'s day was {as_of}: read as of it")
        year = _calendar_year(sentence, offset, m, inside) if kind == "calendar_year_return" else None
        if kind == "intraday_price" and _past_window(reference, published) and hedge and hedge[0] in _BOUND_OF:
            # 'Noch im April 2025 lag die Aktie zeitweise bei unter 87 Dollar': the month's low was below 87
            kind = _BOUND_OF[hedge[0]]
        if year is not None:
            reference, basis, time_source = {"start": f"{year}-01-01", "end": f"{year}-12-31"}, "stated", "text"
    stated_month = None
    if kind in EXTREME_KINDS and reference is not None:
        stated_month = extreme_month(sentence, date.fromisoformat(reference.get("date") or reference["end"]))
    if kind in ("distance_52w_high",) and direction is None:
        direction = "down"
    if kind in PERIOD_KINDS | {"distance_52w_low"} and direction is None:
        direction = "up"
    if unit_class != "percent" and kind != "index_move":
        direction = None  # a price or a count has no direction; 'der DAX stieg um 120 Punkte' has
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
        fx_from=(fx_base.value * fx_base.scale, str(fx_base.unit)) if fx_base else None,
        extreme_month=stated_month,
        time_source=time_source,
    )


# 'auf 25.900 Punkte', 'bei rund 24.000 Punkten', 'to 25,900 points': a level, not a move
_LEVEL_BEFORE = re.compile(r"\b(?:auf|bei|von|to|at|of|über|unter|above|below|near)\s+(?:\w+\s+)?$", re.IGNORECASE)
# an index's period returns and extremes are measured like a stock's, on the index's own closes
_INDEX_KEEPS = PERIOD_KINDS | UNMEASURED_PERIOD_KINDS | EXTREME_KINDS | YEAR_EXTREME_KINDS | {"rsi"}


def _index_kind(kind: str, unit_class: str, sentence: str, offset: int, m: NumberMention) -> str:
    if kind in _INDEX_KEEPS:
        return kind
    if unit_class == "percent":
        return "index_move"
    before = sentence[max(0, m.start - offset - 20) : m.start - offset]
    return "index_move" if unit_class == "points" and not _LEVEL_BEFORE.search(before) else "index_level"


# 'zwischen HK$147,80 und HK$156,30', 'Tagesspanne von $157,82 bis $161,50', 'between $X and $Y'
_RANGE_OPEN = re.compile(
    r"(?:\bzwischen|\bbetween|(?:[Ss]panne|\brange)\s+(?:von|of|from)(?:\s+\w+)?)\s*(?:HK\$|US\$|\$|€)?\s*$"
)
_RANGE_JOIN = re.compile(r"^\s*(?:[A-Za-z$€-]{0,12}\s*)?(?:und|bis|and|to)\s*(?:\w+\s+)?(?:HK\$|US\$|\$|€)?\s*$")


def _range_end(sentence: str, offset: int, m: NumberMention, numbers: list[NumberMention]) -> str | None:
    """A price that opens or closes a session's range: the lower end is the day's low, the upper the high."""
    at = numbers.index(m)
    if at + 1 < len(numbers):
        after = numbers[at + 1]
        if _RANGE_OPEN.search(sentence[max(0, m.start - offset - 40) : m.start - offset]) and _RANGE_JOIN.match(
            sentence[m.end - offset : after.start - offset]
        ):
            return "day_low" if m.value <= after.value else "day_high"
    if at > 0:
        before = numbers[at - 1]
        if _RANGE_JOIN.match(sentence[before.end - offset : m.start - offset]) and _RANGE_OPEN.search(
            sentence[max(0, before.start - offset - 40) : before.start - offset]
        ):
            return "day_high" if m.value >= before.value else "day_low"
    return None


_YEAR_PAIR = re.compile(r"\b((?:19|20)\d\d)(?:,\s*((?:19|20)\d\d))*,?\s+(?:und|and)\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _calendar_year(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention]) -> int | None:
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


def _fx_base(m: NumberMention, others: list[NumberMention], text: str) -> NumberMention | None:
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


def _quoted_at_home(
    sentence: str,
    offset: int,
    m: NumberMention,
    base: NumberMention,
    inside: list[NumberMention],
    rules: Rules,
    context: _Context,
) -> bool:
    """Of one share price written in two currencies, the one in the currency of the listing the
    text speaks of is the claim, whichever stands in brackets. The listing comes from a venue word
    (or the one carried, or the home listing), never from the currencies themselves."""
    if m.scale != 1 or base.scale != 1:
        return False  # '1 Milliarde Yuan (140 Millionen USD)': an amount and its conversion
    company = _subject(sentence, offset, m, rules, context, inside)
    if company is None or company.kind != "stock":
        return False
    named = [hit for hit in _hits(sentence, rules.venues) if ":" not in sentence[hit[0] : hit[1] + 1]]
    venue = named[0][2] if named else context.venue
    listing = rules.listing(_listing(rules, company, venue, None) or "")
    return listing is not None and listing.currency == m.unit


# ' (HK$', ' (US$ ', '(€': a bracket opening right after a price, with the other quote's currency sign
_BRACKETED_QUOTE = re.compile(r"\s*\(\s*(?:HK\$|US\$|\$|€|[A-Z]{3}\s)?\s*$")


def _default_kind(
    unit_class: str,
    direction: str | None,
    company: Company | None,
    others: list[NumberMention],
    m: NumberMention,
) -> str | None:
    if unit_class == "percent":
        return "day_change" if direction and company else None
    if unit_class == "price":
        return "last_price" if company and m.scale == 1 else None
    return None


def _reference(
    kind: str, sentence: str, published: Published, context: _Context
) -> tuple[dict[str, str] | None, str, list[str], TimeSource]:
    """What a claim refers to: one session, or a period ending on its as-of day, and where that
    came from.

    A claim that names no day is 'implied' and refers to the publication day (wire copy in the
    present tense, 'jump 7.8% to HK$124.8', speaks of that day); its source says it is a default,
    so the measure step still reads the last sessions up to publication, and such a claim can
    never be called wrong for a day it did not name.
    """
    day = resolve_day(sentence, published.date)
    notes: list[str] = []
    source: TimeSource = "text"
    if (
        day is None
        and context.day
        and context.day.day
        and (kind in SESSION_KINDS | {"index_move", "index_level"} or _LINKING.search(sentence))
    ):
        day = DateRef(context.day.day, "implied", "day taken from an earlier sentence")
        source = "earlier_sentence"
    if (
        kind in SET_EXTREME_KINDS
        and day is not None
        and day.basis == "stated"
        and day.day is not None
        and published.date is not None
        and day.day <= published.date
    ):
        # 'Am 18.09.2025 stieg das Papier auf das 52-Wochen-Hoch': the day the extreme was set;
        # the extreme itself is the one held as of publication
        notes.append(f"extreme set on {day.day.isoformat()}; read as of publication")
        day = DateRef(published.date, "relative")
    if day is not None and day.note:
        notes.append(day.note)
    if day is not None and day.basis == "unresolved":
        return None, "unresolved", notes, "none"
    if day is None or day.day is None:
        if published.date is None:
            return None, "unresolved", [*notes, "no day stated and no publication date"], "none"
        if day is None:
            notes.append("no day stated: read against the sessions up to publication")
        basis, as_of, source = "implied", published.date, "publication_default"
    else:
        basis, as_of = day.basis, day.day
    if day is not None and day.start is not None and kind not in AS_OF_KINDS:
        return {"start": day.start.isoformat(), "end": as_of.isoformat()}, basis, notes, source  # 'Mitte Februar'
    if kind == "ytd_return":
        return {"start": date(as_of.year, 1, 1).isoformat(), "end": as_of.isoformat()}, basis, notes, source
    if kind == "twelve_month_return":
        start = as_of - timedelta(days=366 if (as_of.month, as_of.day) == (2, 29) else 365)
        return {"start": start.isoformat(), "end": as_of.isoformat()}, basis, notes, source
    if kind == "week_return":
        return {"start": (as_of - timedelta(days=7)).isoformat(), "end": as_of.isoformat()}, basis, notes, source
    return {"date": as_of.isoformat()}, basis, notes, source


_BOUND_OF = {"less_than": "period_low", "more_than": "period_high"}


def _past_window(reference: dict[str, str] | None, published: Published) -> bool:
    """A period of several days ('im April 2025') that ended before publication."""
    return (
        reference is not None
        and "start" in reference
        and published.date is not None
        and date.fromisoformat(reference["end"]) < published.date
    )


def _as_of_at_publication(rules: Rules, symbol: str | None, published: Published) -> date | None:
    """With the publication's time of day known, the day it calls today on the claim's listing."""
    listing = rules.listing(symbol or "")
    if listing is None or published.at is None:
        return None
    from claimcheck.core.measure import session_day_at  # measure reads this module's kinds

    return session_day_at(listing.calendar, published.at)


def _statements(
    text: str,
    sentence_span: tuple[int, int],
    numbers: list[NumberMention],
    hits: list[CueHit],
    number_claims: list[Claim],
    published: Published,
    rules: Rules,
    context: _Context,
) -> list[Claim]:
    """Claims without a number: a named stock's move on a named day, New York's move overnight,
    and 'highest since' look-backs. Only explicit ones: a past-tense verb, a subject, a day."""
    offset = sentence_span[0]
    sentence = text[offset : sentence_span[1]]
    folded = sentence.lower()
    # Cheap tests first. A sentence with a number says its direction through the number's claim;
    # the others need the anchor's word ('seit', 'über Nacht') and one of the pattern's words.
    candidates = [
        s
        for s in rules.statements
        if (not numbers if s.anchor == "day" else any(word in folded for word in _ANCHOR_WORDS[s.anchor]))
        and any(word in folded for word in s.words)
    ]
    if not candidates or published.date is None or _NEGATION.search(sentence):
        return []
    # 'Bei Alibaba stieg der Umsatz': a business-figure cue means the sentence is not about the share
    # price (a sentence with numbers has its cues found already). Looked for only once a statement
    # has matched with a stock as its subject: finding the cues of every sentence is costly.
    business_figure: bool | None = None
    found: list[Claim] = []
    for statement in candidates:
        if statement.anchor == "day" and (found or not names_a_day(sentence)):
            continue  # one move per sentence, and only on a day the sentence names
        hit = statement.pattern.search(sentence)
        if hit is None:
            continue
        at = NumberMention(hit.start() + offset, hit.end() + offset, 0.0, None, 1.0, None, 0, hit.end() + offset)
        company = _company(sentence, offset, at, context)
        if company is None and _SHARE_WORDS.search(sentence) and context.company:
            company = rules.company(context.company)
        if company is None or company.kind != "stock":
            continue
        if business_figure is None:
            business_figure = any(
                c.kind in rules.scope_reasons for *_, c in (hits if numbers else cue_hits(sentence, rules))
            )
        if business_figure:
            continue
        made = _statement_claim(
            statement, sentence, at, sentence_span, company, number_claims, published, rules, context
        )
        if made is not None and statement.kind == "extreme_since" and _figures_of(number_claims, company):
            # 'jump 7.8% to HK$124.8, their highest level since November 13', 'bei 80,30 USD den
            # tiefsten Stand seit 52 Wochen', 'um fast 13 % und erreichte damit den höchsten Stand seit
            # Oktober 2024': the look-back describes the level the number beside it claims or reached
            made = replace(
                made, kind="describes_level", checkable=False, scope_reason=rules.scope_reasons["describes_level"]
            )
        if made is not None:
            found.append(made)
    return found


def _figures_of(claims: list[Claim], company: Company) -> list[Claim]:
    """The checkable share-price and move figures a sentence claims about a company."""
    return [c for c in claims if c.checkable and c.value is not None and c.subject == company.name]


def _statement_claim(
    statement: Statement,
    sentence: str,
    at: NumberMention,
    sentence_span: tuple[int, int],
    company: Company,
    number_claims: list[Claim],
    published: Published,
    rules: Rules,
    context: _Context,
) -> Claim | None:
    assert published.date is not None
    offset = sentence_span[0]
    notes: list[str] = []
    day = resolve_day(sentence, published.date)
    if statement.anchor == "overnight":
        listing = _listing(rules, company, "US", None)
        day = DateRef(published.date - timedelta(days=1), "relative")
        notes.append("'über Nacht' read as the New York session before publication")
    else:
        priced = [c.listing for c in number_claims if c.listing and c.subject == company.name]
        venue = None if priced else _venue_or_inferred(sentence, offset, at, company, rules, context, notes)
        listing = priced[0] if priced else _listing(rules, company, venue, None)
    if statement.anchor == "day" and (day is None or day.day is None or day.basis not in ("stated", "relative")):
        return None  # 'Die Aktie stieg' without a day is not explicit enough to check
    if day is not None and day.note:
        notes.append(day.note)
    basis = day.basis if day is not None and day.day is not None else "implied"
    as_of = day.day if day is not None and day.day is not None else published.date
    reference: dict[str, str] | None = {"date": as_of.isoformat()}
    end = at.end
    if statement.kind == "extreme_since":
        since = since_start(sentence[at.end - offset :], as_of)
        if since is None:
            reference, basis = None, "unresolved"
            notes.append("the start of the look-back ('seit ...') could not be read")
        else:
            reference = {"start": since[0].isoformat(), "end": as_of.isoformat()}
            end += since[1]  # the quote runs to the end of 'seit Oktober 2024'
    return Claim(
        id="",
        span=(at.start, end),
        quote=sentence[at.start - offset : end - offset],
        sentence_span=sentence_span,
        value=None,
        value_high=None,
        scale=1.0,
        direction=statement.direction,  # type: ignore[arg-type]
        unit=None,
        kind=statement.kind,
        checkable=True,
        scope_reason=None,
        hedge=None,
        hedge_text=None,
        subject=company.name,
        listing=listing,
        reference=reference,
        date_basis=basis,  # type: ignore[arg-type]
        notes=notes,
        time_source="text" if day is not None and day.day is not None else "publication_default",
    )


def _venue_or_inferred(
    sentence: str, offset: int, at: NumberMention, company: Company, rules: Rules, context: _Context, notes: list[str]
) -> str | None:
    """The venue named, else the one carried from an earlier sentence, else none (the home listing).
    The notes mark an inferred listing, so that its sister listings are read as alternatives."""
    venue = _venue(sentence, offset, at, rules)
    if venue is None and context.venue:
        notes.append("listing taken from an earlier sentence")
        return context.venue
    if venue is None:
        notes.append(f"no venue named: assumed {company.name}'s home listing")
    return venue


# A completed move told in the past tense ('verlor 3,57 Prozent auf 148,60 HKD', 'fell 4% to $150')
_PAST_MOVE = re.compile(
    r"\b(?:verlor(?:en)?|fiel(?:en)?|sank(?:en)?|rutschten?|sackten?|büßten?|gab(?:en)?|stieg(?:en)?|gewann(?:en)?|"
    r"legten?|kletterten?|schossen?|sprang(?:en)?|zog(?:en)?|lag(?:en)?|beendeten?|fell|dropped|slid|sank|lost|"
    r"declined|tumbled|plunged|rose|gained|climbed|jumped|surged|soared|rallied|advanced|ended|finished|was)\b",
    re.IGNORECASE,
)
# The whole session's move named as such ('Mit einem Tagesgewinn von 1,8 % lag der Kurs bei ...')
_DAY_MOVE = re.compile(r"\b(?:Tages(?:gewinn|verlust|plus|minus|bilanz)\w*|on the day|for the day)\b", re.IGNORECASE)
# ... but not one caught during the session: a time of day, 'zuletzt', 'so far'
_DURING_SESSION = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}\s*(?:Uhr|a\.m\.|p\.m\.|am|pm)|zuletzt|bisher|derzeit|aktuell|momentan|zeitweise|"
    r"at the time of writing|currently|so far|by midday|at one point|intraday)\b",
    re.IGNORECASE,
)


def _link(
    claims: list[Claim],
    sentence: str = "",
    published: Published | None = None,
    rules: Rules | None = None,
    written_by: datetime | None = None,
) -> None:
    """Mark price claims carried by a move in the same sentence ('4,88 % auf 167,80 HKD'). A price
    a completed session's move ended on is that session's close: the move is told in the past tense
    and is the day's whole move ('Tagesgewinn') or on a session that had closed when the text was
    written, with no word placing it during the session."""
    moves = [c for c in claims if c.kind in ("day_change", "intraday_move", "open_move")]
    for claim in claims:
        if claim.kind in ("last_price", "amount") and moves and claim.unit in CURRENCIES:
            claim.kind = "intraday_price" if moves[0].kind == "intraday_move" else "last_price"
            if moves[0].kind == "day_change" and _completed_session(moves[0], sentence, published, rules, written_by):
                claim.kind = "close"
            claim.checkable = True
            claim.scope_reason = None


# A German text dated without a time of day is taken as written by midday in Berlin: Hong Kong's
# and Shanghai's sessions of that day have closed by then (09:00/10:00), New York's has not opened.
_GERMAN_MIDDAY = time(12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _written_by(published: Published, lang: str) -> datetime | None:
    """When a text was written at the latest, as far as its date and language tell."""
    if published.at is not None or published.date is None or lang != "de":
        return published.at
    return datetime.combine(published.date, _GERMAN_MIDDAY)


def _completed_session(
    move: Claim, sentence: str, published: Published | None, rules: Rules | None, written_by: datetime | None
) -> bool:
    if not _PAST_MOVE.search(sentence) or _DURING_SESSION.search(sentence):
        return False
    day = (move.reference or {}).get("date")
    if _DAY_MOVE.search(sentence):
        return True
    if day is None or published is None or published.date is None or move.time_source != "text":
        return False
    if date.fromisoformat(day) < published.date:
        return True
    listing = rules.listing(move.listing or "") if rules is not None else None
    if listing is None or written_by is None or date.fromisoformat(day) != published.date:
        return False
    from claimcheck.core.measure import session_closed_by  # measure reads this module's kinds

    return session_closed_by(listing.calendar, date.fromisoformat(day), written_by)


def _update_context(
    context: _Context,
    sentence: str,
    offset: int,
    claims: list[Claim],
    published: Published,
    rules: Rules,
) -> None:
    # an index claim never makes the index the subject of the sentences after it ('die Aktie')
    checked = [c for c in claims if c.checkable and c.listing and c.kind not in INDEX_KINDS]
    if checked and all(c.kind in SET_EXTREME_KINDS for c in checked):
        sentence = ""  # the day an extreme was set dates no later sentence
    end = offset + len(sentence)
    stock_names = [c.name for _, c in context.companies_between(offset, end) if c.kind == "stock"]
    if checked:
        context.company = checked[-1].subject
        listing = rules.listing(checked[-1].listing or "")
        context.venue = listing.venue if listing else context.venue
        day = resolve_day(sentence, published.date)
        if day is not None and day.day is not None and day.basis != "approximate":
            context.day = day
        return
    if stock_names and not (len(set(stock_names)) > 1 and context.company in stock_names):
        # 'neben Alibaba auch andere Internetwerte wie JD.com und Baidu': a sentence that names the
        # stock in play among others keeps it; one that names only another stock moves on to it
        context.company = stock_names[-1]
    venues = [venue for _, venue in context.venues_between(offset, end)]
    if venues:
        context.venue = venues[-1]
    # 'Die Aktie hat am Mittwoch zugelegt.' dates the sentences after it; a day named without a
    # claim counts only when it is relative and not after publication (not a coming event's date).
    day = resolve_day(sentence, published.date)
    if day is not None and day.day is not None and day.basis == "relative" and day.note is None:
        context.day = day
