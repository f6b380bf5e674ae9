"""The rule tables under expectations/rules, loaded once into typed, compiled form.

Everything a new stock, hedge word, cue or band needs is a row in those CSV files.
"""

from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TypeVar, cast, get_type_hints

from claimcheck.first_chars import (
    case_blind_literals,
    head_starts,
    hits_at_starts,
    literal_heads,
    lower_literals,
    required_literals,
    with_first_chars,
)
from claimcheck.paths import RULES_DIR
from claimcheck.securities import NameIndex, build_master, in_share_context
from claimcheck.word_scan import WORD_OR_HYPHEN, WordHits, WordScan, fold, prefix_tree, word_list_as_tree

_T = TypeVar("_T")


class PatternRows(tuple[tuple[re.Pattern[str], str], ...]):
    """Rows of (pattern, label) that hash once: the core caches a sentence's hits per set of rows
    (`sentences.pattern_hits`), and hashing a compiled pattern reads its whole program every time
    (4 µs for the direction rows, asked for every number)."""

    def __hash__(self) -> int:
        known: int | None = self.__dict__.get("hash")
        if known is None:
            known = self.__dict__["hash"] = tuple.__hash__(self)
        return known

    def __reduce__(self) -> tuple[type[PatternRows], tuple[tuple[tuple[re.Pattern[str], str], ...]]]:
        return PatternRows, (tuple(self),)  # a hash is this process's own: not carried to another


@dataclass(frozen=True)
class NumberWord:
    """A ratio written in words (number_words.csv) and the percentage it stands for (and the upper end of a
    range). `literals`: texts one of which every match holds (`first_chars.required_literals`), tested with a
    substring search before the pattern is: most texts hold none, and the pattern tried at every word of a
    text costs more than all the rest of reading its numbers."""

    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None
    value: float
    value_high: float | None


@dataclass(frozen=True)
class Company:
    name: str
    kind: str  # stock | index | fund | market (a market as a whole: 'Hong Kong stocks', 'Asiens Börsen'; no quotes)
    home_venue: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Listing:
    symbol: str
    company: str
    venue: str
    calendar: str
    currency: str
    timezone: str
    mirrors: str | None
    ratio: float | None


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]  # case-insensitive
    folded: re.Pattern[str]  # the same, lower-cased, for lower-cased text (several times faster)
    kind: str
    # percent | price | points | level (a price, points or a number without a unit) | any | none (a forecast word that
    # only marks the numbers after it)
    number: str
    max_gap: int
    words: tuple[str, ...] = ()  # a literal word of each alternative: a text with none of them cannot match
    # a since-return row naming its base ('79% above their April 8 closing low', 'seit dem 7. April'):
    # measured from a day the sentence states; another ('subsequently', 'in der Folge') stays unmeasured
    names_base: bool = False
    # a since-return row counting its sessions ('binnen drei Handelstagen', 'over the nine sessions'): measured from
    # the close that many sessions before the day the text reports; a week's row counting five ('over the past five
    # sessions'): never a calendar week back (`Claim.sessions_counted`)
    counts_sessions: bool = False
    # a week's row naming the week's end ('ended the week', 'beendete die Woche'): the week up to its last session,
    # not up to a weekday told earlier in the sentence ('dropped 3.4% on Thursday and ended the week down 3%')
    ends_week: bool = False
    # a week's row naming a span of seven days ('innerhalb einer Woche', 'within a week', 'over the past week'): never
    # the week so far of a mid-week session (`Claim.week_span`)
    spans_week: bool = False
    # a period's row restating, as a move, the distance from a price told a fixed time back ('Vor einem Monat notierte
    # die Aktie noch bei 169,90 HKD, das entspricht einem Rückgang von fast 16 Prozent'): the look-back dates the price
    # of its clause only (`bindings.restated_look_back`)
    restates_look_back: bool = False
    # not a row of the table but one the sentence before named, taken by words pointing back to it ('- 50-day moving
    # average: about $156.50. BABA closed roughly 12.6% below it.'): what the cue's words name (an average's window) is
    # read in that sentence (`metrics.distance_to_extreme`)
    named_earlier: bool = False

    def may_occur_in(self, folded_text: str) -> bool:
        return not self.words or any(word in folded_text for word in self.words)


@dataclass(frozen=True)
class Statement:
    """A claim without a number ('stieg am Montag', 'höchster Stand seit Oktober'): its sign is checked."""

    pattern: re.Pattern[str]
    kind: str
    direction: str  # up | down | flat ("schloss unverändert", "closed flat")
    anchor: str  # day: the sentence's day | overnight: New York the evening before | since: a look-back
    words: tuple[str, ...]  # a literal word of each alternative: a sentence with none cannot match


@dataclass(frozen=True, eq=False)  # hashed by identity: the core caches the patterns it builds around one
class Words:
    """A vocabulary table (money_moves.csv, ...): per role, the words of its rows, every language's,
    as one regular-expression alternation in the table's order. The core writes the pattern around
    them (what comes before and after a word); the words are data, so a language is new rows."""

    by_role: dict[str, str]

    def __getitem__(self, role: str) -> str:
        return self.by_role[role]


@dataclass(frozen=True)
class Band:
    shape: str
    rel: float
    abs_percent: float
    abs_price_rel: float
    abs_points: float
    cap: float | None
    price_half_units: float | None  # a hedged price stated to the cent is hedged by cents, not by 1 %
    # a hedged percentage's relative width at most this many units of its last significant digit ('knapp 76': 1)
    last_digit_units: float | None
    # the decimals a screen shows a percentage to: one stated to fewer is also as rounded again from that display
    screen_decimals: int | None
    note: str


