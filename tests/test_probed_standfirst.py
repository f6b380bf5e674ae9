"""Bullets right under a headline, before the body, are the standfirst's summary: a figure said there and again in the
body is judged in the body, the bullet's is its repeat, as under 'Key Points' (sentences.summary_blocks). The bullet's
figure had been judged and the body's, with its own words and context, set out of scope as the repeat. Text written for
the test (no article copied).

Quotes (seeds/quotes/^HSI.csv): the Hang Seng closed at 26,765.72 on 2026-02-25 and 26,381.02 on Thursday 2026-02-26
(-1.44 %, 26,381.02 / 26,765.72 - 1)."""

from __future__ import annotations

from datetime import date

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules

TEXT = (
    "Hong Kong stocks retreat as tech shares slide\n\n"
    "- The Hang Seng Index closes 1.4 per cent lower\n"
    "- Tech shares lead the decline\n\n"
    "Hong Kong stocks fell on Thursday. The Hang Seng Index dropped 1.4 per cent to 26,381.02.\n"
)


def test_a_bullet_under_the_headline_is_the_repeat_of_the_bodys_figure() -> None:
    claims, _ = extract_claims(TEXT, Published(date(2026, 2, 26), "option"), load_rules())
    bullet, body = (c for c in claims if c.quote == "1.4")
    assert bullet.kind == "repeat" and bullet.repeat_of == body.id
    assert body.kind == "index_move" and body.checkable


def test_bullets_after_the_first_paragraph_are_no_standfirst() -> None:
    # a list after the body's first paragraph is the body's own: its figure, the first, is judged
    text = (
        "Hong Kong stocks retreat\n\nTech shares led the decline on Thursday.\n\n"
        "- The Hang Seng Index closed 1.4 per cent lower\n\nIn all, the benchmark dropped 1.4 per cent.\n"
    )
    claims, _ = extract_claims(text, Published(date(2026, 2, 26), "option"), load_rules())
    item, later = (c for c in claims if c.quote == "1.4")
    assert item.checkable and later.kind == "repeat"
