"""What earlier sentences established (the company, venue and day in play), and how a sentence updates it.

Extraction reads sentence by sentence; a sentence that omits its subject, listing or day takes them
from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from claimcheck.core.dates import (
    DateRef,
    has_day_phrase,
    later_weekday_told,
    names_previous_day,
    resolve_day,
    speaks_of_coming_only,
    told_as_earlier,
    without_earlier_events,
    without_previous_day,
)
from claimcheck.core.extract.metrics import contrast_clause
from claimcheck.core.kinds import INDEX_KINDS, PERIOD_KINDS, SESSION_KINDS, SET_EXTREME_KINDS
from claimcheck.core.sessions import MissingData, is_session, previous_session
from claimcheck.first_chars import required_literals
from claimcheck.model import Claim, Published
from claimcheck.rules import Company, Listing, Rules, Words
from claimcheck.word_scan import WordPositions


@dataclass
class Context:
    """What earlier sentences established: carried forward when a sentence omits it."""

    company: str | None = None
    venue: str | None = None
    day: DateRef | None = None
    companies: list[tuple[int, Company]] = field(default_factory=list)  # every mention in the text
    venues: list[tuple[int, str]] = field(default_factory=list)
    # where a venue pattern may match (`Rules.venue_scan`); None: anywhere
    venue_heads: list[int] | None = None
    # where an epithet stands ('the e-commerce giant'; epithets.csv), from the text's one word pass; None: anywhere
    epithet_at: WordPositions | None = None
    # the day the sentence being read refers back to ('an diesem Tag', 'on that day': `timing.day_anaphor`),
    # named by one of the sentences before it in its paragraph; None where it refers to none
    day_referred_back: DateRef | None = None
    # the day in play before a pluperfect aside on another venue carried that venue's earlier session ('Its ADRs
    # had closed 3.8% higher in New York on Friday' in a story of Monday's Hong Kong morning): a new paragraph
    # goes back to it, and so does a sentence naming the venue the aside left (`resume_after_aside`)
    day_before_aside: DateRef | None = None
    # the earlier day the sentence before told as background, in the pluperfect, leaving the day in play where it was
    # ('Am Donnerstag hatte die Aktie 7,1 Prozent verloren' after Friday's report): 'Am Vortag hatte sie ...' right
    # after it is the day before that one (`timing.reference_of`)
    day_told_before: date | None = None
    venue_before_aside: str | None = None
    # an overnight aside opened with no day in play ('Overnight on Wall Street, Nvidia climbed 2.5 per cent' in a wrap
    # whose earlier figures named no day): a new paragraph goes back to none
    aside_from_no_day: bool = False
    # the aside was an earlier session of another venue told in passing, the day in play left where it was ('Its
    # U.S.-listed shares had jumped 8.1% overnight in New York' in a story of Friday's Hong Kong close): a new paragraph
    # goes back to the venue in play before it too
    venue_left_in_passing: bool = False
    # the index the sentence before made its last claim of ('Der Leitindex schloss 1,35 Prozent höher.'): a sentence
    # going on from it ('Seit Anfang September steht damit ein Minus von knapp 1 Prozent') names no other subject
    index_before: str | None = None
    index_before_end: int = 0  # where the sentence whose last figure was the index's ends
    # a sentence naming Hong Kong wrote its dollar as the sign alone ('ALIBABA-W (09988.HK) closed at $172.1'), as
    # Hong Kong's own press does: the text's bare '$' is the Hong Kong dollar wherever Hong Kong is in play
    hk_dollar_sign: bool = False
    # an earlier price was written in Hong Kong dollars by sign or code ('168,50 HK$'): with `bare_dollar_us`, a later
    # bare 'Dollar' in a sentence naming no Hong Kong is the US dollar (`subjects.price_currency`)
    hk_dollar_named: bool = False
    # an earlier price on a US venue was written in a bare 'Dollar' ('in New York bei 177,18 Dollar'), the text's way
    # of writing the US dollar (`subjects.price_currency`)
    bare_dollar_us: bool = False
    # an earlier price was written in Hong Kong dollars by the currency's name ('117,10 Hongkong-Dollar'): the text's
    # bare 'Dollar' may be that name shortened, in Hong Kong ('im Tief kosteten sie 116,20 Dollar')
    hk_dollar_word: bool = False
    # the latest session, up to publication, the text reported a stock's figures on, per venue ('Die Aktie hat heute
    # ... geschlossen' before a recap of the week's earlier days): a period's move to date going on with 'damit' after
    # the recap is measured up to it, not up to the recap's last day (`timing.reference_of`)
    latest_told: dict[str, date] = field(default_factory=dict)
    # a table's header row naming a subject over its columns ('Week ended | Nasdaq 100 | Nvidia'): each cell's subject
    # in the rows under it, up to the paragraph's end (`subjects.subject_of`)
    column_subjects: tuple[Company | None, ...] | None = None
    # the last month a move was told for by its name ('rose 7.1% in September'): a move 'in the month' after it is that
    # month's (`timing.reference_of`)
    month_told: DateRef | None = None
    main_stock: str | None = field(init=False, default=None)  # the stock named most often (`main_company`)

    def __post_init__(self) -> None:
        self._company_at = [pos for pos, _ in self.companies]
        self._venue_at = [pos for pos, _ in self.venues]
        # where a stock or a venue is named: a sentence without a claim moves the context only there
        # (or by a relative day it names)
        self._mover_at = sorted([pos for pos, c in self.companies if c.kind == "stock"] + self._venue_at)
        # where an index is named: a sentence naming one without a figure is what a pronoun after it goes on with
        self._index_at = [pos for pos, c in self.companies if c.kind == "index"]
        # (counted once: asked for every claim whose sentence names no company, it grew with the text's length squared)
        self.main_stock = main_company(self.companies)

    def resume_after_aside(self, start: int | None = None, end: int | None = None) -> None:
        """At a new paragraph, or at a sentence text[start:end] naming the venue the aside left ('Seit Jahresbeginn
        summiert sich das Plus der Hongkong-Aktie damit auf rund 51 Prozent' after 'Bereits am Freitag hatten die
        ADRs in New York ... gewonnen'): the day in play before a pluperfect aside on another venue is in play again."""
        if self.day_before_aside is None and not self.aside_from_no_day:
            return
        if start is not None and end is not None:
            named = {venue for _, venue in self.venues_between(start, end)}
            if self.venue_before_aside is None or self.venue_before_aside not in named:
                return
        if self.venue_left_in_passing:
            # 'Its U.S.-listed shares had jumped 8.1% overnight in New York.' in a story of Friday's Hong Kong close:
            # 'The stock gained 11.6% for the week' in the next paragraph is the Hong Kong stock's
            self.venue = self.venue_before_aside or self.venue
        self.venue_left_in_passing = False
        self.day, self.day_before_aside, self.venue_before_aside = self.day_before_aside, None, None
        self.aside_from_no_day = False

    def names_stock_or_venue(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a stock or a venue."""
        at = bisect_left(self._mover_at, start)
        return at < len(self._mover_at) and self._mover_at[at] < end

    def names_index(self, start: int, end: int) -> bool:
        """Whether text[start:end] names an index."""
        at = bisect_left(self._index_at, start)
        return at < len(self._index_at) and self._index_at[at] < end

    def may_name_venue(self, start: int, end: int) -> bool:
        """Whether text[start:end] may hold a venue word: one of the venue patterns' heads starts there."""
        if self.venue_heads is None:
            return True
        at = bisect_left(self.venue_heads, start)
        return at < len(self.venue_heads) and self.venue_heads[at] < end

    def may_name_by_epithet(self, start: int, end: int) -> bool:
        """Whether text[start:end] may name a company by what it is: an epithet starts there."""
        return self.epithet_at is None or self.epithet_at.any_in(start, end)

    def companies_between(self, start: int, end: int) -> list[tuple[int, Company]]:
        return self.companies[bisect_left(self._company_at, start) : bisect_left(self._company_at, end)]

    def last_index_before(self, end: int) -> Company | None:
        """The last index named before `end` (a walk back from there: most texts name one a few mentions back)."""
        for at in range(bisect_left(self._company_at, end) - 1, -1, -1):
            if self.companies[at][1].kind == "index":
                return self.companies[at][1]
        return None

    def venues_between(self, start: int, end: int) -> list[tuple[int, str]]:
        return self.venues[bisect_left(self._venue_at, start) : bisect_left(self._venue_at, end)]


def _set_on_day_written(checked: list[Claim], published: Published) -> bool:
    """An extreme the sentence says was set on the day the text was written ('touched a 52-week low of 73.6 HKD on
    Wednesday' in Wednesday's alert): that session is the one the text reports, and its day goes on to the
    sentences after it ('The shares closed the session at 75.4 HKD, down 2.3% on the day'); an extreme set on an
    earlier day dates that number only."""
    today = published.date.isoformat() if published.date is not None else None
    return today is not None and any(
        c.set_on is None and c.time_source == "text" and (c.reference or {}).get("date") == today for c in checked
    )


@lru_cache(maxsize=4)
def _peer_words(words: Words) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words['peer']})\b", re.IGNORECASE)


