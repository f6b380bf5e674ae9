"""Claims without a number ('Die Aktie legte am Montag zu', 'höchster Stand seit Oktober 2024'):
only explicit ones, with a past-tense verb, a stock as subject and a day.

The patterns are data (`statements.csv`); only the sign of such a claim is checked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from claimcheck.core.dates import NAMES_A_DAY_WORDS, DateRef, names_a_day, resolve_day, since_start
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.metrics import CueHit, CueRows, cue_hits
from claimcheck.core.extract.subjects import listing_for, nearest_company, venue_or_inferred
from claimcheck.core.numbers import NumberMention
from claimcheck.first_chars import with_first_chars
from claimcheck.model import Claim, ListingSource, Published
from claimcheck.rules import Company, Rules, Statement, Words
from claimcheck.word_scan import WordHits, WordPositions


@lru_cache(maxsize=4)
def _anchor_words(words: Words) -> dict[str, tuple[str, ...]]:
    """Per anchor of statements.csv but 'day', the lower-case words one of which a sentence stating a
    look-back or an overnight move holds ('seit', 'über Nacht'; statement_anchors.csv)."""
    return {anchor: tuple(listed.split("|")) for anchor, listed in words.by_role.items()}


@lru_cache(maxsize=4)
def _negation(words: Words) -> re.Pattern[str]:
    """A negation (clause_words.csv): the sentence states no move."""
    return with_first_chars(re.compile(rf"\b({words['negation']})\b", re.IGNORECASE))


@lru_cache(maxsize=4)
def _share_word(words: Words) -> re.Pattern[str]:
    """A word naming the shares (share_words.csv): the text's stock is the subject of its sentence."""
    return with_first_chars(re.compile(rf"\b({words['share']})\b", re.IGNORECASE))


_DIGIT = re.compile(r"\d")


class StatementWords:
    """Which sentences of a text may hold a statement: one with a word of a statement row and, for a
    look-back or an overnight move, its anchor's word ('seit', 'über Nacht'); for a move on a day, no
    number and a day named (`dates.names_a_day`). The day rows' words, the words naming a day and the
    anchors are found for the whole text at once, an anchored row's words and a digit only in the
    sentences holding its anchor or a day row's word (most sentences hold none of them).
    `statement_claims` says nothing for a sentence this rules out."""

    def __init__(self, folded_text: str | None, rules: Rules, hits: WordHits | None = None) -> None:
        self._folded = folded_text
        words = rules.statement_words
        self._day = WordPositions(folded_text, words.get("day", ()), hits)
        self._names_day = WordPositions(folded_text, NAMES_A_DAY_WORDS, hits)
        self._anchored = [
            (WordPositions(folded_text, anchor_words, hits), words[anchor])
            for anchor, anchor_words in _anchor_words(rules.statement_anchors).items()
            if anchor in words
        ]

    @staticmethod
    def words(rules: Rules) -> tuple[str, ...]:
        """Every word whose places in the text this looks up (the day rows' words, those naming a day
        and the anchors'): what a `WordHits` given to it must hold."""
        day = rules.statement_words.get("day", ())
        anchors = (word for listed in _anchor_words(rules.statement_anchors).values() for word in listed)
        return (*day, *NAMES_A_DAY_WORDS, *anchors)

    def may_state(self, start: int, end: int, has_numbers: bool) -> bool:
        folded = self._folded
        if folded is None:
            return True
        # a move on a day: a day row's word and a day named, a digit or a day word (`names_a_day`; a word
        # starting in the sentence may end past it, which only lets more sentences through)
        if (
            not has_numbers
            and self._day.any_in(start, end)
            and (self._names_day.any_in(start, end) or _DIGIT.search(folded, start, end) is not None)
        ):
            return True
        # asked of every sentence: loops, not generators (most sentences hold no anchor)
        for anchor_at, words in self._anchored:
            if anchor_at.any_in(start, end):
                for word in words:
                    if folded.find(word, start, end) >= 0:
                        return True
        return False


def statement_claims(
    text: str,
    sentence_span: tuple[int, int],
    numbers: list[NumberMention],
    hits: list[CueHit],
    number_claims: list[Claim],
    published: Published,
    rules: Rules,
    context: Context,
    cue_rows: CueRows | None = None,
) -> list[Claim]:
    """Claims without a number: a named stock's move on a named day, New York's move overnight,
    and 'highest since' look-backs. Only explicit ones: a past-tense verb, a subject, a day.
    `hits`: the sentence's cues, found already where it holds numbers; `cue_rows`: for one without,
    the cue rows that may match it (`cue_hits`; the text's scan, `scan.TextScan.cue_rows`)."""
    offset = sentence_span[0]
    sentence = text[offset : sentence_span[1]]
    folded = sentence.lower()
    # Cheap tests first. A sentence with a number says its direction through the number's claim;
    # the others need the anchor's word ('seit', 'über Nacht') and one of the pattern's words.
    # (`any(map(folded.__contains__, words))`: each word's substring test without a generator)
    anchors = _anchor_words(rules.statement_anchors)
    holds = folded.__contains__
    held = {anchor: any(map(holds, words)) for anchor, words in anchors.items()}
    # a move on a day only in a sentence without a number that names the day: told before the rows'
    # words are tested (15 us a sentence), which most sentences then need not be
    held["day"] = not numbers and names_a_day(sentence)
    if not any(held.values()):
        return []
    candidates = [s for s in rules.statements if held[s.anchor] and any(map(holds, s.words))]
    if not candidates or published.date is None or _negation(rules.clause_words).search(sentence):
        return []
    # 'Bei Alibaba stieg der Umsatz': a business-figure cue means the sentence is not about the share
    # price (a sentence with numbers has its cues found already). Looked for only once a statement
    # has matched with a stock as its subject: finding the cues of every sentence is costly.
    business_figure: bool | None = None
    found: list[Claim] = []
    for statement in candidates:
        if statement.anchor == "day" and found:
            continue  # one move per sentence
        hit = statement.pattern.search(sentence)
        if hit is None:
            continue
        at = NumberMention(hit.start() + offset, hit.end() + offset, 0.0, None, 1.0, None, 0, hit.end() + offset)
        company = nearest_company(sentence, offset, at, context, rules)
        if company is None and _share_word(rules.share_words).search(sentence) and context.company:
            company = rules.company(context.company)
        if company is None or company.kind != "stock":
            continue
        if business_figure is None:
            business_figure = any(
                c.kind in rules.scope_reasons for *_, c in (hits if numbers else cue_hits(sentence, rules, cue_rows))
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
    context: Context,
) -> Claim | None:
    assert published.date is not None
    offset = sentence_span[0]
    notes: list[str] = []
    day = resolve_day(sentence, published.date, rules)
    listing_source: ListingSource = "text"
    if statement.anchor == "overnight":
        listing = listing_for(rules, company, "US", None)
        day = DateRef(published.date - timedelta(days=1), "relative")
        notes.append("'über Nacht' read as the New York session before publication")
    else:
        # the listing a priced claim of the sentence names for the company, else its venue's
        priced = [c for c in number_claims if c.listing and c.subject == company.name]
        if priced:
            listing, listing_source = priced[0].listing, priced[0].listing_source
        else:
            venue, listing_source = venue_or_inferred(sentence, offset, at, company, rules, context, notes)
            listing = listing_for(rules, company, venue, None)
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
        listing_source=listing_source if listing else "none",
        after_publication_note=day.note if day is not None and day.after_publication else None,
    )
