"""A sentence far longer than prose (a dump without full stops) is read up to MAX_SENTENCE_CHARS and says so
(a 288 KB one had taken 72 s of extraction: the work per number grows with the sentence). Texts made for
these tests; no timing (`make bench` times)."""

from __future__ import annotations

from datetime import date

from claimcheck.core.extract import MAX_SENTENCE_CHARS, extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules

FILLER = "und weitere Worte ohne jede Zahl "


def test_a_sentence_beyond_the_bound_is_read_up_to_it_and_says_so() -> None:
    text = (
        "Am Montag stieg die Alibaba-Aktie in Hongkong um 2 Prozent " + FILLER * 10_000 + "und Baidu fiel um 3 Prozent."
    )
    notes: list[str] = []
    claims, _ = extract_claims(text, Published(date(2025, 11, 26), "option"), load_rules(), notes=notes)
    assert notes == [
        f"the sentence at character 0 runs to {len(text):,} characters; only its first "
        f"{MAX_SENTENCE_CHARS:,} were read for claims"
    ]
    assert [(c.quote, c.listing) for c in claims] == [("2", "9988.HK")]  # the 3 % stands past the bound


def test_prose_sentences_are_read_whole_without_a_note() -> None:
    notes: list[str] = []
    text = "Die Alibaba-Aktie stieg am Montag in Hongkong um 2 Prozent. " * 200
    claims, _ = extract_claims(text, Published(date(2025, 11, 26), "option"), load_rules(), notes=notes)
    assert (len(claims), notes) == (200, [])
