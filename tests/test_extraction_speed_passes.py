"""The fast paths of the passes over a whole text and of the sentences without a number find
exactly what the plain ones find (third speed round of issue 13). Compared on every seed, golden
and corpus text and on texts made to trip them; no timing (`make bench` times)."""

from __future__ import annotations

import pickle
import re
from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.metrics import intro_period
from claimcheck.core.extract.scan import TextScan, _vocabulary
from claimcheck.core.extract.sentences import SUMMARY_HEADING_WORDS, _boundaries, sentence_spans, summary_blocks
from claimcheck.core.kinds import PERIOD_KINDS
from claimcheck.core.numbers import _ASCII_NUMBER_START, _NUMBER_START, _grammar, _mentions, find_numbers, other_digits
from claimcheck.first_chars import first_literals, literal_heads, with_first_chars
from claimcheck.model import Published
from claimcheck.rules import Rules
from claimcheck.word_scan import WordIndex, fold
from tests.test_extraction_speed import FOLDING, rule_patterns, texts


def test_a_list_intro_names_the_period_it_names_when_every_cue_row_is_tried(rules: Rules) -> None:
    """`intro_period` led by the text's scan (the period rows among `TextScan.cue_rows`) tells the
    period every cue row tried on the intro tells; on the intros of every text and on intros made of
    every period row's heads, in capitals too."""
    heads = [head for cue in rules.cues if cue.kind in PERIOD_KINDS for head in literal_heads(cue.folded) or ()]
    crafted = "\n\n".join(
        [
            "How the ADRs fared this week:",
            "Seit Jahresbeginn:",
            "Year to date: Alibaba up 3%.",
            *(f"So lief es {head}:" for head in heads),
            *(f"{head.upper()} und mehr:" for head in heads),
        ]
    )
    told = 0
    for text in [*texts(), *FOLDING, crafted, crafted.upper()]:
        scan = TextScan(text, rules)
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if not sentence.rstrip().endswith(":"):
                continue
            plain = intro_period(sentence, rules)
            assert intro_period(sentence, rules, scan.cue_rows(start, end)) == plain, sentence
            told += plain is not None
    assert told >= 100


def test_summary_lists_found_with_the_text_scan_are_those_found_alone(rules: Rules) -> None:
    """`summary_blocks` told by the text's one pass where the heading words stand finds the lists it
    finds searching for them itself: in capitals, with a letter that folds apart ('ſ', not folded:
    then every text is searched) and without any heading word."""
    crafted = [
        "Intro.\nZINGER KEY POINTS\n- Alibaba stieg um 3 %.\n\nBody.",
        "Title\nDas Wichtigste in Kürze:\n- a\n- b",
        "Title\nſummary\n- Alibaba up 3%.\n\nBody.",
        "Title\nTL;DR\n- Alibaba up 3%.\n\nBody. At a glance: nothing.",
    ]
    found = 0
    for text in [*texts(), *FOLDING, *crafted]:
        scan = TextScan(text, rules)
        blocks = summary_blocks(text, scan.positions(SUMMARY_HEADING_WORDS))
        assert blocks == summary_blocks(text), text[:80]
        found += len(blocks)
    assert found >= 4


def test_number_mentions_are_found_as_by_the_pattern_at_every_position(rules: Rules) -> None:
    """`numbers._mentions` (the mention pattern tried only at a digit that can start a number and at
    a sign's first character a few places before it) gives finditer's matches, in both languages'
    grammars; on every text and on signs, blanks and digits crowded together."""
    crafted = (
        "HK$ 5, US$5, USD 3 und EUR4; $$5 €€ 5 a5 $ 6 €\u00a05 HKD\n5 E5 U 5 H$5 US 7 HKD  8 12:30 2024-2025 "
        "1.000,5 $3; 4,5–6,2 %; $1.5 to $2; 19. Februar 7% 3x 5G Qwen3 ١٢٣ $٤ €1,234.5 bis 6 Mrd. Euro"
    )
    compared = 0
    for text in [*texts(), *FOLDING, crafted, crafted.replace(" ", "")]:
        for lang in ("de", "en"):
            mention = _grammar(rules, lang).mention
            plain = [(m.span(), m.groupdict()) for m in mention.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in _mentions(text, mention, _NUMBER_START)] == plain, text[:80]
            if not any(char in other_digits() for char in text):  # only 0-9: looked for by the ASCII class too
                assert [(m.span(), m.groupdict()) for m in _mentions(text, mention, _ASCII_NUMBER_START)] == plain
            compared += len(plain)
    assert compared >= 1000


def test_numbers_beside_invisible_characters_are_read_as_without_them(rules: Rules) -> None:
    """A text holding a zero-width character is read without it, its spans those of the text as given."""
    text = "Alibaba stieg um 4\u200b,88 % auf 167,80\ufeff HKD."
    found = find_numbers(text, "de", rules)
    assert [(n.value, n.unit, text[n.start : n.end]) for n in found] == [
        (4.88, "percent", "4\u200b,88"),
        (167.8, "HKD", "167,80"),
    ]


