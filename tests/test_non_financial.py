"""Words that look like companies or indices in everyday text make no checkable claim
(sentences written for the test in tests/fixtures/non_financial_sentences.txt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import Rules

LINES = (Path(__file__).parent / "fixtures" / "non_financial_sentences.txt").read_text("utf-8").splitlines()
SENTENCES = [line for line in LINES if line and not line.startswith("#")]
GERMAN = [line for line in LINES[: LINES.index("# English")] if line and not line.startswith("#")]
MONDAY = Published(date(2025, 11, 17), "option")


def test_the_collection_is_large_and_in_both_languages() -> None:
    assert len(SENTENCES) >= 200 and len(set(SENTENCES)) == len(SENTENCES)
    assert len(GERMAN) >= 100 and len(SENTENCES) - len(GERMAN) >= 100


def test_no_sentence_makes_a_checkable_claim(rules: Rules) -> None:
    found = {
        s: [(c.quote, c.kind, c.subject) for c in extract_claims(s, MONDAY, rules)[0] if c.checkable] for s in SENTENCES
    }
    assert {s: claims for s, claims in found.items() if claims} == {}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Dow Chemical fell 3% on Monday.", None),
        ("Die Hang Seng Bank verlor am Montag 2 Prozent.", None),
        ("The Dow fell 1.2% on Monday.", "Dow Jones"),
        ("Der Hang Seng Index fiel am Montag um 1,3 Prozent.", "Hang Seng"),
    ],
)
def test_an_index_name_at_the_head_of_another_name_is_not_the_index(rules: Rules, text: str, subject: str) -> None:
    claims = extract_claims(text, MONDAY, rules)[0]
    assert [c.subject for c in claims] == [subject]
