"""Find every numeric claim in an article and say what it is about.

text + publication date + rule tables in, Claim records out. No I/O, no market data.
`extract_claims` is the one entry point; the steps it runs live in this package, one module each:
`sentences` (language, sentences, summary lists), `context` (what earlier sentences established),
`subjects` (company, venue, listing), `metrics` (cue, hedge, sign, kind), `timing` (the day a
number refers to), `frames` (one claim from one number), `statements` (claims without a number),
`linking` (claims that carry, repeat or accompany each other). Numbers and day words are read by
`core/numbers.py` and `core/dates.py`; the kind groups are `core/kinds.py` (re-exported here).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime

from claimcheck.core.dates import RELATIVE_DAY_WORDS, DateRef, has_day_phrase
from claimcheck.core.extract.context import Context, update_context
from claimcheck.core.extract.frames import number_claim
from claimcheck.core.extract.linking import (
    CloseAnnouncement,
    announces_close,
    bound_period_windows,
    close_announcement_words,
    link_prices,
    link_sentence_claims,
    mark_repeats,
    take_earlier_periods,
    written_by_of,
)
from claimcheck.core.extract.metrics import cue_hits, intro_period
from claimcheck.core.extract.scan import TextScan
from claimcheck.core.extract.sentences import detect_language, opens_ticker_entry, sentence_spans, ticker_entry_time
from claimcheck.core.extract.statements import StatementWords, statement_claims
from claimcheck.core.extract.subjects import main_company
from claimcheck.core.extract.timing import day_bindings, take_list_period
from claimcheck.core.kinds import (
    AS_OF_KINDS,
    EXTREME_KINDS,
    INDEX_KINDS,
    PERIOD_EXTREME_KINDS,
    PERIOD_KINDS,
    SESSION_KINDS,
    SESSION_PRICE_KINDS,
    SET_EXTREME_KINDS,
    SHARE_PRICE_KINDS,
    STATEMENT_KINDS,
    UNMEASURED_PERIOD_KINDS,
    YEAR_EXTREME_KINDS,
)
from claimcheck.core.numbers import find_numbers
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules
from claimcheck.word_scan import WordPositions

__all__ = [
    "AS_OF_KINDS",
    "EXTRACTOR_VERSION",
    "EXTREME_KINDS",
    "INDEX_KINDS",
    "MAX_NUMBERS_PER_SENTENCE",
    "PERIOD_EXTREME_KINDS",
    "PERIOD_KINDS",
    "SESSION_KINDS",
    "SESSION_PRICE_KINDS",
    "SET_EXTREME_KINDS",
    "SHARE_PRICE_KINDS",
    "STATEMENT_KINDS",
    "UNMEASURED_PERIOD_KINDS",
    "YEAR_EXTREME_KINDS",
    "detect_language",
    "extract_claims",
    "sentence_spans",
]

EXTRACTOR_VERSION = "14"  # bump when extraction changes without a rule table changing (cache key)

# A sentence with more numbers than this is a table or a dump, not prose (the seeds have at most 3):
# only its first ones are read, so that work per sentence stays bounded. Said in a note.
MAX_NUMBERS_PER_SENTENCE = 60


def extract_claims(
    text: str, published: Published, rules: Rules, lang: str | None = None, notes: list[str] | None = None
) -> tuple[list[Claim], str]:
    """The claims of a text and its language; what was not read (a crowded sentence) is added to `notes`."""
    lang = lang or detect_language(text)
    scan = TextScan(text, rules)  # every word the steps look for, found in one pass
    mentions = find_numbers(text, lang, rules, scan.unit_starts(rules))
    starts = [m.start for m in mentions]
    companies = rules.companies_in(text, scan.alias_starts(rules))  # for the whole text; sentences slice it
    claims: list[Claim] = []
    venues, venue_heads = rules.venue_scan(text, scan.hits)
    context = Context(company=main_company(companies), companies=companies, venues=venues, venue_heads=venue_heads)
    by_sentence = sentence_spans(text)
    written_by = written_by_of(published, lang)
    # Most sentences name no relative day and hold no statement word: found for the whole text at
    # once, so that such a sentence is not scanned for them.
    relative_days = scan.positions(RELATIVE_DAY_WORDS)
    statement_words = StatementWords(scan.folded, rules, scan.hits)
    close_words = scan.positions(close_announcement_words(rules))
    after_close: CloseAnnouncement | None = None  # a sentence of the paragraph announced the session's end
    previous_end = 0
    list_period: str | None = None  # the period a list's intro named for its items ('How they fared this week:')
    entry_written: datetime | None = None  # when the ticker entry being read was written, by its clock time
    for s_start, s_end in by_sentence:
        sentence = text[s_start:s_end]
        if "\n\n" in text[previous_end:s_start] and not _ends_with_colon(text, previous_end):
            after_close = None  # a new paragraph, a new report; a list's intro ('Die Schlusskurse:') goes on
            list_period = None
            entry_written = None
            if opens_ticker_entry(text, s_start):
                # a ticker entry reports a moment of the day it was written, not the day the entry before it
                # looked back to ("Thursday's close"). With its clock time told, that day is publication's and
                # the entry was written then (a session had closed or not); else its figures are read like any
                # that names no day (the sessions up to publication)
                entry_written = ticker_entry_time(text, s_start, published.date, published.at)
                context.day = DateRef(published.date, "relative") if entry_written and published.date else None
        previous_end = s_end
        inside = mentions[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        if len(inside) > MAX_NUMBERS_PER_SENTENCE and notes is not None:
            notes.append(
                f"the sentence at character {s_start:,} holds {len(inside):,} numbers; only its first "
                f"{MAX_NUMBERS_PER_SENTENCE} were read for claims"
            )
        inside = inside[:MAX_NUMBERS_PER_SENTENCE]
        names_relative_day = relative_days.any_in(s_start, s_end)
        if not inside:
            # Most sentences: no number, so no cue, day binding or number claim; a statement only
            # where its words stand, and the context update.
            if statement_words.may_state(s_start, s_end, False):
                stated = statement_claims(text, (s_start, s_end), inside, [], [], published, rules, context)
                claims.extend(sorted(stated, key=lambda c: c.span[0]))
            update_context(context, sentence, s_start, [], published, rules, names_relative_day)
            after_close = after_close or _announcement(sentence, s_start, s_end, close_words, context, rules)
            list_period = intro_period(sentence, rules) if sentence.rstrip().endswith(":") else list_period
            continue
        hits = cue_hits(sentence, rules, scan.cue_rows(s_start, s_end))
        days = day_bindings(sentence, s_start, inside, rules)
        sentence_claims = [
            c
            for c in (
                number_claim(text, sentence, (s_start, s_end), m, inside, published, rules, context, hits, days)
                for m in inside
            )
            if c is not None
        ]
        # a ticker entry's moves of its own moment (no other day named) are the whole session's where its clock
        # time is after that session's close (the entry's time tells which sessions had closed)
        entry_now = (
            entry_written is not None
            and not has_day_phrase(sentence)
            and (context.day is None or context.day.day == published.date)
        )
        announced = after_close or (CloseAnnouncement(None) if entry_now else None)
        link_prices(sentence_claims, sentence, published, rules, entry_written or written_by, announced)
        if list_period is not None:
            take_list_period(sentence_claims, list_period)
        after_close = after_close or _announcement(sentence, s_start, s_end, close_words, context, rules)
        stated = (
            statement_claims(text, (s_start, s_end), inside, hits, sentence_claims, published, rules, context)
            if statement_words.may_state(s_start, s_end, True)
            else []
        )
        claims.extend(sorted(sentence_claims + stated, key=lambda c: c.span[0]))
        update_context(context, days.free, s_start, sentence_claims, published, rules, names_relative_day)
    for index, claim in enumerate(claims):
        claim.id = f"c{index + 1:03d}"
    take_earlier_periods(claims)
    mark_repeats(claims, text, rules)
    bound_period_windows(claims, text, published, rules)
    link_sentence_claims(claims)
    return claims, lang


def _announcement(
    sentence: str, start: int, end: int, close_words: WordPositions, context: Context, rules: Rules
) -> CloseAnnouncement | None:
    """The sentence announces a session's end: of the venue it names, else of the one in play."""
    if not (close_words.any_in(start, end) and announces_close(sentence, rules)):
        return None
    named = context.venues_between(start, end)
    return CloseAnnouncement(named[-1][1] if named else context.venue)


def _ends_with_colon(text: str, end: int) -> bool:
    """`text[:end].rstrip().endswith(":")` without copying the text before `end` (once a paragraph:
    quadratic on a long text)."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == ":"