def test_a_sentence_names_a_stock_or_venue_where_the_context_finds_one(rules: Rules) -> None:
    """`Context.names_stock_or_venue` (one bisection: may a sentence without a claim move the
    context?) says what the stocks and venues the context finds between the sentence's ends say."""
    named = 0
    for text in [*texts(), *FOLDING]:
        companies = rules.companies_in(text)
        venues, heads = rules.venue_scan(text)
        context = Context(companies=companies, venues=venues, venue_heads=heads)
        for start, end in [*sentence_spans(text), (0, len(text)), (0, 0)]:
            plain = any(c.kind == "stock" for _, c in context.companies_between(start, end)) or bool(
                context.venues_between(start, end)
            )
            assert context.names_stock_or_venue(start, end) == plain, text[start:end]
            named += plain
    assert named >= 100


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?<![\w.,])(?<!\d\s)[-−](?=\s?\d)", ("-", "−")),  # the minus sign's direction row
        (r"\+\d", ("+",)),
        (r"(?:A|b)c|\.x", (".", "a", "b")),  # lower-cased, as the folded text is searched
        (r"x?y", ("x", "y")),
        (r"\n\s", ("\n",)),
        (r"\d+", None),  # a category
        (r"[a-z]x", None),  # a range
        (r"x*", None),  # may match nothing
        (r"(?i)abc", None),  # case-blind
    ],
)
def test_first_literal_characters_are_read_from_the_parse_tree(pattern: str, first: tuple[str, ...] | None) -> None:
    assert first_literals(re.compile(pattern)) == first
    assert first_literals(with_first_chars(re.compile(pattern))) == first


def test_every_match_starts_with_one_of_its_first_literals() -> None:
    """Where `first_literals` tells a rule pattern's first characters, every match on every text
    (and on its lower-cased text) starts with one of them, lower-cased."""
    told = 0
    for pattern in rule_patterns():
        first = first_literals(pattern)
        if first is None:
            continue
        told += 1
        for text in texts():
            for hit in pattern.finditer(text):
                assert hit.group()[:1].lower() in first, (pattern.pattern, hit.group())
    assert told >= 10


def test_a_word_index_finds_every_occurrence_in_the_order_of_their_ends(rules: Rules) -> None:
    """The text's one pass (`WordIndex`, every word the extraction looks for) reports each occurrence
    of each word that a substring search finds, overlapping ones too, in the order of their ends
    (which `WordHits.inside` bisects), the same through `find` and `starts`."""
    index = rules.derived(_vocabulary).index
    compared = 0
    for text in [*texts(), *FOLDING]:
        folded = fold(text)
        if folded is None:
            continue
        found = index.starts(folded)
        ends = [start + len(index.words[word]) for start, word in found]
        assert ends == sorted(ends)
        assert list(index.find(folded).inside(0, len(folded))) == found
        plain = set()
        for word, word_id in index.ids.items():
            at = folded.find(word)
            while at >= 0:
                plain.add((at, word_id))
                at = folded.find(word, at + 1)
        assert sorted(found) == sorted(plain)
        compared += len(plain)
    assert compared >= 1000


def test_a_word_index_survives_pickling(rules: Rules) -> None:
    """Rules carry the index they built (`Rules.derived`): pickled, it finds what it found."""
    index = WordIndex(["ab", "b", "abc"])
    again = pickle.loads(pickle.dumps(index))
    assert again.words == index.words and again.starts("abcab b") == index.starts("abcab b")
    rules.derived(_vocabulary)
    assert pickle.loads(pickle.dumps(rules)).derived(_vocabulary).index.words == rules.derived(_vocabulary).index.words


def test_sentence_ends_led_by_their_mark_are_those_of_the_pattern_as_written() -> None:
    """`_boundaries` (one pass of the boundary pattern led by the mark before it) gives the spans the
    pattern as written gives, where marks and line breaks crowd each other."""
    written = re.compile(r"(?<=[.!?])[\"'“”„»«]?\s+(?=[\"'“”„»«]?[A-ZÄÖÜ0-9])|\n\s*")
    crafted = [
        '.\nAbc.\n\n  X!\n? Y?" Z.“\tÄ',
        "\n\nStart. a. B.\u00a0C.\u2003D..\nE...  F?!  G",
        'Er sagte: „Gut.“ Dann? "Ja." 3 Mio. Aktien.\n\n  Neu.\t\u00a0Ö! »Zitat« ."x" .\n',
        "Ende.",
        ".",
        "\n",
        "",
    ]
    found = 0
    for text in [*texts(), *crafted, *(c.replace(" ", "\n") for c in crafted)]:
        expected = [m.span() for m in written.finditer(text)]
        assert list(_boundaries(text)) == expected, text[:80]
        found += len(expected)
    assert found >= 1000


def test_a_lone_surrogate_is_searched_around(rules: Rules) -> None:
    """A lone surrogate (a JSON escape) has no UTF-8, which the index's automaton reads: the words
    around it are found at their places all the same, and a text holding one is read."""
    index = WordIndex(["ab", "b"])
    assert index.starts("ab\ud800ab\udcffb") == [(0, 0), (1, 1), (3, 0), (4, 1), (6, 1)]
    text = texts()[0]
    published = Published(date(2026, 1, 13), "manifest")
    plain, _ = extract_claims(text, published, rules)
    claims, _ = extract_claims("\ud800" + text, published, rules)
    assert [(c.quote, c.kind, c.span[0] + 1) for c in plain] == [(c.quote, c.kind, c.span[0]) for c in claims]
    assert plain
