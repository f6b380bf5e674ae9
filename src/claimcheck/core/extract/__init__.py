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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from claimcheck.core import sessions
from claimcheck.core.dates import (
    ENGLISH_MONTH_ABBREVIATIONS,
    MONTHS,
    RELATIVE_DAY_WORDS,
    DateRef,
    bare_clock,
    has_day_phrase,
    resolve_day,
)
from claimcheck.core.extract.bindings import day_bindings
from claimcheck.core.extract.context import Context, main_company, update_context
from claimcheck.core.extract.frames import number_claim
from claimcheck.core.extract.linking import (
    NEW_YORK_CALENDARS,
    CloseAnnouncement,
    announces_close,
    appositive_since_ends,
    as_of_entry,
    as_of_last_session,
    as_of_session_before_premarket,
    bound_period_windows,
    carried_days_of_their_market,
    close_announcement_words,
    conversion_premiums,
    elliptical_extremes,
    figures_by_ellipsis,
    labelled_extremes,
    link_prices,
    link_sentence_claims,
    mark_repeats,
    moves_from_named_level,
    new_york_session_told,
    period_price_of_the_moment,
    prices_by_ellipsis,
    sessions_before_opening,
    take_earlier_periods,
    tells_session_end,
    written_by_of,
    written_in_premarket,
)
from claimcheck.core.extract.metrics import carries_referent, cue_hits, indicator_pointed_back, intro_period
from claimcheck.core.extract.paragraphs import Paragraphs, item_label_end, opens_dash_item, opens_list
from claimcheck.core.extract.periods import period_reference, take_list_period
from claimcheck.core.extract.reviews import take_review_period
from claimcheck.core.extract.scan import TextScan, anaphor_heads, derivative_heads
from claimcheck.core.extract.sentences import (
    SUMMARY_HEADING_WORDS,
    dated_entries,
    dated_entry_time,
    detect_language,
    opens_ticker_entry,
    opens_ticker_heading,
    sentence_spans,
    ticker_entry_time,
)
from claimcheck.core.extract.statements import StatementWords, statement_claims
from claimcheck.core.extract.subjects import listing_for, opens_with_index_pronoun
from claimcheck.core.extract.timing import day_anaphor
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
from claimcheck.core.numbers import NumberMention, find_numbers
from claimcheck.model import CURRENCIES, Claim, Published
from claimcheck.rules import Rules, Words

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

EXTRACTOR_VERSION = "250"  # bump when extraction changes without a rule table changing (cache key)

# A sentence with more numbers than this is a table or a dump, not prose (the seeds have at most 3):
# only its first ones are read, so that work per sentence stays bounded. Said in a note.
MAX_NUMBERS_PER_SENTENCE = 60
# A prose sentence runs to a few hundred characters; one longer than this (a dump without full stops) is
# read up to it, so that the work on one sentence stays bounded (a 288 KB one had taken 72 s). Said in a note.
MAX_SENTENCE_CHARS = 5_000
ANAPHOR_REACH = 3  # sentences back an 'an diesem Tag' may refer to


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_MONAT = r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday)"
# the close a text's figures are as of, stated in its opening ('what a stake would be worth at Thursday's close,
# March 19', 'prices as of the March 19 close', 'Stand: Schlusskurse vom 19. März'; not a list's 'Die Schlusskurse
# vom Freitag'; in digits too: 'Stand: Schlusskurse vom 24.10.2025'; a magazine's 'Alle Kurse: Schlusskurse vom 11. März
# 2026', 'Kursangaben: 11.03.2026', with their colon): its figures naming no day of their own are
# of that session, not of the publication day (a personal-finance piece published the next morning)
_STATED_AS_OF = re.compile(
    # (not a comparison's base: '0.5% lower than at Monday's close')
    rf"\b(?<!than )(?:[Aa]s of|[Aa]t) (?:the )?(?P<en>{_WEEKDAY}['’]s close(?:,? (?:on )?{_MONTH} \d{{1,2}}\b)?"
    rf"|{_MONTH} \d{{1,2}}(?:,? 20\d\d)? close\b|close (?:on|of) (?:{_WEEKDAY},? )?{_MONTH} \d{{1,2}}\b)"
    rf"|\b(?:(?:Stand|Kursstand):?|(?:Alle |Sämtliche )?(?:Kurse|Kursangaben|Kursdaten):)"
    rf" (?:(?:der )?Schlusskurse? (?:vom|von) )?"
    rf"(?P<de>\d{{1,2}}\. ?{_MONAT}\b|\d{{1,2}}\.\d{{1,2}}\.(?:(?:20)?\d\d\b)?"
    rf"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag)(?:abend)?\b)"
)
_MONTH_DAY = re.compile(rf"{_MONTH} \d{{1,2}}\b")
_AS_OF_OPENING = 600  # characters: the headline, dateline and lede where a text says what its prices are as of


def _stated_as_of(text: str, published: Published, rules: Rules, notes: list[str] | None) -> Published:
    """The publication read as of the close its opening names, where that is one of the four days before it."""
    if published.date is None or published.at is not None:
        return published
    m = _STATED_AS_OF.search(text, 0, _AS_OF_OPENING)
    if m is None:
        return published
    phrase = m.group("en") or m.group("de")
    stated = _MONTH_DAY.search(phrase)  # 'Thursday's close, March 12': the date stated wins over the weekday
    found = resolve_day(stated.group() if stated else phrase, published.date, rules, past=True)
    if found is None or found.day is None or found.start is not None:
        return published
    if not 0 < (published.date - found.day).days <= 4:
        return published
    if notes is not None:
        notes.append(f"the text gives its figures as of the close of {found.day}: read as of it")
    return replace(published, date=found.day, as_of_close=True)