def _named_as_peer(sentence: str, offset: int, subject: str | None, context: Context, rules: Rules) -> bool:
    """A company named as the peer the stock in play is compared with ('For comparison, its peer Alibaba Group fared
    worse: its ADRs ...'; subject_words.csv peer, before the name): an aside, so the stock and venue in play stay
    for the sentences after it ('The stock currently sits 25% below its 52-week high')."""
    if context.company is None or subject is None or subject == context.company:
        return False
    named = [at for at, company in context.companies_between(offset, offset + len(sentence)) if company.name == subject]
    return bool(named) and _peer_words(rules.subject_words).search(sentence, 0, named[0] - offset) is not None


def _named_in_contrast(sentence: str, offset: int, checked: list[Claim], context: Context, rules: Rules) -> bool:
    """Another company named only in a clause set against the one telling the stock in play ('Shares of the e-commerce
    giant were down 3.1% ..., while Nvidia was off 2.2%'; clause_words.csv contrast): an aside, so the stock in play
    stays for the sentences after it ('The stock closed at $164.32 on Wednesday')."""
    last = checked[-1]
    if context.company is None or last.subject in (None, context.company):
        return False
    contrast = contrast_clause(rules.clause_words).search(sentence)
    if contrast is None:
        return False
    at = offset + contrast.start()
    return last.span[0] > at and any(c.subject == context.company and c.span[0] < at for c in checked)


