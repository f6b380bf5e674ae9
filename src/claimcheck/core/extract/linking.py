"""How the claims of a text relate: a price a move in its sentence carries (and the close a
completed session's move ended on), the same figure said twice, the claims of one sentence.

Run after every sentence's claims are made, since these relations look across claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple
from zoneinfo import ZoneInfo

from claimcheck.core.dates import day_phrases, pluperfect_clause, told_in_past, without_earlier_events
from claimcheck.core.extract.bindings import restated_look_back
from claimcheck.core.extract.metrics import CLAUSE_BREAK, clause_conjunction, cue_hits
from claimcheck.core.extract.periods import period_reference, trading_when_written
from claimcheck.core.extract.sentences import summary_blocks, ticker_stamp_end
from claimcheck.core.kinds import (
    DISTANCE_KINDS,
    EXTREME_KINDS,
    MOVING_AVERAGE_KINDS,
    PERIOD_KINDS,
    STATEMENT_KINDS,
    UNMEASURED_PERIOD_KINDS,
)
from claimcheck.core.sessions import (
    MissingData,
    is_session,
    previous_session,
    session_closed_by,
    session_day_at,
    session_on_or_before,
    session_trading_at,
    trailing_window_start,
)
from claimcheck.first_chars import with_first_chars
from claimcheck.model import CURRENCIES, Claim, Published
from claimcheck.rules import Listing, Rules, Words
from claimcheck.word_scan import WordPositions


def mark_repeats(claims: list[Claim], text: str, rules: Rules, heading_words: WordPositions | None = None) -> None:
    """The same figure of the same metric, listing and time said twice is one claim: the first in the body
    is judged, a repeat of it names it and is not judged again. A summary list's figure said again
    in the body is the repeat (the body's words give its context). `heading_words`: as for
    `summary_blocks`."""
    blocks = summary_blocks(text, heading_words)

    def in_summary(claim: Claim) -> bool:
        return any(start <= claim.span[0] < end for start, end in blocks)

    headline_end = _headline_end(text)
    first: dict[tuple[object, ...], Claim] = {}
    # (most texts have no summary list: then the body's order alone)
    order = (lambda c: (in_summary(c), c.span[0])) if blocks else (lambda c: c.span[0])
    for claim in sorted(claims, key=order):
        if not claim.checkable or claim.value is None or claim.span[0] < headline_end:
            # a headline's figure is printed on its own, read before the body ('Alibaba sheds 4.3%'): judged as
            # it stands, and the body's same figure ('slid 4.3% to HK$155.60') with its own words is judged too
            continue
        reference = tuple(sorted((claim.reference or {}).items()))
        # (a price told as the latest one is the close it repeats: a list 'Here's how our watchlist closed:' then 'Baidu
        # added 5% to $145.93' in the body)
        kind = "close" if claim.kind == "last_price" else claim.kind
        # (a moving average's window is part of the metric: 'knapp 5 Prozent unter der 50-Tage-Linie, ... noch gut 5
        # Prozent über der 200-Tage-Linie' are two claims)
        key = (
            kind,
            claim.unit,
            claim.value,
            claim.value_high,
            claim.subject,
            claim.listing,
            reference,
            claim.average_sessions,
            claim.average_exponential,
        )
        if key not in first:
            first[key] = claim
            continue
        if first[key].kind == "last_price" and claim.kind == "close":
            continue  # a close told after the same latest price is the close's own claim
        if claim.direction and first[key].direction and claim.direction != first[key].direction:
            # 'Baidu lost 7.9% on the week' then a table's '+7.9%': the same number with the other sign is judged
            continue
        claim.kind, claim.checkable = "repeat", False
        claim.scope_reason = rules.scope_reasons["repeat"]
        claim.repeat_of = first[key].id
        claim.notes.append(f"repeats '{first[key].quote}'")


# a text's first line up to this long, with more text after it, is its headline
_HEADLINE_CHARS = 200


def _headline_end(text: str) -> int:
    """Where a text's headline ends: its first line when it ends on no full stop (a headline is no sentence of the
    body: 'Alibaba sheds 4.3%', 'Alibaba Stock: Is BABA A Buy?') and more follows it, else 0 (no headline)."""
    end = text.find("\n")
    if not 0 < end <= _HEADLINE_CHARS or text[:end].rstrip().endswith(".") or not text[end:].strip():
        return 0
    return end


# a level a session reached, right before its price: 'bis auf 78,15 HKD', 'as low as $78.15', 'as high as'
_REACHED_BEFORE = re.compile(r"\b(?:bis auf|as (?:low|high|far) as)\s+(?:(?:US|HK)?\$\s?)?$", re.IGNORECASE)


class _SessionWords(NamedTuple):
    past_move: re.Pattern[str]
    day_move: re.Pattern[str]
    ended: re.Pattern[str]
    during: re.Pattern[str]
    calendar_week: re.Pattern[str]
    close_named: re.Pattern[str]  # searched right before an index's level only
    now: re.Pattern[str]


@lru_cache(maxsize=4)
def _session_words(words: Words) -> _SessionWords:
    """The patterns of session_words.csv, built once per table: a completed move told in the past
    tense or the perfect ('verlor 3,57 Prozent auf 148,60 HKD', 'fell 4% to $150'); the whole
    session's move named as such ('Mit einem Tagesgewinn von 1,8 %'); the session's end named with the
    move ('schloss mit einem Minus von 2 %', 'closed 2% higher'), which makes a stock's move close to
    close; but not one caught during the session: a time of day, 'zuletzt', 'so far', 'in early trade'."""

    # searched in a claim's clause for every move: led by their first characters (`with_first_chars`), as
    # case-blind words after '\b' are otherwise tried at every position
    def listed(role: str) -> re.Pattern[str]:
        return with_first_chars(re.compile(rf"\b(?:{words[role]})\b", re.IGNORECASE))

    during = with_first_chars(
        re.compile(rf"\b(?:\d{{1,2}}[:.]\d{{2}}\s*(?:{words['clock']})|{words['during']})\b", re.IGNORECASE)
    )
    close_named = re.compile(
        rf"\b(?:{words['close_named']})\s+(?:of|at|von|bei)\s+(?:(?:rund|etwa|about|around)\s+)?$", re.IGNORECASE
    )
    return _SessionWords(
        listed("past_move"),
        listed("day_move"),
        listed("session_ended"),
        during,
        listed("calendar_week"),
        close_named,
        listed("now"),
    )


@dataclass(frozen=True)
class CloseAnnouncement:
    """A sentence of the paragraph announced a session's end ('Handelsschluss in Hongkong.', 'Hong Kong,
    Wednesday's close:'): `venue` is the one it named, or the one in play when it named none."""

    venue: str | None


@lru_cache(maxsize=4)
def _premium_words(words: Words) -> re.Pattern[str]:
    """A relation after a percentage (distance_words.csv: below, above, premium): 'above the ADRs' close',
    'unter dem Schlusskurs', 'premium to'."""
    return re.compile(
        rf"\s*(?:%|Prozent|percent|per cent)?\s*(?:{words['below']}|{words['above']}|{words['premium']})\b",
        re.IGNORECASE,
    )


# the figures a percentage told right after them as above or below something is the gap of (`conversion_premiums`)
_GAPPED_FIGURES = frozenset({"price_conversion", "analyst_target"})


def conversion_premiums(claims: list[Claim], sentence: str, rules: Rules) -> None:
    """A percentage right after a share price the text converts, told as above or below something ('is
    worth about $135.18 per ADR, 3.3% above the ADRs' close in New York'): the converted value's gap to a
    quote, a computation like the conversion, not the share's move; so is one right after an analysts' target ('is
    $198, about 34% above Thursday's close': the target's upside). Set out of scope as that figure is."""
    if not any(c.kind in _GAPPED_FIGURES for c in claims):
        return
    offset = claims[0].sentence_span[0]
    for claim in claims:
        if claim.unit != "percent" or not claim.checkable:
            continue
        before = max((c for c in claims if c.span[1] <= claim.span[0]), key=lambda c: c.span[1], default=None)
        if (
            before is not None
            and before.kind in _GAPPED_FIGURES
            and claim.span[0] - before.span[1] <= 30
            and not any(ch.isdigit() for ch in sentence[before.span[1] - offset : claim.span[0] - offset])
            and _premium_words(rules.distance_words).match(sentence, claim.span[1] - offset)
        ):
            _out_of_scope_as(claim, before)


# a verbless clause going on to another stock's figure of the same kind ('Das Kursziel für Meituan liegt bei 110 HKD,
# für Tencent bei 700 HKD', 'targets of $198 for Alibaba and $160 for Baidu' is the cue's own)
_FOR_ANOTHER = re.compile(
    r"[^\d,;.]{0,12},\s*(?:und\s+|and\s+)?(?:für|for)\s+(?:die\s+|den\s+|das\s+|the\s+)?[\w.&'-]+(?:\s+[\w.&'-]+)?"
    r"\s+(?:bei|at|von|of)\s+(?:rund\s+|etwa\s+|about\s+|around\s+)?(?:HK\$|US\$|\$|€)?\s*$",
    re.IGNORECASE,
)
# or to the value before it ('wir erwarten 87,5 Punkte nach 88,4 Punkten im Vormonat', 'expected at 87.5 from 88.4')
_VALUE_BEFORE = re.compile(
    r"[^\d,;.]{0,12}\s(?:nach|from|versus|vs\.?|gegenüber)\s+(?:HK\$|US\$|\$|€)?\s*$", re.IGNORECASE
)
_ELLIPTICAL_KINDS = frozenset({"analyst_target", "level_forecast", "macro"})
# or to the upper end of a range the value opened ('die Spanne reicht von $150 bis $240', 'targets range from $150 to
# $240', 'zwischen 150 und 240 Dollar'): both ends are of one kind
# ('von ... und' is no range: 'die Marke von 110 HKD und 118,60 HKD kostet das Papier' goes on to a price)
_RANGE_OPENED = re.compile(r"\b(?:(?P<from>von|from)|zwischen|between)\s+(?:HK\$|US\$|\$|€)?\s*$", re.IGNORECASE)
_RANGE_END = re.compile(
    r"\s*(?:HKD|USD|US-Dollar|Dollar|EUR|Euro)?\s*(?:(?P<to>bis(?:\s+zu)?|to)|und|and|(?P<dash>-|–))\s+(?:HK\$|US\$|\$|€)?\s*$",
    re.IGNORECASE,
)
# the next item of a list of chart levels or targets, their noun said once: joined by a conjunction ('Unterstützung
# bieten 110 HK$ und 100 HK$', 'support at $142.50 and $130') or after a comma by the word leading on to it ('die
# nächste Unterstützung bei 110 HK$, darunter bei 100 HK$', 'resistance at $150, then $160')
_UNIT_AFTER = r"\s*(?:HKD|HK\$|USD|US-Dollar|Dollar|EUR|Euro|€|Punkten|Punkte|points)?"
_NEXT_LEVEL = re.compile(
    _UNIT_AFTER + r"(?:\s+(?:und|and|sowie|oder|or|bzw\.)|\s*,\s*(?:und\s+|and\s+)?(?:darunter|darüber|dann|danach|then"
    r"|below that|above that))(?:\s+(?:bei|um|at|near|around))?\s+(?:HK\$|US\$|\$|€)?\s*$",
    re.IGNORECASE,
)
# and the level before such a one whose noun follows both, after 'als'/'as' ('gelten 125 HK$ und 135 HK$ als
# Widerstände', 'sees $150 and $160 as resistance')
_AND_LEVEL = re.compile(_UNIT_AFTER + r"\s+(?:und|and|sowie|oder|or)\s+(?:HK\$|US\$|\$|€)?\s*$", re.IGNORECASE)
_AS_LEVELS = re.compile(_UNIT_AFTER + r"\s+(?:als|as)\b", re.IGNORECASE)
_LISTED_LEVEL_KINDS = frozenset({"analyst_target", "level_forecast"})
# a price with a verb of its own right after it (its unit between at most) opens a clause of its own, no list's item
# ('Die Unterstützung liegt bei 150 HKD und 158,40 HKD kostet die Aktie derzeit', 'support at HK$150 and HK$158.40 is
# where it trades'): a verb a price is the subject or the fronted object of
_OWN_PREDICATE = re.compile(
    _UNIT_AFTER + r"\s+(?:kostet|kostete|notiert|notierte|zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|bezahlen"
    r"|bezahlten|betr[äa]gt|betrug|ist|war|is|was|marks|marked)\b",
    re.IGNORECASE,
)


def _range_of(sentence: str, first: int, between: tuple[int, int]) -> bool:
    """Whether the words before the figure at `first` and those between it and the next open and close a range ('von
    ... bis', 'zwischen ... und', 'from ... to'; a dash after either)."""
    end = _RANGE_END.fullmatch(sentence, *between)
    opened = _RANGE_OPENED.search(sentence, max(0, first - 20), first) if end else None
    if end is None or opened is None:
        return False
    return end["dash"] is not None or (opened["from"] is not None) == (end["to"] is not None)


def figures_by_ellipsis(claims: list[Claim], sentence: str) -> None:
    """A figure told by ellipsis after an analysts' target, an expected level or an economic figure, its verb and noun
    said once: for another stock ('Das durchschnittliche Kursziel liegt für Meituan bei 110 HKD, für Tencent bei 700
    HKD') or as the value before ('wir erwarten 87,5 Punkte nach 88,4 Punkten im Vormonat'): the same kind, out of
    scope as that one is, not a stock's price or an index's move."""
    offset = claims[0].sentence_span[0] if claims else 0
    for before, claim in pairwise(claims):
        between = (before.span[1] - offset, claim.span[0] - offset)
        if (
            before.kind in _ELLIPTICAL_KINDS
            and claim.checkable
            and claim.unit == before.unit
            and (
                _FOR_ANOTHER.fullmatch(sentence, *between)
                or _VALUE_BEFORE.fullmatch(sentence, *between)
                or _range_of(sentence, before.span[0] - offset, between)
            )
        ):
            _out_of_scope_as(claim, before)
    levels_in_a_list(claims, sentence)


def levels_in_a_list(claims: list[Claim], sentence: str) -> None:
    """The items of a list of chart levels or targets, their noun said once: the item after one ('Unterstützung bei 110
    HK$, darunter bei 100 HK$') and the item before one whose noun follows both after 'als' ('gelten 125 HK$ und 135 HK$
    als Widerstände') are levels as that one is, out of scope, not prices of the moment; an item whose own words name
    what it is ('support is at $121, then $115.60, the March 3 low') keeps its kind, and so does one a verb of its own
    follows (`_OWN_PREDICATE`: 'Die Unterstützung liegt bei 150 HKD und 158,40 HKD kostet die Aktie derzeit')."""
    offset = claims[0].sentence_span[0] if claims else 0
    for before, claim in pairwise(claims):
        if (
            before.kind in _LISTED_LEVEL_KINDS
            and claim.kind == "last_price"
            and claim.checkable
            and claim.unit == before.unit
            and _NEXT_LEVEL.fullmatch(sentence, before.span[1] - offset, claim.span[0] - offset)
            and not _OWN_PREDICATE.match(sentence, claim.span[1] - offset)
        ):
            _out_of_scope_as(claim, before)
    for before, claim in reversed(list(pairwise(claims))):
        if (
            claim.kind in _LISTED_LEVEL_KINDS
            and before.kind == "last_price"
            and before.checkable
            and before.unit == claim.unit
            and _AND_LEVEL.fullmatch(sentence, before.span[1] - offset, claim.span[0] - offset)
            and _AS_LEVELS.match(sentence, claim.span[1] - offset)
        ):
            _out_of_scope_as(before, claim)


# a session's price said once for two stocks, the second by ellipsis ('Alibaba startet bei 174,00 HKD, Baidu bei 126,30
# HKD', 'Alibaba opened at HK$174.00 and Baidu at HK$126.30'): the first one's unit, then the other stock's name and
# the preposition alone
_PRICE_FOR_ANOTHER = re.compile(
    r"\s*(?:HKD|USD|EUR|Dollar|Euro|Punkten|Punkte|points)?\s*(?:,\s*(?:und\s+|and\s+|sowie\s+)?|\s(?:und|and|sowie)\s+)"
    r"(?:die\s+|der\s+|the\s+)?[A-ZÄÖÜ][\w.&'-]*(?:\s+[A-ZÄÖÜ][\w.&'-]*)?\s+(?:bei|at)\s+(?:HK\$|US\$|\$|€)?\s*$"
)
_ELLIPTICAL_PRICE_KINDS = frozenset({"open_price", "day_high", "day_low"})


def prices_by_ellipsis(claims: list[Claim], sentence: str) -> None:
    """A price told by ellipsis after another stock's opening price or day's extreme, the verb said once ('Alibaba
    startet bei 174,00 HKD, Baidu bei 126,30 HKD'): the same kind of price, of the stock it names, not a price of the
    moment."""
    offset = claims[0].sentence_span[0] if claims else 0
    for before, claim in pairwise(claims):
        if (
            before.kind in _ELLIPTICAL_PRICE_KINDS
            and claim.kind == "last_price"
            and claim.checkable
            and claim.unit == before.unit
            and claim.listing is not None
            and claim.listing != before.listing
            and _PRICE_FOR_ANOTHER.fullmatch(sentence, before.span[1] - offset, claim.span[0] - offset)
        ):
            claim.kind = before.kind


def _out_of_scope_as(claim: Claim, figure: Claim) -> None:
    """The claim set out of scope as the figure it belongs to is."""
    claim.kind, claim.checkable = figure.kind, False
    claim.scope_reason, claim.listing, claim.reference = figure.scope_reason, None, None
    claim.time_source = "none"


# what stands between a level and a move since a dated base told in apposition to it ('ended the quarter at
# 23,880.72, 3.1% below its July 10 record'): a unit at most, then a comma
_APPOSITION = re.compile(r"[^\d.;:!?]{0,12},\s*$")


def appositive_since_ends(claims: list[Claim], sentence: str) -> None:
    """A move since a dated base told in apposition to a level its own words date ('ended the quarter at 23,880.72,
    3.1% below its July 10 record of 24,639.10', 'ended 2025 at HK$142.80, 23% below its Oct. 2 peak'): the move
    runs to that level's day, not to the day the sentence is read for."""
    offset = claims[0].sentence_span[0] if claims else 0
    for level, move in pairwise(claims):
        if (
            move.kind == "since_return"
            and move.reference is not None
            and "end" in move.reference
            and level.kind in ("close", "index_level")
            and level.listing == move.listing
            and level.time_source == "text"
            and level.reference is not None
            and "date" in level.reference
            and level.reference["date"] < move.reference["end"]
            and _APPOSITION.fullmatch(sentence, level.span[1] - offset, move.span[0] - offset)
        ):
            move.reference = {**move.reference, "end": level.reference["date"]}


# the two sides of each window an extreme is read in: 'das Tief' right after 'Das 52-Wochen-Hoch' is the 52-week low
_EXTREME_PAIRS = (
    ("high_52w", "low_52w"),
    ("year_high", "year_low"),
    ("day_high", "day_low"),
    ("period_high", "period_low"),
)
_PAIR_OF = {kind: pair for pair in _EXTREME_PAIRS for kind in pair}


@lru_cache(maxsize=4)
def _elliptical_extreme(words: Words) -> re.Pattern[str]:
    """What lies between an extreme's number and the next one when the next is named by its side alone
    (extreme_words.csv): a unit and a verb's particle ('bis auf 495,00 HKD runter, das Hoch lag bei'), a comma or a
    joining word, an article, the side, its link, a hedge or currency."""
    return re.compile(
        rf"(?:\s*[^\s\d,;.]{{1,10}})?(?:\s+[a-zäöü]{{2,8}})?\s*[,;]?\s*(?:(?:{words['joint']})\s+)?(?:(?:{words['article']})\s+)?"
        rf"(?:(?P<high>{words['high']})|(?P<low>{words['low']}))\s*(?:{words['link']})(?:\s*[^\d\s.;]{{1,12}}){{0,2}}\s*\Z"
    )


def elliptical_extremes(claims: list[Claim], sentence: str, rules: Rules) -> None:
    """'Das 52-Wochen-Hoch liegt bei 192,67 USD, das Tief bei 95,73 USD', 'a 52-week low of $95.73 and a high of
    $192.67': a price named by its side alone right after an extreme's is the other side of the same window,
    read on the same listing and as of the same day or period (not the day's low nor a last price)."""
    if len(claims) < 2:
        return
    offset, pattern = claims[0].sentence_span[0], _elliptical_extreme(rules.extreme_words)
    for before, claim in pairwise(claims):
        pair = _PAIR_OF.get(before.kind)
        if pair is None or not claim.checkable or claim.unit != before.unit or claim.subject != before.subject:
            continue
        side = pattern.match(sentence, before.span[1] - offset, claim.span[0] - offset)
        if side is None:
            continue
        claim.kind = pair[0] if side["high"] else pair[1]
        claim.reference = dict(before.reference) if before.reference else None
        claim.listing, claim.listing_source = before.listing, before.listing_source
        claim.time_source, claim.date_basis = before.time_source, before.date_basis
        claim.open_session_day, claim.unmeasured_reason = before.open_session_day, before.unmeasured_reason
        claim.notes.append("the window of the extreme named just before it")


@lru_cache(maxsize=4)
def _side_label(words: Words) -> re.Pattern[str]:
    """A bare label in brackets right after a price, naming only its side (extreme_words.csv high, low): '186,20 HKD
    (Hoch)', '$95.73 (low)'; not a label naming more ('(Hoch vom 18. September)', '(52-Wochen-Tief)')."""
    return re.compile(
        rf"\s*(?:[^\s\d(),;.]{{1,16}}\s*)?\(\s*(?:(?P<high>{words['high']})|(?P<low>{words['low']}))\s*\)",
        re.IGNORECASE,
    )


# the prices a side's label makes the extreme of a window named in its sentence or the one before (not a move)
_LABELLED_PRICES = frozenset({"last_price", "close", "intraday_price"})
_LABEL_WINDOWS = frozenset({"high_52w", "low_52w", "year_high", "year_low"})


def labelled_extremes(claims: list[Claim], sentence: str, before: str, rules: Rules) -> None:
    """A price labelled in brackets by its side alone is that side of a window's range ('In Hongkong liegen die
    Eckwerte bei 186,20 HKD (Hoch) und 95,70 HKD (Tief)' after 'Das 52-Wochen-Tief liegt bei 86,70 EUR'): an extreme
    read on the other side (a range's order, 'Spanne: 186,20 HKD (Hoch) und 95,70 HKD (Tief)') takes the label's side;
    a price read as the day's price takes the side of the 52-week (the year's) window its sentence names, else the
    sentence before (without one it stays as read: the label names no window). Read otherwise, a true 52-week high
    was judged as the last price and called wrong."""
    if not claims:
        return
    offset, label = claims[0].sentence_span[0], _side_label(rules.extreme_words)
    window: tuple[str, str] | None = None
    for claim in claims:
        side = label.match(sentence, claim.span[1] - offset)
        if side is None or not claim.checkable:
            continue
        pair = _PAIR_OF.get(claim.kind)
        if pair is None and claim.kind in _LABELLED_PRICES:
            if window is None:
                named = [c.kind for c in claims if c.kind in _LABEL_WINDOWS] or [
                    cue.kind for *_, cue in cue_hits(before, rules) if cue.kind in _LABEL_WINDOWS
                ]
                window = _PAIR_OF[named[-1]] if named else ("", "")
            pair = window if window[0] else None
            if pair is not None:
                claim.notes.append("the window named in its sentence or the one before, its side labelled")
        if pair is not None:
            claim.kind = pair[0] if side["high"] else pair[1]


def link_prices(
    claims: list[Claim],
    sentence: str,
    published: Published | None,
    rules: Rules,
    written_by: datetime | None = None,
    after_close: CloseAnnouncement | None = None,
    ended: set[tuple[str, str]] | None = None,
    entry_clocked: bool = False,
) -> None:
    """Mark price claims carried by a move in the same sentence ('4,88 % auf 167,80 HKD'). A price
    a completed session's move ended on is that session's close: the move is told in the past tense
    and is the day's whole move ('Tagesgewinn') or on a session that had closed when the text was
    written, with no word placing it during the session (in the clauses up to the price's). Such a
    close, and an index's move of such a session, is marked `completed_session` when that session
    had closed at writing: the close is that day's, the index's move reads close to close. A stock's
    move is so marked only when it ended on such a close or a word names the session's end.
    `after_close`: an earlier sentence of the paragraph announced the session's end ('Handelsschluss
    in Hongkong.'), so the moves reported after it, in any tense, are the whole session's. `ended`: the
    sessions (venue, day) the text said had ended ('The Hang Seng index ended down 1.7%'), anywhere before:
    a text without a time of writing was written after them, so a past-tense move of such a session later in
    the text is its whole move (a live ticker's entries have their own times, which decide instead:
    `entry_clocked`; a German text's default time of writing, midday, is no clock of it); the sessions this
    sentence says ended are added."""
    announced = after_close is not None
    ended = set() if ended is None else ended
    moves = [c for c in claims if c.kind in ("day_change", "price_change", "intraday_move", "open_move")]
    _outside_session_prices(claims, sentence)
    for claim in claims:
        if (
            claim.kind in ("last_price", "amount")
            and moves
            and claim.unit in CURRENCIES
            # a sum of money no move comes before ('Aus 10.000 HKD wurden 4.587,83 HKD, ein Minus von 54,12
            # Prozent'): what a sum grew or shrank to, no price the move ended on; nor is a sum in millions or
            # billions ('nachdem der Konzern Aufträge über 500 Milliarden Dollar in Aussicht gestellt hatte')
            and (claim.kind == "last_price" or (claim.scale == 1 and any(c.span[0] < claim.span[0] for c in moves)))
        ):
            offset = claim.sentence_span[0]
            if (
                claim.kind == "last_price"
                and all(c.span[0] > claim.span[0] for c in moves)
                and _REACHED_BEFORE.search(sentence, max(0, claim.span[0] - offset - 12), claim.span[0] - offset)
                and _session_words(rules.session_words).ended.search(sentence, claim.span[1] - offset)
            ):
                # 'rutschte bis auf 78,15 HKD und ging 1,9 % tiefer aus dem Handel', 'slid as low as $78.15 before
                # closing 1.9% lower': a level the session reached, its end told after it; no price the move ended on
                claim.kind = "intraday_price"
                continue
            # the move the price ended on: the nearest before it ('0,8 Prozent auf 605 HKD, ... 1 Prozent auf 153,80')
            move = next((c for c in reversed(moves) if c.span[0] < claim.span[0]), moves[0])
            claim.kind = "intraday_price" if move.kind == "intraday_move" else "last_price"
            if (
                move.time_source == "text"
                and claim.time_source != "text"
                and move.listing == claim.listing
                and "date" in (move.reference or {})
                and move.span[0] < claim.span[0]
                and _PERIOD_WENT_TO.fullmatch(sentence, move.span[1] - offset, claim.span[0] - offset)
            ):
                # "adding to Monday's 1.6% gain to $183.22": the price the move went to is of the day the move's own
                # words name, not of the day in play
                claim.reference, claim.time_source = dict(move.reference or {}), "text"
            if (
                move.kind == "day_change"
                and claim.listing == move.listing
                and claim.scale == 1
                and _WENT_TO.fullmatch(sentence, move.span[1] - offset, claim.span[0] - offset)
            ):
                move.moved_to = claim.value  # 'fell 4.8% to HK$154.40': the move to that price
            said = _said_of(claim, sentence, rules)
            if move.kind in ("day_change", "price_change") and (
                _completed_session(move, said, published, rules, written_by, ended)
                or (
                    (announced or _verbless_item(sentence))
                    and _closed_when_written(move, published, rules, written_by, after_close, ended)
                )
                or (_told_past(said, rules) and _sessionless_publication_day(move, published, rules))
            ):
                claim.kind = "close"
                claim.completed_session = _closed_when_written(move, published, rules, written_by, after_close, ended)
                if claim.completed_session and (session := _session_of(claim, rules)) is not None:
                    # 'Nvidia büßten 4,2 Prozent auf 171,24 Dollar ein.' in a text written after that close: the session
                    # had ended, so its open and range told later ('war mit 177,10 Dollar in den Handel gestartet')
                    # are that session's, not maybe the one before
                    ended.add(session)
                # 'slipped 0.9% to $137.90' on a closed session: the move ended on that close, and so
                # did the same move said in money just before it ('added $3.76, or 2.1%, to $182.55')
                ended_on = [c for c in moves if c.listing == move.listing and _said_with(c, move)]
                for same in ended_on:
                    same.completed_session = same.completed_session or claim.completed_session
            claim.checkable = True
            claim.scope_reason = None
        elif claim.kind in ("day_change", "price_change") and claim.hedge != "intraday":
            # a stock's move reads close to close only when the text says the session ended
            # ('schloss mit einem Minus von', 'ended down') or was stamped after that session's close
            # ('4:15 p.m. ET': 'Nvidia slipped 2.1%'); a past-tense verb alone keeps the range
            said = _said_of(claim, sentence, rules)
            stamped = published is not None and published.at is not None
            _note_session_end(claim, said, rules, ended, written_by)
            claim.completed_session = claim.completed_session or (
                (
                    ((announced or _verbless_figure(said)) and not _caught_during(said, rules))
                    or _told_as_earlier_event(claim, sentence, rules)
                    or _told_in_pluperfect(claim, sentence, said, rules)
                    or (
                        (
                            _named_day_before_publication(claim, published)
                            or stamped
                            or bool(_session_words(rules.session_words).ended.search(said.ending))
                            or (not stamped and not entry_clocked and _session_of(claim, rules) in ended)
                        )
                        and _completed_session(claim, said, published, rules, written_by, ended)
                    )
                )
                and _closed_when_written(claim, published, rules, written_by, after_close, ended)
            )
        elif claim.kind == "index_move" and claim.hedge != "intraday":
            said = _said_of(claim, sentence, rules)
            _note_session_end(claim, said, rules, ended, written_by)
            # a move the paragraph's earlier close announcement does not cover: one its own clause places during
            # the session ('... at the close. At the midday break, the benchmark was up 1.2%')
            claim.completed_session = _ended_on_named_day(claim, said, published, rules) or (
                (
                    ((announced or _verbless_figure(said)) and not _caught_during(said, rules))
                    or _completed_session(claim, said, published, rules, written_by, ended)
                )
                and _closed_when_written(claim, published, rules, written_by, after_close, ended)
            )
        elif claim.kind == "index_level":
            # 'stieg um 1,1 Prozent auf 25.355,95 Punkte', 'edged up 0.2% to 26,834.77': the level a
            # completed session's whole move ended on is that session's close
            offset = claim.sentence_span[0]
            claim.completed_session = (
                any(
                    c.kind == "index_move"
                    and c.completed_session
                    and _MOVED_TO.fullmatch(sentence, c.span[1] - offset, claim.span[0] - offset) is not None
                    for c in claims
                )
                or _ended_on_named_day(claim, said := _said_of(claim, sentence, rules), published, rules)
                # 'Der Hang-Seng-Index schloss bei 26.700 Punkten' naming no day: a close of one of the sessions up to
                # publication, not any level of their ranges
                or (
                    claim.time_source == "publication_default"
                    # (or the last session before a publication day without one: 'Der Nasdaq Composite beendete die
                    # Woche ... bei 22.388 Punkten' in a Saturday's review)
                    and (_on_its_session(claim, rules) or _sessionless_publication_day(claim, published, rules))
                    and _told_closed(said, rules)
                )
                # 'recovering from a close of 23,132.77 on Monday': the level named as a close is that close
                or _session_words(rules.session_words).close_named.search(
                    sentence, max(0, claim.span[0] - offset - 40), claim.span[0] - offset
                )
                is not None
            )
            # ('Der Hang Seng schloss am Mittwoch bei 25.781,77 Punkten': the level a session ended on, as an index's
            # move so told: its close, not any level of the day's range)
    _moves_to_a_moments_price(claims, moves, sentence)
    _period_closes(claims, sentence, published, rules)
    _open_moves_to_opening_price(claims, rules)
    finished = {(c.listing, (c.reference or {}).get("date")) for c in claims if c.completed_session and c.listing}
    for claim in claims if finished else ():
        if claim.kind in _RANGE_KINDS and (claim.listing, (claim.reference or {}).get("date")) in finished:
            # 'gab 1,7 Prozent auf 505,50 HKD nach und bewegte sich zwischen 500 und 521,50 HKD': the day's range
            # of a session the sentence reports finished is that session's, not maybe the one before; so is a price
            # or move inside it ('fell 3.6% to HK$143, after touching HK$149.80 in early trade')
            claim.completed_session = True
    for claim in claims if ended else ():
        if claim.kind in ("day_high", "day_low", "open_price") and _session_of(claim, rules) in ended:
            # 'schloss in Hongkong 3,7 Prozent tiefer.' ... '- Tageshoch: 90,65 HKD': the day's range or open of a
            # session the text said before had ended is that session's, not maybe the one before
            claim.completed_session = True


def _moves_to_a_moments_price(claims: list[Claim], moves: list[Claim], sentence: str) -> None:
    """'rose 2.1 percent to HK$521.50 in the morning': the price a moment of the session names (an intraday price
    from its trailing moment, `metrics.trailing_moment`) is still the price the move went to (`Claim.moved_to`), so a
    session whose range never held it is not the move's; so is the price a move during the session went to ('zeitweise
    um 4,5 Prozent auf 121,30 HKD abgesackt', 'fell as much as 4.9% to HK$81.85'): the move is the one to that price,
    not any the day's range passed through."""
    for claim in claims:
        if claim.kind != "intraday_price" or claim.scale != 1:
            continue
        offset = claim.sentence_span[0]
        move = next((c for c in reversed(moves) if c.span[0] < claim.span[0]), None)
        if (
            move is not None
            and (move.kind == "intraday_move" or (move.kind == "day_change" and claim.hedge == "intraday"))
            and move.moved_to is None
            and move.listing == claim.listing
            and _WENT_TO.fullmatch(sentence, move.span[1] - offset, claim.span[0] - offset)
        ):
            move.moved_to = claim.value


def _open_moves_to_opening_price(claims: list[Claim], rules: Rules) -> None:
    """A move at the open told with the opening price in its sentence ('Zur Eröffnung lagen die Titel mit 528 HK$ 4,1%
    unter dem Schlusskurs vom Mittwoch', 'opened at $181.25, down 2% from Thursday'): the move to that price, not any
    move from the open to the day's extreme (`Claim.moved_to`, read by measure)."""
    for move in claims:
        if move.kind != "open_move" or move.moved_to is not None or move.listing is None:
            continue
        listing = rules.listing(move.listing)
        opened = next(
            (
                c
                for c in claims
                if c.kind == "open_price"
                and c.listing == move.listing
                and c.value is not None
                and listing is not None
                and c.unit == listing.currency
                and c.reference == move.reference
            ),
            None,
        )
        if opened is not None and opened.value is not None:
            move.moved_to = opened.value * opened.scale


# a session's extremes and the prices and moves inside its range
_RANGE_KINDS = frozenset({"day_high", "day_low", "intraday_price", "intraday_move"})


# a period's move a price may have ended on ('verloren in der Woche knapp 7 Prozent auf 144,11 Dollar')
_PERIOD_MOVES = frozenset({"week_return", "week_to_date_return", "month_return", "past_month_return", "ytd_return"})


def _period_closes(claims: list[Claim], sentence: str, published: Published | None, rules: Rules) -> None:
    """A price a past period's move went to, told in the past tense, with no day's move between them ('Die ADR
    verloren in der Woche knapp 7 Prozent auf 144,11 Dollar', 'lost 6.7% over the week to $144.11'), in a text
    written on a later day than the period's last session: that session's close, not a price of any session of it.
    So is an index's level ('Der Hang Seng verlor im Februar 2,8 Prozent auf 26.631 Punkte')."""
    if published is None or published.date is None:
        return
    for claim in claims:
        level = claim.kind == "index_level" and claim.unit == "points"
        # a close whose day no word of its own names ('schloss bei', its day carried from an earlier sentence)
        undated_close = claim.kind == "close" and claim.unit in CURRENCIES and claim.time_source != "text"
        if not level and not undated_close and (claim.kind != "last_price" or claim.unit not in CURRENCIES):
            continue
        if claim.scale != 1 or claim.listing is None:
            continue
        before = [c for c in claims if c.span[0] < claim.span[0] and c.listing == claim.listing]
        move = before[-1] if before else None
        if move is None or move.kind not in _PERIOD_MOVES or move.reference is None or "end" not in move.reference:
            continue
        offset = claim.sentence_span[0]
        listing = rules.listing(claim.listing)
        between = (move.span[1] - offset, claim.span[0] - offset)
        # (a close whose day is carried only in a conjunct: 'verloren in der Woche 4 % und schlossen bei 148,05 Dollar')
        went_to = not undated_close and _PERIOD_WENT_TO.fullmatch(sentence, *between)
        if listing is None or not (went_to or _PERIOD_THEN_CLOSED.fullmatch(sentence, *between)):
            continue
        said = _said_of(claim, sentence, rules)
        if not _told_past(said, rules) or _caught_during(said, rules):
            continue
        end = min(date.fromisoformat(move.reference["end"]), published.date)
        day = session_on_or_before(listing.calendar, end)
        if day is not None and day < published.date:
            claim.kind = "index_level" if level else "close"
            claim.reference = {"date": day.isoformat()}
            claim.time_source = "text"  # the period's last session, which the text's words name
            claim.completed_session = True


# a list's item of figures only ('Tencent: +0,1 % (625,00 HKD)', '– Meituan: 98,25 HKD (-1,5 %)'): no verb places its
# move during the session, so on a session closed when the text was written its price is the close
_ITEM_LABEL = re.compile(r"^\s*(?:[–•*-]\s*)?[^\d:]{1,40}:\s")
_ITEM_FIGURES = re.compile(
    r"[\d.,%+\-−–()\s]|HK\$|US\$|\$|€|\b(?:HKD|USD|EUR|Euro|US-Dollar|Hongkong-Dollar|Dollar|Prozent|Punkte?|points?)\b"
)


def _only_figures(words: str) -> bool:
    """Nothing but figures, signs and units ('-1,1 Prozent', 'HK$ 508')."""
    return not _ITEM_FIGURES.sub("", words).strip(" .;")


def _verbless_item(sentence: str) -> bool:
    label = _ITEM_LABEL.match(sentence)
    return label is not None and _only_figures(sentence[label.end() :])


def _verbless_figure(said: _Said) -> bool:
    """A list item's figure told without a verb, at most with its day ('- Hang Seng: -1,1 Prozent am Freitag,
    +0,7 Prozent auf Wochensicht', '- Tencent: -2.1% on Friday'): a session's result as a table gives it, not a
    move caught during the session, which its verb would tell ('- Hang Seng: fällt um 1,1 Prozent')."""
    label = _ITEM_LABEL.match(said.clause)
    if label is None:
        return False
    own = said.clause[label.end() :]
    for start, end in reversed(day_phrases(own)):
        own = own[:start] + own[end:]
    return _only_figures(own)


def _closed_by_default_time(claim: Claim, rules: Rules, written_by: datetime | None) -> bool:
    """The session of a move dated by publication had closed by the time of writing a text without a clock is
    taken to have (`written_by_of`: a German text's midday; an English one has none)."""
    listing = rules.listing(claim.listing or "")
    day = (claim.reference or {}).get("date")
    return (
        written_by is not None
        and listing is not None
        and day is not None
        and session_closed_by(listing.calendar, date.fromisoformat(day), written_by)
    )


def _on_its_session(claim: Claim, rules: Rules) -> bool:
    """The claim's day is a session of its listing (not a weekend's or a holiday's)."""
    listing = rules.listing(claim.listing or "")
    day = (claim.reference or {}).get("date")
    if listing is None or day is None:
        return False
    return is_session(listing.calendar, date.fromisoformat(day))


def _session_of(claim: Claim, rules: Rules) -> tuple[str, str] | None:
    """The session (venue, day) a move is of, where its listing and day are known."""
    listing = rules.listing(claim.listing or "")
    day = (claim.reference or {}).get("date")
    return (listing.venue, day) if listing is not None and day is not None else None


def _note_session_end(
    claim: Claim, said: _Said, rules: Rules, ended: set[tuple[str, str]], written_by: datetime | None = None
) -> None:
    """A move told in the past with a word naming the session's end ('The Hang Seng index ended down 1.7%',
    'schloss mit einem Minus von'), no word placing it during the session, on a day the text names: that
    session had ended when the text was written. So did one on the publication day the text names no day for
    ('Hongkong, 24. Februar. Der Hang-Seng-Index schloss 1,8 Prozent tiefer'), when the time of writing its
    language assumes (a German text's midday) comes after that session's close: a report of the day's Asian
    close, whose stocks' past-tense moves later in the text ('Tencent verlor 3,3 Prozent auf 520 HKD') are
    whole sessions too."""
    words = _session_words(rules.session_words)
    if (
        (
            claim.time_source in ("text", "earlier_sentence")
            or (claim.time_source == "publication_default" and _closed_by_default_time(claim, rules, written_by))
        )
        and words.ended.search(said.ending)
        and _told_past(said, rules)
        and not _caught_during(said, rules)
        and (session := _session_of(claim, rules)) is not None
    ):
        ended.add(session)


# between a move outside the session and the price it went to ('um 2 Prozent auf 112 Dollar', '2% to $155')
# (a comparative between: 'were indicated 4% higher at $127.70', 'notierten 4 Prozent höher bei 127,70 Dollar')
_WENT_TO = re.compile(
    r"\s*(?:%|Prozent|percent|per cent)?\s*(?:(?:höher|tiefer|fester|leichter|schwächer|higher|lower)\s+)?"
    r"(?:auf|to|at|bei)\s*(?:HK\$|US\$|\$|€)?\s*",
    re.IGNORECASE,
)
# the same with the period's own words between ('fell 3% this week to $171.24', 'lost 6.7% over the week to $144.11')
_PERIOD_WENT_TO = re.compile(
    r"\s*(?:%|Prozent|percent|per cent)?(?:\s+[^\d\s,;.]+){0,3}?\s*(?:auf|to)\s*(?:HK\$|US\$|\$|€)?\s*", re.IGNORECASE
)


# the period's move, then its close in a conjunct of the same subject ('Der Hang Seng kam in der Woche auf ein Plus von
# 1,6 % und schloss bei 26.545 Punkten', 'gained 5% over the week and closed at $162.81')
_PERIOD_THEN_CLOSED = re.compile(
    r"\s*(?:%|Prozent|percent|per cent)?(?:\s+[^\d\s,;.]+){0,3}?\s*,?\s+(?:und|and)\s+"
    r"(?:schloss|schlossen|closed|ended|finished)\s+(?:bei|mit|at)\s*(?:HK\$|US\$|\$|€)?\s*",
    re.IGNORECASE,
)


def _outside_session_prices(claims: list[Claim], sentence: str) -> None:
    """A price a premarket or after-hours move went to is of that trading too ('Im nachbörslichen Handel
    fielen die ADRs um 2 Prozent auf 112 Dollar'): not the session's last price, which it need not be."""
    outside = [c for c in claims if c.kind in ("premarket", "after_hours")]
    for claim in claims:
        if claim.kind != "last_price" or claim.unit not in CURRENCIES:
            continue
        offset = claim.sentence_span[0]
        move = next((c for c in reversed(outside) if c.span[1] <= claim.span[0]), None)
        if move is not None and _WENT_TO.fullmatch(sentence, move.span[1] - offset, claim.span[0] - offset):
            claim.kind, claim.checkable, claim.scope_reason = move.kind, move.checkable, move.scope_reason


# between a move and the level it ended on: its unit and 'auf'/'to' ('1,1 Prozent auf 25.355,95'), or 'at'/'bei'
# ('closed down 2.8% at 22,839.56', 'schloss 1,8 Prozent höher bei 26.908 Punkten')
_MOVED_TO = re.compile(
    r"\s*(?:%|Prozent|percent|per cent)?\s*(?:(?:höher|tiefer|fester|leichter|schwächer|higher|lower)\s+)?"
    r"(?:auf|to|at|bei)\s*",
    re.IGNORECASE,
)


def _told_as_earlier_event(claim: Claim, sentence: str, rules: Rules) -> bool:
    """A move in a clause telling an earlier event ('after slipping 1.2% on Monday', 'whose shares had
    risen 1.6% on Wednesday', 'nachdem sie am Freitag 2 % verloren hatte'): a past session summed up,
    its whole move (an intraday figure says so: 'as much as', 'zeitweise')."""
    at = claim.span[0] - claim.sentence_span[0]
    blanked = without_earlier_events(sentence, rules)
    return sentence != "" and blanked[at : at + 1] == " " and sentence[at : at + 1] != " "


def _told_in_pluperfect(claim: Claim, sentence: str, said: _Said, rules: Rules) -> bool:
    """A move whose own clause is in the pluperfect, no word placing it during the session ('Am Vortag hatte
    Baidu noch 2,7 Prozent verloren, Alibaba hatte 1,5 Prozent gewonnen'): an earlier session summed up, its
    whole move."""
    opened = pluperfect_clause(sentence, claim.span[0] - claim.sentence_span[0], rules)
    # the clause's own words: a ticker entry's clock time heading the sentence places no move of an earlier day
    return opened is not None and not _session_words(rules.session_words).during.search(said.clause, opened)


def _said_with(other: Claim, move: Claim) -> bool:
    """The move itself, or another of its kind of move said just before it for the same price
    ('$3.76, or 2.1%, to $182.55'): a percentage and a sum within a few characters."""
    if other is move:
        return True
    return other.kind in ("day_change", "price_change") and 0 < move.span[0] - other.span[1] <= 12


class _Said(NamedTuple):
    """The words a claim is said with: the sentence up to the end of the claim's clause (a word
    after a clause break speaks of the next clause: '641 HKD verloren; im Tagesverlauf ...', one
    heading the sentence of all of it); and of those, the words governing the number, its tense:
    up to a reason or an earlier event told after it without a comma ('fall 0.9% to HK$636 as
    investors booked profits', '... on Monday after the company unveiled new AI models')."""

    clause: str
    governing: str
    # the clause without the earlier events' clauses the number is not in: a session's end named there is that
    # event's ('Tencent, which closed at HK$532 on Monday, fell 3.5% to HK$519': Monday's close, not today's)
    ending: str


def _said_of(claim: Claim, sentence: str, rules: Rules) -> _Said:
    end = max(0, claim.span[1] - claim.sentence_span[0])
    brk = CLAUSE_BREAK.search(sentence, end)
    clause = sentence[: brk.start()] if brk else sentence
    reason = clause_conjunction(rules.clause_words).search(clause, end)
    blanked = without_earlier_events(sentence, rules)  # cached per sentence
    at = min(end, len(sentence)) - 1
    ending = blanked[: len(clause)] if blanked != sentence and at >= 0 and blanked[at] == sentence[at] else clause
    return _Said(clause, clause[: reason.start()] if reason else clause, ending)


# A German text dated without a time of day is taken as written by midday in Berlin: Hong Kong's
# and Shanghai's sessions of that day have closed by then (09:00/10:00), New York's has not opened.
_GERMAN_MIDDAY = time(12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def written_by_of(published: Published, lang: str) -> datetime | None:
    """When a text was written at the latest, as far as its date and language tell."""
    if published.at is not None or published.date is None or lang != "de":
        return published.at
    return datetime.combine(published.date, _GERMAN_MIDDAY)


# New York's pre-market trading opens at 04:00 there: by then every Asian session of the day has closed
_NEW_YORK_PREMARKET = time(4, 0, tzinfo=ZoneInfo("America/New_York"))
NEW_YORK_CALENDARS = frozenset({"XNYS", "XNAS"})  # (a dateline clock reads carried days on these: extract)


def written_in_premarket(claims: list[Claim], published: Published, rules: Rules) -> datetime | None:
    """A text without a clock that tells a New York stock's pre-market trade of its publication day ('rose 1.9% to
    $128.45 in pre-market trading') was written during that trading, after 04:00 New York time, when it opens and
    every Asian session of the day has closed, and before the open: that moment is its time of writing as far as the
    sessions go ('surged 3.2% to HK$79.00 on Tuesday' is Hong Kong's close, New York's Tuesday had not traded). Not
    from futures or an index's indication, which trade through the night."""
    if published.at is not None or published.date is None:
        return None
    today = published.date.isoformat()
    if new_york_session_told(claims, published, rules):
        return None  # 'had been down about 3% in premarket trading and opened at $129.40': the session has traded
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        if (
            claim.kind == "premarket"
            and listing is not None
            and listing.calendar in NEW_YORK_CALENDARS
            and (claim.reference or {}).get("date") == today
            and (company := rules.company(listing.company)) is not None
            and company.kind != "index"
        ):
            return datetime.combine(published.date, _NEW_YORK_PREMARKET)
    return None


# what a New York session tells once it has opened: a text telling one of the publication day was not written before it
_SESSION_TOLD_KINDS = frozenset(
    {"open_price", "open_move", "close", "day_high", "day_low", "intraday_move", "intraday_price", "after_hours"}
)


def new_york_session_told(claims: list[Claim], published: Published, rules: Rules) -> bool:
    """Whether one of the claims tells a New York session of the publication day as traded (its open, a moment of
    it, its close, its after-hours trade)."""
    if published.date is None:
        return False
    today = published.date.isoformat()
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        if (
            listing is not None
            and listing.calendar in NEW_YORK_CALENDARS
            and (claim.reference or {}).get("date") == today
            and (claim.kind in _SESSION_TOLD_KINDS or claim.completed_session)
        ):
            return True
    return False


def as_of_session_before_premarket(claims: list[Claim], published: Published, rules: Rules) -> None:
    """A figure naming no day in a text written during New York's pre-market trading (`written_in_premarket`) is,
    on a listing whose session of the publication day had not opened then, as of that listing's last session before
    ('Baidu shares have lost around 14% so far this year' under 'gained 1.4% in pre-market trading': up to the
    close before, not a close that had not happened), as a text published on a day its listing does not trade
    (`as_of_last_session`)."""
    written = written_in_premarket(claims, published, rules)
    if written is None or published.date is None:
        return
    for claim, listing, key in [
        *_publication_day_figures(claims, published.date, rules),
        *_dated_bases_up_to(claims, published.date, rules),
    ]:
        if claim.kind in ("premarket", "after_hours"):
            continue
        try:
            if (
                not is_session(listing.calendar, published.date)
                or session_trading_at(listing.calendar, published.date, written)
                or session_closed_by(listing.calendar, published.date, written)
            ):
                continue  # not a session, or one that had opened by then
            last = session_on_or_before(listing.calendar, published.date - timedelta(days=1))
        except MissingData:
            continue
        _dated_to(claim, key, last, listing.calendar)
        if claim.latest is not None and claim.latest > last.isoformat():
            claim.latest = last.isoformat()


def _completed_session(
    move: Claim,
    said: _Said,
    published: Published | None,
    rules: Rules,
    written_by: datetime | None,
    ended: set[tuple[str, str]] | None = None,
) -> bool:
    """A move told in the past tense (a move verb's, or another past the number's own words are
    in: 'ging es ... auf 169,90 Dollar'; a bare '-ed' form only of a move verb), no word placing it
    during the session, and the day's whole move ('Tagesgewinn') or on a session that had closed
    when the text was written."""
    if _caught_during(said, rules):
        return False
    day_move = bool(_session_words(rules.session_words).day_move.search(said.clause))
    if not _told_past(said, rules):
        # 'outpaced the Nasdaq's daily gain of 0.53%' stamped after the close: the whole move, named so, of a session
        # that had closed, whatever the tense of the verb it hangs on
        return day_move and _closed_when_written(move, published, rules, written_by, ended=ended)
    return day_move or _closed_when_written(move, published, rules, written_by, ended=ended)


def _caught_during(said: _Said, rules: Rules) -> bool:
    """A word placing the move during the session ('zuletzt', 'in early trade', 'ended the morning session'), not in
    an earlier event's clause the number is not in ('gained 1.9% to HK$98.35 after slipping as low as HK$96.10 in the
    morning session': the slip was caught then, the move ended on the close). The clock stamp heading a ticker entry
    ('10:15 Uhr: Am Vortag hatte ...') says when it was written, not when the move was caught: that time decides
    through `written_by`."""
    return _session_words(rules.session_words).during.search(said.ending, ticker_stamp_end(said.clause)) is not None


def _told_past(said: _Said, rules: Rules) -> bool:
    """A move verb's past tense, or another past the number's own words are in ('ging es ... auf 169,90 Dollar');
    a bare '-ed' form only of a move verb."""
    told = said.governing
    past_move = _session_words(rules.session_words).past_move
    return bool(past_move.search(told) or told_in_past(told, rules, any_ed_form=False))


def _sessionless_publication_day(move: Claim, published: Published | None, rules: Rules) -> bool:
    """A move dated to the publication day when its listing has no session that day (a Saturday's review, 'Die ADRs
    verloren 8,1 % auf 121,96 Dollar'): the session it tells of, the last before, had closed. Only the price such a
    move went to is so read as that close (a move alone may be a period's a review names elsewhere)."""
    day = (move.reference or {}).get("date")
    listing = rules.listing(move.listing or "")
    return (
        day is not None
        and listing is not None
        and published is not None
        and published.date is not None
        and day == published.date.isoformat()
        and not is_session(listing.calendar, published.date)
    )


def _ended_on_named_day(claim: Claim, said: _Said, published: Published | None, rules: Rules) -> bool:
    """An index's move the text says closed ('Germany's DAX closed down 2.8% at 22,893.56') on a day it named, in
    that sentence or before, up to publication: that session had ended when the text was written, whatever
    the time of writing (a text without one is not known to be written after the close otherwise)."""
    day = (claim.reference or {}).get("date")
    return (
        claim.time_source in ("text", "earlier_sentence")
        and day is not None
        and published is not None
        and published.date is not None
        and date.fromisoformat(day) <= published.date
        and _told_closed(said, rules)
    )


def _told_closed(said: _Said, rules: Rules) -> bool:
    """The claim's own clause says its session ended ('schloss bei', 'closed at'), not a moment of it ('ended the
    morning session down 0.8%')."""
    words = _session_words(rules.session_words)
    return words.ended.search(said.clause, _own_clause_start(said.clause)) is not None and not _caught_during(
        said, rules
    )


def _named_day_before_publication(claim: Claim, published: Published | None) -> bool:
    """The move's own sentence names its day ('fell 0.5% on Wednesday'), a day before publication's: told in the past
    tense on a later day, it is the session's whole move, not a moment of it. (A day carried from an earlier sentence
    is weaker evidence: the number may be another period's the extraction did not reach.)"""
    day = (claim.reference or {}).get("date")
    return (
        claim.time_source == "text"
        and day is not None
        and published is not None
        and published.date is not None
        and date.fromisoformat(day) < published.date
    )


def _own_clause_start(clause: str) -> int:
    """Where the last clause of the words up to a number's clause end starts ('..., nachdem er im frühen Handel nur
    um 0,4 Prozent zugelegt hatte': the session's end told before the comma is not this number's)."""
    breaks = list(CLAUSE_BREAK.finditer(clause))
    return breaks[-1].end() if breaks else 0


def _closed_when_written(
    move: Claim,
    published: Published | None,
    rules: Rules | None,
    written_by: datetime | None,
    announcement: CloseAnnouncement | None = None,
    ended: set[tuple[str, str]] | None = None,
) -> bool:
    """The session of the day the text names for the move (in its sentence or before) had closed
    when the text was written: a day before publication, or the publication day after the close.
    A session whose end the text announced may be the publication day's without naming it; without
    a time of writing, only the announced venue's had closed by the text's words, or one the text said had
    ended (`ended`)."""
    day = (move.reference or {}).get("date")
    if day is None or published is None or published.date is None:
        return False
    if (
        move.time_source == "publication_default"
        and published.at is None
        and rules is not None
        and _session_of(move, rules) in (ended or ())
        and _closed_by_default_time(move, rules, written_by)
    ):
        # the publication day's session a text without a clock said had ended (`_note_session_end`), and which
        # had closed by the time of writing its language assumes: a later past-tense move of it is its whole move
        return True
    if (
        move.time_source not in ("text", "earlier_sentence")
        and announcement is None
        # a text stamped with its time ('14.10.2025 – 12:30 Uhr', '6:30 p.m. ET') dates a move naming no day to the
        # session its listing had at that time; that session's close is known to have passed or not
        and not (move.time_source == "publication_default" and published.at is not None)
    ):
        return False
    listing = rules.listing(move.listing or "") if rules is not None else None
    if date.fromisoformat(day) < published.date:
        # (but for an entry written while that day's session had not closed: '9:45 a.m. ET' under a blog's day
        # heading 'MONDAY, OCT. 27' in a text last updated on Tuesday)
        if listing is None or written_by is None:
            return True
        try:
            on = date.fromisoformat(day)
            return not is_session(listing.calendar, on) or session_closed_by(listing.calendar, on, written_by)
        except MissingData:  # a day before the calendar held
            return True
    if date.fromisoformat(day) != published.date:
        return False
    if listing is None:
        return False
    if written_by is None:
        # 'Hong Kong, Wednesday's close:' says Hong Kong's session had ended, not New York's of that day
        announced = announcement is not None and listing.venue == announcement.venue
        return announced or (listing.venue, day) in (ended or ())
    return session_closed_by(listing.calendar, date.fromisoformat(day), written_by)


# a period's move whose sentence names no day: dated by publication, or by the day of a sentence before it
# ('In Hongkong gab die Aktie am Mittwoch 1,9 Prozent nach. ... auf Jahressicht kommen die ADRs auf knapp 80 Prozent')
_UNNAMED = ("publication_default", "earlier_sentence")
_PRICES_OF_THE_MOMENT = frozenset({"last_price", "intraday_price"})
# a session's figures a ticker entry may tell of the session before when its listing's session of the day had not begun
_SESSION_FIGURES = frozenset(
    {"close", "last_price", "intraday_price", "day_high", "day_low", "day_change", "price_change", "open_price"}
    | {"open_move", "intraday_move", "volume", "index_move", "index_level"}
)


def sessions_before_opening(
    claims: list[Claim],
    written: datetime,
    rules: Rules,
    sentence: str,
    sources: tuple[str, ...],
    calendars: frozenset[str] | None = None,
) -> None:
    """A session's figure told in the past tense whose day is the day of writing without being named in its own
    words (`sources`: the time sources of such a day), on a listing whose session of that day had not opened when
    the text was written, is of the session before: the one that day's had not begun ('02:05 Uhr: ... Der Nasdaq
    Composite schloss 1,9 Prozent fester'; 'Feb. 9, 2026 7:40 am ET ... In Hong Kong, Alibaba closed 1.9% higher
    on Monday. ... The Nasdaq 100 jumped 2.1%': New York's Friday, Hong Kong's Monday carried from the sentence
    before). Not a figure told in the present ('Nvidia is up 3%' before the bell: a pre-market quote). `calendars`:
    the exchange calendars read so, where not all are (a dateline's clock: New York's, whose listings do not trade
    before the bell but in pre-market quotes; a German venue quotes a share before its exchange calendar opens)."""
    if not told_in_past(sentence[ticker_stamp_end(sentence) :], rules):
        return
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        ref = claim.reference or {}
        if (
            claim.kind in _SESSION_FIGURES
            and claim.time_source in sources
            and listing is not None
            and (calendars is None or listing.calendar in calendars)
            and "date" in ref
            and (before := session_day_at(listing.calendar, written).isoformat()) < ref["date"]
            and ref["date"] == written.date().isoformat()
        ):
            # that session had closed when the text was written: its whole move, the price it went to its close
            claim.reference, claim.completed_session = {**ref, "date": before}, True
            if claim.kind == "last_price":
                claim.kind = "close"


def as_of_entry(claims: list[Claim], written: datetime, rules: Rules, sentence: str) -> None:
    """A period's move naming no day in a ticker entry ends at the latest session its listing had opened when the entry
    was written ('7.30am GMT ... Alibaba is down 2.7% this year': New York's Monday, its Tuesday not yet open), not at a
    later session an entry above it, written later, reported (a blog printing its newest entry first), nor at one of
    the sessions before that one ('9:00 AM EDT ... have lost about 15% over the past month': as of Tuesday's close, not
    any of the week's: `Claim.not_before`). A price naming no day in an entry written while its listing's session
    traded ('01:12 PM EST ... Baidu fell 4.4% to $118.12') is that session's, of the moment (`Claim.open_session_day`):
    not the session before, as a day carried from another market's sentence may be. A session's figure naming no day,
    told in the past tense in an entry written before its listing's session of the entry's day opened ('02:05 Uhr: ...
    Der Nasdaq Composite schloss 1,9 Prozent fester', in Europe's night), is of the session before: the one that day's
    had not begun (not a figure told in the present, 'Nvidia is up 3%' before the bell: a pre-market quote)."""
    sessions_before_opening(claims, written, rules, sentence, _UNNAMED)
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        ref = claim.reference or {}
        if (
            claim.kind in _PRICES_OF_THE_MOMENT
            and claim.time_source in _UNNAMED
            and listing is not None
            and ref.get("date") == session_day_at(listing.calendar, written).isoformat()
            and session_trading_at(listing.calendar, date.fromisoformat(ref["date"]), written)
        ):
            claim.open_session_day = ref["date"]
        end = ref.get("end")
        if claim.kind not in PERIOD_KINDS or claim.time_source not in _UNNAMED or listing is None or end is None:
            continue
        day = session_day_at(listing.calendar, written)
        if day.isoformat() < end and (period := period_reference(claim.kind, day)) is not None:
            claim.reference, claim.latest = period, day.isoformat()
            claim.not_before = max(claim.not_before or "", day.isoformat())


def period_price_of_the_moment(claims: list[Claim], rules: Rules) -> None:
    """A period's move up to a session still trading when the text was written (`Claim.open_session_day`) is as of
    the price the text last reported for its listing in that session ('Alibaba gained 3.6 per cent to HK$136.50 ...
    Alibaba's shares have risen about 70 per cent this year'): that price, in the listing's currency, is the period's
    end (`Claim.moved_to`), the last price of the moment where one was told, not a price the session touched; without
    one, the day's range stays permitted (measure). So is a distance to a 52-week extreme told then ('Um 16:08 Uhr
    fiel die Aktie ... auf 125,62 USD. ... Gewinne von 27,25 Prozent würden die Aktie auf das 52-Wochen-Hoch
    bringen'), from the last price the text gave, not a price the session touched
    ('Zwischenzeitlich gab die Aktie bis auf 124,86 USD nach')."""
    latest: dict[tuple[str, str], float] = {}
    last: dict[tuple[str, str], float] = {}
    for claim in claims:
        ref = claim.reference or {}
        if claim.listing is None or not claim.checkable:
            continue
        if claim.kind in ("last_price", "intraday_price") and "date" in ref and claim.value is not None:
            listing = rules.listing(claim.listing)
            if listing is not None and claim.unit == listing.currency:
                latest[(claim.listing, ref["date"])] = claim.value * claim.scale
                if claim.kind == "last_price":
                    last[(claim.listing, ref["date"])] = claim.value * claim.scale
        elif claim.open_session_day is not None and (claim.kind in PERIOD_KINDS or claim.kind in DISTANCE_KINDS):
            key = (claim.listing, claim.open_session_day)
            # a price of the moment told ('As of 1:45 p.m. ET ... up 5.8% at $178.45') before one the session only
            # touched ('after climbing as much as 7.4% to $181.10 earlier in the session'): that peak is not the
            # period's end; a price given only as of a time of its own is, where none is of the moment
            said = last if claim.kind not in PERIOD_KINDS or key in last else latest
            claim.moved_to = said.get(key, claim.moved_to)


def _same_market(reported: str | None, listing: str, rules: Rules) -> bool:
    """A session reported for a listing binds the period moves of the listings trading on its exchange's calendar:
    'Tencent closed at HK$508 on Friday ... The Hang Seng index, by contrast, is up 1.4% this year' is as of Friday's
    Hong Kong close, as Tencent's own 'down 15% this year' would be."""
    if reported == listing:
        return True
    one, other = rules.listing(reported or ""), rules.listing(listing)
    return one is not None and other is not None and one.calendar == other.calendar


def bound_period_windows(claims: list[Claim], text: str, published: Published, rules: Rules) -> None:
    """A period's move that names no day ('The Hong Kong stock is still up about 85% this year') in a
    text that reported a session of its listing before ('fell 4.7% ... on Friday') is as of that
    session or later: the sessions up to publication it may mean start there (`Claim.not_before`), and
    its period is the one ending at that session. Only a session the text reports binds: one of the
    week up to publication, not a months-old day told as background ('Am 7. April war die Aktie ...
    eingebrochen') nor an earlier event's ('after slipping 1.2% on Monday'). A week the words name as
    the last calendar week ('Last week the stock gained 5.3%', 'in der Vorwoche') is not bound: it
    keeps that week's reading."""
    bound: dict[tuple[int, int], str] = {}  # a sentence -> the session a period move of it is as of
    # (a summary list's bullet reports no session for the body, which tells its figures again with their own days:
    # 'A double-digit surge on Monday did most of the work' under 'Key Points' does not end the body's 'this week')
    summaries = summary_blocks(text)

    def summed_up(c: Claim) -> bool:
        return any(a <= c.span[0] < b for a, b in summaries)

    for index, claim in enumerate(claims):
        chart = claim.kind in MOVING_AVERAGE_KINDS
        # (a move since a fixed close is a period to date too: 'seit Quartalsbeginn', 'since the start of October')
        to_date = claim.kind == "since_return" and claim.since_base is not None
        if (
            not (chart or to_date or claim.kind in PERIOD_KINDS | EXTREME_KINDS)
            or claim.time_source not in _UNNAMED
            or claim.listing is None
        ):
            continue
        if claim.kind == "week_return" and _names_calendar_week(_sentence_of(claim, text), rules):
            _read_as_last_calendar_week(claim, published, rules)
            continue
        reported = [
            c.reference["date"]
            for c in claims[:index]
            if c.checkable
            and _same_market(c.listing, claim.listing, rules)
            and c.kind != "premarket"  # 'in Friday's premarket session': Friday's session had not traded yet
            and c.reference
            and "date" in c.reference
            # a day the text names, or the session a text stamped after its close reports finished, or the one it
            # reports live, trading when written ('Baidu fell 3% to $118.20' at 12:34 PM ET: that session, to date)
            and (
                c.time_source in ("text", "earlier_sentence")
                or c.completed_session
                or _reported_live(c, published, rules)
            )
            and c.set_on is None  # '52-week high of $165.30, reached on Jan. 22': as of publication, no session told
            and c.reference["date"] <= (claim.reference or {}).get("date" if chart else "end", c.reference["date"])
            and _reports_session(c, text, published, rules)
            and not (summaries and summed_up(c) and not summed_up(claim))
            and not _looked_back_to(c, claim, text, rules)
        ]  # a day after publication is a coming event's, or a weekday misread
        if not reported and claim.sentence_span in bound:
            # the periods of one sentence are as of one session: 'Over the past week the ADRs are still up
            # 4.4%, while the Nasdaq 100 fell 1.3% over the same period'
            reported = [bound[claim.sentence_span]]
        if reported and chart and _told_now_after(max(reported), claim, text, published, rules):
            continue
        if reported and chart:
            # a chart figure naming no day is as of the latest session the text reports, alone ('Am Donnerstag fiel der
            # Titel um 4,2 Prozent ... rund 4 Prozent unter ihrer 200-Tage-Linie' in a Friday text without a time):
            # its close moves a few per cent a session, so later sessions permitted would pass a wrong figure
            claim.reference = {"date": max(reported)}
        elif reported:
            # the latest session the text reports ('On Wednesday the shares had still gained' after Friday's close)
            claim.not_before = max(reported)
            bound.setdefault(claim.sentence_span, claim.not_before)
            period = period_reference(claim.kind, date.fromisoformat(claim.not_before))
            if claim.reference and period and period["end"] < claim.reference.get("end", ""):
                # the period ends at that session ('up about 85% this year' as of Friday's close);
                # the later sessions up to publication stay permitted readings (`Claim.latest`)
                claim.latest, claim.reference = (
                    _last_day_written(claim.reference["end"], claim, published, rules),
                    period,
                )


def _looked_back_to(base: Claim, claim: Claim, text: str, rules: Rules) -> bool:
    """Whether `base` is the price a look-back dates and `claim` the move the clause after restates from it ('Vor einer
    Woche kostete die Aktie noch 147,10 HKD, das war ein Abschlag von 2,9 Prozent'): no session the move is as of."""
    if base.sentence_span != claim.sentence_span:
        return False
    restated = restated_look_back(_sentence_of(claim, text), rules)
    at = claim.sentence_span[0]
    return restated is not None and base.span[0] - at < restated.move <= claim.span[0] - at < restated.end


# a session's figures told while it trades ('slipped 1.5% to $177.70' in a midday note)
_LIVE_KINDS = frozenset({"day_change", "last_price", "intraday_move", "intraday_price"})


def _reported_live(claim: Claim, published: Published, rules: Rules) -> bool:
    """A move or price of the publication day's session read at the time of writing, that session trading then."""
    day = (claim.reference or {}).get("date")
    return (
        claim.kind in _LIVE_KINDS
        and claim.time_source == "publication_default"
        and published.date is not None
        and day == published.date.isoformat()
        and trading_when_written(rules, claim.listing, day, published) is not None
    )


def _told_now_after(reported: str, claim: Claim, text: str, published: Published, rules: Rules) -> bool:
    """A chart figure its words tell as of now ('Die 38-Tage-Linie verläuft aktuell bei rund 135 Euro',
    session_words.csv now) after the text reported a session older than its listing's last before the publication
    day ('Am Mittwoch hatte das Papier ... geschlossen' in Friday's text): the time of writing, not that session. (The
    last session reported in a morning briefing is what its 'derzeit' speaks from.)"""
    listing = rules.listing(claim.listing or "")
    if listing is None or published.date is None:
        return False
    try:
        last = previous_session(listing.calendar, published.date)
    except MissingData:  # before the calendar held
        return False
    now = _session_words(rules.session_words).now
    return reported < last.isoformat() and now.search(_sentence_of(claim, text)) is not None


def _read_as_last_calendar_week(claim: Claim, published: Published, rules: Rules) -> None:
    """A week's move naming no day but last week ('The benchmark lost 4 per cent last week') in a text of a weekday:
    the calendar week before publication's, up to its last session, not the sessions up to publication (on Monday the
    week to Monday). A weekend's text may mean the week just ended: kept as it was."""
    listing = rules.listing(claim.listing or "")
    day = published.date
    if day is None or day.weekday() > 4 or listing is None or claim.time_source != "publication_default":
        return
    try:
        last = session_on_or_before(listing.calendar, day - timedelta(days=day.weekday() + 3))
    except MissingData:  # before the calendar held
        return
    claim.reference = period_reference("week_return", last)
    claim.time_source, claim.date_basis = "text", "stated"


def _last_day_written(day: str, claim: Claim, published: Published, rules: Rules) -> str:
    """`day`, or the listing's session before it where the text was written before that session opened ('25.03.2026,
    06:00' in Germany: New York's Wednesday had not traded, so Tuesday's close is the latest a period may end on)."""
    listing = rules.listing(claim.listing or "")
    if published.at is None or listing is None:
        return day
    return min(day, session_day_at(listing.calendar, published.at).isoformat())


def as_of_last_session(claims: list[Claim], published: Published, rules: Rules) -> None:
    """A figure naming no day in a text published on a day its listing does not trade (a Saturday's review, a Sunday
    newsletter, a holiday in Hong Kong) is as of that listing's last session before it, as a reader takes 'up 4% this
    week' on a Saturday: its day, or its period, ends there instead of on the publication day. The sessions read are
    the same (a window of sessions up to that day); the frame says which day the figure is of."""
    if published.date is None:
        return
    for claim, listing, key in _publication_day_figures(claims, published.date, rules):
        try:
            if is_session(listing.calendar, published.date):
                continue
            last = session_on_or_before(listing.calendar, published.date)
        except MissingData:  # before the calendar held: the publication day stands
            continue
        _dated_to(claim, key, last, listing.calendar)


def _publication_day_figures(claims: list[Claim], today: date, rules: Rules) -> Iterator[tuple[Claim, Listing, str]]:
    """The figures naming no day whose day, or period's end ('date' or 'end' of the reference: the key given), is the
    publication day, each with its listing."""
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        ref = claim.reference or {}
        key = "date" if "date" in ref else "end"
        # (an extreme the text says was set on a day, read as of publication, too: `Claim.set_on`)
        as_of_now = claim.time_source == "publication_default" or claim.set_on is not None
        if as_of_now and listing is not None and ref.get(key) == today.isoformat():
            yield claim, listing, key


def _dated_bases_up_to(claims: list[Claim], today: date, rules: Rules) -> Iterator[tuple[Claim, Listing, str]]:
    """The moves since a dated base ('has climbed 16.9% since the company's Aug. 29 earnings report') whose period
    ends on the publication day, as a figure naming no day ends (`_publication_day_figures`), each with its listing:
    the base is the text's, the end its time of writing."""
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        ref = claim.reference or {}
        if (
            claim.kind == "since_return"
            and claim.time_source != "publication_default"
            and listing is not None
            and "start" in ref
            and ref.get("end") == today.isoformat()
        ):
            yield claim, listing, "end"


def _dated_to(claim: Claim, key: str, last: date, calendar: str) -> None:
    """The figure's day, or its period's end, moved to the session `last`; a window counted back ('in den vergangenen
    drei Monaten', 'over the past two sessions' on the listing's `calendar`) is counted from it."""
    period = period_reference(claim.kind, last) if key == "end" else None
    if key == "end" and claim.window_back is not None:
        start = trailing_window_start(calendar, last, claim.window_back)
        if claim.since_base is not None:  # (a run's base close moves with its window: shown in the results)
            claim.since_base = (claim.since_base[0], start.isoformat())
        if claim.window_back[1] == "quarters":  # a calendar quarter's period starts on its first day
            start += timedelta(days=1)
        period = {"start": start.isoformat(), "end": last.isoformat()}
    claim.reference = period or {**(claim.reference or {}), key: last.isoformat()}


# the sessions a text reports lie in the week up to its publication (five sessions and a weekend)
_REPORTED_WITHIN = timedelta(days=7)


def _reports_session(claim: Claim, text: str, published: Published, rules: Rules) -> bool:
    """The claim's day is a session the text reports: in the week up to publication (a months-old day
    told in the pluperfect, 'Am 7. April war die Aktie ... eingebrochen', is not), and not one of an
    earlier event told in a clause of its own ('recovering part of Monday's 3.5% slide'). A recent day
    told in the pluperfect stays: before a later reported day it is never the latest, and on another
    venue it is that venue's last session ('An der Nasdaq hatten die ADRs am Dienstag ...')."""
    day = date.fromisoformat((claim.reference or {})["date"])
    if published.date is not None and day < published.date - _REPORTED_WITHIN:
        return False
    return not _told_as_earlier_event(claim, _sentence_of(claim, text), rules)


def _sentence_of(claim: Claim, text: str) -> str:
    return text[claim.sentence_span[0] : claim.sentence_span[1]]


def _names_calendar_week(sentence: str, rules: Rules) -> bool:
    return _session_words(rules.session_words).calendar_week.search(sentence) is not None


def carried_days_of_their_market(claims: list[Claim], rules: Rules) -> None:
    """A day carried from the sentences before is of the claim's own market where the latest claim to name a day named
    that one, for a listing on the same exchange calendar (`Claim.day_told_of_its_market`): the session it told had
    traded there. A day told of another market (Hong Kong's Friday, then New York's shares), or one the text returned
    to after naming another (an aside on an earlier session), leaves the session before open."""
    told: tuple[str, str] | None = None  # the ISO day and calendar of the latest claim that named its day
    for claim in claims:
        listing = rules.listing(claim.listing or "")
        day = (claim.reference or {}).get("date")
        if listing is None or day is None:
            continue
        if claim.time_source == "text":
            told = (day, listing.calendar)
        elif claim.time_source == "earlier_sentence":
            claim.day_told_of_its_market = told == (day, listing.calendar)


# the levels a back reference may point to: the nearest one before it
_LEVEL_KINDS = frozenset({"close", "last_price", "index_level", "open_price", "intraday_price", "day_high", "day_low"})


@lru_cache(maxsize=4)
def _level_back_reference(words: Words) -> re.Pattern[str]:
    """Words right after a percentage pointing back to a level named before (distance_words.csv
    level_back_reference: 'below that level', 'unter diesem Niveau')."""
    return re.compile(
        rf"\s*(?:%|percent|per cent|Prozent)?\s*(?:lower |higher |niedriger |höher )?"
        rf"(?:{words['level_back_reference']})\b",
        re.IGNORECASE,
    )


def moves_from_named_level(claims: list[Claim], text: str, rules: Rules) -> None:
    """A day's move in per cent followed by words pointing back to a level ('below that level'), after a close the
    text dated to an earlier session in the same sentence or the one before ('A week ago, the ADRs finished at
    $168.39, and Friday's close left them 3.5% below that level'), is the move since that close, up to the move's own
    day: not that session's move alone."""
    pattern = _level_back_reference(rules.distance_words)
    previous_sentence: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None
    for index, claim in enumerate(claims):
        if claim.sentence_span != sentence:
            previous_sentence, sentence = sentence, claim.sentence_span
        day = (claim.reference or {}).get("date")
        if (
            claim.kind not in ("day_change", "index_move")
            or claim.unit != "percent"
            or not claim.checkable
            or day is None
            or not pattern.match(text, claim.span[1], claim.sentence_span[1])
        ):
            continue
        base = next(
            (
                c
                for c in reversed(claims[:index])
                if c.sentence_span in (claim.sentence_span, previous_sentence)
                and c.checkable
                and (c.kind in _LEVEL_KINDS or c.kind in ("day_change", "index_move"))
            ),
            None,
        )
        if base is not None and base.unit == "percent":
            # 'On Monday they rose 3%, and on Tuesday they slipped 0.5% from that level': a move between points back to
            # the level it left, not to the close before it
            continue
        start = (base.reference or {}).get("date") if base is not None else None
        if base is None or base.kind not in ("close", "index_level") or base.listing != claim.listing:
            continue  # the level pointed back to is no close of the move's listing
        if start is None or start >= day:
            continue
        claim.kind, claim.reference = "since_return", {"start": start, "end": day}
        claim.since_base, claim.completed_session = ("close", start), True
        claim.notes.append(f"measured from the close of {start}, the level named before")


def link_sentence_claims(claims: list[Claim]) -> None:
    """Each checkable claim with a number names the others of its sentence: the diagnosis checks a
    move against the price it ended on (`pipeline._check_linked_pairs`), the report lists them."""
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        if claim.checkable and claim.kind not in STATEMENT_KINDS:
            by_span.setdefault(claim.sentence_span, []).append(claim)
    for same in by_span.values():
        for claim in same:
            claim.linked = [c.id for c in same if c is not claim]


def take_earlier_periods(claims: list[Claim]) -> None:
    """'..., der Hang Seng legte im gleichen Zeitraum 30 Prozent zu': a move 'over the same period'
    is of the period of the last period move before it; without one it stays unmeasured."""
    last: Claim | None = None
    for claim in claims:
        if claim.kind == "same_period" and last is not None:
            own_day = (claim.reference or {}).get("date") if claim.time_source == "text" else None
            claim.kind, claim.time_source = last.kind, last.time_source
            claim.reference = dict(last.reference) if last.reference else None  # undated stays undated
            if own_day and claim.reference and claim.reference.get("start", own_day) < own_day:
                # ('... and in New York the ADRs fell 8.9% over the same period through Friday': up to the day its own
                # clause names)
                claim.reference["end"], claim.time_source = own_day, "text"
            claim.date_basis = last.date_basis
            # (a period told from a base or counted back is that one's too: 'seit jenem Oktobertag ein Minus von
            # 18 Prozent ... der Nasdaq-100 hat im selben Zeitraum 2,5 Prozent gewonnen')
            claim.since_base, claim.window_back = last.since_base, last.window_back
        if claim.kind in PERIOD_KINDS | UNMEASURED_PERIOD_KINDS:
            last = claim


@lru_cache(maxsize=4)
def _close_announcement(words: Words) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of close_announcements.csv ('Handelsschluss in Hongkong.', 'At the close, ...', 'Die
    Schlusskurse:', a heading naming its day and ending on its colon: 'Die Schlusskurse vom Montag:'),
    and its words lower-cased, a word holding another left out (where it stands, so does the other): a
    sentence holding none of them announces no close."""
    label = rf"\b(?:{words['label']})"
    # ('(Schlusskurse Mittwoch):', a bracketed label naming its day without the word before it)
    pattern = re.compile(
        rf"\b(?:{words['phrase']})\b|{label}\s*:|{label}\s+(?:(?:{words['label_day']})\s+)?[\w.,'’-]+(?:\s+[\w.,'’-]+){{0,2}}\s*\)?\s*:\s*$",
        re.IGNORECASE,
    )
    every = {word.lower() for role in ("phrase", "label") for word in words[role].split("|")}
    return pattern, tuple(sorted(w for w in every if not any(o != w and o in w for o in every)))


def close_announcement_words(rules: Rules) -> tuple[str, ...]:
    """Lower-cased words one of which a sentence announcing a close holds (found for a whole text at once)."""
    return _close_announcement(rules.close_announcements)[1]


def tells_session_end(sentence: str, rules: Rules) -> bool:
    """A sentence without a figure telling a market's session ended ('Hong Kong stocks ended lower on Friday', 'Die
    Börse in Hongkong schloss am Freitag schwächer'): a session's end named, no word placing it during the session."""
    words = _session_words(rules.session_words)
    return words.ended.search(sentence) is not None and words.during.search(sentence) is None


def announces_close(sentence: str, rules: Rules) -> bool:
    """The sentence announces the session's end: the moves reported after it are the whole session's."""
    return _close_announcement(rules.close_announcements)[0].search(sentence) is not None
