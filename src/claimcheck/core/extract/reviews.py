"""A review's period named in its opening ('Wochenbilanz: ...', 'Monatsrückblick Juli: ...', 'Eine Woche der
Gegensätze ...'): the moves it tells without a day of their own are that period's, not the day's.

A weekly or monthly review sums a period up; a move in it that names no day ('Während Baidu 4,4 Prozent zulegte',
'Tencent war mit einem Plus von gut 9 Prozent der stärkste der großen Werte') is told for the period the review
announced, as a list's items are for the period their intro names (`periods.take_list_period`). A move with a day of
its own, or carried from a sentence naming one ('Am Donnerstag brach die Aktie um 12,6 Prozent ein'), keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from claimcheck.core.dates import day_phrases, latest_named_month
from claimcheck.core.extract.metrics import cue_hits
from claimcheck.core.extract.periods import period_reference
from claimcheck.core.kinds import PERIOD_KINDS
from claimcheck.first_chars import with_first_chars
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules, Words
from claimcheck.word_scan import CaseBlindGuard

# the moves a review's period governs: the day's move of a stock or an index, told without a day
_DAY_MOVES = ("day_change", "index_move")
# the moves told for a period that a day's move after them in their sentence may take ('up 62% on the year, while the
# Hang Seng Index added 28%', 'gewann 2025 rund 62 Prozent, der Hang Seng 28 Prozent')
_SENTENCE_PERIOD_KINDS = PERIOD_KINDS | {"calendar_year_return", "months_return"}
# a paragraph shorter than this after the headline is a dateline or a byline ('29.08.2025 – 18:30 Uhr')
_DATELINE_CHARS = 80
# the paragraphs the opening is looked for in: a headline, a dateline, a byline, the first body paragraph
_OPENING_PARAGRAPHS = 6
_OPENING_CHARS = 6_000


@dataclass(frozen=True)
class _ReviewWords:
    """The words of one role of review_periods.csv, case-blind."""

    pattern: re.Pattern[str]
    guard: CaseBlindGuard

    def in_opening(self, head: str) -> bool:
        # most openings hold none of the words' texts: told by a substring search each (`CaseBlindGuard`)
        # instead of the pattern tried along the whole opening
        return self.guard.may_match(head) and self.pattern.search(head) is not None


@lru_cache(maxsize=4)
def _review_words(words: Words) -> tuple[_ReviewWords, _ReviewWords]:
    def listed(role: str) -> _ReviewWords:
        # led by their first characters: the words are case-blind, so the engine would try every position
        pattern = with_first_chars(re.compile(rf"\b(?:{words[role]})\b", re.IGNORECASE))
        return _ReviewWords(pattern, CaseBlindGuard(pattern))

    return listed("week"), listed("month")


def opening(text: str) -> str:
    """The headline and the first paragraph of the body (a dateline or byline between them skipped)."""
    # (within its first characters: the opening stands there, and a long text is not copied whole)
    paragraphs = [p for p in text[:_OPENING_CHARS].strip().split("\n\n", _OPENING_PARAGRAPHS) if p.strip()]
    paragraphs = paragraphs[:_OPENING_PARAGRAPHS]
    body = next((p for p in paragraphs[1:] if len(p.strip()) >= _DATELINE_CHARS), "")
    return f"{paragraphs[0] if paragraphs else ''}\n\n{body}"


def take_review_period(claims: list[Claim], text: str, published: Published, rules: Rules) -> None:
    """The day's moves told without a day of their own become the period's moves their sentence or the review names:
    the period of a move told before them in their sentence ('Tencent gewann im August gut 8 Prozent, Baidu legte
    knapp 6 Prozent zu'), else the week up to their as-of day ('Wochenbilanz'), or the month the opening names
    ('Monatsrückblick Juli': July's first to last day)."""
    moves = [
        c
        for c in claims
        if c.kind in _DAY_MOVES
        and c.checkable
        and (
            c.time_source in ("publication_default", "earlier_sentence")
            or (c.time_source == "text" and _dated_only_as_period_end(c, claims, text))
        )
        and c.hedge != "intraday"
        and c.reference is not None
        and "date" in c.reference
    ]
    if not moves:
        return
    told: dict[tuple[int, int], list[Claim]] = {}  # per sentence holding such a move, its moves told for a period
    with_moves = {c.sentence_span for c in moves}
    for c in claims:
        if (
            c.kind in _SENTENCE_PERIOD_KINDS
            and c.reference is not None
            and c.sentence_span in with_moves
            and (
                c.time_source == "text"
                or _period_heads_sentence(text, c.sentence_span, rules)
                # ('Die Alibaba-ADR zogen im Wochenverlauf um 4,6 Prozent an, die Baidu-ADR legten um 3,3 Prozent zu'):
                # a period named for the sentence's first move; not after a day's move ('Tencent fell 2% and is down
                # 14.7% year to date, while Meituan gave back 3.7%': the day's moves frame that sentence)
                or (
                    c.time_source == "publication_default"
                    and not any(
                        d.sentence_span == c.sentence_span and d.span[0] < c.span[0] and d.kind in _DAY_MOVES
                        for d in claims
                    )
                )
            )
        ):
            told.setdefault(c.sentence_span, []).append(c)
    day_named = _day_move_words(rules.session_words)
    undated = [
        c
        for c in moves
        # 'posted a weekly gain of 9.1%, even as the Nasdaq 100 fell 1.2% on the day': the move's own words name the day
        if day_named.match(text, c.span[1], min(c.span[1] + _DAY_WORDS_REACH, c.sentence_span[1]))
        or not _takes_sentence_period(c, told.get(c.sentence_span, []))
    ]
    undated = [c for c in undated if c.time_source == "publication_default"]
    if not undated:
        return
    head = opening(text)
    week, month = _review_words(rules.review_periods)
    if week.in_opening(head):
        for claim in undated:
            assert claim.reference is not None
            claim.kind = "week_return"
            claim.reference = period_reference("week_return", date.fromisoformat(claim.reference["date"]))
        return
    named = latest_named_month(head, published.date) if month.in_opening(head) else None
    if named is not None and named.day is not None and named.start is not None:
        for claim in undated:
            claim.kind = "month_return"
            claim.reference = {"start": named.start.isoformat(), "end": named.day.isoformat()}
            claim.time_source, claim.date_basis = "text", "stated"


# how far after a move its words naming the day are looked for ('fell 1.2% on the day', '2,1 Prozent Tagesminus')
_DAY_WORDS_REACH = 30


@lru_cache(maxsize=4)
def _day_move_words(words: Words) -> re.Pattern[str]:
    """The words naming a move the session's own (session_words.csv day_move: 'on the day', 'Tagesgewinn'), right after
    the number, before any clause mark."""
    return re.compile(rf"[^,;.]*?\b(?:{words['day_move']})\b", re.IGNORECASE)


def _period_heads_sentence(text: str, span: tuple[int, int], rules: Rules) -> bool:
    """The sentence opens on the words of a period ('Seit Jahresbeginn hat der DAX knapp 7 Prozent verloren, der
    Nasdaq 100 liegt gut 5 Prozent im Minus'): they frame all its clauses, whatever day its figures are read on."""
    sentence = text[span[0] : span[1]]
    hits = cue_hits(sentence[:_HEAD_REACH], rules)
    return any(start <= 1 and cue.kind in PERIOD_KINDS for _, start, _, cue in hits)


# the part of a sentence a heading period's words are looked for in ('Seit Jahresbeginn', 'Auf Sicht von zwölf Monaten')
_HEAD_REACH = 40


# the words making a day a period's end: 'bis Mittwoch', 'bis zum Mittwoch', 'through Wednesday'
_PERIOD_END = re.compile(r"\b(?:bis(?:\s+(?:zum|einschließlich))?|through|up\s+to|until)\s*$", re.IGNORECASE)


def _dated_only_as_period_end(claim: Claim, claims: list[Claim], text: str) -> bool:
    """The only days of a move's sentence are told as the end of the period of a move before it ('Seit Jahresbeginn hat
    die Aktie in Hongkong bis Mittwoch knapp 85 Prozent zugelegt, das ADR in New York gut 87 Prozent'): that day dates
    the period, not a day's move said after it by ellipsis, which takes the period as one told without a day does."""
    start, end = claim.sentence_span
    period = [
        c
        for c in claims
        if c.sentence_span == claim.sentence_span and c.span[0] < claim.span[0] and c.kind in _SENTENCE_PERIOD_KINDS
    ]
    if not period or day_phrases(text[claim.span[1] : end]):
        return False
    days = day_phrases(text[start : claim.span[0]])
    return bool(days) and all(
        (_PERIOD_END.search(text, start, start + a) is not None and start + b <= period[-1].span[0])
        or _in_aside(text, start, start + a, start + b, claim.span[0])
        for a, b in days
    )


def _in_aside(text: str, sentence_start: int, day_start: int, day_end: int, before: int) -> bool:
    """The day stands in brackets closed before `before` ('BABA gained 78% in 2025 (from $84.79 to $146.58 on Dec.
    31), while 9988 rose 72%'): it dates the figures of the aside, not a move told after it."""
    opening = text.rfind("(", sentence_start, day_start)
    return opening >= 0 and ")" not in text[opening:day_start] and ")" in text[day_end:before]


def _takes_sentence_period(claim: Claim, told: list[Claim]) -> bool:
    """A day's move after a move told for a named period in its sentence (`told`) is of that period, not of a day
    carried from another sentence nor of the review's ('Tencent gewann im August gut 8 Prozent, Baidu legte knapp 6
    Prozent zu')."""
    before = [c for c in told if c.span[0] < claim.span[0]]
    if not before or before[-1].reference is None:
        return False
    claim.kind, claim.reference = before[-1].kind, dict(before[-1].reference)
    claim.time_source, claim.date_basis = before[-1].time_source, before[-1].date_basis
    return True