def _note_latest_told(context: Context, checked: list[Claim], published: Published, rules: Rules) -> None:
    """The latest session up to publication a sentence's figures were told on, in its own words or going on from
    a day named before, per venue (`Context.latest_told`)."""
    for claim in checked:
        told = claim.time_source in ("text", "earlier_sentence")
        said = (claim.reference or {}).get("date") if told else None
        listing = rules.listing(claim.listing or "") if said else None
        if listing is None or said is None or (published.date is not None and said > published.date.isoformat()):
            continue
        day = date.fromisoformat(said)
        told_before = context.latest_told.get(listing.venue)
        context.latest_told[listing.venue] = day if told_before is None else max(told_before, day)


# a ticker in brackets after a name, maybe led by its exchange ('(BABA)', '(NYSE: BABA)', '(NASDAQ:BIDU - Get ...)')
_TICKER_BRACKET_OPEN = re.compile(r"\(\s*(?:[A-Za-z]{2,8}\s*:\s*)?$")
_TICKER_BRACKET_CLOSE = re.compile(r"\s*(?:\)|[-–,;])")


def _bracketed_ticker_venue(sentence: str, rules: Rules) -> str | None:
    """The venue of the one listing a sentence names by a ticker in brackets, else None."""
    venues = {
        venue
        for pattern, venue in rules.ticker_venues
        for m in pattern.finditer(sentence)
        if _TICKER_BRACKET_OPEN.search(sentence, 0, m.start()) and _TICKER_BRACKET_CLOSE.match(sentence, m.end())
    }
    return venues.pop() if len(venues) == 1 else None


def _headed_by_epithet_of(sentence: str, offset: int, context: Context, rules: Rules) -> bool:
    """The sentence's subject, before any company's name, is an epithet that may mean the stock in play ('Der
    Essenslieferdienst hatte einen Gewinneinbruch gemeldet und vor dem Preiskampf mit Alibaba und JD.com gewarnt'
    after Meituan's figures): the stocks named after it are its objects, the stock in play stays (epithets.csv)."""
    if rules.epithets is None or context.company is None:
        return False
    if not context.may_name_by_epithet(offset, offset + len(sentence)):
        return False
    pattern, meant = rules.epithets
    head = pattern.match(sentence)
    if head is None or context.companies_between(offset, offset + head.start("word")):
        return False
    return context.company in meant.get(head["word"].lower(), ())


