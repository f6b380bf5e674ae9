"""What a number is about: the company or index, the venue, and from these the listing.

The companies and venues of the whole text are found once (`Rules.companies_in`, `venue_scan`) and
carried in the context; these functions choose among the ones near a number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from claimcheck.core.dates import without_earlier_events
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.metrics import in_other_relative_clause
from claimcheck.core.extract.sentences import pattern_hits
from claimcheck.core.numbers import HYPHENS, NumberMention
from claimcheck.first_chars import with_first_chars
from claimcheck.model import CURRENCIES, ListingSource
from claimcheck.rules import Company, PatternRows, Rules, Words
from claimcheck.word_scan import CaseBlindGuard


@lru_cache(maxsize=8)
def _currency_venues(
    currencies: tuple[tuple[re.Pattern[str], str, str], ...],
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Currency words as whole words, with the venue each implies ('Euro' -> Germany); a sign may
    stand right before its digits ('$160.44')."""
    return PatternRows(
        (re.compile(rf"(?<![\w])(?:{pattern.pattern})(?![^\W\d_])"), venue) for pattern, _, venue in currencies if venue
    )


def _currency_venue_rows(rules: Rules) -> tuple[tuple[re.Pattern[str], str], ...]:
    """`_currency_venues` of the rules, kept with them (`Rules.derived`): asked for most numbers, the cache keyed
    by the currency rows would hash each row's pattern every time."""
    return _currency_venues(rules.currencies)


def nearest_company(sentence: str, offset: int, m: NumberMention, context: Context, rules: Rules) -> Company | None:
    """The company named nearest before the number in its sentence, else nearest after; not one named inside an
    apposition to the name before it ('Alibaba, a heavyweight in the Hang Seng, fell 2%') or inside a relative clause
    between commas that the number follows ('Nvidia, whose chips power the AI build-out Alibaba is betting on, has
    gained 1.8%'), nor one leading a compound that names an event ('Der Dax hat sich vom Nvidia-Schock nicht
    beeindrucken lassen und ging 0,5 Prozent fester') after a name before it, or as the only name before it where
    another stock is in play ('Lieferungen von Nvidia-Chips' in a text on Alibaba)."""
    named = context.companies_between(offset, offset + len(sentence))
    before = [(pos, company) for pos, company in named if pos < m.start]
    after = [(pos, company) for pos, company in named if pos >= m.unit_end]
    while len(before) > 1 and (
        _named_in_apposition(sentence, offset, before[-2], before[-1][0], m.start)
        or _leads_event_compound(sentence, offset, before[-1], rules)
        or in_other_relative_clause(sentence, before[-1][0] - offset, m.start - offset, rules)
    ):
        before.pop()
    if before and _acts_in_subordinate_clause(sentence, offset, before[-1], m.start):
        before.pop()
    if (
        len(before) == 1
        and context.company is not None
        and before[0][1].name != context.company
        and _leads_event_compound(sentence, offset, before[0], rules)
    ):
        # 'Nach Berichten über Lieferungen von Nvidia-Chips nach China sprang die Aktie um gut 8 Prozent' in a text on
        # Alibaba: a name leading a compound that names a product or an event is no subject either where it is the only
        # name before the number; the shares are the stock in play's
        before.pop()
    chosen = before[-1] if before else after[0] if after else None
    return chosen[1] if chosen else None


# a holder named in a subordinate clause ('Since our portfolio bought them on September 8, they have gained about
# 23%', 'Seit unser Depot sie im Mai gekauft hat, sind sie ...'): the main clause's pronoun is the shares
_SUBORDINATE_BEFORE = re.compile(r"\b(?:since|after|when|seit|nachdem|als)\s+$", re.IGNORECASE)
_PRONOUN_MAIN_CLAUSE = re.compile(
    r"(?:[^,;.]|(?<=\d)\.)*,\s+(?:\w+\s+)?(?:they|it|sie|er|es)\b(?:[^,;.]|[.,](?=\d))*$", re.IGNORECASE
)


def _acts_in_subordinate_clause(sentence: str, offset: int, named: tuple[int, Company], number: int) -> bool:
    """A market, fund or portfolio (no stock) named right after a subordinating conjunction, whose clause closes before
    a main clause opening on a pronoun that holds the number."""
    at = named[0] - offset
    return (
        named[1].kind == "market"
        and _SUBORDINATE_BEFORE.search(sentence, max(0, at - 12), at) is not None
        and _PRONOUN_MAIN_CLAUSE.fullmatch(sentence, at, number - offset) is not None
    )


@lru_cache(maxsize=4)
def _compound_subject_head(words: Words) -> re.Pattern[str]:
    # (a case ending after the head: 'bei den Baidu-Hinterlegungsscheinen', 'den Alibaba-Papieren')
    return re.compile(rf"[{re.escape(HYPHENS)}](?:{words['compound_subject']})(?:n|en|s)?\b", re.IGNORECASE)


def _leads_event_compound(sentence: str, offset: int, named: tuple[int, Company], rules: Rules) -> bool:
    """The stock named at `named` leads a hyphenated compound whose head names no company or shares ('Nvidia-Schock',
    'Nvidia-led'; subject_words.csv compound_subject keeps 'Nvidia-Aktie', 'Alibaba-Konzern'). An index's compounds
    are mostly its own name ('Hang-Seng-Index', 'Nasdaq-100')."""
    if named[1].kind != "stock":
        return False
    mention = named[1].pattern.match(sentence, named[0] - offset)
    if mention is None or not sentence.startswith(tuple(HYPHENS), mention.end()):
        return False
    return _compound_subject_head(rules.subject_words).match(sentence, mention.end()) is None


# what opens an apposition after a name: a comma and an article ('Alibaba, a heavyweight in the Hang Seng,')
_APPOSITION_OPENS = re.compile(
    r",\s+(?:a|an|the|one of the|ein|eine|einer der|eines der|der|die|das)\b[^,;.]*", re.IGNORECASE
)


def _named_in_apposition(sentence: str, offset: int, head: tuple[int, Company], at: int, number: int) -> bool:
    """The name at `at` stands in an apposition that opens right after the name `head` and closes before the number."""
    mention = head[1].pattern.match(sentence, head[0] - offset)
    return (
        mention is not None
        and _APPOSITION_OPENS.fullmatch(sentence, mention.end(), at - offset) is not None
        and "," in sentence[at - offset : number - offset]
    )


class _SubjectWords(NamedTuple):
    move_of: re.Pattern[str]
    respectively: re.Pattern[str]
    followed_market: re.Pattern[str]
    share_ratio: re.Pattern[str]
    ratio_shares_after: re.Pattern[str]


@lru_cache(maxsize=4)
def _subject_words(words: Words) -> _SubjectWords:
    """The patterns of subject_words.csv, built once per table: the move noun right after a number
    that names its subject in the phrase that follows ('a more than 1% increase in Hong Kong's Hang
    Seng index', 'ein Plus von 2 % beim DAX'); 'respectively' ('the Hang Seng Tech Index and the Hang
    Seng Automobile Index, which are up 0.2% and 0.5%, respectively'); and the words after which a
    venue in its clause names the market a move follows, not the one it happened on ('tracking the
    stock's rally in Hong Kong', 'im Sog der Kursgewinne in Hongkong')."""
    return _SubjectWords(
        re.compile(rf"\s*(?:{words['move_noun']})\s+(?:{words['move_of']})\s", re.IGNORECASE),
        # searched in the sentence for every number: led by their first letters (`with_first_chars`)
        with_first_chars(re.compile(rf"\b(?:{words['respectively']})\b")),
        with_first_chars(re.compile(rf"\b(?:{words['followed_market']})\b", re.IGNORECASE)),
        # a depositary share's ratio ending right before a venue ('von denen jede acht Hongkong-Aktien entspricht',
        # 'each representing eight Hong Kong shares', 'entspricht acht in Hongkong gehandelten Aktien'): searched
        # only in the few characters before a venue word, never in the whole sentence
        re.compile(
            rf"(?<![\w-])(?:{words['share_ratio_lead']})\s+(?:[^\W\d]+\s+){{0,2}}?(?:{words['share_ratio_count']})\s+"
            rf"(?P<between>(?:[^\W\d]+\s+){{0,4}}?)\Z",
            re.IGNORECASE,
        ),
        re.compile(rf"[-\s]?(?:{words['share_ratio_shares']})\b", re.IGNORECASE),
    )


MOVE_OF_REACH = 40  # characters after 'increase in' within which its subject must be named


_NOUN_FIRST_REACH = 5  # 'for the Nasdaq 100': an article at most between 'for' and the name


