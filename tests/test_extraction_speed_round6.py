"""The sixth speed round's fast paths (issue 13) answer exactly as the plain ones: compared on random
and crafted inputs and on every seed, golden and corpus text; no timing (`make bench` times)."""

from __future__ import annotations

import random

from claimcheck.core.extract import MAX_SENTENCE_CHARS
from claimcheck.core.extract.paragraphs import ends_with_colon
from claimcheck.core.extract.sentences import sentence_spans
from claimcheck.rules import TakenSpans
from tests.test_extraction_speed import FOLDING, GOLDEN, texts


def test_taken_spans_tell_an_overlap_as_a_scan_of_every_span_would() -> None:
    """`TakenSpans.overlaps` (a bisection over merged spans) says what 'any(a < end and start < b)' over
    every span added says, spans added and asked in any order: touching, nested, repeated, crossing."""
    draw = random.Random(13)
    overlapping = 0
    for _ in range(300):
        taken, plain = TakenSpans(), []
        for _ in range(draw.randrange(1, 40)):
            start = draw.randrange(0, 200)
            span = (start, start + draw.randrange(1, 15))
            if draw.random() < 0.5:
                taken.add(*span)
                plain.append(span)
                continue
            asked = (start, start + draw.randrange(0, 15))  # an empty span asked too
            told = any(a < asked[1] and asked[0] < b for a, b in plain)
            assert taken.overlaps(*asked) == told, (plain, asked)
            overlapping += told
    assert overlapping >= 500  # (921 of about 3,000 asked)


def test_a_sentence_ends_with_a_colon_where_its_own_text_does() -> None:
    """A sentence's colon is told in place (`ends_with_colon(text, end)`, without copying the sentence): the
    same as its own text stripped on the right, for every sentence of every text, a long one read only up to
    `MAX_SENTENCE_CHARS` (its end then may fall on a blank) and lines of blanks and colons."""
    crafted = "Die Schlusskurse:  \n\nKey Points :\n- a:\t\n" + "Wort " * 1_200 + ": Ende.\n:\n \u00a0:"
    colons = 0
    # (every article of the editor's set, not only `texts()`'s sample: the sample shifts as articles are added, and the
    # sentences ending on a colon with it)
    articles = [path.read_text(encoding="utf-8") for path in sorted((GOLDEN / "articles").glob("*.txt"))]
    for text in [*texts(), *articles, *FOLDING, crafted]:
        spans = sentence_spans(text)
        bounded = [(start, start + MAX_SENTENCE_CHARS) for start, end in spans if end - start > MAX_SENTENCE_CHARS]
        assert bounded or text is not crafted
        for start, end in spans + bounded:
            assert text[start] != " " and not text[start].isspace(), (text, start)
            own = text[start:end].rstrip().endswith(":")
            assert ends_with_colon(text, end) == own, text[start:end]
            colons += own
    assert colons >= 60  # (86 among 548 articles)