def update_context(
    context: Context,
    sentence: str,
    offset: int,
    claims: list[Claim],
    published: Published,
    rules: Rules,
    names_relative_day: bool = True,
) -> None:
    """After a sentence: its last checked claim's company, venue and day carry forward; without
    one, the stock it names (the one in play stays when named among others), its venue and a
    relative day it names. `names_relative_day` False says the sentence holds none of
    `dates.RELATIVE_DAY_WORDS` (found for the whole text at once): then it cannot name one."""
    if not claims:
        named = {company.name for _, company in context.companies_between(offset, offset + len(sentence))}
        if len(named) == 1 and (index := rules.company(next(iter(named)))) is not None and index.kind == "index":
            # 'The DAX actually had a decent day yesterday. - It did. It closed up 1.2% at 22,562.88': a sentence
            # naming one index alone, without a figure, is what a sentence opening with 'It' goes on with
            context.index_before, context.index_before_end = index.name, offset + len(sentence)
    if not claims and not names_relative_day and not context.names_stock_or_venue(offset, offset + len(sentence)):
        return  # most sentences: nothing below would change the context (one bisection instead of four)
    for claim in claims:
        ref = claim.reference
        if claim.kind == "month_return" and claim.time_source == "text" and ref is not None and "start" in ref:
            month_end, month_start = date.fromisoformat(ref["end"]), date.fromisoformat(ref["start"])
            context.month_told = DateRef(month_end, "stated", "the month a move before was told for", month_start)
    venue_then = context.venue
    # an index claim never makes the index the subject of the sentences after it ('die Aktie'), its period
    # moves neither ('..., outperforming the Hang Seng Tech index's 25% rise. The stock has climbed 48% ...')
    checked = [c for c in claims if c.checkable and c.listing and c.kind not in INDEX_KINDS and not _of_index(c, rules)]
    judged = [c for c in claims if c.checkable and c.listing]
    if judged:
        last = judged[-1]
        context.index_before = last.subject if last.kind in INDEX_KINDS or _of_index(last, rules) else None
        context.index_before_end = offset + len(sentence)
    if judged and not checked and (index_listing := rules.listing(judged[-1].listing or "")) is not None:
        # 'Der Hang Seng verlor 1,5 Prozent. ... Alibaba verlor 2,7 Prozent': an index never becomes the subject, but
        # the market it was just reported for is the venue in play
        context.venue = index_listing.venue
    if checked and all(c.kind in SET_EXTREME_KINDS for c in checked) and not _set_on_day_written(checked, published):
        sentence = ""  # the day an extreme was set dates no later sentence
    end = offset + len(sentence)
    stock_names = [c.name for _, c in context.companies_between(offset, end) if c.kind == "stock"]
    if checked:
        aside = _named_as_peer(sentence, offset, checked[-1].subject, context, rules) or _named_in_contrast(
            sentence, offset, checked, context, rules
        )
        context.company = context.company if aside else checked[-1].subject
        _note_latest_told(context, checked, published, rules)
        # a figure restated for the same period in another currency ('..., in Euro gerechnet sind es 27
        # Prozent') is an aside: the venue in play stays the one of the figure it restates
        told = _reported_before_asides([c for c in checked if c.kind != "same_period"] or checked, rules)
        listing = rules.listing(told[-1].listing or "")
        # an earlier session told in the pluperfect is background only on the venue in play: on another
        # ('kostet am Mittwochvormittag auf Tradegate ... An der Nasdaq hatten die ADRs am Dienstag ...')
        # it is that venue's last session, which the next sentences go on from
        same_venue = listing is None or listing.venue == context.venue
        context.venue = listing.venue if listing and not aside else context.venue
        if _PREVIOUS_CLOSE_LABEL.match(sentence):
            # a quote box's item led by its label ('- Previous close: $165.17', 'Vortag: 164,32 USD'): the session
            # before dates that item only; the box's next items ('Day's range: ...') are of the session in play
            return
        # (the day of an extreme labelling a chart level is that level's: 'Widerstände: 578,00 HKD (Hoch vom Mittwoch)')
        unlabelled = _BRACKETED_EXTREME.sub(lambda m: " " * len(m[0]), sentence)
        day = _reported_day(unlabelled, published, context, rules, same_venue, told_move=True)
        # ('Am Donnerstag hatte die Aktie 7,1 Prozent verloren.' after Friday's report: a day before the one in play
        # told as background, which a pluperfect 'Am Vortag hatte sie ...' right after it counts back from)
        earlier = resolve_day(without_earlier_events(unlabelled, rules), published.date, rules) if day is None else None
        context.day_told_before = (
            earlier.day if earlier is not None and earlier.basis in ("stated", "relative") else None
        )
        said = (told[-1].reference or {}).get("date") if told[-1].time_source == "text" else None
        if day is not None and day.basis == "approximate" and said is not None and not _within(said, day):
            # 'rutschte am Donnerstag um 2,6 Prozent ab, der größte Tagesverlust seit Ende Juli': the
            # since-base is no reported day; the day the sentence gave its figure is
            day = DateRef(date.fromisoformat(said), "relative")
        if (
            day is not None
            and day.basis == "relative"
            and day.day is not None
            and said is not None
            and day.day.isoformat() < said
            and (published.date is None or said <= published.date.isoformat())
            and told[-1].kind in SESSION_KINDS
        ):
            # 'fiel am Donnerstag um 5,5 Prozent und am Freitag um weitere 4,2 Prozent auf 177,19 Dollar': the story has
            # moved on to the later session its last figure told, which the sentences after it go on from ('damit')
            day = DateRef(date.fromisoformat(said), "relative")
        if day is not None and day.day is not None and any(_is_base_of(c, day.day) for c in told):
            # 'The stock has lost about 16% since its Oct. 3 close': the day is the return's base, no
            # session the text reports; the day in play stays for the sentences after it (a base of any of its
            # figures: '... lost 6.4% since its results on Feb. 25, and it is down 1.9% for 2026')
            day = None
        if day is None and (overnight := _overnight_session(sentence, told[0], published, context, rules)) is not None:
            # 'Overnight in New York, Nvidia gained 1.7 per cent ... . Alibaba's ADRs rose 3.9 per cent.': the overnight
            # session is the day the sentences after it go on from, an aside on that venue (a new paragraph, or a
            # sentence naming the venue it left, returns to the day in play before it)
            if context.day_before_aside is None and not context.aside_from_no_day:
                context.venue_before_aside = venue_then
                context.aside_from_no_day = context.day is None
            context.day_before_aside = context.day_before_aside or context.day
            context.day = overnight
            return
        if day is None and not same_venue and _earlier_session_in_passing(sentence, told[-1], context, rules):
            # 'Its U.S.-listed shares had jumped 8.1% overnight in New York after the results.' in a story of Friday's
            # Hong Kong close: an earlier session of another venue told in passing leaves the day in play, and the next
            # paragraph goes back to the venue in play before it too ('The stock gained 11.6% for the week')
            if context.day_before_aside is None and not context.aside_from_no_day:
                context.venue_before_aside = venue_then
                context.venue_left_in_passing = True
            context.day_before_aside = context.day_before_aside or context.day
        if day is not None and day.moment:
            # 'In Frankfurt kostet die Aktie am Mittwochmorgen 103,70 Euro': the time of writing, no session reported;
            # the sentences after it go on from the session in play (another listing's may not have closed yet)
            return
        if day is not None and day.day is not None and day.basis != "approximate" and not _looks_back(day, published):
            aside = (
                not same_venue and _earlier_day_told_as_background(sentence, day, context, rules, published, listing)
            ) or _earlier_date_stated(day, context)
            if aside:  # (an aside within an aside still returns to the day in play before the first)
                if context.day_before_aside is None and not context.aside_from_no_day:
                    context.venue_before_aside = venue_then
                    context.aside_from_no_day = context.day is None  # (then no day is in play again after it)
                context.day_before_aside = context.day_before_aside or context.day
            elif context.day is None or day.day != context.day.day:
                context.day_before_aside = context.venue_before_aside = None  # (its own day told again keeps an aside)
                context.aside_from_no_day = context.venue_left_in_passing = False
            context.day = day
        elif (
            day is None
            and _before_publication(context.day, published)
            and any(c.kind in PERIOD_KINDS and c.time_source == "publication_default" for c in checked)
            # ... unless the sentence opens with figures going on from that day ('- Alibaba ADRs: -0.5% to $125.48, down
            # 16.5% this year' in a list of Tuesday's moves: the day's move and price are Tuesday's, the items after
            # it too; not 'Baidu gained 9.5% over the week, while ... Meituan ... a gain of 0.3%')
            and checked[0].time_source != "earlier_sentence"
        ):
            # 'Baidu gained 8.5% over the week' after 'rose 18.5% on Monday alone': the text has moved on from
            # an earlier day told before to the period up to its writing, which the sentences after it go on from
            context.day = None
        return
    if judged and _moves_on_to_period(judged, context, published):
        # 'Der Nasdaq 100 beendete die Woche mit einem Plus von 1,1 Prozent.' after 'schlossen am Freitag bei ...': an
        # index's period move up to publication moves the text on from the earlier day as a stock's does (above); the
        # index stays no subject, and a day the sentence names itself is still taken below
        context.day = None
    if (
        stock_names
        and not (len(set(stock_names)) > 1 and context.company in stock_names)
        and not _headed_by_epithet_of(sentence, offset, context, rules)
    ):
        # 'neben Alibaba auch andere Internetwerte wie JD.com und Baidu': a sentence that names the
        # stock in play among others keeps it; one that names only another stock moves on to it
        context.company = stock_names[-1]
    named_venues = context.venues_between(offset, end)
    venues = [venue for _, venue in named_venues]
    if not claims and len(set(venues)) > 1:
        # 'The results came out before the bell in New York on Friday, after trading in Hong Kong had ended for the
        # week.': a venue named only in a clause telling an earlier event is not the one the sentence goes on to
        main = without_earlier_events(sentence, rules)
        venues = [venue for at, venue in named_venues if main[at - offset] == sentence[at - offset]] or venues
    if venues:
        context.venue = venues[-1]
    elif stock_names and (bracketed := _bracketed_ticker_venue(sentence, rules)) is not None:
        # 'Alibaba (BABA) stock lost ground this week.', 'Baidu, Inc. (NASDAQ:BIDU) traded down': a ticker in brackets
        # right after the name says which listing the text turns to, whatever venue was in play before
        context.venue = bracketed
    elif context.venue is None and stock_names:
        # a headline naming the stock by its ticker only ('Alibaba Stock: Is BABA A Buy?') names its venue
        # for the sentences after it, as a venue word would; the weakest sign, so only when none is in play
        literals, any_literal = rules.derived(_ticker_literals)
        tickers = (
            [
                venue
                for (pattern, venue), row_literals in zip(rules.ticker_venues, literals, strict=True)
                # a ticker is a literal ('BABA'): a sentence without it is not searched with its pattern
                if row_literals is None or any(literal in sentence for literal in row_literals)
                for _ in pattern.finditer(sentence)
            ]
            if any_literal is None or any_literal.search(sentence)
            else []
        )
        if len(set(tickers)) == 1:
            context.venue = tickers[0]
    # 'Die Aktie hat am Mittwoch zugelegt.' dates the sentences after it; a day named without a
    # claim counts only when it is relative and not after publication (not a coming event's date).
    if not names_relative_day:
        return
    # the day of a bracketed earlier value is an aside's ('Referenzkurs auf 1,1555 (Donnerstag: 1,1489) Dollar')
    # and so is the day of an extreme labelling a chart level ('Widerstände: 578,00 HKD (Hoch vom Mittwoch)')
    asides = _BRACKETED_EXTREME.sub(lambda m: " " * len(m[0]), _BRACKETED.sub(lambda m: " " * len(m[0]), sentence))
    # (an index's move told in the pluperfect of an earlier day, 'The benchmark had jumped 2.8 percent on Tuesday'
    # after its close reported with no day named, is background as a stock's is: the sentences after it stay on the
    # day written)
    # ('Bereits am Montagabend hatte sich die Stimmung in New York aufgehellt.' in a report of Tuesday's Frankfurt
    # close: an earlier session of another venue told in the pluperfect is that venue's, which the next sentences go
    # on from as an aside, as with a figure above)
    other_venue = not claims and bool(venues) and venue_then is not None and venues[-1] != venue_then
    day = _reported_day(asides, published, context, rules, not other_venue, told_move=bool(judged))
    if day is not None and published.date is not None:
        day = later_weekday_told(without_earlier_events(sentence, rules), day, published.date, rules)
    if (
        day is not None
        and day.day is not None
        and day.basis == "relative"
        and day.note is None
        and not day.moment
        and not _looks_back(day, published)
        and not speaks_of_coming_only(sentence, rules)
        and not _no_session_in_play(day.day, context, rules)
        # ('Seit dem Schlusskurs am Montag steht der Index 1,9 Prozent im Plus': an index's since-return base, as a
        # stock's above, is no session the text reports)
        and not any(_is_base_of(c, day.day) for c in judged)
        # ('Data released a day earlier showed China's economy grew 4.8% in the third quarter': the day of economic data
        # told without a market figure is the data's, no session the sentences after it go on from)
        and not (claims and all(c.kind == "macro" for c in claims))
    ):
        if other_venue and context.day is not None and context.day.day is not None and day.day < context.day.day:
            if context.day_before_aside is None and not context.aside_from_no_day:
                context.venue_before_aside = venue_then
            context.day_before_aside = context.day_before_aside or context.day
        context.day = day