@dataclass(frozen=True)
class Tolerance:
    unit_class: str
    imprecise_abs: float
    imprecise_rel: float
    derived_abs: float  # how far a derived reading (a parity, not a quote) may lie from the real one
    derived_rel: float
    derived_accurate_rel: float  # how close to a derived reading a claim counts as accurate (its estimate's margin)
    note: str


@dataclass(frozen=True)
class Rules:
    companies: tuple[Company, ...]
    listings: tuple[Listing, ...]  # the project's tables: what `quotes status` and `refresh` cover
    master_listings: tuple[Listing, ...]  # the securities master's, fetched only when a claim names one
    by_symbol: dict[str, Listing]  # every listing, tables' and master's; a table's row wins
    by_company: dict[str, tuple[Listing, ...]]
    venues: tuple[tuple[re.Pattern[str], str], ...]
    ticker_venues: tuple[tuple[re.Pattern[str], str], ...]  # a venue named by a ticker only, the weakest sign
    currencies: tuple[tuple[re.Pattern[str], str, str], ...]
    units: tuple[tuple[str, str, float], ...]
    hedges: tuple[tuple[str, str], ...]  # (phrase, label), longest phrase first
    directions: tuple[tuple[re.Pattern[str], str], ...]
    cues: tuple[Cue, ...]
    statements: tuple[Statement, ...]
    scope_reasons: dict[str, str]
    scope_reasons_de: dict[str, str]
    bands: dict[str, Band]
    tolerances: dict[str, Tolerance]
    fx_pairs: tuple[tuple[str, str, str], ...]  # (pair, Yahoo symbol, column in fx_rates)
    company_scan: re.Pattern[str]  # every company's aliases in one pattern, longest first
    master_names: NameIndex  # the securities master's names (rows after the tables' companies)
    alias_owner: dict[str, int]  # alias -> its row in companies
    venue_owner: dict[str, set[int]]  # a literal word of every venue pattern alternative -> venue rows
    phrases: dict[str, tuple[tuple[str, str], ...]]  # language -> (English, translation), longest first
    money_moves: Words  # 'verlor 2,10 Euro', 'down $2.10': a move said in money, not a price
    index_roles: Words  # 'the benchmark', 'der Leitindex': an index named by its role
    close_announcements: Words  # 'Handelsschluss in Hongkong.', 'Die Schlusskurse:': the session ended
    review_periods: Words  # 'Wochenbilanz', 'Monatsrückblick Juli': a review's period governs its undated moves
    overnight: Words  # 'Overnight in New York', 'über Nacht': the session before publication's day
    earlier_events: Words  # 'nachdem ...', 'after falling ...', 'nach einem Kurssprung': not the day reported
    share_words: Words  # 'Aktie', 'shares', 'stock': the shares named
    clause_words: Words  # reasons ('after', 'weil'), relative pronouns, causatives ('lifted'), negations
    session_words: Words  # a past move ('verlor'), the day's move, the session's end ('schloss'), 'zuletzt'
    subject_words: Words  # 'a 1% increase in the Hang Seng', 'respectively', 'tracking the rally in Hong Kong'
    distance_words: Words  # '11% below their 52-week high', '13 Prozent vom Hoch entfernt'
    statement_anchors: Words  # 'seit', 'nacht': the word an anchored statement of statements.csv holds
    tenses: Words  # 'hatte ... geschlossen', 'had still gained': the pluperfect of an earlier day
    volume_words: Words  # 'Mio. Aktien', 'million shares': a volume's count of shares
    since_bases: Words  # 'Schlusskurs vom 7. April', 'April 9 low': what a dated base is measured on
    moving_averages: Words  # '50-day', '200-Tage-Linie', 'GD200', 'fifty day': the window a moving average names
    day_links: Words  # 'damit', 'thereby': a clause's day tied to another's
    comparisons: Words  # 'gegenüber', 'from Friday's close of': a move's base before its number
    volume_qualifiers: Words  # 'Leerverkäufe', 'täglich', 'bis zum Mittag': a volume that is not one whole session's
    company_forms: Words  # 'Inc.', 'Holdings', 'AG': a company the tables do not know, named with its legal form
    extreme_words: Words  # 'das Tief bei', 'and a low of': an extreme named by its side after one named with its window
    link_labels: Words  # 'Related:', 'Lesen Sie auch:': a line linking another article (its figures are not this one's)
    digest: str
    # the calendars of exchanges that are their listings' one venue: their daily volume is the listing's
    # whole volume (exchanges.csv, volume); elsewhere sources count a day's volume differently
    volume_judged: frozenset[str] = frozenset()
    # numbers written as words of a ratio ('verdoppelt', 'ein Drittel', 'zweistellig'; number_words.csv), in the
    # table's order
    number_words: tuple[NumberWord, ...] = ()
    # a company named by what it is ('the e-commerce giant', 'der Suchmaschinenbetreiber'; epithets.csv):
    # every epithet after an article in one pattern, and the companies each (lower-cased) may mean
    epithets: tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None = None

    @cached_property
    def epithet_words(self) -> tuple[str, ...]:
        """Lower-cased, every epithet of epithets.csv: a sentence holding none names no company so."""
        return tuple(self.epithets[1]) if self.epithets is not None else ()

    def _names_exchange(self, alias: str) -> bool:
        """An index's alias that is an exchange's name too ('Nasdaq', 'Technologiebörse Nasdaq', every word a venue
        word): after 'on the' it is the exchange; 'on the Nasdaq 100', 'weighed on the Hang Seng' name the index."""
        return all(any(pattern.fullmatch(word) for pattern, _ in self.venues) for word in alias.split())

    def _title_case_move(self, text: str, at: int) -> bool:
        """A move word at `at` ('Hang Seng Rebounds 2.4%' in a headline's title case): the index's verb, not the
        next word of another name ('Hang Seng Bank')."""
        return any(pattern.match(text, at) for pattern, _ in self.directions)

    def companies_in(self, text: str, alias_starts: list[int] | None = None) -> list[tuple[int, Company]]:
        """(position, company) of every alias in text, in one pass; the longest alias wins
        ('Hang Seng Tech' is not 'Hang Seng'). An index's name used as an exchange ('NASDAQ:BIDU',
        'an der Nasdaq') is no mention of the index; a longer index name that starts with a known
        one ('Hang Seng Automobile Index') is an index of its own, kept as written. `alias_starts`:
        where one of the `company_heads` starts in the text, ascending (found with the text's other
        words in one pass), or None: then the aliases are searched for at every position."""
        found: list[tuple[int, Company]] = []
        taken = TakenSpans()
        for hit in _hits_not_after_word(self.company_scan, text, alias_starts):
            # a table's name that is also an everyday word ('Meta') is the company only beside a share word
            if hit.group() in self.master_names.ambiguous and not in_share_context(text, *hit.span()):
                continue
            taken.add(*hit.span())
            company = self.companies[self.alias_owner[hit.group()]]
            if company.kind == "index":
                exchange = _EXCHANGE_USE.search(text, max(0, hit.start() - _EXCHANGE_USE_REACH), hit.start())
                if (exchange and self._names_exchange(hit.group())) or _COMPOUND.match(text, hit.end()):
                    continue
                longer = _SUB_INDEX.match(text, hit.end())
                if longer:
                    written = text[hit.start() : longer.end()]
                    company = Company(written, "index", company.home_venue, re.compile(re.escape(written)))
                elif _OTHER_NAME.match(text, hit.end()) and not self._title_case_move(text, hit.end() + 1):
                    continue
            found.append((hit.start(), company))
        # the master's names where no table name stands ('Nvidia' is the table's, never the master's)
        for start, end, owner in self.master_names.find(text):
            if _ANALYSTS_OF.search(text, max(0, start - 30), start) or _rates_a_stock(self.company_forms).match(
                text, end
            ):
                # 'Die Analysten von Morgan Stanley sehen ...', 'Morgan Stanley hob das Kursziel ...': a broker, no
                # subject
                taken.add(start, end)
                continue
            if not taken.overlaps(start, end):
                found.append((start, self.companies[owner]))
                taken.add(start, end)
        found += unknown_companies(text, taken, self.company_forms) + sectors(text, taken, self.company_forms)
        return sorted(found, key=lambda item: item[0])

    def venue_scan(self, text: str, hits: WordHits | None = None) -> tuple[list[tuple[int, str]], list[int] | None]:
        """(position, venue) of every venue word in text, and where a venue pattern may match at
        all: the starts of the patterns' literal heads (None where that is not known). A sentence
        holding none of those starts names no venue. `hits`: the text's words found already, the
        venue heads among them (its folded text must be `fold(text)`)."""
        folded = fold(text) if hits is None else hits.folded_text
        if folded is not None and all(heads is not None for heads in self.venue_heads):
            # each pattern tried only where one of its alternatives' first words stands: a few
            # substring searches instead of the patterns at every position (the same hits)
            starts = [
                head_starts(heads or (), folded) if hits is None else hits.starts_of(heads or ())
                for heads in self.venue_heads
            ]
            found = [
                (hit.start(), venue)
                for (pattern, venue), at in zip(self.venues, starts, strict=True)
                for hit in hits_at_starts(pattern, at, text)
            ]
            return sorted(found, key=lambda item: item[0]), sorted(at for each in starts for at in each)
        lowered = text.lower()  # substring tests: quicker than one pattern of many alternatives
        present = {i for word, owners in self.venue_owner.items() if word in lowered for i in owners}
        found = [(hit.start(), self.venues[i][1]) for i in present for hit in self.venues[i][0].finditer(text)]
        return sorted(found, key=lambda item: item[0]), None

    @cached_property
    def company_heads(self) -> tuple[str, ...]:
        """Lower-cased, the texts one of which every alias starts with (`first_chars.literal_heads`
        of `company_scan`; empty where that cannot be told)."""
        return literal_heads(self.company_scan) or ()

    @cached_property
    def venue_heads(self) -> tuple[tuple[str, ...] | None, ...]:
        return tuple(literal_heads(pattern) for pattern, _ in self.venues)

    def derived(self, build: Callable[[Rules], _T]) -> _T:
        """What `build` makes of these rules alone (a scan over all their words), built on first use
        and kept with them: the rules are loaded once and read for every text."""
        made: dict[Callable[[Rules], object], object] = self.__dict__.setdefault("_derived", {})
        if build not in made:
            made[build] = build(self)
        return cast(_T, made[build])

    @property
    def all_listings(self) -> tuple[Listing, ...]:
        return self.listings + self.master_listings

    def listing(self, symbol: str) -> Listing | None:
        return self.by_symbol.get(symbol)

    def listings_of(self, company: str) -> tuple[Listing, ...]:
        return self.by_company.get(company, ())

    def company(self, name: str) -> Company | None:
        return self._company_named.get(name)

    @cached_property
    def _company_named(self) -> dict[str, Company]:
        """The first row of each name, as a search through the rows in order finds it."""
        named: dict[str, Company] = {}
        for item in self.companies:
            named.setdefault(item.name, item)
        return named

    # Every hedge phrase in one pattern on the lower-cased words before a number: the longest that
    # ends them and starts a word (as trying the phrases longest first, each with `endswith`, finds).
    @cached_property
    def hedge_pattern(self) -> tuple[re.Pattern[str], dict[str, str]]:
        phrases = [phrase.lower() for phrase, _ in self.hedges]
        # led by the phrases' first characters (`with_first_chars`): the lookbehind alone was tried at every position
        pattern = with_first_chars(re.compile(rf"(?<![^\W_])(?:{'|'.join(re.escape(p) for p in phrases)})\Z"))
        labels: dict[str, str] = {}
        for phrase, label in self.hedges:
            labels.setdefault(phrase.lower(), label)
        return pattern, labels

    # The longest hedge phrase: a phrase ends the words before a number, so no match of `hedge_pattern` starts
    # farther than this from their end (searched from there, not along all of them).
    @cached_property
    def hedge_reach(self) -> int:
        return max((len(phrase.lower()) for phrase, _ in self.hedges), default=0)

    # The literal heads of each cue's lower-cased pattern (first_chars.literal_heads), in the cues' order.
    # A row of many alternatives (the months, the chart levels) is searched with its pattern instead:
    # one regular-expression pass beat a substring search per head there (measured: 12 % of the
    # extraction time of the seeds at more than eight heads).
    @cached_property
    def cue_heads(self) -> tuple[tuple[str, ...] | None, ...]:
        heads = (literal_heads(cue.folded) for cue in self.cues)
        return tuple(h if h is not None and len(h) <= _MAX_CUE_HEADS else None for h in heads)

    # The words of every cue row in one scan: which cues may match a sentence.
    # (cached_property writes the instance's __dict__ directly, which a frozen dataclass allows.)
    @cached_property
    def cue_words(self) -> WordScan:
        return WordScan([cue.words for cue in self.cues])

    # The literal words of the statement rows, per anchor: a sentence without any states nothing.
    # A word holding another of its anchor's words is left out: where it stands, so does the other.
    @cached_property
    def statement_words(self) -> dict[str, tuple[str, ...]]:
        words: dict[str, set[str]] = {}
        for statement in self.statements:
            words.setdefault(statement.anchor, set()).update(statement.words)
        return {
            anchor: tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))
            for anchor, found in words.items()
        }


