"""Plain records passed between the stages. No behaviour beyond small derived values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Unit = Literal["percent", "percentage_points", "points", "HKD", "USD", "EUR", "CNY", "count"]
Direction = Literal["up", "down", "flat"]  # flat: a sign-only claim of no move
Verdict = Literal["accurate", "imprecise", "wrong", "unverifiable", "out_of_scope"]
PublishedSource = Literal["option", "front_matter", "manifest", "metadata", "text", "guess", "unknown"]
DateBasis = Literal["stated", "relative", "approximate", "implied", "unresolved", "none"]
# Where a claim's time slot came from: the words of the text, a day carried from an earlier
# sentence, or the publication day taken as a default because the text names no day.
TimeSource = Literal["text", "earlier_sentence", "publication_default", "none"]
# Where a claim's listing came from: a venue, ticker or currency of its own sentence (or the index
# it names); the venue an earlier sentence was about; the company's home listing because the text
# names no venue; none (no listing). The last two but one are inferred: the measure step reads the
# company's other listings as alternatives, and the verdict's confidence says so.
ListingSource = Literal["text", "earlier_sentence", "home_default", "none"]
INFERRED_LISTING: frozenset[ListingSource] = frozenset({"earlier_sentence", "home_default"})
# What a distance to an extreme is a share of: of the extreme ('17 Prozent unter dem 52-Wochen-Hoch': the
# price's fall from it), or of the price (the move still needed to reach the extreme, 'würde mit einem Plus
# von 16 Prozent das Hoch wieder erreichen')
DistanceBase = Literal["extreme", "price"]

CURRENCIES = ("HKD", "USD", "EUR", "CNY")


@dataclass(frozen=True)
class Published:
    date: date | None
    source: PublishedSource
    # the publication instant (time zone aware) where the article gives its time of day on that
    # date ('16.01.2026 - 00:10:53'): a text published before a session opens speaks of the one before
    at: datetime | None = None
    # the text states the close its figures are as of ('Stand: Schlusskurse vom 24.10.2025', 'at Thursday's close,
    # March 19'; `extract._stated_as_of`, which sets `date` to it): a figure naming no day is of that session only
    as_of_close: bool = False

    @property
    def trusted(self) -> bool:
        """A guessed or unknown date may never lead to a `wrong` verdict."""
        return self.date is not None and self.source not in ("guess", "unknown")


@dataclass
class Claim:
    """One number in an article, classified. Offsets are Python str indices (half-open)."""

    id: str
    span: tuple[int, int]
    quote: str
    sentence_span: tuple[int, int]
    value: float | None
    value_high: float | None
    scale: float
    direction: Direction | None
    unit: Unit | None
    kind: str
    checkable: bool
    scope_reason: str | None
    hedge: str | None
    hedge_text: str | None
    subject: str | None
    listing: str | None
    reference: dict[str, str] | None
    date_basis: DateBasis = "none"
    notes: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    repeat_of: str | None = None  # the id of the claim this one says again (kind 'repeat')
    decimals: int = 0  # digits after the decimal mark as written: sets the base tolerance
    ratio_word: bool = False  # written as a ratio in words ('verdoppelt', 'ein Sechstel'): its precision is relative
    fx_from: tuple[float, str] | None = None  # the amount a stated conversion restates
    # 'hit a year high of HK$185 on Oct. 2': the day the text says the extreme was set (ISO day); the extreme as
    # of that day is read beside the one as of publication (a later, higher high does not make it untrue)
    set_on: str | None = None
    extreme_month: str | None = None  # 'Hoch vom Oktober': the month (YYYY-MM) the article gives a 52-week extreme
    # a distance to an extreme named as the year's ('vom Jahreshoch ... entfernt'): the calendar year's extreme so far
    # is a permitted reading beside the 52 weeks' (writers use the word for both)
    year_extreme: bool = False
    # a 52-week extreme its words name a close ('its record close of 26,119.85', '52-week closing high'): read from the
    # closes only, not from the daily highs (lows) as well
    extreme_on_closes: bool = False
    # a week's move told over five sessions ('over the past five sessions', 'in den letzten fünf Handelstagen'): read
    # from the close five sessions back only; a week's ('over the past week') may also be counted a calendar week back
    sessions_counted: bool = False
    # a week's move told over a span of seven days ('innerhalb einer Woche', 'within a week'): never the week so far
    # of a mid-week session, which 'auf Wochensicht' or 'for the week' may mean
    week_span: bool = False
    time_source: TimeSource = "none"  # typed provenance of `reference`, read by the measure step
    listing_source: ListingSource = "none"  # typed provenance of `listing`, read by measure and band
    distance_base: DistanceBase = "extreme"  # a distance to an extreme: what it is a share of, read by measure
    # the day words were read as a day after publication (a weekday's nearest, when the one before is
    # further away): the note saying so, which the run also lists among the article's warnings
    after_publication_note: str | None = None
    # the text reports a session that had closed when it was written as finished ('legte um 2,6
    # Prozent zu', 'verloren 1 Prozent auf 153,80 HKD' the day before): an index's move on it reads
    # close to close, not anywhere in the day's range; a close on it is that day's, not the one before
    completed_session: bool = False
    # a period's move naming no day in a text that reports a session ('fell 4.7% on Friday. The stock is still
    # up about 85% this year'): the sessions up to publication it may mean start at that one (ISO day)
    not_before: str | None = None
    # such a move's period ends at that session; the last session it may still mean (its day at publication)
    latest: str | None = None
    # a move since a dated base ('57 Prozent über dem Schlusskurs vom 7. April'): the field its
    # words name ('close', 'low', 'high') and the base's ISO day, measured from; the note only says it
    since_base: tuple[str, str] | None = None
    # a move over a trailing window its words count ('over the past three months', 'in den vergangenen zwei Wochen',
    # 'over the past two sessions'): the count and unit ('months', 'weeks', 'quarters', 'sessions'); measured from the
    # close that far back from each session it may end in
    window_back: tuple[int, str] | None = None
    # why the claim's own words leave it unmeasured though its kind is measured (a trading volume
    # whose stock or venue is not named beside it: `kinds.VOLUME_UNATTRIBUTED`); reported by measure
    unmeasured_reason: str | None = None
    # the price a day's move went to in its clause ('fell 4.8% to HK$154.40'), in the listing's currency: a
    # move caught during the session is the move to that price, not any point of the day's range
    moved_to: float | None = None
    # the session (ISO day) still trading when the text was written that a claim naming no day ends in: a period's
    # move ('as of 11.30am ... Baidu's shares have risen nearly 30 per cent this year') may then end anywhere in that
    # day's range; a day's move ('Shares of the chipmaker added 1.5%' at 12:31 PM EDT) is that session's only
    open_session_day: str | None = None
    # the claim's sentence does not name its company, and the company carried from the sentences before is not the
    # text's main stock: it is one of several 'die Aktie' may mean ('Tencent verloren 1,7 Prozent. Die Aktie hatte am
    # Vortag mit 169,80 HKD ein Hoch markiert' in a text on Alibaba); a price far from all that company's quotes is
    # then no finding against it (measure._far_from_carried_company). The main stock carried is the one meant.
    subject_carried: bool = False
    # a moving average's window, the sessions its words name ('50-day', '200-Tage-Linie', 'GD 200', 'fifty day'), and
    # whether they name an exponential one ('EMA 20', '20-day exponential moving average'); None: no window named,
    # the claim is not measured (`kinds.UNMEASURED_KINDS`)
    average_sessions: int | None = None
    average_exponential: bool = False
    # a day carried from the sentences before (time_source 'earlier_sentence') that the latest of them to name it told
    # for a listing of the same market ('Am Freitag ... notierten sie zuletzt 0,5 Prozent tiefer' on Hong Kong, then
    # 'Meituan gaben 2,7 Prozent nach'): that session had traded, so the one before it is no reading of the claim
    day_told_of_its_market: bool = False


@dataclass
class ExtractedArticle:
    article: str
    text: str
    published: Published
    warnings: list[str]
    claims: list[Claim]
    language: str
    meta: dict[str, str] = field(default_factory=dict)  # title, source, url, author (article_metadata.py)


@dataclass(frozen=True)
class Reading:
    """One way of reading the data for a claim: a point (lo == hi) or a range."""

    name: str
    lo: float
    hi: float
    evidence: tuple[Evidence, ...]
    primary: bool = True
    session: str = ""  # the session (or FX day) the reading belongs to
    diagnostic: bool = False  # a perturbed reading (Wu et al.): it explains, it never decides
    derived: bool = False  # read from a derived series (a euro parity of the ADR), not from quotes
    listing: str = ""  # the listing read (another than the claim's when its words leave the listing open)


@dataclass(frozen=True)
class Evidence:
    symbol: str
    date: str
    field: str
    value: float
    source: str


@dataclass
class Measurement:
    """What the data say about one claim, before judging."""

    claim_id: str
    readings: list[Reading]
    unverifiable_reason: str | None = None
    indicative: list[Evidence] = field(default_factory=list)
    diagnosis: list[str] = field(default_factory=list)
    confidence: float = 1.0
    confidence_notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Figure:
    """A number the report shows in its reader's format: 'percent' signed with ' %', 'points' with
    one decimal, anything else (a price) with two; lo != hi is a range."""

    lo: float
    hi: float
    cls: str


@dataclass(frozen=True)
class Day:
    """A date ('YYYY-MM-DD') or a month ('YYYY-MM'), shown in the reader's format."""

    iso: str


@dataclass(frozen=True)
class Term:
    """A catalogue key: the adapter says it in the report's language."""

    key: str


@dataclass(frozen=True)
class Phrase:
    """Words the core composes from parts (a reading's name, a reason naming symbols), in English:
    the adapter translates them with the phrase table (expectations/rules/phrases.csv) and shows
    the dates in them in the reader's format."""

    text: str


@dataclass(frozen=True)
class ScopeReason:
    """Why a number is not market data: the scope table's reason for the kind, in the report's
    language (expectations/rules/scope.csv), else the extractor's own words."""

    kind: str
    fallback: str | None


@dataclass
class Message:
    """A sentence of the report as a catalogue key and its values (each a str shown as it is, or
    one of the types above, or a Message): the core says what, adapters/wording.py says it."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class Judgement:
    claim_id: str
    verdict: Verdict
    observed: float | None
    band: tuple[float, float] | None
    rule: str | None
    confidence: float | None
    explanation: Message
    evidence: list[Evidence]
    reading: str | None = None
    diagnosis: list[Message] = field(default_factory=list)
    confidence_reasons: list[str] = field(default_factory=list)
    derived: bool = False  # the reading the verdict rests on is derived, not a quote