def _no_session_in_play(day: date, context: Context, rules: Rules) -> bool:
    """A day named without a claim on which the venue in play held no session ('The market was closed Wednesday for
    the Chung Yeung Festival.', a holiday between two sessions): no session the text reports, so the sentences after
    it go on from the day in play before it, not from a day with no quotes."""
    calendar = rules.derived(_venue_calendars).get(context.venue or "")
    if calendar is None:
        return False
    try:
        return not is_session(calendar, day)
    except MissingData:  # a day outside the calendar held
        return False


def _venue_calendars(rules: Rules) -> dict[str, str]:
    """Each venue's exchange calendar, where the listings on it name one (`Rules.derived`)."""
    calendars: dict[str, set[str]] = {}
    for listing in rules.listings:
        calendars.setdefault(listing.venue, set()).add(listing.calendar)
    return {venue: next(iter(codes)) for venue, codes in calendars.items() if len(codes) == 1}


CLAUSE_END = re.compile(r"[,;](?!\d)")  # (not a thousands separator: "to 24,162.98 on Wednesday")
# a bracketed earlier value ('(Donnerstag: 1,1489)', '(Vortag: 1,0820)'), not a bracketed label
# ('(Schlusskurse Dienstag):')
_BRACKETED = re.compile(r"\([^():]*:\s*[-+]?\d[^()]*\)")
# a quote box's item led by the previous close's label ('- Previous close: $165.17', 'Vortag: 164,32 USD')
_PREVIOUS_CLOSE_LABEL = re.compile(
    r"\W*(?:(?:(?:the|its|their|[\w.&-]+(?: [\w.&-]+){0,2}['’]s) )?(?:Prev\.|Previous|Prior) close"
    r"(?::| (?:was|is|stood at|came in at))?|Vortag|Vortagesschluss|Schluss Vortag):?\s?(?:US\$|HK\$|\$|€)?\s?\d",
    re.IGNORECASE,
)
# a bracketed extreme or close naming its day as a level's label ('(Tagestief vom Donnerstag)', '(Hoch vom Mittwoch)',
# "(Wednesday's high)", 'Support: HK$116.60 (Oct 14 close)'): the level's day only
_BRACKETED_EXTREME = re.compile(r"\([^()]*?(?:hoch|tief|\bhigh|\blow|\bclose)\b[^()]*\)", re.IGNORECASE)