@lru_cache(maxsize=4)
def _at_break_words(words: Words) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words['at_break']})\b", re.IGNORECASE)


def _written_at_break(text: str, published: Published, rules: Rules, notes: list[str] | None) -> Published:
    """A text whose opening reports a market at its midday break ('Hongkonger Börse zur Mittagspause im Minus', 'Hong
    Kong stocks slide at midday'; session_words.csv at_break) and that gives no time of its own was written at that
    break: of the first venue its opening names, where that exchange pauses at midday on the publication day. Its
    session had not closed then, so a move told in the past tense ('fiel um 4,3 Prozent auf 85,05 Hongkong-Dollar')
    is one of that moment, not the day's close."""
    if published.date is None or published.at is not None or published.as_of_close:
        return published
    opening = text[:_AS_OF_OPENING]
    if _at_break_words(rules.session_words).search(opening) is None:
        return published
    venues, _ = rules.venue_scan(opening)
    if not venues:
        return published
    venue = min(venues)[1]
    code = next((listing.calendar for listing in rules.listings if listing.venue == venue), None)
    start = None if code is None else sessions.break_start(code, published.date)
    if start is None:
        return published
    if notes is not None:
        notes.append(f"the text reports the {venue} market at its midday break: read as written at {start:%H:%M} UTC")
    return replace(published, at=start)


_TICKER_REACH = 1500  # characters: the headline and lede, where a wire or a US site tags the stock it is about


def _written_by_bare_clock(text: str, published: Published, rules: Rules, notes: list[str] | None) -> Published:
    """A dateline whose clock names no zone ('March 10, 2026 1:05 PM', 'Feb 26, 2026 at 1:52PM', as US sites stamp)
    is in the zone of the venue whose ticker the opening names first ('Alibaba Group Holding Ltd (NYSE:BABA)',
    'Baidu (BIDU -6.08%)'): the time of writing, so a period's move told then ends at the price the text gives; a text
    tagging no ticker of the tables keeps no time."""
    if published.date is None or published.at is not None or published.as_of_close:
        return published
    clock = bare_clock(text[:_AS_OF_OPENING], published.date)
    if clock is None:
        return published
    first = min(
        ((m.start(), venue) for pattern, venue in rules.ticker_venues if (m := pattern.search(text, 0, _TICKER_REACH))),
        default=None,
    )
    zone = next((listing.timezone for listing in rules.listings if first and listing.venue == first[1]), None)
    if zone is None:
        return published
    day = published.date
    at = datetime(day.year, day.month, day.day, *clock, tzinfo=ZoneInfo(zone))
    if notes is not None:
        notes.append(f"the dateline's clock names no zone: read in {zone}, the zone of the first ticker named")
    return replace(published, at=at)


def extract_claims(
    text: str, published: Published, rules: Rules, lang: str | None = None, notes: list[str] | None = None
) -> tuple[list[Claim], str]:
    """The claims of a text and its language; what was not read (a crowded sentence) is added to `notes`."""
    lang = lang or detect_language(text)
    published = _written_at_break(text, _stated_as_of(text, published, rules, notes), rules, notes)
    published = _written_by_bare_clock(text, published, rules, notes)
    reader = _TextReader(text, published, rules, lang, notes)
    claims = [claim for start, end in sentence_spans(text, lang) for claim in reader.read(start, end)]
    for index, claim in enumerate(claims):
        claim.id = f"c{index + 1:03d}"
    take_review_period(claims, text, published, rules)
    _headline_venue_from_body(claims, reader.context, rules)
    take_earlier_periods(claims)
    mark_repeats(claims, text, rules, reader.scan.positions(SUMMARY_HEADING_WORDS))
    groups = reader.by_publication(claims)  # (a digest's posts each a text of its own time: `_opens_post`)
    for written, group in groups:
        bound_period_windows(group, text, written, rules)
    period_price_of_the_moment(claims, rules)
    for written, group in groups:
        as_of_last_session(group, written, rules)
        as_of_session_before_premarket(group, written, rules)
    carried_days_of_their_market(claims, rules)
    moves_from_named_level(claims, text, rules)
    link_sentence_claims(claims)
    _moves_of_the_moment(claims)
    return claims, lang


def _moves_of_the_moment(claims: list[Claim]) -> None:
    """A day's move naming no day, told while its listing's session traded ('Shares of the chipmaker added 1.5%' in a
    list stamped 12:31 PM EDT: `Claim.open_session_day`, set in `frames`), is a move of that moment, `intraday_move`,
    not the finished session's: judged on the range so far as before. Named last, once the linking steps, which read
    it as the day's move (the price it went to is the price of the moment, a lede's move told again a repeat), are
    done."""
    for claim in claims:
        if claim.kind == "day_change" and claim.checkable and claim.open_session_day is not None:
            claim.kind = "intraday_move"


def _headline_venue_from_body(claims: list[Claim], context: Context, rules: Rules) -> None:
    """A figure in the sentences before the text names any venue ('Baidu's stock rockets 11%' heading a story about its
    ADRs) is of the venue the text names first, where the company trades there, not its home listing assumed (a
    sentence naming a venue for another of its clauses has placed its figures itself); so is a figure that carried
    such an assumed listing on ('- The stock is still up about 48% over the past 12 months.' under it)."""
    if not context.venues:
        return
    first_at, venue = context.venues[0]
    moved: dict[tuple[str | None, str | None], str] = {}  # (company, home listing assumed): the listing it became
    for claim in claims:
        if claim.sentence_span[1] > first_at:
            break
        carried = moved.get((claim.subject, claim.listing)) if claim.listing_source == "earlier_sentence" else None
        company = rules.company(claim.subject or "") if claim.listing_source == "home_default" else None
        listed = carried or (listing_for(rules, company, venue, None) if company is not None else None)
        if listed is not None and listed != claim.listing:
            if company is not None:
                moved[(claim.subject, claim.listing)] = listed
            claim.listing = listed
            claim.notes.append(f"listing taken from the first venue the text names ({venue})")