def _by_company(listings: tuple[Listing, ...]) -> dict[str, tuple[Listing, ...]]:
    found: dict[str, list[Listing]] = {}
    for item in listings:
        found.setdefault(item.company, []).append(item)
    return {company: tuple(items) for company, items in found.items()}


def _owners(words_per_row: list[tuple[str, ...]]) -> dict[str, set[int]]:
    owner: dict[str, set[int]] = {}
    for i, words in enumerate(words_per_row):
        for word in words:
            owner.setdefault(word, set()).add(i)
    return owner


@cache  # per pattern, as `_led`
def _literal_words(pattern: str) -> tuple[str, ...]:
    """Lower-cased, texts one of which every match of the case-blind pattern holds ('\\bHK:\\s?\\d{4,5}\\b' ->
    'hk:'): a text without any of them cannot match it. Read from the parsed pattern (`first_chars`), so an
    optional part or an alternation inside a group ('\\bMomentum(?:-Indikator| indicator)?\\b') is never taken
    for a required word; ('',) where nothing is required: every text may match."""
    return case_blind_literals(re.compile(pattern, re.IGNORECASE)) or ("",)


def _ticker_venues(listings: list[dict[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The tables' own tickers name their venue ('BABA shares', '9988.HK'). Index symbols ('^HSI')
    are not written in articles; the master's thousands of tickers are left out, as many are
    everyday words ('ON', 'ALL')."""
    return PatternRows(
        (with_first_chars(re.compile(rf"\b{_ticker_alternatives(r['symbol'])}\b")), r["venue"])
        for r in listings
        if r["currency"] != "points"
    )


def _ticker_alternatives(symbol: str) -> str:
    """A symbol as written: a Hong Kong one also by its stock code alone, with or without its leading zero ('9988',
    '09988', 'The RSI(14) of 9988 is at 41'), as the companies' aliases name the company by it."""
    if symbol.endswith(".HK") and symbol[:-3].isdigit():
        return rf"(?:{re.escape(symbol)}|0?{symbol[:-3]})"
    return re.escape(symbol)


def _with_tickers(companies: list[dict[str, str]], listings: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each company of the tables is also named by its listings' tickers ('TCEHY', '3690.HK')."""
    tickers: dict[str, list[str]] = {}
    for r in listings:
        if r["currency"] != "points":
            tickers.setdefault(r["company"], []).append(r["symbol"])
    return [
        {**r, "aliases": "|".join(dict.fromkeys([*r["aliases"].split("|"), *tickers.get(r["company"], [])]))}
        for r in companies
    ]


def _listed_only(companies: list[dict[str, str]], listings: list[dict[str, str]]) -> list[dict[str, str]]:
    """Companies named only in listings.csv: a company in no index is one listing row, its name
    and the row's aliases (ticker, ISIN, WKN, 'Xyz-Aktie') are its mentions, its venue its home."""
    known = {r["company"] for r in companies}
    found: dict[str, dict[str, str]] = {}
    for r in listings:
        if r["company"] in known:
            continue
        row = found.setdefault(
            r["company"], {"company": r["company"], "kind": "stock", "home_venue": r["venue"], "aliases": r["company"]}
        )
        extra = [a for a in (r.get("aliases") or "").split("|") if a and a not in row["aliases"].split("|")]
        row["aliases"] = "|".join([row["aliases"], *extra])
    return list(found.values())


def _listing_row(r: dict[str, str]) -> Listing:
    return Listing(
        r["symbol"],
        r["company"],
        r["venue"],
        r["calendar"],
        r["currency"],
        r["timezone"],
        r["mirrors"] or None,
        float(r["ratio"]) if r["ratio"] else None,
    )


_MAX_CUE_HEADS = 8
# the vocabulary tables: every field of Rules typed Words is the table of its name
_WORD_TABLES = tuple(name for name, kind in get_type_hints(Rules).items() if kind is Words)
# tables whose words are also searched as plain substrings (see _words)
_PLAIN_WORD_TABLES = frozenset({"close_announcements", "statement_anchors"})
_PATTERN_SYNTAX = re.compile(r"[\\.^$*+?{}\[\]()]")


def _words(rows: list[dict[str, str]], table: str, plain: bool = False) -> Words:
    """A vocabulary table's rows (role, lang, words) as one alternation per role. A plain table's
    words are also searched as substrings (to find the sentences worth a pattern): a row written
    as a pattern there would never be found, so it is refused."""
    by_role: dict[str, list[str]] = {}
    for r in rows:
        if plain and _PATTERN_SYNTAX.search(r["words"]):
            raise ValueError(f"{table}.csv: '{r['words']}' is a pattern; this table takes plain words")
        by_role.setdefault(r["role"], []).append(r["words"])
    return Words({role: "|".join(words) for role, words in by_role.items()})


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _alternation(aliases: str) -> str:
    return "|".join(re.escape(n) for n in sorted(aliases.split("|"), key=len, reverse=True))


@cache
def _led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule pattern compiled and led by its first characters (`with_first_chars`), once per process: tables loaded
    again with a row changed (the rule-table tests load dozens) reuse the patterns of the rows they share. Python's
    regular expression parser takes most of the seconds `load_rules` takes."""
    return with_first_chars(re.compile(pattern, flags))


def _alias_pattern(aliases: str) -> re.Pattern[str]:
    return _led(rf"(?<![\w-])(?:{_alternation('|'.join(_spellings(aliases)))})(?![\w])")


def _spellings(aliases: str) -> list[str]:
    """The aliases as listed and in capitals: house styles write 'NVIDIA', 'ALIBABA'. Short ones
    (three letters or fewer) stay as listed, where capitals make another word ('Dow', 'DOW')."""
    listed = aliases.split("|")
    return listed + [a.upper() for a in listed if len(a) > 3 and a.upper() != a]


def _company_scan(rows: list[dict[str, str]]) -> re.Pattern[str]:
    """All aliases of all rows in one alternation, longest first, so that the longest name at a
    position wins whichever row it belongs to. As a tree of prefixes, and without the test of the
    character before (a leading test keeps the engine from skipping ahead by first letters):
    `_hits_not_after_word` makes it."""
    every = [alias for r in rows for alias in _spellings(r["aliases"]) if alias]  # '' would match everywhere
    return re.compile(rf"(?:{prefix_tree(every)})(?![\w])")


@lru_cache(maxsize=4)
def _legal_forms(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A legal form (company_forms.csv), a blank before it tested apart (`_forms_after_blank`); a name's
    tail the text leaves off when it names the company again; a word that is no name."""
    return (
        re.compile(rf"(?:{words['legal_form']})\b"),
        re.compile(rf"(?:{words['legal_form']}|{words['name_tail']})$"),
        re.compile(rf"(?:{words['not_a_name']})$"),
    )


_BLANK = re.compile(r"\s")


def _forms_after_blank(form: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""The hits of '(?<=\s)' + form, as finditer would give them: the form's words are plain, so the
    engine skips ahead to their first letters by itself, which the lookbehind in front kept it from
    doing (it was tried at every position: 22 -> 7 us a text). A hit not after a blank is dropped; it
    hides no other (one starting inside it would follow a letter)."""
    for hit in form.finditer(text):
        if hit.start() and _BLANK.match(text, hit.start() - 1):
            yield hit


class TakenSpans:
    """The spans of a text the names found so far take: whether a span overlaps one of them ('a < end and
    start < b' for one (a, b) added) by one bisection. Scanning every span added was quadratic in the names
    of a text (566k steps on a 1 MB text). Spans that overlap are kept merged (the same answers: a span
    overlapping the merged one overlaps one of its parts), so the stored ones are disjoint and sorted."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Add the span text[start:end] (not empty: a name's)."""
        first = bisect_right(self._ends, start)  # the stored spans from here on end after start ...
        last = bisect_left(self._starts, end)  # ... and those before here start before end: they overlap it
        if first < last:
            start, end = min(start, self._starts[first]), max(end, self._ends[last - 1])
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps a span added: the last one starting before end is the one
        that reaches furthest of those (disjoint and sorted)."""
        at = bisect_left(self._starts, end) - 1
        return at >= 0 and start < self._ends[at]


# up to four capitalised words right before a legal form: 'PDD Holdings', 'Goldman Sachs Group'
# capitalised words, or one starting in lower case before a capital ('iFlytek Co. Ltd.', as a unit's 'iQiyi')
_NAME_BEFORE = re.compile(r"(?:(?:[A-Z]|[a-z](?=[a-z]{0,2}[A-Z]))[\w&'-]*\s+){1,4}$")
_NAME_REACH = 80  # characters before a legal form its name may take


def unknown_companies(text: str, taken: TakenSpans, forms: Words) -> list[tuple[int, Company]]:
    """The companies the tables and the master do not know, named with a legal form ('PDD Holdings Inc.'),
    at that mention and wherever the text names them again ('PDD rose 0.8%'): subjects of their own, without
    quotes, so that their figures are not taken for the stock named before them. `taken`: the spans of the
    names already known."""
    if "legal_form" not in forms.by_role:
        return []
    form_at, name_tail, not_a_name = _legal_forms(forms)
    names: dict[str, Company] = {}
    for written in [*_units_named(text, taken, forms), *_web_names(text, taken, forms), *_ranked_names(text, taken)]:
        names.setdefault(written, Company(written, "stock", "", re.compile(rf"\b{re.escape(written)}\b")))
    for form in _forms_after_blank(form_at, text):
        window = max(0, form.start() - _NAME_REACH)
        named = _NAME_BEFORE.search(text, window, form.start())
        if named is None:
            continue
        words = named.group().split()
        while words and not_a_name.match(words[0]):
            words.pop(0)  # 'The PDD Holdings': the article is no part of the name
        while len(words) > 1 and name_tail.match(words[-1]):
            words.pop()  # 'PDD Holdings Inc.' is named 'PDD' again
        if not words or taken.overlaps(named.start(), form.end()):
            continue
        written = " ".join(words)
        names.setdefault(written, Company(written, "stock", "", re.compile(rf"\b{re.escape(written)}\b")))
    return [
        (mention.start(), company)
        for company in names.values()
        for mention in company.pattern.finditer(text)
        if not taken.overlaps(mention.start(), mention.end())
    ]


@lru_cache(maxsize=4)
def _unit_name(words: Words) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """A name right after a word for a company's unit ('its video unit iQiyi', 'die Chip-Tochter Kunlunxin':
    company_forms.csv unit_noun), up to three capitalised words; and texts one of which each match holds."""
    # (a name may start in lower case before a capital: 'iQiyi')
    name = r"(?:[A-Z]|[a-z](?=[a-z]{0,2}[A-Z]))[\w.&-]*"
    pattern = re.compile(rf"\b(?:{words['unit_noun']})\s+({name}(?:\s+{name}){{0,2}})")
    return pattern, case_blind_literals(re.compile(pattern.pattern, re.IGNORECASE))


def _units_named(text: str, taken: TakenSpans, forms: Words) -> list[str]:
    """The names of units of a company the tables do not know ('its video unit iQiyi jumped 12%'): companies of
    their own, listed or not, whose moves are not their parent's."""
    if "unit_noun" not in forms.by_role:
        return []
    pattern, literals = _unit_name(forms)
    folded = text.lower()
    if literals is not None and not any(literal in folded for literal in literals):
        return []
    _, _, not_a_name = _legal_forms(forms)
    found = []
    for hit in pattern.finditer(text):
        words = hit.group(1).split()
        while words and not_a_name.match(words[0]):
            words.pop(0)
        if words and not taken.overlaps(hit.start(1), hit.end(1)):
            found.append(" ".join(words))
    return found


# an item of a ranked list led by its name and a colon right before its figure ('1. Nongfu Spring: -3,05 Prozent')
_RANKED_ITEM = re.compile(
    r"^[ \t]*\d{1,2}\.[ \t]+"  # the rank
    r"([A-ZÄÖÜ][\w&'’.-]*(?:[ \t]+[A-ZÄÖÜ][\w&'’.-]*){0,3})"  # the name: up to four capitalised words
    r"[ \t]*:(?=[ \t]*[-+−]?\d)",
    re.M,
)


def _ranked_names(text: str, taken: TakenSpans) -> list[str]:
    """The names the tables do not know leading items of a ranked list of companies ('Die größten Verlierer im Hang
    Seng: 1. Nongfu Spring: -3,05 Prozent ... 2. Meituan: -0,97 Prozent'): companies of their own, whose moves are
    neither the index's the list's intro names nor the stock's named before them. A list is of companies where an
    item's name is one the tables know; a list of days ('1. September: +0,4 Prozent') names none."""
    if ":" not in text:
        return []
    items = list(_RANKED_ITEM.finditer(text))
    if not any(taken.overlaps(item.start(1), item.end(1)) for item in items):
        return []
    return [item[1] for item in items if not taken.overlaps(item.start(1), item.end(1))]


@lru_cache(maxsize=4)
def _web_name(words: Words) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A name written as a web address ('Trip.com', 'Autohome.com.cn': company_forms.csv web_suffix), one
    capitalised word before the suffix, not inside an address ('www.trip.com'); and the suffixes with their
    dot, one of which a text must hold."""
    suffixes = tuple(f".{suffix}" for suffix in words["web_suffix"].split("|"))
    pattern = re.compile(rf"(?<![\w./@-])[A-Z][\w-]*(?:\.(?:{words['web_suffix']}))+\b(?![./@-]\w)")
    return pattern, suffixes


def _web_names(text: str, taken: TakenSpans, forms: Words) -> list[str]:
    """The companies the tables do not know named as a web address ('Der Reiseportal-Betreiber Trip.com gewann
    1,2 Prozent'): subjects of their own, whose moves are not those of the stock named before them."""
    if "web_suffix" not in forms.by_role:
        return []
    pattern, suffixes = _web_name(forms)
    if not any(suffix in text for suffix in suffixes):
        return []
    return [hit.group() for hit in pattern.finditer(text) if not taken.overlaps(hit.start(), hit.end())]


@lru_cache(maxsize=4)
def _sector(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...] | None]:
    """The pattern of a sector's possessive; that of a sector heading its own move ('The tech sector rose 1.6%',
    'the financial sector sub-index gained 0.6%': the sector, a word or two, then its number); and texts one
    of which each match holds (the sector words, `first_chars.required_literals`): led by '\b', the patterns
    are tried at every position of a text, and most texts name no sector."""
    possessive = re.compile(rf"\b(?:[A-Z][\w&-]*\s+){{0,3}}(?:{words['sector']})(?=['’]s\b)")
    moving = re.compile(
        rf"\b[Tt]he\s+(?:[\w&-]+\s+){{1,2}}?(?:{words['sector']})(?:\s+sub-?index|\s+index)?"
        r"(?=\s+(?:[a-z]+\s+){1,2}[-+−]?\d)"
    )
    return possessive, moving, required_literals(possessive)


def sectors(text: str, taken: TakenSpans, forms: Words) -> list[tuple[int, Company]]:
    """A sector whose move the text gives with its possessive ('the Retail-Wholesale sector's gain of
    1.2%', company_forms.csv sector) or as the subject of its move ('The tech sector rose 1.6%', 'the
    property sector added 1.2%'): a subject of its own, an aggregate like an index, without quotes, so that
    its figure is not taken for the stock in play."""
    if "sector" not in forms.by_role:
        return []
    possessive, moving, literals = _sector(forms)
    if literals is not None and not any(literal in text for literal in literals):
        return []
    hits = [*possessive.finditer(text)] if "'s" in text or "’s" in text else []
    hits += [hit for hit in moving.finditer(text) if not any(h.start() <= hit.start() < h.end() for h in hits)]
    return [
        (hit.start(), Company(hit.group(), "index", "", re.compile(re.escape(hit.group()))))
        for hit in sorted(hits, key=lambda h: h.start())
        if not taken.overlaps(hit.start(), hit.end())
    ]


def _hits_not_after_word(
    pattern: re.Pattern[str], text: str, starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    r"""The hits of '(?<![\w-])' + pattern, as finditer would give them: a hit right after a word
    character or a hyphen is dropped and the search resumes one character later (it may hide a
    hit that starts inside it). `starts`: every place a hit can start, ascending; the pattern is
    then matched there only (the leftmost hit from a place on is the first of them that matches)."""
    at = 0
    places = iter(starts) if starts is not None else None
    while (hit := pattern.search(text, at) if places is None else _first_match(pattern, text, at, places)) is not None:
        if hit.start() and WORD_OR_HYPHEN.match(text, hit.start() - 1):
            at = hit.start() + 1
            continue
        yield hit
        at = hit.end()


def _first_match(pattern: re.Pattern[str], text: str, at: int, places: Iterator[int]) -> re.Match[str] | None:
    """The match at the first of the remaining places from `at` on where the pattern matches (the
    places before `at` are passed over and used up: `at` only grows)."""
    for place in places:
        if place >= at and (hit := pattern.match(text, place)) is not None:
            return hit
    return None


def _alias_owner(rows: list[dict[str, str]]) -> dict[str, int]:
    return {alias: i for i, r in enumerate(rows) for alias in _spellings(r["aliases"])}


# 'an der Nasdaq', 'on the Nasdaq', 'at the NYSE': an exchange, not its index
# the words naming a broker's analysts before its name ('Die Analysten von Morgan Stanley', 'analysts at Jefferies'): a
# master's company named so speaks of the stock the text is about, it is none of the text's subjects
_ANALYSTS_OF = re.compile(
    r"(?:\b(?:Analysten|Analystin|Analyst|Experten|Strategen)\s+(?:von|der|bei|des)|\banalysts?\s+(?:at|from|with)"
    # the source of a figure, not its subject: 'Analysts polled by FactSet expect ...', 'according to LSEG data',
    # 'laut FactSet', 'Daten von Bloomberg zufolge'
    r"|\b(?:polled|surveyed|compiled|tracked)\s+by|\baccording\s+to|\b(?:data|estimates)\s+from|\blaut|\bDaten\s+von)"
    r"\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _rates_a_stock(forms: Words) -> re.Pattern[str]:
    """A verb acting on a broker's rating right after a master's company ('Morgan Stanley hob das Kursziel', 'Goldman
    Sachs raised its price target'; company_forms.csv rating_verb, rating_object): a broker, no subject."""
    return re.compile(rf"\s+(?:{forms['rating_verb']})\b[^.;]{{0,40}}?\b(?:{forms['rating_object']})\b", re.IGNORECASE)


# (German with up to two words between: 'an der New Yorker Technologiebörse Nasdaq')
_EXCHANGE_USE = re.compile(
    r"(?:(?:\ban|\bauf) der(?:\s+[\w-]+){0,2}|\bon the|\bat the|\bvia the|\bon)\s+$", re.IGNORECASE
)
_EXCHANGE_USE_REACH = 40
# 'NASDAQ:BIDU'; a compound ('NASDAQ-Handel', 'Nasdaq-listed', 'DAX-Konzern') names a venue or a
# membership, not the index's move; '-Index' itself is the index ('S&P-500-Index')
# 'Hang Seng: 27.287,12 Punkte' (a label before its value) is the index
_COMPOUND = re.compile(r":(?:\s?[A-Z]{2,5}\b|(?=\S))|-(?![Ii]ndex\b)[^\W\d]")
# 'Hang Seng Automobile Index', 'Hang Seng China Enterprises Index': a sub-index, not the main one
_SUB_INDEX = re.compile(r"(?:[ -][A-Z][\w&]*){1,3}[ -](?:Index|index|Indizes)\b")


# 'Hang Seng University', 'Hang Seng Bank', 'Dow Chemical', 'Nasdaq Stock Market': an index's
# name as the first word of another name is not the index (an index's own words may follow)
_OTHER_NAME = re.compile(r" (?!(?:Index|Indizes|Indexes|Composite|Performance|Kursindex)\b)[A-Z][a-z]")


@lru_cache(maxsize=4)
def load_rules(rules_dir: Path = RULES_DIR) -> Rules:
    """Read and compile every rule table; the digest changes whenever any table changes."""
    digest = hashlib.sha256()
    for path in sorted(rules_dir.glob("*.csv")):
        digest.update(path.name.encode() + path.read_bytes())
    table = {path.stem: _rows(path) for path in rules_dir.glob("*.csv")}
    table["companies"] = _with_tickers(
        table["companies"] + _listed_only(table["companies"], table["listings"]), table["listings"]
    )
    own = len(table["companies"])
    master = build_master(
        table["exchanges"],
        (r["name"] for r in table["ambiguous_names"]),
        {a for r in table["companies"] for a in [r["company"], *r["aliases"].split("|")]},
        {r["symbol"] for r in table["listings"]},
    )
    digest.update(f"pytickersymbols {master.version}".encode())
    own_listings = tuple(_listing_row(r) for r in table["listings"])
    master_listings = tuple(_listing_row(r) for r in master.listings)
    table["companies"] += master.companies
    return Rules(
        companies=tuple(
            Company(r["company"], r["kind"], r["home_venue"], _alias_pattern(r["aliases"])) for r in table["companies"]
        ),
        listings=own_listings,
        master_listings=master_listings,
        by_symbol={item.symbol: item for item in reversed(own_listings + master_listings)},
        by_company=_by_company(own_listings + master_listings),
        venues=PatternRows((_led(r["pattern"]), r["venue"]) for r in table["venues"]),
        ticker_venues=_ticker_venues(table["listings"]),
        currencies=tuple((re.compile(r["pattern"]), r["currency"], r["venue"]) for r in table["currencies"]),
        units=tuple((r["pattern"], r["unit"], float(r["scale"])) for r in table["units"]),
        hedges=tuple(sorted(((r["phrase"], r["label"]) for r in table["hedges"]), key=lambda h: -len(h[0]))),
        directions=PatternRows((_led(word_list_as_tree(r["pattern"])), r["direction"]) for r in table["directions"]),
        cues=tuple(
            Cue(
                _led(r["pattern"], re.IGNORECASE),
                _led(lower_literals(r["pattern"])),
                r["kind"],
                r["number"],
                int(r["max_gap"]),
                _literal_words(r["pattern"]),
                "dated" in (flags := (r.get("base") or "").split()),  # the flags of the base column, by spaces
                "sessions" in flags,
                "week_end" in flags,
                "span" in flags,
                "restated" in flags,
            )
            for r in table["cues"]
        ),
        scope_reasons={r["category"]: r["reason"] for r in table["scope"]},
        scope_reasons_de={r["category"]: r["reason_de"] for r in table["scope"]},
        bands={
            r["shape"]: Band(
                r["shape"],
                float(r["rel"]),
                float(r["abs_percent"]),
                float(r["abs_price_rel"]),
                float(r["abs_points"]),
                float(r["cap"]) if r["cap"] else None,
                float(r["price_half_units"]) if r["price_half_units"] else None,
                float(r["last_digit_units"]) if r["last_digit_units"] else None,
                int(r["screen_decimals"]) if r["screen_decimals"] else None,
                r["note"],
            )
            for r in table["bands"]
        },
        tolerances={
            r["unit_class"]: Tolerance(
                r["unit_class"],
                float(r["imprecise_abs"]),
                float(r["imprecise_rel"]),
                float(r["derived_abs"]),
                float(r["derived_rel"]),
                float(r["derived_accurate_rel"]),
                r["note"],
            )
            for r in table["tolerances"]
        },
        fx_pairs=tuple((r["pair"], r["yahoo_symbol"], r["ecb_column"]) for r in table["fx_pairs"]),
        statements=tuple(
            Statement(
                _led(r["pattern"], re.IGNORECASE),
                r["kind"],
                r["direction"],
                r["anchor"],
                _literal_words(r["pattern"]),
            )
            for r in table["statements"]
        ),
        company_scan=_company_scan(table["companies"][:own]),
        master_names=NameIndex(
            ((alias, own + i) for i, r in enumerate(master.companies) for alias in r["aliases"].split("|")),
            master.ambiguous,
        ),
        alias_owner=_alias_owner(table["companies"][:own]),
        venue_owner=_owners([_literal_words(r["pattern"]) for r in table["venues"]]),
        phrases={
            "de": tuple(sorted(((r["en"], r["de"]) for r in table["phrases"]), key=lambda p: -len(p[0]))),
        },
        **{name: _words(table[name], name, plain=name in _PLAIN_WORD_TABLES) for name in _WORD_TABLES},
        digest=digest.hexdigest()[:16],
        volume_judged=frozenset(r["calendar"] for r in table["exchanges"] if r["volume"] == "one venue"),
        number_words=_number_words(table.get("number_words", [])),
        epithets=_epithets(table.get("epithets", [])),
    )


def _epithets(rows: list[dict[str, str]]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """epithets.csv as one pattern: an epithet after an article and up to two words ('the Chinese
    e-commerce giant', 'des chinesischen Onlinehändlers'), longest first; and every company each may mean."""
    meant: dict[str, list[str]] = {}
    for row in rows:
        for word in row["words"].split("|"):
            meant.setdefault(word.lower(), []).append(row["company"])
    if not meant:
        return None
    words = "|".join(re.escape(word) for word in sorted(meant, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:the|its|der|die|das|des|dem|den)\s+(?:[\w-]+\s+){{0,2}}?(?P<word>{words})(?:e?s|e?n)?(?![\w-])", re.I
    )
    return with_first_chars(pattern), {word: tuple(companies) for word, companies in meant.items()}


def _number_words(rows: list[dict[str, str]]) -> tuple[NumberWord, ...]:
    """number_words.csv, a row each, in the table's order."""
    words = []
    for row in rows:
        pattern = re.compile(row["pattern"])
        high = float(row["value_high"]) if row["value_high"] else None
        words.append(NumberWord(pattern, required_literals(pattern), float(row["value"]), high))
    return tuple(words)