def _of_index(claim: Claim, rules: Rules) -> bool:
    subject = rules.company(claim.subject or "")
    return subject is not None and subject.kind == "index"


def _ticker_literals(rules: Rules) -> tuple[tuple[tuple[str, ...] | None, ...], re.Pattern[str] | None]:
    """Per ticker pattern, texts one of which every match holds (`first_chars.required_literals`),
    and all of them as one pattern (None where a row has none): most sentences hold none."""
    literals = tuple(required_literals(pattern) for pattern, _ in rules.ticker_venues)
    if any(row is None for row in literals):
        return literals, None
    return literals, re.compile("|".join(re.escape(literal) for row in literals for literal in row or ()))


def _is_base_of(claim: Claim, day: date) -> bool:
    """Whether a day is where the claim's period starts from: a since-return's dated base."""
    return claim.kind == "since_return" and (claim.reference or {}).get("start") == day.isoformat()


def _within(day: str, window: DateRef) -> bool:
    return window.day is not None and (window.start or window.day).isoformat() <= day <= window.day.isoformat()


def _earlier_day_told_as_background(
    sentence: str, day: DateRef, context: Context, rules: Rules, published: Published, listing: Listing | None
) -> bool:
    """A day before the one in play told in the pluperfect ('had closed ... on Friday'). With no day in play (a text
    about its time of writing), a day before the venue's last session before the publication day is one too: 'Am
    Mittwoch hatte das Papier in Frankfurt noch bei 147,80 Euro geschlossen' in Friday's text is no report of
    Frankfurt's last session, Thursday's, which 'An der Nasdaq hatten die ADRs am Dienstag ...' in Wednesday's morning
    text is."""
    in_play = context.day.day if context.day is not None else None
    if in_play is None and published.date is not None and listing is not None:
        try:
            in_play = previous_session(listing.calendar, published.date)
        except MissingData:  # before the calendar held
            in_play = None
    return (
        in_play is not None
        and day.day is not None
        and day.day < in_play
        and told_as_earlier(without_earlier_events(sentence, rules), rules)
    )