@dataclass
class _Paragraph:
    """What a paragraph's sentences told the ones after them. A new paragraph is a new report and
    starts afresh; a list's intro ('Die Schlusskurse:') goes on into the list under it."""

    after_close: CloseAnnouncement | None = None  # a sentence announced the session's end
    in_list: bool = False  # a sentence ended with a colon: the items under it go on in this paragraph
    list_period: str | None = None  # the period a list's intro named for its items ('How they fared this week:')
    asked_period: bool = False  # the intro was a question ('And over the past month?'): a day named in the answer wins
    entry_written: datetime | None = None  # when the ticker entry being read was written, by its clock time
    derivative: bool = False  # a sentence named a derivative product ('Knock-out-Call auf Alibaba'): its terms follow
    columns: list[str | None] | None = None  # a table's header row: the period each of its cells names ('| Woche |')
    # the unit a table's header cell names ('| Woche in % |', '| Schluss (HKD) |'), None for none: the bare figures
    # under it ('| +0,8 |', '| 155,60 |') are in that unit; a close's column naming none takes the currency its row's
    # label names ('| Alibaba (HKD) | 155,60 |')
    column_units: tuple[str | None, ...] | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)  # the spans read so far
    # whether the paragraph's first figure judged was a stock's (True) or an index's (False); None before one
    opened_by_stock: bool | None = None
    opening_stock: str | None = None  # that stock, when it was one


@lru_cache(maxsize=4)
def _names_product(words: Words) -> re.Pattern[str]:
    """A sentence naming the product itself ('Der Schein kostet im Brief 0,88 Euro'; share_words.csv product)."""
    return re.compile(rf"\b(?:{words['product']})\b")


def _product_terms(claims: list[Claim], rules: Rules) -> None:
    """The sums of a list under a derivative product named before it in the paragraph, in an item naming no stock
    ('Knock-out-Call auf Alibaba' over 'Basispreis: 104,00 Dollar', 'Briefkurs: 1,62 Euro'): the product's terms
    and price, not quotes of the stock (share_words.csv derivative); so are those of a sentence in such a paragraph
    naming the product itself and no stock ('Der Schein kostet im Brief 0,88 Euro'; share_words.csv product), and of
    one naming the derivative itself before its terms ('im Bonus-Zertifikat: ..., der Briefkurs bei 5,62 Euro')."""
    for claim in claims:
        if claim.unit in CURRENCIES and claim.checkable:
            claim.kind, claim.checkable, claim.scope_reason = "amount", False, rules.scope_reasons["amount"]


@lru_cache(maxsize=4)
def _in_percent(units: tuple[tuple[str, str, float], ...]) -> re.Pattern[str]:
    """A caption's words giving figures in per cent ('Veränderung in Prozent', 'change in %'; units.csv)."""
    percent = "|".join(pattern for pattern, unit, _ in units if unit == "percent")
    return re.compile(rf"\bin\s+(?:{percent})", re.IGNORECASE)


# the entry's own day named ('heute', 'today'): no other day than its stamp's
_TODAY = re.compile(r"\b(?:heute|today)\b", re.IGNORECASE)
# the zone a ticker entry's clock time is in where neither its stamp nor the publication names one: a German live
# ticker ('+++ 09:05 +++ Dax startet mit Abschlägen +++') is written in German time, as its '09:05 Uhr' would be
_TICKER_ZONES = {"de": "Europe/Berlin"}
# a live blog's day heading: a weekday and its date alone on a line between blank lines ('MONDAY, OCT. 27', 'Tuesday,
# October 28, 2025', 'Montag, 27. Oktober'): the day of the ticker entries under it
_DAY_HEADING = re.compile(
    r"[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[ \t]+(?:\d{1,2}\.[ \t]*)?"
    # a month's name or abbreviation, not any word ('Monday Movers' heads a section, it dates nothing)
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|{ENGLISH_MONTH_ABBREVIATIONS}|Mär|Okt|Dez)\.?"
    r"(?:[ \t]+\d{1,2})?(?:,?[ \t]+\d{4})?[ \t]*\r?\n[ \t]*\r?\n",
    re.IGNORECASE,
)
_HEADING_LINE = re.compile(r"[A-Z][A-Z '&-]{2,60}[A-Z]")  # a line in capitals, no mark at its end
# a section's heading: a short line of words alone between blank lines, no figure, no mark at its end ('Overseas',
# 'Stocks to watch', 'Economic news' in a markets briefing); or a heading of up to three words in small letters
# right above its section's first sentence, no blank line between ('Gesamtmarkt' over 'Der Hang Seng Index ging ...'):
# a line in capitals so placed heads the rows under it instead (`_HEADING_LINE`), and a hard-wrapped paragraph's first
# line is longer
_SECTION_HEADING = re.compile(
    r"[^\W\d][^\W\d '&-]{2,40}[^\W\d]\n[ \t]*\n"
    r"|(?=[^\n]*[a-zäöüß])[^\W\d][^\W\d'&-]*(?:[ ][^\W\d][^\W\d'&-]*){0,2}[^\W\d][ \t]*\n(?=[A-ZÄÖÜ])"
)


