"""The sixth speed round's fast paths (issue 13) answer exactly as the plain ones: compared on random
and crafted inputs and on every seed, golden and corpus text; no timing (`make bench` times)."""

from __future__ import annotations

import random

from claimcheck.rules import TakenSpans


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