def _earlier_date_stated(day: DateRef, context: Context) -> bool:
    """A calendar date before the day in play ('der Kurssturz um 7,1 Prozent am 19. März' in a report of Tuesday's
    close): a look back, an aside for the rest of its paragraph; the next paragraph goes on from the day in play
    ('Die Aktie notiert knapp 18 Prozent unter der 50-Tage-Linie' is of Tuesday). So is a weekday or 'Vortag' going
    back from the day in play ('- Vortag (Montag): minus 1,4 Prozent' in a fact box under Tuesday's jump, 'On
    Monday it had slipped 0.8%'): a report never goes back in time but to look back."""
    in_play = context.day.day if context.day is not None else None
    return day.basis in ("stated", "relative") and in_play is not None and day.day is not None and day.day < in_play


def _reported_day(
    sentence: str,
    published: Published,
    context: Context,
    rules: Rules,
    same_venue: bool = True,
    told_move: bool = False,
) -> DateRef | None:
    """The day a sentence reports for the sentences after it: not one of an earlier event told in a
    subordinate clause, nor an earlier day than the one in play told in the pluperfect ('Am Mittwoch
    hatte es noch bei 195,56 US-Dollar geschlossen' after Thursday's report dates that close only)."""
    main = without_earlier_events(sentence, rules)
    if names_previous_day(main):
        other = without_previous_day(main)
        opening = CLAUSE_END.split(main, maxsplit=1)[0]
        if has_day_phrase(other) or not names_previous_day(opening):
            # 'The Nasdaq rose 1.3% on Wednesday, more than making up for its 1.0% drop in the prior session': the
            # session before counts back from the day the sentence reports, the one it goes on from; so does one told
            # in a later clause of a sentence naming no other day ('It closed up 186 points, ..., more than recovering
            # the 246 points it lost a day earlier': the day in play stays)
            main = other
    day = resolve_day(main, published.date, rules)
    # (with no day in play yet, a text that has reported a move reports its publication day: 'Der Dax schloss 2
    # Prozent tiefer. Am Vortag hatte er bereits 2,8 Prozent verloren.' keeps it for the sentences after)
    in_play = context.day.day if context.day is not None else published.date if told_move else None
    if day is None or day.day is None or in_play is None:
        return day
    return None if same_venue and day.day < in_play and told_as_earlier(main, rules) else day


