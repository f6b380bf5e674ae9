"""The seed articles against their golden answer files (one file per article, like
exchange_calendars' answer CSVs), and the extractor on arbitrary text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article, read_manifest
from claimcheck.core.extract import extract_claims, sentence_spans
from claimcheck.model import Published
from claimcheck.paths import SEEDS_DIR
from claimcheck.rules import Rules

GOLDEN = sorted((Path(__file__).parent / "golden" / "seeds").glob("*.json"))
FIELDS = ("quote", "start", "kind", "hedge", "direction", "listing", "reference")


def _golden(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _extracted(name: str) -> pipeline.ExtractedArticle:
    manifest, _ = read_manifest(SEEDS_DIR)
    return pipeline.extract(load_article(SEEDS_DIR / name, None, manifest, date(2026, 11, 22)))


@pytest.mark.parametrize("golden_file", GOLDEN, ids=lambda p: p.stem)
def test_seed_claims_match_golden(golden_file: Path) -> None:
    golden = _golden(golden_file)
    article = _extracted(golden["article"])
    assert article.published.date == date.fromisoformat(golden["published"])
    got = [
        {
            "quote": c.quote,
            "start": c.span[0],
            "kind": c.kind,
            "hedge": c.hedge,
            "direction": c.direction,
            "listing": c.listing,
            "reference": c.reference,
        }
        for c in article.claims
    ]
    want = [{k: claim[k] for k in FIELDS} for claim in golden["claims"]]
    assert got == want


@pytest.mark.parametrize("golden_file", GOLDEN, ids=lambda p: p.stem)
def test_seed_non_claims_stay_out(golden_file: Path) -> None:
    golden = _golden(golden_file)
    article = _extracted(golden["article"])
    for item in golden["not_claims"]:
        at = article.text.find(item["text"])
        assert at >= 0, item
        covered = [c for c in article.claims if c.span[0] < at + len(item["text"]) and at < c.span[1]]
        assert covered == [], f"{item['text']!r} ({item['why']}) became a claim"


def test_out_of_scope_claims_carry_a_reason() -> None:
    for golden_file in GOLDEN:
        for claim in _extracted(_golden(golden_file)["article"]).claims:
            assert claim.checkable == (claim.scope_reason is None)


def test_spans_and_sentences_index_the_text() -> None:
    for golden_file in GOLDEN:
        article = _extracted(_golden(golden_file)["article"])
        for claim in article.claims:
            assert article.text[claim.span[0] : claim.span[1]] == claim.quote
            s, e = claim.sentence_span
            assert s <= claim.span[0] and claim.span[1] <= e


def test_weekday_after_publication_is_kept_and_warned() -> None:
    article = _extracted("000_cfc3d7df5ed72e45.txt")
    assert any("2026-01-14, after the publication date" in w for w in article.warnings)


def test_linked_claims_in_one_sentence() -> None:
    claims = _extracted("000_cfc3d7df5ed72e45.txt").claims
    assert claims[0].linked == [claims[1].id] and claims[1].linked == [claims[0].id]


def test_unknown_publication_date_leaves_relative_days_unresolved(rules: Rules) -> None:
    claims, _ = extract_claims(
        "Die Alibaba-Aktie schloss gestern bei 166,31 US-Dollar.", Published(None, "unknown"), rules
    )
    assert claims[0].reference is None and claims[0].date_basis == "unresolved"


def test_sentences_do_not_end_at_ordinals_or_abbreviations() -> None:
    text = "Am 19. Februar stieg sie um ca. 3 %. Danach fiel sie."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Am 19. Februar stieg sie um ca. 3 %.",
        "Danach fiel sie.",
    ]


WORDS = st.sampled_from(
    [
        "Alibaba",
        "stieg",
        "um",
        "rund",
        "4,88",
        "Prozent",
        "auf",
        "167,80",
        "HKD",
        "am",
        "Montag",
        "gestern",
        "schloss",
        "bei",
        "US-Dollar",
        "über",
        "knapp",
        "Euro",
        ".",
        ",",
        "\n",
        "Kursziel",
        "seit",
        "Jahresanfang",
        "52-Wochen-Hoch",
        "RSI",
        "Punkten",
        "1",
        "Milliarde",
        "Yuan",
        "(",
        ")",
        "Hongkong",
        "Xetra",
        "5:50",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.dates(min_value=date(2024, 10, 1), max_value=date(2026, 2, 1)))
def test_extractor_never_crashes_and_spans_are_valid(words: list[str], published: date) -> None:
    from claimcheck.rules import load_rules

    text = " ".join(words)
    claims, _ = extract_claims(text, Published(published, "option"), load_rules())
    for claim in claims:
        assert 0 <= claim.span[0] < claim.span[1] <= len(text)
        assert claim.value is None or claim.value == claim.value  # not NaN


def test_alias_prefilter_never_hides_a_match(rules: Rules) -> None:
    """The literal words that gate each venue pattern must occur in every text the pattern matches."""
    for text in (
        "Die ADR stiegen",
        "an der US-Börse",
        "HK:09988",
        "Anleger in Hongkong",
        "an der Wall Street",
        "auf Xetra",
        "im Auslandshandel",
        "an der NYSE",
    ):
        expected = [venue for pattern, venue in rules.venues if pattern.search(text)]
        assert expected and [venue for _, venue in rules.venue_scan(text)[0]] == expected, text


def _top_level(pattern: str) -> list[str]:
    """A pattern's alternatives outside any group ('letztlich (?:kostete|notierte)' is one)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0) if pattern[i - 1 : i] != "\\" else 0
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def test_cue_prefilter_never_hides_a_match(rules: Rules) -> None:
    """Every plain alternative of every cue, and the regex-shaped ones written out, pass the
    literal-word gate of the cue that matches them."""
    samples = ["over the past 12 months", "over twelve months", "52-Wochen-Hoch", "52 Wochen Tief", "52‑week high"]
    for cue in rules.cues:
        plain = [a for a in _top_level(cue.pattern.pattern) if a.replace(" ", "").replace("-", "").isalnum()]
        for text in plain + [s for s in samples if cue.pattern.search(s)]:
            assert cue.pattern.search(text) and cue.may_occur_in(text.lower()), (cue.kind, text)