@lru_cache(maxsize=4)
def _noun_first(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A move noun before its number ('einem Plus von 1 Prozent beim DAX', 'a gain of 1% for the Nasdaq'):
    the noun with 'von'/'of' right before the number, and the word naming the subject right after it."""
    return (
        re.compile(rf"\b(?:{words['move_noun']})\s+(?:von|of)\s+(?:[\w.]+\s+)?$", re.IGNORECASE),
        re.compile(rf"\s*(?:{words['move_of']})\s", re.IGNORECASE),
    )


def _noun_first_of(sentence: str, offset: int, m: NumberMention, rules: Rules) -> re.Match[str] | None:
    before, of = _noun_first(rules.subject_words)
    after = of.match(sentence, m.unit_end - offset)
    if after is None or before.search(sentence, max(0, m.start - offset - 30), m.start - offset) is None:
        return None
    return after


@lru_cache(maxsize=16)  # asked for every number of a sentence
def _says_respectively(sentence: str, words: Words) -> bool:
    respectively = _subject_words(words).respectively
    return _respectively_guard(respectively).may_match(sentence) and respectively.search(sentence) is not None


@lru_cache(maxsize=4)
def _respectively_guard(pattern: re.Pattern[str]) -> CaseBlindGuard:
    return CaseBlindGuard(pattern)  # (most sentences hold neither word: a substring test each)


def _respective(
    sentence: str, offset: int, m: NumberMention, inside: list[NumberMention], rules: Rules, context: Context
) -> Company | None:
    """With 'respectively', the numbers after the last names are theirs in order: the k-th of a run
    of like numbers belongs to the k-th of as many names right before the run."""
    if not _says_respectively(sentence, rules.subject_words):
        return None
    like = [o for o in inside if o.unit == m.unit]
    names = context.companies_between(offset, m.start)
    run = [o for o in like if o.start > (names[-1][0] if names else offset)]
    if m not in run or len(run) < 2 or len(names) < len(run):
        return None
    return names[len(names) - len(run) + run.index(m)][1]


def subject_of(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> Company | None:
    """The company a number is told of (`_subject_of`); never an index for a price in money, which no index has ('The
    ADRs are up 63% this year, against 11% for the Nasdaq 100, but remain below the $148.43 peak they reached in March':
    the shares' peak, not the index's): then the stock named last before it in the sentence, else the one in play."""
    company = _subject_of(sentence, offset, m, rules, context, inside)
    if company is None or company.kind != "index" or m.unit not in CURRENCIES or m.scale != 1:
        return company
    stocks = [c for _, c in context.companies_between(offset, m.start) if c.kind == "stock"]
    carried = rules.company(context.company) if context.company else None
    stock = stocks[-1] if stocks else carried if carried is not None and carried.kind == "stock" else None
    return stock or company


def _subject_of(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, inside: list[NumberMention]
) -> Company | None:
    """A company named later in the sentence only counts when no earlier one is in play, unless
    the move noun after the number names it ('a 1% increase in the Hang Seng'); with 'respectively'
    each of a run of numbers has its own name."""
    columns = context.column_subjects
    if columns is not None and sentence.count("|") + 1 == len(columns):
        # a table's row under a header naming a subject per column ('March 20 | -2.0% | -4.2%' under 'Week ended |
        # Nasdaq 100 | Nvidia'): the column's subject; none named over it, the row's own words
        column = columns[sentence.count("|", 0, m.start - offset)]
        if column is not None:
            return column
    respective = _respective(sentence, offset, m, inside, rules, context)
    if respective is not None:
        return respective
    if _LEADING_LABEL_BEFORE.fullmatch(sentence, 0, m.start - offset) and _LEADING_LABEL_AFTER.match(
        sentence, m.unit_end - offset
    ):
        # '- 29.4 million: Tencent shares that changed hands in Hong Kong', '3.1%: Meituan's gain on Tuesday': a
        # number leading its line as a label is told by the words after its colon, whose company is its subject
        named = context.companies_between(m.unit_end, offset + len(sentence))
        if named:
            return named[0][1]
    move_of = _subject_words(rules.subject_words).move_of.match(sentence, m.unit_end - offset)
    if move_of:
        reach = offset + move_of.end()
        # (within its own sentence: 'its 1.0% drop in the prior session. The Nasdaq-100 gained ...' names none)
        named = context.companies_between(reach, min(reach + MOVE_OF_REACH, offset + len(sentence)))
        if named:
            return named[0][1]
        # a market as a whole before the number ('Asian shares mostly rose, led by a 2.6% surge in Hong Kong') is no
        # company whose move this is
        movers = [c for _, c in context.companies_between(offset, m.start) if c.kind != "market"]
        market = _market_index(reach, rules, context) if not movers else None
        if market is not None:
            return market
    noun_first = _noun_first_of(sentence, offset, m, rules)
    if noun_first:
        # the subject right after 'beim', 'for the' ('einem Plus von 1 Prozent beim DAX'), not a word further on
        # ('mit einem Plus von 4,86 Prozent bei 161,90 Hongkong-Dollar', '... in der Vorwoche')
        reach = offset + noun_first.end()
        named = context.companies_between(reach, reach + _NOUN_FIRST_REACH)
        if named:
            return named[0][1]
    by_epithet = _named_by_epithet(sentence, offset, m, rules, context)
    if by_epithet is not None:
        return by_epithet
    owner = _owner_after(sentence, offset, m, rules, context)
    if owner is not None:
        return owner
    counted = _counted_company(sentence, offset, m, rules, context)
    if counted is not None:
        return counted
    company = _compared_with(sentence, offset, m, rules, context) or nearest_company(
        sentence, offset, m, context, rules
    )
    if company is None or company.kind != "index":
        index = _index_referred_to(sentence, offset, m, rules, context)
        if index is not None:
            return index
    elif (tech := _index_referred_to(sentence, offset, m, rules, context, tech_only=True)) is not None:
        # 'the Hang Seng was up 2.3 per cent, with the tech gauge up 3.1 per cent': the role, not the index named
        # ('The tech-heavy Composite gained 1%, while the Nasdaq 100 added 1.1%': the Composite, not the index named)
        return tech
    goes_on = _goes_on(rules.day_links, rules.share_words)
    if (
        context.index_before
        and _index_pronoun(rules.index_roles).match(sentence)
        and not context.companies_between(offset, m.start)
        and not goes_on[1].search(sentence, 0, m.start - offset)
    ):
        # 'The Hang Seng Index ended Friday at 25,277.32. It had climbed as high as 26,250 on Tuesday before a 2%
        # slide on Thursday': the pronoun opening the sentence is the index the sentence before ended on; not where
        # the shares are named before the number ('It is a sharp reversal for a stock that rallied 73% in 2025': an
        # impersonal 'It', the stock in play's figure)
        return rules.company(context.index_before) or company
    named_before = company is not None and any(
        start + offset < m.start for start, _, _ in pattern_hits(sentence, ((company.pattern, company.name),))
    )
    if (
        (company is None or (not named_before and _pronoun_subject(sentence, offset, m, rules)))
        and context.index_before
        and (goes_on[0].search(sentence, 0, m.start - offset) or _pronoun_subject(sentence, offset, m, rules))
        and not goes_on[1].search(sentence, 0, m.start - offset)
        and not _priced_before(inside, m)
    ):
        # 'Der Leitindex schloss 1,35 Prozent höher. Seit Anfang September steht damit ein Minus von knapp 1 Prozent':
        # the index the sentence before spoke of, not the stock in play (unless the shares are named: 'liegt die
        # Hongkonger Aktie damit knapp 3 Prozent im Plus'); a pronoun's too where a subject named only after the
        # number is another's ('steht er damit gut 9 Prozent im Minus, während es beim Nasdaq 100 rund 8 Prozent sind')
        return rules.company(context.index_before) or company
    if not named_before and (index := _index_of_points(sentence, offset, m, inside, rules, context)) is not None:
        return index
    if (
        (company is None or (not named_before and company.name == context.index_before))
        and context.index_before
        and (m.unit in ("percent", "points") or _grouped_bare_level(sentence, offset, m))
        and not context.companies_between(context.index_before_end, offset)
        and not goes_on[1].search(sentence)
        and not _pronoun_subject(sentence, offset, m, rules)
        and not _priced_before(inside, m)
    ):
        # 'Der Hang-Seng-Index schloss ... 0,8 Prozent über dem Stand der Vorwoche. Auf Monatssicht steht allerdings ein
        # Minus von knapp 3 Prozent': a sentence naming no subject at all, neither a company nor the shares, goes on
        # with the index the sentence before ended on, not with a stock named paragraphs before (nor after that
        # sentence: 'Auch Nvidia hat noch Aufholbedarf. Seit Jahresanfang steht ein Minus von rund 6,5 Prozent');
        # so does one naming that index only after the number ('Für den März summiert sich das Minus auf gut 10
        # Prozent, seit Jahresbeginn hat der Dax 7,4 Prozent verloren'), not the stock in play; so does a level written
        # with its thousands grouped and no currency ('But it remains some 3.5 percent below the four-year high of
        # 27,381.84 it reached on October 2': the index's high, not a price of the stock in play), and an indicator's
        # value, read in points ('Der Relative-Stärke-Index ist mit 28 in den überverkauften Bereich gefallen'); not a
        # percentage after a price in money in its own sentence, which no index has ('Die 200-Tage-Linie liegt bei 135
        # HK$, der Abstand beträgt 25 Prozent': the stock in play's, as that price is)
        return rules.company(context.index_before) or company
    if (company is None or not named_before) and context.company:
        carried = rules.company(context.company)
        # (a company in play the tables do not know, 'der Börsengang der Finanztochter Ant', has no depositary shares
        # either: 'Am Montag schlossen die ADRs ...' after it are still those of the last company named that has them)
        holder = _depositary_holder(sentence, offset, m, rules, context, carried)
        return holder or carried or company
    return company


def _priced_before(inside: list[NumberMention], m: NumberMention) -> bool:
    """A price in money, not a sum scaled in millions or billions, comes before the number in its sentence: the
    sentence speaks of a stock, as no index is quoted in a currency."""
    return any(o.start < m.start and o.scale == 1 and o.unit in CURRENCIES for o in inside)


def _grouped_bare_level(sentence: str, offset: int, m: NumberMention) -> bool:
    """A number of a thousand or more with its thousands grouped and no currency or unit ('27,381.84'; read again
    as points once its kind is an index's): an index's level, not a share price (written with its currency where a
    text gives one)."""
    return (
        m.unit in (None, "points")
        and m.value >= 1000
        and any(mark in sentence[m.start - offset : m.end - offset] for mark in ",.\u00a0\u202f\u2009")
    )


def _goes_on_with_pronoun(sentence: str, role_end: int, at: int, rules: Rules) -> bool:
    """'the benchmark ended virtually unchanged, and it is still up 8.8% for the year': the number's clause, after
    the role's, goes on with the pronoun (index_roles.csv, pronoun) after 'and', 'but' or 'while', no semicolon."""
    if ";" in sentence[role_end:at]:
        return False
    clause = sentence.rfind(",", role_end, at)
    return _pronoun_clause(rules.index_roles).match(sentence, clause, at) is not None


@lru_cache(maxsize=4)
def _pronoun_clause(words: Words) -> re.Pattern[str]:
    # (or its verb with the subject left out: 'the tech-heavy index fell 3.2%, its fourth weekly decline, and has
    # dropped 7.3% since ...'; index_roles.csv, elided_subject)
    return re.compile(
        rf",\s+(?:and|but|while)\s+(?:(?:{words['pronoun']})\s|(?-i:{words['elided_subject']})\b)", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _index_pronoun(words: Words) -> re.Pattern[str]:
    """'It', 'Er' opening a sentence (index_roles.csv, pronoun), as its subject."""
    return re.compile(rf"\W*(?:{words['pronoun']})\s")


def opens_with_index_pronoun(text: str, start: int, rules: Rules) -> bool:
    """Whether the sentence at `start` opens with a pronoun an index may be (index_roles.csv pronoun, clause_pronoun:
    'It had climbed ...', 'Er hatte am Montag ...' after the Hang Seng)."""
    return _opening_index_pronoun(rules.index_roles).match(text, start) is not None


@lru_cache(maxsize=4)
def _opening_index_pronoun(words: Words) -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{words['pronoun']}|{words['clause_pronoun']})\s", re.IGNORECASE)


@lru_cache(maxsize=4)
def _depositary_words(words: Words) -> tuple[re.Pattern[str], CaseBlindGuard]:
    """'the ADRs', 'American depositary shares', 'die Hinterlegungsscheine' (share_words.csv, depositary)."""
    pattern = re.compile(rf"\b(?:{words['depositary']})\b")
    return pattern, CaseBlindGuard(pattern)


def _has_depositary_shares(company: Company, rules: Rules) -> bool:
    """A company at home abroad with a listing in New York: its U.S. shares are depositary shares."""
    return company.home_venue != "US" and any(item.venue == "US" for item in rules.listings_of(company.name))


def _depositary_holder(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, carried: Company | None
) -> Company | None:
    """'Nvidia sank 4.2%. ... the ADRs were last down 5.1% at $125.90': depositary shares the sentence names
    before its number, with no company of its own, are not those of a stock in play that has none (a U.S.
    company, an index): they are the last company named before that has them (Baidu's, named entries earlier)."""
    pattern, may_name = _depositary_words(rules.share_words)
    if not may_name.may_match(sentence) or pattern.search(sentence, 0, m.start - offset) is None:
        return None
    if carried is not None and carried.kind == "stock" and _has_depositary_shares(carried, rules):
        return None
    for _, company in reversed(context.companies_between(0, offset)):
        if company.kind == "stock" and _has_depositary_shares(company, rules):
            return company
    return None


def _index_of_points(
    sentence: str, offset: int, m: NumberMention, inside: list[NumberMention], rules: Rules, context: Context
) -> Company | None:
    """'Der DAX hat ... eine Bestmarke gesetzt. Am Ende stand ein Plus von 0,6 Prozent auf 25.405 Punkte': a sentence
    naming no subject before its number, whose figures include a level in points, speaks of the last index named
    before it (points are an index's unit), not of the stock in play or a stock the text names later. Not points an
    index named in a later clause owns ('Am Donnerstag hatte sie 1,0 Prozent verloren, der Nasdaq 100 schloss bei
    24.355 Punkten': the level is the Nasdaq 100's, the 1,0 the stock's in play); an index named in the number's own
    clause is its subject ('Nach dem Vortagesverlust von 2,8 Prozent eröffnet der Dax ... bei 23.084 Punkten'). Nor
    an oscillator's points, an RSI cue before them in the sentence, where a stock is in play ('Der Relative-Stärke-Index
    (RSI, 14 Tage) liegt mit 51 Punkten im neutralen Bereich' after Tencent's close: Tencent's RSI, not the index's
    level; after the DAX's close alone, the DAX's)."""

    def owned_elsewhere(points: NumberMention) -> bool:
        named = context.companies_between(m.unit_end, points.start)
        return bool(named) and _LATER_CLAUSE.search(sentence, m.unit_end - offset, named[0][0] - offset) is not None

    def oscillator(points: NumberMention) -> bool:
        in_play = rules.company(context.company) if context.company else None
        if in_play is None or in_play.kind == "index":
            return False
        before = sentence[: points.start - offset]
        return any(cue.kind == "rsi" and cue.pattern.search(before) for cue in rules.cues)

    points = any(
        o.unit == "points" and (o.start < m.start or not owned_elsewhere(o)) and not oscillator(o) for o in inside
    )
    return context.last_index_before(offset) if points else None


_LATER_CLAUSE = re.compile(r",(?!\d)|;")  # a clause's comma, not a decimal one


def _market_index(at: int, rules: Rules, context: Context) -> Company | None:
    """'Asian shares mostly rose, led by a 2.6% surge in Hong Kong' after a sentence on the Hang Seng: a move of a
    place's market, right after its noun, is the index the text spoke of last when that index is the place's (asked
    only where no company is named before the number: 'Alibaba posted a 2.1% rise in Hong Kong' is Alibaba's)."""
    venues = context.venues_between(at, at + 1)
    if not venues or context.index_before is None:
        return None
    listing = next(iter(rules.listings_of(context.index_before)), None)
    return rules.company(context.index_before) if listing is not None and listing.venue == venues[0][1] else None


@lru_cache(maxsize=4)
def _owner_after_patterns(words: Words, share_words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence opening with bare shares ('Shares rose 3%', 'The stock fell'), and the words after a move and its
    price that name whose they are ('... to $162.51 at Alibaba'; subject_words.csv, owner_after)."""
    opening = re.compile(rf"\s*(?:The\s+)?(?:{share_words['share']})\s", re.IGNORECASE)
    owner = re.compile(rf"(?:\s+to\s+(?:HK\$|US\$|\$|€)?\s?\d[\d.,]*)?\s+(?:{words['owner_after']})\s+")
    return opening, owner


def _owner_after(sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context) -> Company | None:
    """'Shares rose 3% to $162.51 at Alibaba', opening a paragraph after one about Baidu: the company named right
    after the move and its price, in a sentence whose shares have no owner before the number."""
    opening, owner = _owner_after_patterns(rules.subject_words, rules.share_words)
    if not opening.match(sentence) or context.companies_between(offset, m.start):
        return None
    after = owner.match(sentence, m.unit_end - offset)
    if after is None:
        return None
    reach = offset + after.end()
    named = context.companies_between(reach, reach + 1)
    return named[0][1] if named else None


@lru_cache(maxsize=4)
def _count_lead(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right after a volume's number its multiplier ('gut 132 Mio. Alibaba-Aktien'), and after a company's name the
    shares counted (volume_words.csv: multiplier, shares)."""
    return (
        re.compile(rf"\s*(?:(?:{words['multiplier']})\s*)?", re.IGNORECASE),
        re.compile(rf"(?:-|\s+)(?:{words['shares']})\b", re.IGNORECASE),
    )


def _counted_company(sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context) -> Company | None:
    """'In Hongkong wurden gut 132 Mio. Alibaba-Aktien gehandelt', '29.4 million Tencent shares changed hands' after a
    sentence on Baidu: the company whose shares a count of millions names right after it is the count's subject."""
    if m.unit is not None:  # a percentage, a price, points: no count
        return None
    multiplier, shares = _count_lead(rules.volume_words)
    lead = multiplier.match(sentence, m.unit_end - offset)
    if lead is None or lead.end() == m.unit_end - offset:
        return None
    named = context.companies_between(offset + lead.end(), offset + lead.end() + 1)
    if not named:
        return None
    name = named[0][1].pattern.match(sentence, lead.end())
    return named[0][1] if name is not None and shares.match(sentence, name.end()) else None


@lru_cache(maxsize=4)
def _goes_on(words: Words, share_words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'damit', 'thereby' (day_links.csv): a sentence going on from the one before; and the shares named
    (share_words.csv: 'Aktie', 'shares', 'ADRs')."""
    shares = rf"\b(?:{share_words['share']}|{share_words['figure_reach']})\b"
    return with_first_chars(re.compile(rf"\b(?:{words['carried']})\b", re.IGNORECASE)), re.compile(shares)


def _named_by_epithet(sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context) -> Company | None:
    """'..., while the e-commerce giant's U.S. shares fell 0.5%', 'Der Suchmaschinenbetreiber verlor 2 Prozent':
    the company an epithet before the number names (epithets.csv), with no company's name between them, when
    exactly one company it may mean is named in the text."""
    if rules.epithets is None or not context.may_name_by_epithet(offset, m.start):
        return None
    pattern, meant = rules.epithets
    before = [hit for hit in _epithet_hits(sentence, pattern) if hit[1] <= m.start - offset]
    if not before or context.companies_between(offset + before[-1][1], m.start):
        return None
    if _in_apposition(sentence, offset, before[-1][0], context):
        return None
    named = {company.name for _, company in context.companies}
    candidates = [name for name in meant[before[-1][2]] if name in named]
    return rules.company(candidates[0]) if len(candidates) == 1 else None


# what may stand between a company's name and an epithet describing it: a movers list's dash or colon after the
# name heading its item, and a word or three ('Micron Technology — The memory chipmaker', 'Arm Holdings — Shares of
# the chip designer'), or a comma ('Micron, the memory chipmaker,')
_APPOSITION_GAP = re.compile(r"\s*(?:[—–:]\s*(?:[\w.'’-]+\s+){0,3}|[,-]?\s*)$")


def _in_apposition(sentence: str, offset: int, epithet_start: int, context: Context) -> bool:
    """'Micron Technology — The memory chipmaker slumped 6%', 'Arm Holdings — Shares of the chip designer rose 4.1%'
    (a movers list's items), 'Micron, the memory chipmaker, fell 6%': an epithet right after a company's name (or
    its item's heading) describes that company, not another one the
    epithet may also mean ('chipmaker': Nvidia, named elsewhere in the text)."""
    named = context.companies_between(offset, offset + epithet_start)
    if not named:
        return False
    at, company = named[-1]
    mention = company.pattern.match(sentence, at - offset)
    return mention is not None and _APPOSITION_GAP.match(sentence, mention.end(), epithet_start) is not None


@lru_cache(maxsize=8)  # the same for every number of a sentence
def _epithet_hits(sentence: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int, str], ...]:
    return tuple((hit.start(), hit.end(), hit["word"].lower()) for hit in pattern.finditer(sentence))


@lru_cache(maxsize=4)
def _yardstick_patterns(words: Words, share_words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The yardstick or ranking words of index_roles.csv right before a name ('outperformed the Hang Seng', 'besser
    als der Gesamtmarkt', 'the biggest gainer on the Hang Seng Tech index'), and the break after that name into the
    first subject's own clause (', rising 1.1%', 'und stieg um'), not into a relative clause of the name's (', which
    rose 0.5%'), whose article is no pronoun before the shares ('..., die Aktie stieg um 2,1 Prozent')."""
    yardstick = re.compile(
        rf"\b(?:{words['yardstick']}|{words['ranking']})\s+(?:(?:the|der|den|dem|die|das)\s+)?$", re.IGNORECASE
    )
    own_clause = re.compile(
        rf"(?:,|\s(?:and|und|but|aber))\s+(?!(?:which|that|who|whose|dessen|deren|welche[rs]?)\b)"
        rf"(?!(?:der|die|das)\s+(?!(?:{share_words['share']})\b))",
        re.IGNORECASE,
    )
    return yardstick, own_clause


# the gap to a yardstick named right before it ('trailed the Nasdaq-100 by roughly 5.6 percentage points')
_GAP_BY = re.compile(r"\s+by\s+(?:(?:about|roughly|nearly|almost|around|some|just|more than|less than)\s+)?")


def _compared_with(sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context) -> Company | None:
    """'Alibaba outperformed the Hang Seng on Tuesday, rising 1.1%', 'Die Alibaba-Aktie entwickelte sich besser als
    der Gesamtmarkt und stieg um 1,1 Prozent', 'Alibaba was the biggest gainer on the Hang Seng Tech index, up 2.1%':
    the name after a yardstick or ranking word is what the subject is measured against or ranked in; a number in the
    subject's own clause after it is the subject's (the name before), and so is the gap told right after the name
    ('Alibaba has trailed the Nasdaq-100 by roughly 5.6 percentage points')."""
    named = context.companies_between(offset, m.start)
    if len(named) < 2:
        return None
    at = named[-1][0] - offset
    yardstick, own_clause = _yardstick_patterns(rules.index_roles, rules.share_words)
    if not yardstick.search(sentence, max(0, at - 30), at):
        return None
    mention = named[-1][1].pattern.match(sentence, at)
    if not own_clause.search(sentence, at, m.start - offset) and not (
        mention is not None and _GAP_BY.fullmatch(sentence, mention.end(), m.start - offset)
    ):
        return None
    return named[-2][1]


@lru_cache(maxsize=4)
def _index_by_role(
    words: Words,
) -> tuple[re.Pattern[str], re.Pattern[str], CaseBlindGuard, frozenset[str], frozenset[str]]:
    """'The index is still up 27% this year', 'Der Leitindex legte 1,2 Prozent zu': an index named by its
    role (index_roles.csv) refers to the last index the text named, a benchmark's role to the last benchmark
    (the group `benchmark`), a technology index's role to the last technology index (the group `tech`); the
    words before a role that make the index a yardstick ('besser als der Index'); the names of the benchmarks
    and of the technology indices. An index called by the last word of its name ('the tech-heavy Composite', 'the
    composite': the group `short`) is the last index named whose name holds that word."""
    role = with_first_chars(  # asked for every number
        re.compile(
            rf"\b(?:(?P<tech>{words['tech']})|(?P<benchmark>{words['benchmark']})|(?P<short>{words['short_name']})"
            rf"|{words['index']})\b",
            re.IGNORECASE,
        )
    )
    # (most sentences hold none of the role words: told by a substring test each, `CaseBlindGuard`)
    yardstick = re.compile(rf"\b(?:{words['yardstick']})\s+$", re.IGNORECASE)
    names = frozenset(words["benchmark_name"].split("|")), frozenset(words["tech_name"].split("|"))
    return role, yardstick, CaseBlindGuard(role), *names


def _index_referred_to(
    sentence: str, offset: int, m: NumberMention, rules: Rules, context: Context, tech_only: bool = False
) -> Company | None:
    """The last index named before the sentence, when the number's clause calls it by its role and
    names no company of its own before the number (`tech_only`: only by a technology index's role or by the
    last word of its name, which an index named later in the sentence does not override)."""
    by_role, compared_with, may_name_role, benchmarks, tech_indices = _index_by_role(rules.index_roles)
    role = by_role.search(sentence, 0, m.start - offset) if may_name_role.may_match(sentence) else None
    if role is None or (tech_only and not (role.group("tech") or role.group("short"))):
        return None
    if _any_between(sentence, ",;", role.end(), m.start - offset) and not (
        # 'The index, which had risen 1.3% on Wednesday, is now down 3.7%': a relative clause on the role, its own
        # number or the one after it
        _relative_after(rules.earlier_events).fullmatch(sentence, role.end(), m.start - offset)
        or (
            # 'Am Vortag hatte der Leitindex 2,8 Prozent gewonnen, nachdem er am Montag um 4,5 Prozent abgesackt war'
            _pronoun_subject(sentence, offset, m, rules)
            and not _goes_on(rules.day_links, rules.share_words)[1].search(sentence, 0, m.start - offset)
        )
        # 'the benchmark ended virtually unchanged, and it is still up 8.8% for the year'
        or _goes_on_with_pronoun(sentence, role.end(), m.start - offset, rules)
    ):
        return None
    if compared_with.search(sentence, max(0, role.start() - 25), role.start()):
        return None  # 'Alibaba-Aktien entwickelten sich besser als der Index': the index is the yardstick
    clause_start = _clause_start(sentence, role.start())
    if context.companies_between(offset + clause_start, m.start):
        return None  # a company named in the clause ('Alibaba outperformed the index') is its subject
    earlier = [company for _, company in context.companies_between(0, offset + role.start()) if company.kind == "index"]
    if role.group("benchmark"):
        # 'The Hang Seng dropped 1.8%, while the Hang Seng Tech slid 2.5%. The benchmark had gained 2.5% on Monday.'
        earlier = [company for company in earlier if company.name in benchmarks] or earlier
    if role.group("tech"):
        # 'the Hang Seng was up 2.3 per cent, with the tech gauge up 3.1 per cent': the Hang Seng Tech named before,
        # never the Hang Seng; with none named, the one technology index of the market of the last index named
        # ('The Hang Seng index closed up 3.99% ..., while the tech index jumped 5.1%': the Hang Seng Tech, without
        # quotes, never the Hang Seng's figure), else no index the text named
        named_tech = [company for company in earlier if company.name in tech_indices]
        if not named_tech and earlier:
            named_tech = _market_tech_index(earlier[-1].home_venue, tech_indices, rules)
        earlier = named_tech
    if role.group("short"):
        # 'The Nasdaq Composite fell ... The tech-heavy Composite lost 1.2%, while the Nasdaq 100 shed 1.16%': the
        # Composite named before, never the index named last; with none named, no index the text named
        # (the name's word, capitalised or not, is the last one said before an 'Index': 'the composite')
        word = _INDEX_WORD.sub("", role.group("short")).split()[-1].lower()
        earlier = [company for company in earlier if word in company.name.lower().split()]
    return earlier[-1] if earlier else None


_INDEX_WORD = re.compile(r"\s+[Ii]ndex$")


def _market_tech_index(venue: str, tech_indices: frozenset[str], rules: Rules) -> list[Company]:
    """The technology index of a market, where it has exactly one (index_roles.csv tech_name: the Hang Seng Tech for
    Hong Kong, the TecDAX for Frankfurt; none for New York, which has two)."""
    of_market = [
        company
        for name in sorted(tech_indices)
        if (company := rules.company(name)) is not None and company.home_venue == venue
    ]
    return of_market if len(of_market) == 1 else []


# a character of a clause: no comma or semicolon but a decimal comma ('der 1,3 Prozent gewonnen hatte')
_IN_CLAUSE = r"(?:[^,;]|(?<=\d),(?=\d))"


@lru_cache(maxsize=4)
def _relative_after(words: Words) -> re.Pattern[str]:
    """What stands between an index's role and a number of it told around a relative clause on it (earlier_events.csv
    relative): ', which had risen 1.3% on Wednesday' up to that number, or the whole clause and its closing comma
    before the main clause's number (', which had risen 1.3% on Wednesday, is now down')."""
    return re.compile(rf"\s*,\s*(?:{words['relative']})\b{_IN_CLAUSE}*(?:,{_IN_CLAUSE}*)?", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pronoun_pattern(words: Words) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words['clause_pronoun']})\b", re.IGNORECASE)


def _pronoun_subject(sentence: str, offset: int, m: NumberMention, rules: Rules) -> bool:
    """The clause of the move `m` names its subject by a pronoun ('nachdem er am Montag um 4,5 Prozent
    abgesackt war', 'ging es um weitere 2,0 Prozent abwärts'; index_roles.csv clause_pronoun): the callers take the
    index spoken of before it. Never a price ('Er sieht eine Unterstützung bei 150 US-Dollar': a person, and an index is
    no price)."""
    if m.unit in CURRENCIES:
        return False
    at = m.start - offset
    return _pronoun_pattern(rules.index_roles).search(sentence, _clause_start(sentence, at), at) is not None


@lru_cache(maxsize=4)
def _head_of_sentence(words: Words) -> re.Pattern[str]:
    """'In Frankfurt, Alibaba shares gained ...', 'An der Wall Street, ...' (subject_words.csv): a venue
    phrase heading the sentence and closed by a comma sets the venue of the whole sentence."""
    return re.compile(rf"\W*(?:{words['head_preposition']})(?:\s+(?:{words['head_article']}))?\s+", re.IGNORECASE)


@lru_cache(maxsize=8)
def _breaks(sentence: str, marks: str) -> tuple[int, ...]:
    """Where a sentence's clause marks stand, found once for all its numbers and venue words:
    looking again between each pair is quadratic on a long sentence."""
    return tuple(mark.start() for mark in _marks(marks).finditer(sentence))


@lru_cache(maxsize=4)
def _marks(marks: str) -> re.Pattern[str]:
    """Any one of the marks: found by the engine, not by a Python loop over every character. A comma before a digit is
    a decimal mark ('schloss 1,35 Prozent höher bei 23.674,53 Punkten'), no clause's end; a colon ends one only before
    a new clause's capital ('..., weil der Euro zum Hongkong-Dollar zulegte: In Euro gerechnet ...'), not in '10:15'."""
    others = marks.replace(",", "").replace(":", "")
    return re.compile(
        "|".join(
            ([f"[{re.escape(others)}]"] if others else [])
            + ([r",(?!\d)"] if "," in marks else [])
            + ([r":(?=\s+[A-ZÄÖÜ])"] if ":" in marks else [])
        )
    )


_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas|but|während|wohingegen|aber|doch)\b", re.IGNORECASE)


# the same words without a comma before them ('fell 1.9% to HK$132.10 while its U.S. shares slipped 0.7%')
_CONTRAST_WORD = re.compile(r"\b(?:while|whereas|während|wohingegen)\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # asked for every number of a sentence: found once per sentence
def _contrasts(sentence: str) -> list[int]:
    """Where the clauses set against the one before start ('..., while the Hong Kong shares ...')."""
    return [m.start() for m in _CONTRAST.finditer(sentence)]


def _any_between(sentence: str, marks: str, start: int, end: int) -> bool:
    """Whether one of `marks` stands in sentence[start:end]."""
    found = _breaks(sentence, marks)
    return bisect_left(found, end) > bisect_left(found, start)


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding `at` starts: after the comma or semicolon before it."""
    found = _breaks(sentence, ",;")
    before = bisect_left(found, at)
    return found[before - 1] + 1 if before else 0


def _names_followed_market(sentence: str, hit: tuple[int, int, str], subject_words: Words) -> bool:
    followed = _subject_words(subject_words).followed_market
    return followed.search(sentence, _clause_start(sentence, hit[0]), hit[0]) is not None


_SHARE_RATIO_REACH = 70  # characters before a venue word within which a ratio's lead and count must stand


def _counted_in_share_ratio(sentence: str, hit: tuple[int, int, str], subject_words: Words) -> bool:
    """Whether a venue word names the home shares a depositary share's ratio counts ('Die ADS, von denen jede acht
    Hongkong-Aktien entspricht, schlossen bei 144,11 Dollar', 'its ADSs, each representing eight Hong Kong shares,
    closed at $144.11'): the shares counted, never the venue of a figure of the sentence. The share word stands
    between the count and the venue or right after the venue."""
    words = _subject_words(subject_words)
    ratio = words.share_ratio.search(sentence[max(0, hit[0] - _SHARE_RATIO_REACH) : hit[0]])
    if ratio is None:
        return False
    return (
        words.ratio_shares_after.search(ratio.group("between")) is not None
        or words.ratio_shares_after.match(sentence, hit[1]) is not None
    )


def _in_followed_phrase(sentence: str, hit: tuple[int, int, str], at: int, subject_words: Words) -> bool:
    """Whether the number at `at` stands in the phrase of the market a move follows, between its word and the
    venue ('tracking a 3% gain in its U.S.-listed shares'): the followed market's own move."""
    followed = _subject_words(subject_words).followed_market
    words = list(followed.finditer(sentence, _clause_start(sentence, hit[0]), hit[0]))
    return bool(words) and words[-1].end() <= at < hit[0]


def _heads_the_sentence(sentence: str, hit: tuple[int, int, str], subject_words: Words) -> bool:
    """A venue phrase heading the sentence, or the part of it after a semicolon, closed by a comma, a day
    between ('In New York, ...'; '...; in Hong Kong on Monday, its shares slipped 0.8%')."""
    part_start = sentence.rfind(";", 0, hit[0]) + 1
    return (
        _head_of_sentence(subject_words).fullmatch(sentence, part_start, hit[0]) is not None
        and _CLOSES_HEAD.match(sentence, hit[1]) is not None
    )


_LEADING_LABEL_BEFORE = re.compile(r"\W*")  # nothing but a bullet or spaces before the number
_LEADING_LABEL_AFTER = re.compile(r"\s*(?:million|billion|mn|bn|Mio\.|Mrd\.)?\s*:\s+\S")


@lru_cache(maxsize=4)
def _leads_into_number(share_words: Words) -> re.Pattern[str]:
    """Right after a venue word, the number of another conjunct, a share word at most between ('... and the Hong Kong
    11.1%', '... and the Hong Kong shares 11.1%': share_words.csv share)."""
    return re.compile(rf"\s{{1,2}}(?:(?:{share_words['share']})\s{{1,2}})?(?:HK\$|US\$|\$|€)?\d", re.IGNORECASE)


@lru_cache(maxsize=4)
def _next_conjunct(subject_words: Words, share_words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A venue word heading the conjunct after the number's, with a verb of its own right after it ('Year to date, BIDU
    is up 42% and 9888.HK has gained 37%', 'the ADRs rose 2% and the Hong Kong shares fell 1%'; subject_words.csv
    next_conjunct_*): the lead word and at most an article and two words before the venue word, searched in the text
    between the number and it; and the verb after it, a share word or '-listed' at most between."""
    before = re.compile(
        rf"\b(?:{subject_words['next_conjunct_lead']})\s+(?:(?:{subject_words['next_conjunct_article']})\s+)?"
        r"(?:[\w'’.-]+\s+){0,2}?\Z",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"(?:-?(?:listed|traded))?(?:[-\s](?:{share_words['share']}|ADRs?|ADSs?|listing|line))?"
        rf"\s+(?:{subject_words['next_conjunct_verb']})\b",
        re.IGNORECASE,
    )
    return before, after


def _heads_next_conjunct(sentence: str, hit: tuple[int, int, str], at: int, rules: Rules) -> bool:
    """Whether a venue word (or ticker) after the number at `at` is the subject of the next conjunct, not the
    number's venue (`_next_conjunct`)."""
    if hit[0] <= at:
        return False
    before, after = _next_conjunct(rules.subject_words, rules.share_words)
    return after.match(sentence, hit[1]) is not None and before.search(sentence, at, hit[0]) is not None


# what closes a heading venue phrase: its comma, a day at most before it ('in Hong Kong on Monday,')
_CLOSES_HEAD = re.compile(r"(?:\s+(?:on|am)\s+[\w.]+(?:\s+\d{1,2}\.?)?)?,")


_VenueHit = tuple[int, int, str]


@lru_cache(maxsize=8)  # the same for every number of a sentence
def _venue_words(
    sentence: str, venues: tuple[tuple[re.Pattern[str], str], ...], subject_words: Words, may_name: bool
) -> tuple[tuple[_VenueHit, ...], tuple[_VenueHit, ...], tuple[_VenueHit, ...]] | None:
    """The venue words of a sentence that may name a number's venue, those of them heading the sentence
    (or its part after a semicolon), and the venues of markets a move follows ('tracking the rally in Hong
    Kong'); None where it holds only the tags of several venues (see `named_venue`)."""
    hits = pattern_hits(sentence, venues) if may_name else ()
    hits = tuple(hit for hit in hits if not _counted_in_share_ratio(sentence, hit, subject_words))
    named = tuple(hit for hit in hits if not _names_followed_market(sentence, hit, subject_words))
    followed = tuple(hit for hit in hits if hit not in named)
    tags = [hit for hit in named if ":" in sentence[hit[0] : hit[1] + 1]]
    if len({label for *_, label in tags}) > 1:
        named = tuple(hit for hit in named if hit not in tags)
        if not named:
            return None
    return named, tuple(hit for hit in named if _heads_the_sentence(sentence, hit, subject_words)), followed


def named_venue(
    sentence: str,
    offset: int,
    m: NumberMention,
    rules: Rules,
    may_name: bool = True,
    carried: str | None = None,
    in_play: str | None = None,
) -> str | None:
    """The venue word nearest to the number in its sentence; failing that, the venue a currency
    named in the sentence implies ('Euro' -> Germany). 'auf Xetra ... Euro' is Xetra.
    Ticker tags of several venues ('Alibaba (NYSE:BABA) (HK:9988)') name the company's listings,
    not the one a move is about: the venue is then left to the context (heading, earlier sentence).
    A venue the move follows ('tracking the rally in Hong Kong') is not its venue; a venue phrase
    heading the sentence ('In Frankfurt, ...') is, unless the number's own clause names another.
    `may_name` False says the sentence holds no venue word (`Context.may_name_venue`). The dollar sign alone
    ('$172.1') names no venue where Hong Kong is named in the sentence or `carried` from an earlier one: Hong
    Kong's own press writes its dollar so (`price_currency`). A currency a later clause restates its own figure in
    ('in Euro gerechnet', 'in euro terms') names no venue of this number where a venue is `in_play` from before."""
    venue_words = _venue_words(sentence, rules.venues, rules.subject_words, may_name)
    if venue_words is None:
        return None
    named, head, followed = venue_words
    at = m.start - offset
    # a followed market's move is told in its own clause ('tracking a 3% gain in its U.S.-listed shares'): there
    # the venue is the number's; a heading venue governs only its part of the sentence (up to a semicolon)
    named += tuple(hit for hit in followed if _in_followed_phrase(sentence, hit, at, rules.subject_words))
    head = tuple(hit for hit in head if not _any_between(sentence, ";", min(hit[1], at), max(hit[0], at)))
    if named:
        # a venue in a clause of an earlier event ('Alibaba added 5.5% to HK$124.50 after its New York-listed
        # shares jumped 6% on Friday') is that event's, not the main clause's (the blanked sentence is cached)
        blanked = without_earlier_events(sentence, rules)
        if blanked != sentence and blanked[at] == sentence[at]:
            named = tuple(hit for hit in named if blanked[hit[0]] == sentence[hit[0]])
            head = tuple(hit for hit in head if hit in named)

    def in_own_clause(hit: tuple[int, int, str]) -> bool:
        # (a colon before a capital opens a clause of its own: 'weil der Euro zum Hongkong-Dollar zulegte: In Euro ...')
        return not _any_between(sentence, ",;:", min(hit[1], at), max(hit[0], at))

    contrasts: list[int] | None = None

    def across_contrast(hit: tuple[int, int, str]) -> bool:
        # '... (9888.HK) fell 1.9% to HK$132.10 while its U.S. shares ...': a venue of the clause set against the
        # number's, with no comma before 'while'
        nonlocal contrasts
        if contrasts is None:
            contrasts = [c.start() for c in _CONTRAST_WORD.finditer(sentence)] if len(named) > 1 else []
        return bisect_left(contrasts, hit[0]) != bisect_left(contrasts, at)

    def distance(hit: tuple[int, int, str]) -> int:
        # a venue across a comma or semicolon names the neighbouring clause's listing ('..., U.S.-listed shares'); one
        # after the number right before another number leads into that one ('the Hong Kong shares lost 15.9% and
        # the ADRs 13.6%')
        leads_on = hit[0] > at and (
            _leads_into_number(rules.share_words).match(sentence, hit[1]) is not None
            or _heads_next_conjunct(sentence, hit, at, rules)
        )
        return abs(hit[0] - at) + (0 if in_own_clause(hit) and not across_contrast(hit) and not leads_on else 60)

    own_clause = [hit for hit in named if in_own_clause(hit)]
    if named and not own_clause and "," in sentence:
        # 'That leaves them up 5.4% this year, while the Hong Kong shares are up 3%': a venue in a later clause
        # set against the number's names the other listing
        contrasts = _contrasts(sentence)
        if contrasts:
            named = tuple(
                hit for hit in named if hit[0] < at or bisect_left(contrasts, hit[0]) == bisect_left(contrasts, at)
            )
    if head and not own_clause:
        return head[0][2]
    by_currency: tuple[tuple[int, int, str], ...] = ()
    if named and not own_clause:
        # a currency in the number's own clause beats a venue of another clause: 'Seit Jahresbeginn haben
        # die ADRs 24 Prozent zugelegt, in Euro gerechnet sind es gut 24 Prozent'
        by_currency = _currency_hits(sentence, rules)
        in_hong_kong = any(label == "HK" for *_, label in named) and not _writes_hk_dollar(sentence, rules)
        in_clause = [
            hit
            for hit in by_currency
            if in_own_clause(hit)
            and not (in_hong_kong and _sign_alone(sentence, hit))
            and not _dollar_short_for_hk(sentence, hit, by_currency)
        ]
        # ... and so does a ticker there ('Alibaba (9988.HK) gained 2.1%; its U.S.-listed shares fell 2.3%')
        in_clause = in_clause or [hit for hit in _tickers(sentence, rules) if in_own_clause(hit)]
        if in_clause:
            return min(in_clause, key=distance)[2]
    if named:
        return min(named, key=distance)[2]
    by_currency = by_currency or _currency_hits(sentence, rules)  # most sentences need none
    if carried == "HK":
        by_currency = tuple(hit for hit in by_currency if not _sign_alone(sentence, hit))
    if in_play == "HK":
        # 'Alibaba gewannen 1,2 Prozent auf 123,10 Hongkong-Dollar. Im frühen Handel hatten die Papiere bei 123,70
        # Dollar ihr Tageshoch erreicht.': the dollar named without its country, Hong Kong in play, is the Hong Kong
        # dollar written short (`price_currency`), no sign of New York
        by_currency = tuple(hit for hit in by_currency if not _dollar_word_alone(sentence, hit))
    elif any(label == "HK" for *_, label in by_currency):
        # 'Sie verloren 2,6 Prozent auf 164,60 Hongkong-Dollar, nachdem sie am Mittwoch um 5,7 Prozent auf 169,00
        # Dollar gesprungen waren': a sentence naming no venue that wrote the Hong Kong dollar in full writes it short
        # after that (`price_currency`); not inside brackets, where a price is restated ('(rund 21 Dollar)')
        by_currency = tuple(hit for hit in by_currency if not _dollar_short_for_hk(sentence, hit, by_currency))
    if (
        by_currency
        and in_play
        and all(hit[0] > at and _restated_in(sentence, hit) and not in_own_clause(hit) for hit in by_currency)
    ):
        # 'Seit Jahresbeginn hat die Aktie rund 7 Prozent verloren, in Euro gerechnet sind es knapp 6 Prozent' after a
        # sentence on the ADRs: the currency a later clause restates its figure in is that clause's, and the number
        # keeps the venue in play (one heading the sentence, 'In euro terms, the stock lost nearly 8%', is its own)
        return None
    tickers = _tickers(sentence, rules)
    if len(tickers) > 1 or (tickers and by_currency):
        # 'BABA is up 5.4% while 9988 is down 0.1%', 'BABA gained 78% (from $84.79 to $146.58), while 9988 rose
        # 72%': a ticker in the number's own clause, set against another clause by a contrast word, beats a ticker or
        # a currency of that other clause
        contrasts = [c.start() for c in _CONTRAST_WORD.finditer(sentence)]
        own = [hit for hit in tickers if not across_contrast(hit)]
        if own and contrasts and not any(not across_contrast(hit) for hit in by_currency):
            return min(own, key=distance)[2]
    if by_currency and in_play in _GERMAN_VENUES and all(label == "DE" for *_, label in by_currency):
        # 'Alibaba-Aktie im XETRA-Handel' over 'Die Alibaba-Aktie notierte zuletzt ... bei 136,20 Euro': the euro says
        # Germany, the German venue in play which of its venues
        return in_play
    if by_currency:
        return min(by_currency, key=distance)[2]
    return min(tickers, key=distance)[2] if tickers else None


def _currency_hits(sentence: str, rules: Rules) -> tuple[tuple[int, int, str], ...]:
    """The currencies of a sentence with the venue each implies; a sign inside a longer currency word is none of its
    own ('HK-$': Hong Kong's dollar, not the '$' at its end)."""
    hits = pattern_hits(sentence, rules.derived(_currency_venue_rows))
    if len(hits) < 2:
        return hits
    return tuple(
        hit for hit in hits if not any(other != hit and other[0] <= hit[0] and hit[1] <= other[1] for other in hits)
    )


_RESTATED_IN = re.compile(r"\bin\s+$", re.IGNORECASE)


def _restated_in(sentence: str, hit: tuple[int, int, str]) -> bool:
    """A currency named as the one a figure is restated in ('in Euro gerechnet', 'in euro terms'), not a unit."""
    return _RESTATED_IN.search(sentence, max(0, hit[0] - 4), hit[0]) is not None


def _dollar_word_alone(sentence: str, hit: tuple[int, int, str]) -> bool:
    """A currency hit that is the word 'Dollar' without its country ('bei 123,70 Dollar'), not 'US-Dollar'."""
    return _BARE_DOLLAR.fullmatch(sentence[hit[0] : hit[1]]) is not None


def _dollar_short_for_hk(sentence: str, hit: tuple[int, int, str], hits: tuple[tuple[int, int, str], ...]) -> bool:
    """The word 'Dollar' alone after the Hong Kong dollar written in full earlier in the sentence ('auf 164,60
    Hongkong-Dollar, nachdem sie ... auf 169,00 Dollar gesprungen waren'), outside brackets (a conversion)."""
    return (
        _dollar_word_alone(sentence, hit)
        and any(label == "HK" and end <= hit[0] for _, end, label in hits)
        and sentence.count("(", 0, hit[0]) == sentence.count(")", 0, hit[0])
    )


def _sign_alone(sentence: str, hit: tuple[int, int, str]) -> bool:
    """A currency hit that is the dollar sign alone ('$172.1')."""
    return sentence[hit[0] : hit[1]] == "$"


def _tickers(sentence: str, rules: Rules) -> tuple[tuple[int, int, str], ...]:
    """'BABA shares rose 3%': a ticker says the venue when no venue word or currency does; one
    after an exchange's colon ('NASDAQ:BIDU') is a tag, whose venue the tag rules weigh."""
    return tuple(
        hit
        for hit in pattern_hits(sentence, rules.ticker_venues)
        if not sentence[max(0, hit[0] - 2) : hit[0]].rstrip().endswith(":")
    )


def listing_for(rules: Rules, company: Company, venue: str | None, currency: str | None) -> str | None:
    """A company's listing. With a currency: the one trading in it (on the named venue if there,
    Frankfurt before Xetra), none if none does. Without: the one on the named venue ('ABROAD': the
    other market), else the home listing."""
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
    if not match and venue in _GERMAN_VENUES:
        # 'verteuerte sich auf Xetra um 3,4 Prozent' of a share listed in the tables in Frankfurt only: the
        # other German venue trades the same shares in euros (its price said in euros went there already)
        match = [item for item in rules.listings_of(company.name) if item.venue in _GERMAN_VENUES]
    return match[0].symbol if match else None


# the dollar named without its country ('bei 77,95 Dollar' after '76,85 Hongkong-Dollar')
_BARE_DOLLAR = re.compile(r"\s*(?:Dollar|dollars?)\s*$")


def price_currency(
    sentence: str,
    offset: int,
    m: NumberMention,
    company: Company,
    venue: str | None,
    rules: Rules,
    context: Context,
) -> str | None:
    """The currency of a price: its unit, but a dollar named without its country is the Hong Kong dollar where the
    venue in play is Hong Kong ('In Hongkong legten Tencent auf 519 Dollar zu'; carried from before, only in a text
    not writing its Hong Kong prices in HK$) or the company trades in no other
    dollar (a Meituan price 'bei 77,95 Dollar'; with no listing in US dollars, it had no quotes to be read against).
    How the text wrote its dollars so far is in `context` (`note_dollars_written`, `note_dollar_read`)."""
    if m.unit != "USD":
        return m.unit
    currencies = {item.currency for item in rules.listings_of(company.name)}
    if _bare_dollar_sign(sentence, m.start - offset):
        # Hong Kong's own press writes its dollar as '$' ('ALIBABA-W (09988.HK) closed at $172.1'): so read where
        # the sentence names Hong Kong and writes no Hong Kong dollar of its own ('HK$120.60 ... or about $124.20'
        # is a conversion to US dollars), and after such a sentence wherever Hong Kong is carried on; never where
        # no venue is in play (the sign alone is the US dollar)
        if venue != "HK" or "HKD" not in currencies or _writes_hk_dollar(sentence, rules):
            return m.unit
        if context.hk_dollar_sign or any(label == "HK" for *_, label in pattern_hits(sentence, rules.venues)):
            return "HKD"
        return m.unit
    if not _BARE_DOLLAR.match(sentence[m.end - offset : m.unit_end - offset]):
        return m.unit
    if (
        venue == "HK"
        and "USD" in currencies
        and context.hk_dollar_named
        and not context.hk_dollar_word
        and context.bare_dollar_us
        and not any(label == "HK" for *_, label in pattern_hits(sentence, rules.venues))
    ):
        # a text that wrote its Hong Kong prices in Hong Kong dollars ('168,50 HK$') and its US ones in a bare 'Dollar'
        # ('in New York bei 177,18 Dollar') means the US dollar by a bare 'Dollar' in a sentence naming no Hong Kong of
        # its own, the venue carried on from before ('das 52-Wochen-Hoch von 192,67 Dollar' after the Hong Kong close);
        # one writing the Hong Kong dollar by its name ('123,10 Hongkong-Dollar') shortens it so ('123,70 Dollar')
        return m.unit
    at_home = venue == "HK" or "USD" not in currencies
    return "HKD" if at_home and "HKD" in currencies else m.unit


def note_dollars_written(context: Context, sentence: str, rules: Rules) -> None:
    """Before a sentence's price is read: how the sentence writes the Hong Kong dollar for a price, by its name
    ('Hongkong-Dollar': `hk_dollar_word`) or by sign or code ('HK$', 'HKD': `hk_dollar_named`)."""
    for written in _hk_dollars_written(sentence, rules):
        if _DOLLAR_WORD.search(written):
            context.hk_dollar_word = True
        else:
            context.hk_dollar_named = True


def note_dollar_read(
    context: Context, sentence: str, offset: int, m: NumberMention, venue: str | None, currency: str | None
) -> None:
    """After a price in dollars is read (`price_currency`): the text's way of writing a dollar it showed, the sign
    alone for the Hong Kong dollar (`hk_dollar_sign`), a bare 'Dollar' for the US dollar on a US venue
    (`bare_dollar_us`)."""
    if m.unit != "USD":
        return
    if _bare_dollar_sign(sentence, m.start - offset):
        context.hk_dollar_sign = context.hk_dollar_sign or currency == "HKD"
    elif venue == "US" and currency == "USD" and _BARE_DOLLAR.match(sentence[m.end - offset : m.unit_end - offset]):
        context.bare_dollar_us = True


_DOLLAR_WORD = re.compile(r"dollar", re.IGNORECASE)


def _hk_dollars_written(sentence: str, rules: Rules) -> list[str]:
    """The Hong Kong dollars a sentence writes for a price, as written ('HK$', 'HKD', 'Hongkong-Dollar')."""
    return [
        hit.group()
        for pattern, currency, _ in rules.currencies
        if currency == "HKD"
        for hit in pattern.finditer(sentence)
        if not _SUM_AFTER.match(sentence, hit.end())
    ]


def _writes_hk_dollar(sentence: str, rules: Rules) -> bool:
    """The sentence writes the Hong Kong dollar by its name or sign ('HK$', 'HKD', 'Hong Kong dollars') for a price:
    not only before a sum in millions or billions ('... to $633, ... (turnover: HK$7.81 billion)', as Hong Kong's own
    press writes its turnover beside prices in '$')."""
    return any(
        currency == "HKD" and not _SUM_AFTER.match(sentence, hit.end())
        for pattern, currency, _ in rules.currencies
        for hit in pattern.finditer(sentence)
    )


# a sum of money after a currency's sign ('HK$7.81 billion', 'HK$ 19,36 Mrd.'): no share price
_SUM_AFTER = re.compile(r"\s?\d[\d.,]*\s*(?:billion|million|bn|mn|Mrd\.?|Mio\.?|Milliarden|Millionen)\b", re.IGNORECASE)


def _bare_dollar_sign(sentence: str, at: int) -> bool:
    """The dollar sign alone before a number ('$172.1'), not 'US$', 'HK$' or 'HK-$'."""
    return sentence[at - 1 : at] == "$" and not (at >= 2 and (sentence[at - 2].isalpha() or sentence[at - 2] == "-"))


@lru_cache(maxsize=4)
def _goes_on_from_before(words: Words) -> re.Pattern[str]:
    """'damit', 'thereby' (day_links.csv carried): a sentence going on from the one before."""
    return with_first_chars(re.compile(rf"\b(?:{words['carried']})\b", re.IGNORECASE))


_GERMAN_VENUES = ("DE", "XETRA")  # venues.csv: Frankfurt, Tradegate and the others; Xetra


def quoted_at_home(
    sentence: str,
    offset: int,
    m: NumberMention,
    base: NumberMention,
    inside: list[NumberMention],
    rules: Rules,
    context: Context,
) -> bool:
    """Of one share price written in two currencies, the one in the currency of the listing the
    text speaks of is the claim, whichever stands in brackets. The listing comes from a venue word
    (or the one carried, or the home listing), never from the currencies themselves."""
    if m.scale != 1 or base.scale != 1:
        return False  # '1 Milliarde Yuan (140 Millionen USD)': an amount and its conversion
    company = subject_of(sentence, offset, m, rules, context, inside)
    if company is None or company.kind != "stock":
        return False
    hits = pattern_hits(sentence, rules.venues) if context.may_name_venue(offset, offset + len(sentence)) else ()
    named = [hit for hit in hits if ":" not in sentence[hit[0] : hit[1] + 1]]
    venue = named[0][2] if named else context.venue
    listing = rules.listing(listing_for(rules, company, venue, None) or "")
    return listing is not None and listing.currency == m.unit


def venue_or_inferred(
    sentence: str, offset: int, at: NumberMention, company: Company, rules: Rules, context: Context, notes: list[str]
) -> tuple[str | None, ListingSource]:
    """The venue named, else the one carried from an earlier sentence, else none (the home listing),
    and which of the three it is; the notes say so in words."""
    carried = context.venue
    venue = named_venue(
        sentence,
        offset,
        at,
        rules,
        context.may_name_venue(offset, offset + len(sentence)),
        carried if context.hk_dollar_sign else None,
        carried,
    )
    if (
        venue is None
        and carried
        and carried != "ABROAD"
        and not any(item.venue == carried for item in rules.listings_of(company.name))
    ):
        # 'die Baidu-ADRs legten 4,5 Prozent zu. Meituan verlor 3 Prozent': a stock not listed at the venue
        # in play is spoken of at home
        carried = None
    if venue is None and carried in _GERMAN_VENUES and context.company not in (None, company.name) and at.unit != "EUR":
        # 'Im Frankfurter Handel kosteten die Aktien von Alibaba ... Meituan notiert nur 3 Prozent über dem Tief': a
        # German venue of a foreign stock is named for that stock's euro quotes; another company after it, told
        # without euros, is spoken of at home
        carried = None
    if venue is None and carried and _goes_on_from_before(rules.day_links).search(sentence, 0, at.start - offset):
        # 'Alibaba gewannen 1,7 Prozent auf 164,60 HKD. Seit Jahresbeginn hat sich der Kurs damit mehr als
        # verdoppelt.': a sentence going on from the one before ('damit') speaks of its listing, no guess at one (a
        # 'damit' after the number draws a consequence of it instead: 'Der RSI liegt bei 40 und damit im neutralen
        # Bereich')
        notes.append("listing of the sentence before, which it goes on from")
        return carried, "text"
    if venue is None and carried:
        notes.append("listing taken from an earlier sentence")
        return carried, "earlier_sentence"
    if venue is None:
        notes.append(f"no venue named: assumed {company.name}'s home listing")
        return None, "home_default"
    return venue, "text"