def _overnight_session(
    sentence: str, told: Claim, published: Published, context: Context, rules: Rules
) -> DateRef | None:
    """The session a sentence headed by an overnight word ('Overnight in New York, ...', 'Über Nacht hatten die ADRs
    ...') reported, the one before the day in play, else before publication: its first figure's day, the one the heading
    word governs (not an earlier move told after it: ', building on a 7.9 per cent surge on Feb 6'), when before that
    day (a new paragraph returns to the day in play before it, or to none: `Context.resume_after_aside`)."""
    said = (told.reference or {}).get("date")
    in_play = context.day.day if context.day is not None else published.date
    if said is None or in_play is None or date.fromisoformat(said) >= in_play:
        return None
    from claimcheck.core.extract.timing import overnight_words  # (timing reads the context: imported when asked)

    guard, pattern = overnight_words(rules)
    heading = pattern.search(sentence) if guard.may_match(sentence) else None
    if heading is None or heading.start() > 0:
        # (an overnight word inside the sentence tells an earlier move of its own: 'Baidu rückten um 2,2 Prozent vor,
        # obwohl die ADRs am Vorabend 1,8 Prozent verloren hatten' leaves the day in play where it was)
        return None
    return DateRef(date.fromisoformat(said), "relative")


def _reported_before_asides(told: list[Claim], rules: Rules) -> list[Claim]:
    """A sentence's figures without those of an earlier session of another venue told after the session it reports
    ('Shares of Alibaba slipped 0.9% in Hong Kong on Thursday, after its U.S.-listed shares lost 1.3% overnight'): that
    session is background, and the venue in play stays the one reported ('The stock fell as much as 2.5% in early
    trade' is Hong Kong's)."""
    if len(told) < 2:
        return told
    days = [(c.reference or {}).get("date") or "" for c in told]
    latest = max(days)
    if not days[-1] or days[-1] == latest:
        return told
    reported = [c for c, day in zip(told, days, strict=True) if day == latest]
    one, other = (rules.listing(c.listing or "") for c in (reported[-1], told[-1]))
    return reported if one is not None and other is not None and one.venue != other.venue else told


def _earlier_session_in_passing(sentence: str, told: Claim, context: Context, rules: Rules) -> bool:
    """The figure was read on a session before the day in play, which the sentence did not move to, and the sentence
    tells it as an earlier one: in the pluperfect ('had jumped 8.1%') or by an overnight word ('8.1% overnight in New
    York'), not a figure of another listing's latest session ('BABA's 20-day moving average stands at ...')."""
    said = (told.reference or {}).get("date")
    in_play = context.day.day if context.day is not None else None
    if said is None or in_play is None or date.fromisoformat(said) >= in_play:
        return False
    from claimcheck.core.extract.timing import overnight_words  # (timing reads the context: imported when asked)

    guard, overnight = overnight_words(rules)
    return told_as_earlier(without_earlier_events(sentence, rules), rules) or (
        guard.may_match(sentence) and overnight.search(sentence) is not None
    )


def _moves_on_to_period(judged: list[Claim], context: Context, published: Published) -> bool:
    """A sentence of index claims only that tells a period's move up to publication, opening on no figure going on
    from the earlier day in play (`update_context`'s rule for a stock's period move)."""
    return (
        _before_publication(context.day, published)
        and any(c.kind in PERIOD_KINDS and c.time_source == "publication_default" for c in judged)
        and judged[0].time_source != "earlier_sentence"
    )


def _before_publication(day: DateRef | None, published: Published) -> bool:
    return day is not None and day.day is not None and published.date is not None and day.day < published.date


def _looks_back(day: DateRef, published: Published) -> bool:
    """'Vor einem Jahr kostete die Aktie noch 112 Euro': a day a month or more before publication is
    a look back, not the session the next sentences report."""
    return day.day is not None and published.date is not None and (published.date - day.day).days > 31


def main_company(companies: list[tuple[int, Company]]) -> str | None:
    """The stock named most often in the text: the subject of a sentence that names none."""
    counts: dict[str, int] = {}
    for _, company in companies:
        if company.kind == "stock":
            counts[company.name] = counts.get(company.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None