@pytest.mark.parametrize(
    ("sentence", "reference", "basis"),
    [
        # published Tuesday 2026-01-13: the week's close was Friday the 9th
        ("Die Alibaba-Aktie schloss zum Wochenschluss bei 150,96 US-Dollar.", {"date": "2026-01-09"}, "relative"),
        ("In New York schloss Alibaba am Vortag bei 166,31 US-Dollar.", {"date": "2026-01-12"}, "relative"),
        (
            "Alibaba kostete Mitte Dezember in New York 150 US-Dollar.",
            {"start": "2025-12-10", "end": "2025-12-20"},
            "approximate",
        ),
        (
            "Ende Februar 2025 notierte Alibaba in New York bei 140 US-Dollar.",
            {"start": "2025-02-20", "end": "2025-02-28"},
            "approximate",
        ),
    ],
)
def test_days_named_by_week_night_or_part_of_month(
    rules: Rules, sentence: str, reference: dict[str, str], basis: str
) -> None:
    (claim,) = extract_claims(sentence, Published(date(2026, 1, 13), "manifest"), rules)[0]
    assert (claim.reference, claim.date_basis) == (reference, basis)


def test_gegenueber_dem_vortag_is_a_comparison_not_a_day(rules: Rules) -> None:
    claims, _ = extract_claims(
        "Alibaba schloss am Montag in New York bei 166,31 US-Dollar, ein Plus von 10,17 Prozent gegenüber dem Vortag.",
        Published(date(2026, 1, 13), "manifest"),
        rules,
    )
    assert [c.reference for c in claims] == [{"date": "2026-01-12"}] * 2


@pytest.mark.parametrize(
    "text",
    [
        "den höchsten Stand seit Oktober",
        "auf den tiefsten Schlusskurs seit 2024",
        "das höchste Niveau seit März",
        "the highest close since May",
        "dem Kursanstieg in den USA über Nacht",
        "Kursverlusten an der Wall Street über Nacht",
        "Die Aktie gab am Montag deutlich nach",
        "Die Papiere gaben am Montag nach",
        "Die Aktie legte am Montag kräftig zu",
        "Die Aktie rutschte am Montag ab",
        "shares rose on Monday",
        "shares slid on Monday",
    ],
)
def test_statement_prefilter_never_hides_a_match(rules: Rules, text: str) -> None:
    matching = [s for s in rules.statements if s.pattern.search(text)]
    assert matching and all(any(w in text.lower() for w in s.words) for s in matching), text