class _TextReader:
    """One text read sentence by sentence, in order: what is found once for the whole text, the
    context the earlier sentences established and the paragraph being read."""

    def __init__(self, text: str, published: Published, rules: Rules, lang: str, notes: list[str] | None) -> None:
        self.text, self.published, self.rules, self.notes, self.lang = text, published, rules, notes, lang
        self.scan = TextScan(text, rules)  # every word the steps look for, found in one pass
        self.mentions = find_numbers(text, lang, rules, self.scan.hits)
        self.starts = [m.start for m in self.mentions]
        companies = rules.companies_in(text, self.scan.alias_starts(rules))  # for the whole text; sentences slice it
        venues, venue_heads = rules.venue_scan(text, self.scan.hits)
        self.context = Context(
            company=main_company(companies),
            companies=companies,
            venues=venues,
            venue_heads=venue_heads,
            epithet_at=self.scan.positions(rules.epithet_words),
        )
        self.written_by = written_by_of(published, lang)
        self.new_york_traded = False  # a New York session of the publication day told as traded
        self.ended: set[tuple[str, str]] = set()  # the sessions (venue, day) the text said had ended
        # Most sentences name no relative day and hold no statement word: found for the whole text at
        # once, so that such a sentence is not scanned for them.
        self.relative_days = self.scan.positions(RELATIVE_DAY_WORDS)
        self.statement_words = StatementWords(self.scan.folded, rules, self.scan.hits)
        self.close_words = self.scan.positions(close_announcement_words(rules))
        self.anaphor_words = self.scan.positions(rules.derived(anaphor_heads))
        self.derivative_words = self.scan.positions(rules.derived(derivative_heads))
        self.paragraphs = Paragraphs(text)
        self.paragraph = _Paragraph()
        self.previous = (0, 0)  # the sentence before, whose extreme a distance may point back to ('Von dort ...')
        # the day in play when a list's intro was read ('Check out the companies making headlines in midday trading:'):
        # each item of a movers list led by a name and a dash starts from it again, not from the day an item before
        # it told ('On Thursday, the shares fell as much as 9.9%' in Alibaba's item is not Nvidia's day), and from the
        # day in play before its first item where no intro ended in a colon; None: no intro or item read yet
        self.intro_day: tuple[DateRef | None] | None = None
        # the day in play before the first of a run of paragraphs each led by a stock's name and a colon ('Tencent:
        # ... am Freitag ging die Aktie mit 508 HKD aus dem Handel' then 'Baidu: Die ADRs verloren 7,9 Prozent'): each
        # item reports on its own stock and starts from that day again, not from a day the item before it told; None:
        # the paragraph before was no such item
        self.label_day: tuple[DateRef | None] | None = None
        self.entry_heading: datetime | None = None  # the time of a ticker stamp printed as a heading line
        # a digest of posts, each under its header's date and clock time ('„HKTrader" · 24.02.2026, 10:12 Uhr'): two
        # such stamps at least, each post read as a text published then (its 'heute', 'gestern', 'letzte Woche' counted
        # from its own day), `text_published` the digest's own publication, read again after the posts
        self.text_published = published
        self.posts = dated_entries(text) >= 2
        self.post_of: dict[int, Published] = {}  # a claim read in a post (by id()) -> the post's publication
        self.day_heading: date | None = None  # the day a live blog's heading line named over the entries under it
        # the subject and venue in play before the table being read: its rows name a subject each, and the last
        # row's is not the one the text goes on about after it (`_after_table`); None: no table being read
        self.before_table: tuple[str | None, str | None] | None = None

    def read(self, start: int, end: int) -> list[Claim]:
        """The claims of the sentence text[start:end] in text order; the context and the paragraph
        then say what it told the sentences after it."""
        if self.paragraphs.begins(self.previous[1], start, self.paragraph.in_list):
            self._new_paragraph(start)
        if not self.paragraph.sentences:
            self._labelled_item(start)
        numbers = self._numbers(start, end)
        if end - start > MAX_SENTENCE_CHARS:
            end = self._bounded(start, end)
            numbers = [n for n in numbers if n.unit_end <= end]
        table_line = self.text.count("|", start, end) >= 2
        if table_line and self.paragraph.column_units is not None:
            numbers = self._in_column_units(start, end, numbers)
        if table_line and self.before_table is None:
            self.before_table = (self.context.company, self.context.venue)
        elif not table_line and self.before_table is not None:
            self._after_table()
        names_relative_day = self.relative_days.any_in(start, end)
        if numbers:
            claims = self._with_numbers(start, end, numbers, names_relative_day)
        else:
            claims = self._without_numbers(start, end, names_relative_day)
        if table_line:
            self._table_line(start, end, claims)
        if self.published is not self.text_published:
            self.post_of.update((id(claim), self.published) for claim in claims)
        if self.paragraph.opened_by_stock is None:
            judged = next((c for c in claims if c.checkable and c.listing), None)
            if judged is not None:
                company = self.rules.company(judged.subject or "")
                self.paragraph.opened_by_stock = company is not None and company.kind != "index"
                self.paragraph.opening_stock = company.name if company is not None and company.kind == "stock" else None
        self.paragraph.sentences.append((start, end))
        if opens_list(self.text, end):
            self.paragraph.in_list, self.intro_day = True, (self.context.day,)
        self.paragraph.derivative = self.paragraph.derivative or self.derivative_words.any_in(start, end)
        self.previous = (start, end)
        return claims

    def _table_line(self, start: int, end: int, claims: list[Claim]) -> None:
        """A line of a table whose cells are parted by '|': a header row naming a period in a cell ('Wert | Schluss |
        Woche | 1 Monat', cue rows anchored at a cell) tells the rows under it in the paragraph that cell's period; a
        row with as many cells takes each cell's period for the day's move told in it ('Nvidia | 172,70 USD | -4,2 % |
        -9,0 %': the week's and the month's moves, not the day's), and an index's points under the close's column are
        its level ('Hang Seng | 25.277 Pkt.'), a stock's price there its close ('Meituan | 100,60 HKD')."""
        sentence = self.text[start:end]
        bounds = [0, *(at for at, char in enumerate(sentence) if char == "|"), len(sentence)]
        cells = list(pairwise(bounds))
        hits = [
            h
            for h in cue_hits(sentence, self.rules, self.scan.cue_rows(start, end))
            if h[3].kind in PERIOD_KINDS or h[3].kind == "close"
        ]
        kinds = [next((cue.kind for _, at, _, cue in hits if a <= at < b), None) for a, b in cells]
        if not claims:
            named = [self.context.companies_between(start + a, start + b) for a, b in cells]
            if sum(1 for names in named if names) >= 2:
                self.context.column_subjects = tuple(names[0][1] if names else None for names in named)
        if any(kind in PERIOD_KINDS for kind in kinds) or (not claims and "close" in kinds):
            # a header row: a period's column, or the close's alone ('| Wert | Schluss | Veränderung |')
            self.paragraph.columns = kinds
            # (the units of a header of words only: a first row of figures names its own, 'Alibaba (HK-Dollar): 169,20
            # | Woche +0,4 %')
            units = None if claims else tuple(self._unit_named(sentence[a:b]) for a, b in cells)
            if units is not None and self._captioned_in_percent(start):
                # ('Die Woche in Zahlen (Schlusskurse vom 24.10., Veränderung in Prozent)' over '| Wert | Schluss |
                # Woche |'): a period's column naming no unit holds the moves the caption gives in per cent
                units = tuple(
                    "percent" if unit is None and kind in PERIOD_KINDS else unit
                    for unit, kind in zip(units, kinds, strict=True)
                )
            self.paragraph.column_units = units
            return
        columns = self.paragraph.columns
        if columns is None or len(columns) != len(cells):
            return
        if columns[0] in PERIOD_KINDS and not any(columns[1:]):
            # the period over the rows' labels ('Week ended | Nasdaq 100 | Nvidia' over 'March 20 | -2.0% | -4.2%'):
            # each row's moves are that period's, ending on the row's day
            take_list_period(claims, columns[0])
            return
        for claim in claims:
            cell = min(bisect_right(bounds, claim.span[0] - start) - 1, len(cells) - 1)
            if (kind := columns[cell]) == "close":
                if claim.unit == "points" and (claim.kind == "index_move" or claim.kind in PERIOD_KINDS):
                    # ('Hang Seng | 25.277 Pkt. | -0,7 %' under 'Schluss'): the index's level, not a move in points,
                    # nor the move of a period the header named for the rows under it as a list's intro ('Woche')
                    claim.kind, claim.direction = "index_level", None
                    if claim.reference is not None and "end" in claim.reference:
                        claim.reference = {"date": claim.reference["end"]}
                elif claim.kind == "last_price":
                    # ('Meituan | 100,60 HKD | +0,6 %' under 'Schluss'): the session's close, not a price of some
                    # moment of it, which a stale close inside the day's range would match; a session that had ended
                    claim.kind, claim.completed_session = "close", True
            elif kind is not None:
                if kind in PERIOD_KINDS and claim.kind == self.paragraph.list_period != kind and claim.reference:
                    # ('Die Wochenbilanz im Überblick:' over '| Woche | seit 1.1. |'): the column's period is the
                    # cell's, not the one the intro gave every move of the rows
                    end_day = date.fromisoformat(claim.reference.get("end") or claim.reference["date"])
                    claim.kind, claim.reference = kind, period_reference(kind, end_day) or claim.reference
                take_list_period([claim], kind)
        if any(columns[min(bisect_right(bounds, c.span[0] - start) - 1, len(cells) - 1)] == "close" for c in claims):
            # ('Baidu | 133,63 USD | -2,2 %' under 'Schluss'): the row's day's move is the move to that close, of a
            # session that had ended, not a moment inside its range
            for claim in claims:
                if claim.kind in ("day_change", "index_move") and claim.reference and "date" in claim.reference:
                    claim.completed_session = True

    def _unit_named(self, cell: str) -> str | None:
        """The unit a table's cell names: per cent ('Woche in %') or a currency ('Schluss (HKD)', 'Kurs in Euro')."""
        if "%" in cell:
            return "percent"
        return next((currency for pattern, currency, _ in self.rules.currencies if pattern.search(cell)), None)

    def _captioned_in_percent(self, header: int) -> bool:
        """Whether the line right above a table's header (its caption, no other line between) gives its figures 'in
        Prozent', 'in %', 'in per cent' (units.csv, percent)."""
        caption = self.text[self.previous[0] : self.previous[1]]
        between = self.text[self.previous[1] : header]
        return (
            self.previous[1] <= header
            and not between.strip()
            and "|" not in caption
            and _in_percent(self.rules.units).search(caption) is not None
        )

    def _in_column_units(self, start: int, end: int, numbers: list[NumberMention]) -> list[NumberMention]:
        """A table row's bare figures take the unit its header names for their column (`_Paragraph.column_units`): per
        cent in any column, a currency in a close's only, which takes the currency of the row's label where its header
        names none; a row of another shape than the header's is left as written."""
        sentence = self.text[start:end]
        bounds = [0, *(at for at, char in enumerate(sentence) if char == "|"), len(sentence)]
        units, columns = self.paragraph.column_units, self.paragraph.columns
        if units is None or columns is None or len(bounds) - 1 != len(units):
            return numbers
        label = next((sentence[a:b] for a, b in pairwise(bounds) if sentence[a:b].strip()), "")
        row_currency = None if "%" in label else self._unit_named(label)
        marked = []
        for n in numbers:
            cell = bisect_right(bounds, n.start - start) - 1
            unit = units[cell] if units[cell] == "percent" else None
            if columns[cell] == "close":
                unit = units[cell] or row_currency
            # (a currency in another column's header is not the day's price: '| Vortag (EUR) |' over a bare figure)
            marked.append(replace(n, unit=unit) if n.unit is None and n.value_high is None and unit else n)
        return marked

    def _after_table(self) -> None:
        """The text after a table ('Fazit: nach gut 18 Prozent in vier Wochen ...' under rows of a stock, the DAX and
        the Hang Seng) speaks of the text's main stock on the venue in play before the table, not of its last row."""
        assert self.before_table is not None
        company, venue = self.before_table
        self.context.company = self.context.main_stock or company
        self.context.venue, self.context.index_before, self.before_table = venue, None, None

    def _new_paragraph(self, start: int) -> None:
        before = self.paragraph
        self.paragraph = _Paragraph()
        if before.asked_period and before.list_period is not None and before.sentences:
            last = self.text[slice(*before.sentences[-1])].rstrip()
            if last.endswith("?"):
                # an interview's question ending its paragraph ('Anna Berger: Und seit Jahresbeginn?'): the answer is
                # the next speaker's paragraph, and takes the period asked as the lines under a question do
                self.paragraph.list_period, self.paragraph.asked_period = before.list_period, True
        self.context.column_subjects = None
        self.context.resume_after_aside()
        if before.opened_by_stock and not opens_with_index_pronoun(self.text, start, self.rules):
            # 'Alibaba verlor 4,9 Prozent ... Der Hang Seng gab 1,1 Prozent nach.' then, a new paragraph, 'Gegenüber
            # dem Schluss der Vorwoche steht damit ein Minus von 5,3 Prozent': an index a stock's paragraph named at
            # its end, in passing, is not what the next paragraph goes on with; the stock in play is (but a paragraph
            # opening with the index's pronoun, 'Er hatte am Montag noch 1 Prozent zugelegt', goes on with the index)
            self.context.index_before = None
        carried = self.rules.company(self.context.company or "")
        if (
            before.opening_stock is not None
            and before.opening_stock == self.context.main_stock
            and carried is not None
            and carried.kind == "stock"
            and carried.name != before.opening_stock
            # (the text's main stock by a margin: of two named as often, 'Baidu jumped 6.2%. Alibaba rose 3.1%.', the
            # one last named is the one the next paragraph goes on with)
            and sum(c.name == before.opening_stock for _, c in self.context.companies)
            > sum(c.name == carried.name for _, c in self.context.companies)
        ):
            # 'Die Alibaba-Aktie ... schloss 4,3 Prozent tiefer. Der Hang Seng gab 0,5 Prozent nach, Tencent verlor 1,5
            # Prozent.' then, a new paragraph, 'Bereits am Vorabend waren die ADRs unter die Räder gekommen. Der Kurs
            # fiel um 7,6 Prozent': another stock a paragraph on the text's main stock named after it, in passing, is
            # not what the next paragraph goes on with; the main stock is (as an index named so above)
            self.context.company = before.opening_stock
        if start > 0 and _SECTION_HEADING.match(self.text, start) is not None:
            # a new section of a briefing ('Overseas' after Monday's Wall Street) does not go on from the day the
            # section before named: its figures naming no day are read as any naming no day (nor the day a blog's day
            # heading named over the section before)
            self.context.day = None
            self.day_heading = None
        if opens_dash_item(self.text, start):
            if self.intro_day is None:  # no intro read as one ('... in midday trading. The Nasdaq 100 was ...'):
                self.intro_day = (self.context.day,)  # the day in play before the first item
            self.context.day = self.intro_day[0]
        if (heading := _DAY_HEADING.match(self.text, start)) is not None:
            named = resolve_day(heading.group().strip(), self.published.date, self.rules, past=True)
            on = named.day if named is not None else None
            self.day_heading = on if on is not None and self.published.date and on <= self.published.date else None
        if self.posts and self._opens_post(start):
            return
        if opens_ticker_entry(self.text, start):
            # a ticker entry reports a moment of the day it was written, not the day the entry before it
            # looked back to ("Thursday's close"). With its clock time told, that day is publication's, or the one a
            # day heading over it names in a blog dated by its last update ('MONDAY, OCT. 27' over '9:45 a.m. ET — ...'
            # updated on Tuesday), and the entry was written then (a session had closed or not); else its figures are
            # read like any that names no day (the sessions up to publication)
            published = self.published
            day = self.day_heading or published.date
            written = ticker_entry_time(self.text, start, day, published.at, _TICKER_ZONES.get(self.lang))
            self.paragraph.entry_written = written
            self.context.day = DateRef(day, "relative") if written and day else None
            # a stamp printed as the entry's heading line ('2:30 p.m. ET: Nvidia extends gains'): the paragraphs
            # under it, up to the next stamp, were written at its time
            self.entry_heading = written if opens_ticker_heading(self.text, start) else None
        elif self.entry_heading is not None:
            self.paragraph.entry_written = self.entry_heading

    def by_publication(self, claims: list[Claim]) -> list[tuple[Published, list[Claim]]]:
        """The claims in runs read under one publication: the text's own, or a post's (`_opens_post`), in order."""
        groups: list[tuple[Published, list[Claim]]] = []
        for claim in claims:
            written = self.post_of.get(id(claim), self.text_published)
            if groups and groups[-1][0] is written:
                groups[-1][1].append(claim)
            else:
                groups.append((written, [claim]))
        return groups or [(self.text_published, [])]

    def _opens_post(self, start: int) -> bool:
        """Whether the paragraph at `start` is a post under its dated header ('„Seidenraupe" · 25.02.2026, 09:20 Uhr'
        over 'Die ADR hat gestern in New York bei 153,11 US$ geschlossen'): a report written at its stamp's time, no
        later than the digest's publication; its relative days count from its own day, its figures naming no day are of
        that moment (as a ticker entry's), and the sessions it tells had closed by then or not. A paragraph without one
        after a post is the digest's own text again."""
        text_published = self.text_published
        written = dated_entry_time(self.text, start, text_published.at, _TICKER_ZONES.get(self.lang))
        if written is not None and text_published.date is not None and written.date() > text_published.date:
            written = None
        if written is None:
            if self.published is not text_published:
                self.published, self.written_by = text_published, written_by_of(text_published, self.lang)
            return False
        self.published = replace(text_published, date=written.date(), at=written, as_of_close=False)
        self.written_by = written
        self.paragraph.entry_written = written
        self.context.day = DateRef(written.date(), "relative")
        self.entry_heading = None
        return True

    def _labelled_item(self, start: int) -> None:
        """A paragraph led by a stock's name and a colon starts from the day in play before the run of such items."""
        label_end = item_label_end(self.text, start)
        if label_end is None or not self.context.companies_between(start, label_end):
            self.label_day = None
            return
        if self.label_day is None:
            self.label_day = (self.context.day,)
        self.context.day = self.label_day[0]

    def _numbers(self, start: int, end: int) -> list[NumberMention]:
        inside = self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        if len(inside) > MAX_NUMBERS_PER_SENTENCE and self.notes is not None:
            self.notes.append(
                f"the sentence at character {start:,} holds {len(inside):,} numbers; only its first "
                f"{MAX_NUMBERS_PER_SENTENCE} were read for claims"
            )
        return inside[:MAX_NUMBERS_PER_SENTENCE]

    def _bounded(self, start: int, end: int) -> int:
        if self.notes is not None:
            self.notes.append(
                f"the sentence at character {start:,} runs to {end - start:,} characters; only its first "
                f"{MAX_SENTENCE_CHARS:,} were read for claims"
            )
        return start + MAX_SENTENCE_CHARS

    def _without_numbers(self, start: int, end: int, names_relative_day: bool) -> list[Claim]:
        """Most sentences: no number, so no cue, day binding or number claim; a statement only where
        its words stand, the context update only where it may change the context, a close announced
        only where its words stand (each told by the text's word positions: most sentences then cost
        a few bisections, not the calls and copies of the steps)."""
        text, published, rules, context, paragraph = self.text, self.published, self.rules, self.context, self.paragraph
        stated = []
        if self.statement_words.may_state(start, end, False):
            rows = self.scan.cue_rows(start, end)
            stated = statement_claims(text, (start, end), [], [], [], published, rules, context, rows)
        # (without a claim, a relative day or a stock or venue named, `update_context` changes nothing)
        # (or an index: 'Der Dax zeigte sich robuster. Er schloss ...': the index the pronoun goes on with)
        if names_relative_day or context.names_stock_or_venue(start, end) or context.names_index(start, end):
            update_context(context, text[start:end], start, [], published, rules, names_relative_day)
            named = context.venues_between(start, end)
            day = context.day.day if context.day is not None else None
            if named and day is not None and tells_session_end(text[start:end], rules):
                # 'Hong Kong stocks ended lower on Friday': that market's session had ended, and the past-tense moves
                # the text tells of it later ('Tencent eased 0.9%') are its whole moves
                self.ended.add((named[-1][1], day.isoformat()))
        if paragraph.after_close is None:
            paragraph.after_close = self._announcement(start, end)
        listed = opens_list(text, end)
        heading = _HEADING_LINE.fullmatch(text, start, end) is not None and text.startswith("\n", end)
        if listed or text[start:end].rstrip().endswith("?") or heading:
            # (a sentence starts with no blank: its own text ends with the colon; a heading over bulleted items is an
            # intro too); a question without a number ('And over the past month?') names the period of its answer as
            # an intro does of its list, and a heading line in capitals the rows of the table under it ('THE WEEK IN
            # NUMBERS')
            paragraph.list_period = intro_period(
                text[start:end], rules, self.scan.cue_rows(start, end), listed or heading
            )
            paragraph.asked_period = not listed and not heading
        return sorted(stated, key=lambda c: c.span[0])

    def _with_numbers(
        self, start: int, end: int, numbers: list[NumberMention], names_relative_day: bool
    ) -> list[Claim]:
        text, published, rules, context, paragraph = self.text, self.published, self.rules, self.context, self.paragraph
        sentence = text[start:end]
        context.resume_after_aside(start, end)
        context.day_referred_back = self._day_referred_back(sentence) if self.anaphor_words.any_in(start, end) else None
        days = day_bindings(sentence, start, numbers, rules)
        before = text[self.previous[0] : self.previous[1]]
        hits = indicator_pointed_back(
            sentence, cue_hits(sentence, rules, self.scan.cue_rows(start, end)), before, rules
        )
        if len(paragraph.sentences) >= 2 and carries_referent(before, rules):
            before = text[paragraph.sentences[-2][0] : self.previous[1]]  # 'Das hatte er Mitte Januar ... erreicht'
        claims = [
            c
            for c in (
                number_claim(text, sentence, (start, end), m, numbers, published, rules, context, hits, days, before)
                for m in numbers
            )
            if c is not None
        ]
        # a ticker entry's moves of its own moment (no other day named) are the whole session's where its clock
        # time is after that session's close (the entry's time tells which sessions had closed)
        entry_now = (
            paragraph.entry_written is not None
            # ('ADR heute -2,8 % auf 148,05 US$' in a post stamped 23:10 Uhr: its own day named, the same moment)
            and not has_day_phrase(_TODAY.sub(" ", sentence))
            and (context.day is None or context.day.day == published.date)
        )
        conversion_premiums(claims, sentence, rules)
        appositive_since_ends(claims, sentence)
        figures_by_ellipsis(claims, sentence)
        prices_by_ellipsis(claims, sentence)
        elliptical_extremes(claims, sentence, rules)
        labelled_extremes(claims, sentence, before, rules)
        announced = paragraph.after_close or (CloseAnnouncement(None) if entry_now else None)
        if self.written_by is None and not self.new_york_traded:
            # a text without a clock telling a New York stock's pre-market trade of the day: written during it (not
            # one that told that session's trade before: 'had been down 3% in premarket trading and opened at $129.40')
            self.new_york_traded = new_york_session_told(claims, published, rules)
            self.written_by = written_in_premarket(claims, published, rules)
        written_by = paragraph.entry_written or self.written_by
        link_prices(
            claims, sentence, published, rules, written_by, announced, self.ended, paragraph.entry_written is not None
        )
        if paragraph.entry_written is not None:
            as_of_entry(claims, paragraph.entry_written, rules, sentence)
        elif published.at is not None:
            # a dateline's clock: a day carried from an earlier sentence (another market's) onto a session not yet
            # open then is the session before (a day naming no sentence is read so in the measure)
            sessions_before_opening(claims, published.at, rules, sentence, ("earlier_sentence",), NEW_YORK_CALENDARS)
        if (
            # a derivative named before in the paragraph, or in this sentence before its terms ('eine Alternative im
            # Bonus-Zertifikat: Die Barriere liegt bei 400 HKD, ... der Briefkurs bei 5,62 Euro')
            (paragraph.derivative or self.derivative_words.any_in(start, end))
            and (paragraph.in_list or _names_product(rules.share_words).search(sentence))
            and not context.names_stock_or_venue(start, end)
        ):
            _product_terms(claims, rules)
        if paragraph.list_period is not None:
            # ('What happened this week?' then 'On Thursday, the shares fell 2.8%': the answer's own day tells the move)
            told_day = has_day_phrase(sentence) or context.day_referred_back is not None
            asked = [] if paragraph.asked_period and told_day else claims
            take_list_period(asked, paragraph.list_period)
        paragraph.after_close = paragraph.after_close or self._announcement(start, end)
        stated = (
            statement_claims(text, (start, end), numbers, hits, claims, published, rules, context)
            if self.statement_words.may_state(start, end, True)
            else []
        )
        update_context(context, days.free, start, claims, published, rules, names_relative_day)
        return sorted(claims + stated, key=lambda c: c.span[0])

    def _day_referred_back(self, sentence: str) -> DateRef | None:
        """The day an anaphor of the sentence ('an diesem Tag', 'on that day') refers to: the last one
        the paragraph's sentences before it named, up to three back; unresolved where none names one ('in
        2014. Back then, a share cost $93.89': a past time, never the sessions up to publication); None
        without an anaphor. A clause of its own after a semicolon or comma refers first to the day the sentence named
        before it ('seit dem vergangenen Donnerstag, als die Aktie 6,8 Prozent verlor; an jenem Tag wurden ...')."""
        anaphor = day_anaphor(self.rules.day_links).search(sentence)
        if anaphor is None:
            return None
        before = sentence[: anaphor.start()]
        # (so does one after a comma: 'Nachdem das ADR am Montag bei 119,48 Dollar geschlossen hatte, sprang es tags
        # darauf um knapp 2,5 Prozent': the Tuesday, not a day of an earlier sentence nor none)
        if ";" in before:
            day = resolve_day(before, self.published.date, self.rules)
            if day is not None and day.day is not None:
                return day
        clause = re.split(r"[:;]", before)[-1]
        if (comma := clause.rfind(", ")) > 0:
            # (the clause before the comma, after a colon: 'Den Grundstein legte der Dienstag: Nachdem ... am Montag
            # ... geschlossen hatte, sprang es tags darauf' counts from the Monday; a decimal comma is no clause's end)
            day = resolve_day(clause[:comma], self.published.date, self.rules)
            if day is not None and day.day is not None:
                return day
        for start, end in reversed(self.paragraph.sentences[-ANAPHOR_REACH:]):
            day = resolve_day(self.text[start:end], self.published.date, self.rules)
            if day is not None and day.day is not None:
                return day
        return DateRef(None, "unresolved", f"'{anaphor.group()}' refers to a time the text does not date")

    def _announcement(self, start: int, end: int) -> CloseAnnouncement | None:
        """The sentence text[start:end] announces a session's end: of the venue it names, else of the one in play."""
        if not (self.close_words.any_in(start, end) and announces_close(self.text[start:end], self.rules)):
            return None
        named = self.context.venues_between(start, end)
        return CloseAnnouncement(named[-1][1] if named else self.context.venue)
