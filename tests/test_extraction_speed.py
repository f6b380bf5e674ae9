"""The extraction's fast paths find exactly what the plain ones find: a pattern led by its first
characters, the prefix-tree scans for company and master names, the day-word test. Compared on
every seed, golden and corpus text and on texts made to trip them (no timing: `make bench` times)."""

from __future__ import annotations

import csv
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from claimcheck.core import dates
from claimcheck.core.dates import _DAY_WORDS, RELATIVE_DAY_WORDS, day_phrases, has_day_phrase, names_a_day, resolve_day
from claimcheck.core.extract.bindings import _comparison
from claimcheck.core.extract.context import Context, _ticker_literals
from claimcheck.core.extract.metrics import _distance_told, _price_base, cue_hits
from claimcheck.core.extract.paragraphs import ends_with_colon
from claimcheck.core.extract.reviews import _review_words
from claimcheck.core.extract.scan import TextScan, anaphor_heads
from claimcheck.core.extract.sentences import (
    _BOUNDARY,
    _ENGLISH,
    _GERMAN,
    _LANGUAGE_WORDS,
    _STANDFIRST_BULLETS,
    _SUMMARY_HEADING,
    _boundaries,
    detect_language,
    pattern_hits,
    sentence_spans,
    summary_blocks,
)
from claimcheck.core.extract.statements import StatementWords
from claimcheck.core.extract.subjects import _currency_venues, _index_by_role, _subject_words
from claimcheck.core.extract.timing import _overnight, day_anaphor
from claimcheck.core.numbers import (
    _grammar,
    _ratio_words,
    _unit_starts,
    _word_mentions,
    find_numbers,
    other_digits,
    ratio_heads,
)
from claimcheck.first_chars import (
    _heads,
    case_blind_literals,
    hits_at_heads,
    literal_heads,
    required_literals,
    with_first_chars,
)
from claimcheck.first_chars import _parser as sre_parse
from claimcheck.paths import RULES_DIR, SEEDS_DIR
from claimcheck.rules import _MAX_CUE_HEADS, PatternRows, Rules, _forms_after_blank, _hits_not_after_word, _legal_forms
from claimcheck.word_scan import (
    CaseBlindGuard,
    WordIndex,
    WordPositions,
    WordScan,
    fold,
    prefix_tree,
    word_list_as_tree,
)

GOLDEN = Path(__file__).parent / "golden"
TRICKY = [
    "Die Alibaba-Aktie (NYSE:BABA) (HK:9988) stieg am Montag um 4,88 % auf 167,80 HKD; Nvidia-Aktie, NVIDIA, "
    "E.ON-Aktie, Xalibaba, -Alibaba, Hang Seng Tech Index, Hang Seng Bank, Dow-Jones, 1&1, The Trade Desk.",
    "US-listed shares of Alibaba rose 2.5% to $167.80 in New York on Friday; the Hang Seng index gained "
    "more than 1% while Tencent (0700.HK) fell; Dollar, Apple and Seven & i Holdings trade in Tokyo.",
    "Ünïcödé: İstanbul ẞtraße ſtock K-Aktie — „Zitat“ «Guillemets» 13. Januar 2026, 2026-01-13, heute, gestern.",
]


WRITTEN_SAMPLE = 80  # written articles: a third of them made these checks take minutes, growing with every batch


def texts() -> list[str]:
    """The texts a fast path must read as the plain one does: the seeds, the real corpus, about WRITTEN_SAMPLE of the
    written articles of the editor's set spread evenly over them (sorted by name, so both languages and the formats
    of the batches over time) and a few tricky lines."""
    every = sorted((GOLDEN / "articles").glob("*.txt"))
    written = every[:: max(1, len(every) // WRITTEN_SAMPLE)]
    paths = [*sorted(SEEDS_DIR.glob("*.txt")), *sorted((GOLDEN / "real").glob("*.txt")), *written]
    assert len(paths) >= 100 and {p.name[:2] for p in written} == {"de", "en"}
    return [p.read_text(encoding="utf-8") for p in paths] + TRICKY


def rule_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the rule tables, compiled as the rules compile them."""
    found = []
    for table, flags in (("venues", 0), ("directions", 0), ("cues", re.I), ("statements", re.I)):
        with (RULES_DIR / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            found += [re.compile(row["pattern"], flags) for row in csv.DictReader(handle)]
    assert len(found) >= 50
    return found


def test_a_pattern_led_by_its_first_characters_matches_exactly_where_it_did() -> None:
    patterns = rule_patterns()
    led = [with_first_chars(p) for p in patterns]
    assert sum(q is not p for p, q in zip(patterns, led, strict=True)) >= len(patterns) * 0.8  # most are led
    for text in texts():
        for plain, fast in zip(patterns, led, strict=True):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], plain.pattern
            assert [m.groups() for m in fast.finditer(text.lower())] == [
                m.groups() for m in plain.finditer(text.lower())
            ]


@pytest.mark.parametrize(
    ("pattern", "led"),
    [
        (r"\bfoo|bar", "(?=[fb])"),
        (r"(?<![\w-])(?:HK\$|\$)?\d+", r"(?=[H\$\d])"),
        (r"a?b", "(?=[ab])"),
        (r"[x-z]+\s", "(?=[x-z])"),
        (r"a*", None),  # may match nothing: there is no first character
        (r"\D+", None),  # a negated class
        (r".x", None),  # any character
        (r"(a)\1", None),  # led by a literal: the engine skips ahead by it itself
        (r"(?:Wall Street|New York)", None),  # alternatives each led by a literal: the same
        (r"Wall Street|\bNew York", "(?=[WN])"),  # one led by a word boundary: the engine cannot
        (r"x+y", "(?=[x])"),  # a repeat first: the engine finds no first characters itself
        (r"(?i)abc", None),  # global inline flags stay first: left alone
    ],
)
def test_first_characters_are_read_from_the_parse_tree(pattern: str, led: str | None) -> None:
    compiled = re.compile(pattern)
    fast = with_first_chars(compiled)
    if led is None:
        assert fast is compiled
    else:
        assert fast.pattern.startswith(led) and fast.flags == compiled.flags
        for text in [*TRICKY, "foo bar ab b a $12 HK$3 xyz z ", "aa"]:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_company_names_are_found_as_by_one_flat_alternation(rules: Rules) -> None:
    """The prefix-tree scan (checked for a word or hyphen before each hit) against the plain
    pattern it replaces: every alias, longest first, after no word character or hyphen."""
    aliases = sorted(rules.alias_owner, key=len, reverse=True)  # every spelling of every table row
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(a) for a in aliases)})(?![\w])")
    # 'XyTechnologiebörse Nasdaq': a hit inside a word must not hide the name that starts within it
    hidden = [
        "Xy" + a
        for a in aliases
        for k in range(len(a))
        if a[k] == " " and any(a[k + 1 :] == b or a[k + 1 :].startswith(b + " ") for b in aliases)
    ]
    assert hidden
    assert rules.company_heads
    for text in [*texts(), *hidden]:
        fast = [m.span() for m in _hits_not_after_word(rules.company_scan, text)]
        assert fast == [m.span() for m in plain.finditer(text)]
        # matched only where the text's scan found an alias's first letters: the same hits and companies
        alias_starts = TextScan(text, rules).alias_starts(rules)
        assert alias_starts is not None or fold(text) is None
        assert [m.span() for m in _hits_not_after_word(rules.company_scan, text, alias_starts)] == fast
        assert rules.companies_in(text, alias_starts) == rules.companies_in(text)


def test_master_names_are_found_as_by_reading_every_word(rules: Rules) -> None:
    """The master index's one-pass scan of its heads against reading the text word by word."""
    index = rules.master_names

    def word_by_word(text: str) -> list[tuple[int, int]]:
        return [(w.start(), w.end()) for w in re.finditer(r"(?<![\w-])\w+", text) if w.group() in index.by_head]

    # the longest heads, and those led by a lower-case letter ('arGEN', looked for apart from the tree)
    heads = sorted(index.by_head, key=len, reverse=True)[:50] + [h for h in index.by_head if h[0].islower()]
    assert any(h[0].islower() for h in heads)
    crafted = " ".join(f"{h} x{h} {h}-y -{h} {h}s {h}{h} {h}_" for h in heads)
    one_tree = re.compile(rf"(?:{prefix_tree(list(index.by_head))})(?!\w)")
    for text in [*texts(), crafted]:
        expected = word_by_word(text)
        fast = [(at, at + len(h)) for at, h in index._words(text) if not (at and re.match(r"[\w-]", text[at - 1]))]
        assert fast == expected
        assert [
            m.span() for m in one_tree.finditer(text) if not (m.start() and re.match(r"[\w-]", text[m.start() - 1]))
        ] == expected


def test_day_words_are_found_as_by_substring_tests() -> None:
    for text in texts():
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            expected = re.search(r"\d", sentence) is not None or any(w in sentence.lower() for w in _DAY_WORDS)
            assert names_a_day(sentence) == expected


def test_cue_rows_are_found_as_by_substring_tests(rules: Rules) -> None:
    """One scan for the words of every cue says which cues may match, as one `in` per word does,
    overlapping words included ('jahres' inside 'jahreshoch', 'er-hoch' across 'hoch')."""
    scan = WordScan([cue.words for cue in rules.cues])
    crafted = " ".join(word for cue in rules.cues for word in cue.words)
    for text in [*texts(), crafted, "jahreshochjahrestief", ""]:
        for start, end in [*sentence_spans(text), (0, len(text))]:
            folded = text[start:end].lower()
            expected = {i for i, cue in enumerate(rules.cues) if any(word in folded for word in cue.words)}
            assert scan.rows_in(folded) == expected


def test_word_scan_with_an_empty_word_or_no_words() -> None:
    assert WordScan([("ab",), ("",), ()]).rows_in("xyz") == {1}
    assert WordScan([("ab", "b"), ("bc",), ()]).rows_in("abc") == {0, 1}
    assert WordScan([]).rows_in("abc") == frozenset()


def test_a_day_phrase_is_told_as_by_collecting_them_all() -> None:
    for text in texts():
        for start, end in sentence_spans(text):
            for piece in (text[start:end], *text[start:end].split(",")):  # sentences and clauses
                assert has_day_phrase(piece) == bool(day_phrases(piece))


def test_number_words_are_found_as_by_the_plain_pattern(rules: Rules) -> None:
    """'fünf Prozent': the word taken whole and the unit's first character checked first find
    what the plain pattern finds."""
    fast = _grammar(rules, "de").word_mention
    plain = re.compile(
        re.sub(r"\\s\(\?=\[[^\]]*\]\)", lambda _: r"\s", fast.pattern.replace("{3,20}+)", "{3,20})", 1), count=1)
    )
    assert plain.pattern != fast.pattern and "(?=" not in plain.pattern
    crafted = (
        "fünf Prozent, zwei Milliarden Euro, dreiundzwanzigtausendfünfhundert Dollar, fünfProzent, ab 3 %, "
        "xfünf Prozent, 3fünf Euro, abcdefghijklmnopqrstu Euro, abcdefghijklmnopqrst Euro, viele Millionen Euro"
    )
    for text in [*texts(), crafted]:
        expected = [m.groupdict() for m in plain.finditer(text)]
        assert [m.groupdict() for m in fast.finditer(text)] == expected
        # tried only where a word ends before a blank and a unit (`_word_mentions`): the same mentions
        assert [m.groupdict() for m in _word_mentions(text, _grammar(rules, "de"))] == expected
        # and the blanks looked for only before the units' first letters the text's scan found
        hits = TextScan(text, rules).hits
        unit_starts = _unit_starts(rules, hits)
        assert unit_starts is not None or fold(text) is None
        assert [m.groupdict() for m in _word_mentions(text, _grammar(rules, "de"), unit_starts)] == expected
        assert find_numbers(text, "de", rules, hits) == find_numbers(text, "de", rules)


def test_ratio_words_found_at_their_heads_are_those_of_every_row_everywhere(rules: Rules) -> None:
    """`numbers._ratio_words` matches a row only where one of its heads stands in the text's word pass
    (`ratio_heads`): the same ratios as each row's pattern searched in the whole text finds."""
    assert all(heads is not None for heads in ratio_heads(rules))  # every row takes the fast path
    crafted = (
        "Der Kurs hat sich verdoppelt, verdreifacht, mehr als halbiert; ein Drittel, einem Viertel, EIN FÜNFTEL, "
        "Einem Sechstel, eins Zehntel, keinem Drittel. It doubled, tripled, halved, fell by roughly half, the "
        "first half, two-thirds, two thirds, A third, a quarter of, a quarter, a fifth. Ein zweistelliges Minus, "
        "ein zweistelliger Prozentsatz, a double-digit gain, double-digit growth. Zwei Drittel, zwei  Drittel."
    )
    found = 0
    for text in [*texts(), *FOLDING, crafted, crafted.lower(), crafted.upper()]:
        expected = sorted(
            (m.start(), order, m.end())
            for order, word in enumerate(rules.number_words)
            for m in word.pattern.finditer(text)
        )
        fast = _ratio_words(text, rules, TextScan(text, rules).hits)
        assert fast == _ratio_words(text, rules)
        assert [(n.start, n.end) for n in fast] == _leftmost([(start, end) for start, _, end in expected])
        found += len(fast)
    assert found >= 20


def _leftmost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of spans in order, those that start after the one kept before."""
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def test_language_is_told_as_by_counting_each_list_on_its_own() -> None:
    assert not set(_GERMAN) & set(_ENGLISH)  # one scan counts a word for one language only
    german = re.compile(rf"\b(?:{'|'.join(_GERMAN)})\b")
    english = re.compile(rf"\b(?:{'|'.join(_ENGLISH)})\b")
    crafted = ["the and is was der die", "Die Aktie und the shares of", "isthe the-and der_die", "is is ist ist"]
    both = re.compile(rf"\b(?:{'|'.join(_GERMAN + _ENGLISH)})\b")
    for text in [*texts(), *crafted]:
        sample = text[:5000]
        # the scan led by the character before a word finds the words the plain pattern finds
        assert _LANGUAGE_WORDS.findall(" " + sample) == both.findall(sample)
        counts = len(english.findall(sample)), len(german.findall(sample))
        if counts[0] == counts[1]:
            continue  # a tie is told by the decimal marks (tests/test_extract_sentences.py)
        assert detect_language(text) == ("en" if counts[0] > counts[1] else "de")


# Texts made to trip the whole-text word positions: folding that moves offsets or folds apart,
# weekdays in capitals, clock times, words across a sentence's end.
FOLDING = [
    "İstanbul: Die Aktie stieg am MONTAG. Am Freitag fiel sie.",
    "ſeit Oktober auf den höchſten Stand seit Oktober; Kelvin \u212a. HEUTE 10:30 a.m. gestrigen Handel",
    "Die Aktie stieg am Mittwoch\nDIE AKTIE FIEL AM VORTAG\nat the time of writing. The previous session.",
]


def test_folding_keeps_offsets_or_gives_up() -> None:
    assert fold("Ärger ÜBER Straße") == "ärger über straße"
    for text in FOLDING[:2]:
        assert fold(text) is None  # 'İ' lower-cases to two characters; 'ſ' and 'K' fold apart
    assert fold(FOLDING[2]) == FOLDING[2].lower()


def test_word_positions_say_which_sentences_hold_a_word() -> None:
    text = "abc tag. xyz. montags day"
    at = WordPositions(fold(text), ["tag", "day"])
    assert at.anywhere and at.any_in(0, 8) and not at.any_in(9, 13) and at.any_in(14, len(text))
    assert not WordPositions(fold(text), ["week"]).anywhere
    assert WordPositions(None, ["week"]).any_in(0, 1)  # no folded text: every sentence may
    assert WordPositions(fold(text), ["", "week"]).any_in(9, 13)  # '' is in every text


def test_a_relative_day_is_read_only_where_a_relative_day_word_stands(rules: Rules) -> None:
    """`update_context` reads a sentence's day only where one of RELATIVE_DAY_WORDS stands in it:
    every sentence from which `resolve_day` reads a relative day holds one (in capitals, too)."""
    relative = 0
    clock_times = "Shares traded at 9:45 am. Die Aktie notierte by 11:05 p.m. bei 5 Euro. Fazit: at 10.30 a.m. Ende"
    for text in [*texts(), *FOLDING, clock_times]:
        for start, end in sentence_spans(text):
            for sentence in (text[start:end], text[start:end].upper()):
                for past in (False, True):
                    day = resolve_day(sentence, date(2026, 1, 13), rules, past)
                    if day is not None and day.basis == "relative":
                        relative += 1
                        assert any(word in sentence.lower() for word in RELATIVE_DAY_WORDS), sentence
    assert relative >= 100


def test_a_sentence_ruled_out_for_statements_states_nothing(rules: Rules) -> None:
    """StatementWords rules out a sentence only where no statement row could match it: none of the
    row's words (as `statement_claims` tests them), for a move on a day a number or no day named, for
    a look-back or overnight move no anchor."""
    anchors = {"since": ("seit", "since"), "overnight": ("nacht", "overnight")}
    for text in [*texts(), *FOLDING]:
        guard = StatementWords(fold(text), rules)
        for start, end in sentence_spans(text):
            folded = text[start:end].lower()
            on_day = names_a_day(text[start:end])
            for has_numbers in (False, True):
                possible = any(
                    any(word in folded for word in s.words)
                    and (
                        not has_numbers and on_day if s.anchor == "day" else any(w in folded for w in anchors[s.anchor])
                    )
                    for s in rules.statements
                )
                if possible:
                    assert guard.may_state(start, end, has_numbers), text[start:end]


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"\bHongkong\b|\bHK:\s?\d{4,5}\b|\bHKEx\b", ("hk:", "hkex", "hongkong")),
        (r"\b[Aa]merican [Dd]epositary|US-Börsen?|\bADRs?\b", ("adr", "american depositary", "us-börse")),
        (r"(?<![\w-])(?:Wall Street|Hang Seng(?: Tech)?)", ("hang seng", "wall street")),
        # a short head is read on past an optional piece: 'a' alone would stand at every 'a' of a text
        (r"\b(?:an?|the) (?:rise|fall)", ("a fall", "a rise", "an fall", "an rise", "the fall", "the rise")),
        (r"\bin(?: den)? USA|x?abc", ("abc", "in den usa", "in usa", "xabc")),
        (r"\bADRs?\b", ("adr",)),  # a longer head ends at the optional piece, as before
        (r"-?\d", None),  # without the optional piece nothing literal leads
        (r"\bNYSE\b|\w+-listed", None),  # a class of many characters leads an alternative
        (r"(?i)nyse", None),  # a case-blind pattern: lower-casing the text is not enough
    ],
)
def test_literal_heads_are_read_from_the_parse_tree(pattern: str, heads: tuple[str, ...] | None) -> None:
    assert literal_heads(with_first_chars(re.compile(pattern))) == heads


def test_venues_are_found_as_by_every_pattern_at_every_position(rules: Rules) -> None:
    """`Rules.venue_scan` tries each venue pattern only where one of its literal heads stands."""
    assert all(heads for heads in rules.venue_heads)  # every venue row has heads: the fast path is taken
    crafted = "Hongkong HONGKONG hk: HK: 9988 HK:9988 an der Börse in den USA in den USA ADRs ADR-Kurs xADR NYSE-Aktie"
    for text in [*texts(), *FOLDING, crafted]:
        folded = fold(text)
        for pattern, _ in rules.venues:
            heads = literal_heads(pattern)
            assert heads is not None
            expected = [m.span() for m in pattern.finditer(text)]
            if folded is not None:
                assert [m.span() for m in hits_at_heads(pattern, heads, text, folded)] == expected
        assert [at for at, _ in rules.venue_scan(text)[0]] == sorted(
            m.start() for pattern, _ in rules.venues for m in pattern.finditer(text)
        )


def test_a_hedge_is_found_as_by_trying_each_phrase_longest_first(rules: Rules) -> None:
    """`Rules.hedge_pattern` (all phrases in one pattern) against the loop over the phrases it replaces."""

    def by_phrases(before: str) -> tuple[str, str] | None:
        for phrase, label in rules.hedges:
            if before.lower().endswith(phrase.lower()):
                cut = len(before) - len(phrase)
                if cut == 0 or not before[cut - 1].isalnum():
                    return label, before[cut:]
        return None

    pattern, labels = rules.hedge_pattern
    crafted = [phrase for phrase, _ in rules.hedges] + [f"x{phrase}" for phrase, _ in rules.hedges]
    tried = 0
    for text in [*texts(), *crafted]:
        for end in [m.start() for m in re.finditer(r"\d+", text)] + [len(text)]:
            before = text[max(0, end - 40) : end].rstrip()
            if len(before.lower()) != len(before):
                continue  # find_hedge tries the phrases one by one there
            hit = pattern.search(before.lower())
            assert ((labels[hit.group()], before[hit.start() :]) if hit else None) == by_phrases(before), before
            # searched only where the longest phrase may start (`Rules.hedge_reach`): the same hit
            near = pattern.search(before.lower(), max(0, len(before) - rules.hedge_reach))
            assert (near and near.span()) == (hit and hit.span()), before
            tried += hit is not None
    assert tried >= 100


def test_a_family_of_day_patterns_is_skipped_only_where_it_cannot_match() -> None:
    """`resolve_day` searches a family of day patterns only where `_Families` lets it: wherever one
    of the family's patterns matches (in capitals too), the family is let through."""
    families = {
        "date": (dates._ISO, dates._DOTTED, dates._NAMED),
        "month": (dates._PART_OF_MONTH, dates._WHOLE_MONTH),
        "undated": (dates._UNDATED_SESSION,),
        "relative": (*(p for p, _ in dates._RELATIVE), dates._WEEK_END, dates._PREVIOUS_DAY, dates._WEEKDAY),
    }
    crafted = [
        "am 13.01.2026, am 2026-01-13, am 13. Januar 2026, Mitte März, im April 2025, late December",
        "IN EINER SITZUNG, in one session, HEUTE, um 10.30 Uhr, at 10:30 a.m., gestern, vorgestern",
        "zum Wochenschluss, at the end of the week, am Vortag, in the previous session, Mittwoch, FRIDAY",
        *FOLDING,
    ]
    matched = dict.fromkeys(families, 0)
    for text in [*texts(), *crafted]:
        for start, end in sentence_spans(text):
            for sentence in (text[start:end], text[start:end].upper()):
                may = dates._Families(sentence)
                for family, patterns in families.items():
                    if any(p.search(sentence) for p in patterns):
                        matched[family] += 1
                        assert getattr(may, family), (family, sentence)
    assert min(matched.values()) >= 2, matched


def test_a_word_list_as_a_prefix_tree_matches_what_the_list_matches() -> None:
    """The direction rows ('\\b(fiel|fell|...)\\b') are compiled as prefix trees: the same hits
    with the same words, on every text; a list where two words could match at one position, or
    any other pattern, is left as written."""
    with (RULES_DIR / "directions.csv").open(encoding="utf-8", newline="") as handle:
        listed = [row["pattern"] for row in csv.DictReader(handle)]
    crafted = "fiel fielen Fiel verlorene Kurs-Minus unter dem unter demnach below its below itself up-to-date"
    for pattern in listed:
        tree = word_list_as_tree(pattern)
        assert tree != pattern or not pattern.startswith(r"\b(")  # a sign row ('\+(?=\d)') stays as written
        for text in [*texts(), crafted]:
            plain = [(m.span(), m.group(0)) for m in re.finditer(pattern, text)]
            assert [(m.span(), m.group(0)) for m in re.finditer(tree, text)] == plain
    assert word_list_as_tree(r"\b(unter|unter dem)\b") == r"\b(unter|unter dem)\b"  # both fit at 'unter dem'
    assert word_list_as_tree(r"\b(x |x y)\b") == r"\b(x |x y)\b"
    assert word_list_as_tree(r"\b(fiel|fielen)\b") == r"\b(fiel(?:en|))\b"
    assert word_list_as_tree(r"\b(fiel|fell)s?\b") == r"\b(fiel|fell)s?\b"  # not a plain list


def test_sentence_ends_are_found_as_by_the_pattern_as_written() -> None:
    written = re.compile(r"(?<=[.!?])[\"'“”„»«]?\s+(?=[\"'“”„»«]?[A-ZÄÖÜ0-9])|\n\s*")
    crafted = 'Er sagte: „Gut.“ Dann? "Ja." 3 Mio. Aktien.\n\n  Neu.\t\u00a0Ö! »Zitat« ."x" .\n'
    for text in [*texts(), crafted, crafted.replace(" ", "\n")]:
        expected = [m.span() for m in written.finditer(text)]
        assert [m.span() for m in _BOUNDARY.finditer(text)] == expected
        assert list(_boundaries(text)) == expected  # tried only after a mark or at a line break


def test_a_sentence_without_a_venue_head_names_no_venue(rules: Rules) -> None:
    """`Context.may_name_venue` rules a sentence out only where no venue pattern matches it (the
    patterns as `named_venue` runs them, on the sentence alone)."""
    crafted = "Alibaba stieg in Hongkong.\nHK:9988 fiel. Σ In New York: ADRs. an der Börse in den USA"
    ruled_out = 0
    for text in [*texts(), *FOLDING, crafted]:
        venues, heads = rules.venue_scan(text)
        context = Context(venues=venues, venue_heads=heads)
        for start, end in sentence_spans(text):
            if any(pattern.search(text[start:end]) for pattern, _ in rules.venues):
                assert context.may_name_venue(start, end), text[start:end]
            ruled_out += not context.may_name_venue(start, end)
    assert ruled_out >= 100
    assert rules.venue_scan("Σ Hongkong")[1] is None  # a capital sigma: the text is not folded


def test_cue_hits_are_found_as_by_every_cue_at_every_position(rules: Rules) -> None:
    """`cue_hits` matches a cue's lower-cased pattern only where one of its literal heads stands
    (a row of at most _MAX_CUE_HEADS heads; one of more is searched with its pattern): the same hits
    for every row whose heads can be told."""
    every = [literal_heads(cue.folded) for cue in rules.cues]
    assert sum(heads is not None for heads in every) >= len(rules.cues) * 0.8
    assert rules.cue_heads == tuple(h if h is not None and len(h) <= _MAX_CUE_HEADS else None for h in every)
    crafted = " ".join(head for heads in every for head in heads or ())
    for text in [*texts(), crafted]:
        for start, end in [*sentence_spans(text), (0, len(text))]:
            folded = text[start:end].lower()
            for cue, heads in zip(rules.cues, every, strict=True):
                if heads is not None:
                    expected = [m.span() for m in cue.folded.finditer(folded)]
                    assert [m.span() for m in hits_at_heads(cue.folded, heads, folded, folded)] == expected


def test_a_word_index_finds_every_occurrence_of_every_word() -> None:
    index = WordIndex(["ab", "b", "abc", "", "xyz"])
    hits = index.find("abcab b")
    assert hits.starts_of(["ab"]) == [0, 3] and hits.starts_of(["b", "abc"]) == [0, 1, 4, 6]
    assert sorted(hits.inside(3, 7)) == [(3, index.ids["ab"]), (4, index.ids["b"]), (6, index.ids["b"])]
    assert list(hits.inside(1, 4)) == [(1, index.ids["b"])]  # 'abc' starts before, 'ab' at 3 ends after
    assert hits.starts_of(["xyz"]) == []
    # a word the index does not hold is searched in the text, not silently absent (review 7)
    assert hits.starts_of(["ca", "missing"]) == [2] and hits.starts_of(["ab", "b "]) == [0, 3, 4]
    assert WordIndex([]).find("abc").starts_of([]) == []


def test_word_positions_from_an_index_are_those_found_word_by_word() -> None:
    words = ["tag", "day", "ag", "montags"]
    for text in [*texts(), *FOLDING]:
        folded = fold(text)
        if folded is None:
            continue
        hits = WordIndex(words).find(folded)
        assert WordPositions(folded, words, hits)._at == WordPositions(folded, words)._at


def test_cue_rows_found_for_the_whole_text_give_every_cue_at_every_position(rules: Rules) -> None:
    """`TextScan.cue_rows` (one Aho-Corasick pass for every cue head and word of a text) leads
    `cue_hits` to the hits of every cue row whose words stand in the sentence, as matching each row's
    pattern everywhere finds them; in capitals too, and on a text of all the heads and words."""
    every_word = [*(head for heads in map(literal_heads, (c.folded for c in rules.cues)) for head in heads or ())]
    crafted = " ".join([*every_word, *(word for cue in rules.cues for word in cue.words)])
    compared = 0
    for text in [*texts(), *FOLDING, crafted, crafted.upper(), texts()[0].upper()]:
        scan = TextScan(text, rules)
        for start, end in [*sentence_spans(text), (0, len(text))]:
            sentence = text[start:end]
            rows = scan.cue_rows(start, end)
            if scan.folded is None:
                assert rows is None
                continue
            folded = sentence.lower()
            expected = [
                (o, m.start(), m.end(), c)
                for o, c in enumerate(rules.cues)
                if c.may_occur_in(folded)
                for m in c.folded.finditer(folded)
            ]
            assert cue_hits(sentence, rules, rows) == expected, sentence
            compared += len(expected)
    assert compared >= 1000


def test_venues_and_guards_from_the_text_scan_are_those_found_alone(rules: Rules) -> None:
    for text in [*texts(), *FOLDING]:
        scan = TextScan(text, rules)
        assert rules.venue_scan(text, scan.hits) == rules.venue_scan(text)
        alone = StatementWords(fold(text), rules)
        shared = StatementWords(scan.folded, rules, scan.hits)
        for start, end in sentence_spans(text):
            for has_numbers in (False, True):
                assert shared.may_state(start, end, has_numbers) == alone.may_state(start, end, has_numbers)
            assert scan.positions(RELATIVE_DAY_WORDS).any_in(start, end) == WordPositions(
                fold(text), RELATIVE_DAY_WORDS
            ).any_in(start, end)


def test_a_list_intro_is_told_without_copying_the_text_before_it() -> None:
    """`ends_with_colon(text, end)` says what `text[:end].rstrip().endswith(':')` says."""
    text = "Die Schlusskurse: \n\n Alibaba 1 %. Ende.\n\n:\u2003\n"
    for end in range(len(text) + 1):
        assert ends_with_colon(text, end) == text[:end].rstrip().endswith(":"), end


def test_a_summary_list_is_looked_for_only_where_its_heading_words_stand() -> None:
    """`summary_blocks` skips a text holding none of the heading words (lower-cased): the blocks the
    pattern finds on every line, in capitals and with a letter that folds apart ('ſ') too."""
    crafted = [
        "Intro.\nZINGER KEY POINTS\n- Alibaba stieg um 3 %.\n\nBody.",
        "Title\nDas Wichtigste in Kürze:\n- a\n- b",
        "Title\nſummary\n- Alibaba up 3%.\n\nBody.",
    ]
    found = 0
    for text in [*texts(), *FOLDING, *crafted]:
        # (bullets right under a headline are a summary without a heading word)
        standfirst = _STANDFIRST_BULLETS.match(text)
        plain = [(standfirst.start("bullets"), standfirst.end("bullets"))] if standfirst else []
        for heading in _SUMMARY_HEADING.finditer(text):
            # (blank lines between the heading and its first bullet end no list)
            blank_then_bullet = re.compile(r"[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*[-•*–][ \t]+\S)").match(text, heading.end())
            end = re.compile(r"\n[ \t]*\n").search(
                text, blank_then_bullet.end() if blank_then_bullet else heading.end()
            )
            plain.append((heading.start(), end.start() if end else len(text)))
        assert summary_blocks(text) == plain
        found += len(plain)
    assert found >= 3


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"\b\d+-day (?:average|line)", ("-day ",)),
        (r"\b(?:\d+-day|[a-z]+-)?(?:average|durchschnitt|schnitt)\b", ("average", "schnitt")),
        (r"(?:ab|c)+x?", ("ab", "c")),  # a repeat at least once, each alternative holding a text
        (r"[vv]olumen|x\d", ("volumen", "x")),  # a class of one character is that character
        (r"x*", None),  # may match nothing
        (r"foo|\d", None),  # an alternative holding no text
        (r"(?i)abc", None),  # a case-blind pattern
        (r"(?<=\d)\s?(?:-|to)(?=\s?\d+ over the past)", (" over the past",)),  # a lookahead's text, longer
        (r"(?<=ab)c", ("c",)),  # a lookbehind's text stands before the match: not read
        (r"x(?!abcd)", ("x",)),  # nor what must not follow
    ],
)
def test_required_texts_are_read_from_the_parse_tree(pattern: str, required: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern)) == required


def test_every_match_holds_one_of_its_required_texts(rules: Rules) -> None:
    """A cue row without literal heads is searched only in a sentence holding one of its
    `required_literals`: every match of every case-sensitive rule pattern holds one, or a lookahead of it
    reads one after the match's start."""
    patterns = [cue.folded for cue in rules.cues] + [p for p, _ in rules.venues] + [p for p, _ in rules.directions]
    told = [(p, required_literals(p)) for p in patterns]
    assert sum(required is not None for _, required in told) >= len(patterns) * 0.9
    checked = 0
    for text in texts():
        for folded in (text.lower(), text):
            for pattern, required in told:
                for m in pattern.finditer(folded):
                    after = folded[m.start() :]
                    assert required is None or any(r in after for r in required), (pattern.pattern, m.group())
                    checked += 1
    assert checked >= 500


def test_the_hits_of_rule_rows_led_by_their_heads_are_those_of_every_pattern(rules: Rules) -> None:
    """`pattern_hits` of the venue, ticker, direction and currency rows (`PatternRows`, matched only
    where their literal heads stand) gives every hit of every row as finditer does, in the same order;
    the ticker literals the context looks for are in every ticker match."""
    crafted = "BABA +3 %, −2 % ... -4,5 Prozent; HK:9988; US-Listed; Kurs Minus. über dem Hoch; ÜBER DEM; Σ stieg"
    row_sets = [rules.directions, rules.venues, rules.ticker_venues, _currency_venues(rules.currencies)]
    assert all(isinstance(rows, PatternRows) for rows in row_sets)
    found = 0
    for text in [*texts(), *FOLDING, crafted]:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            for rows in row_sets:
                plain = tuple(
                    (hit.start(), hit.end(), label) for pattern, label in rows for hit in pattern.finditer(sentence)
                )
                assert pattern_hits(sentence, rows) == plain, sentence
                found += len(plain)
            literals, any_literal = _ticker_literals(rules)
            assert any_literal is not None
            for (pattern, _), row_literals in zip(rules.ticker_venues, literals, strict=True):
                assert row_literals is not None
                for hit in pattern.finditer(sentence):
                    assert any(literal in hit.group() for literal in row_literals)
                    assert any_literal.search(sentence)
    assert found >= 500


def test_legal_forms_after_a_blank_are_those_the_lookbehind_finds(rules: Rules) -> None:
    """`rules._forms_after_blank` (the forms found by their first letters, the blank before tested
    apart) against the pattern led by its lookbehind, which is tried at every position."""
    form_at = _legal_forms(rules.company_forms)[0]
    plain = re.compile(rf"(?<=\s)(?:{rules.company_forms['legal_form']})\b")
    crafted = "AG XAG AG\u00a0GmbH Inc.\nCorp,Co PLC plc GmbHAG -SE SE\tLtd Limited Corporation Cos Inc"
    found = 0
    for text in [*texts(), crafted]:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _forms_after_blank(form_at, text)] == expected
        found += len(expected)
    assert found >= 10


def test_a_since_day_with_its_clause_is_looked_for_only_in_a_sentence_holding_since(rules: Rules) -> None:
    """`dates.since_day_with_clause` searches its pattern only in a sentence holding 'since' or 'seit':
    the same days as the pattern finds in every sentence."""
    crafted = (
        "The stock had its best day since Jan. 2, when it soared 15%. Best week SINCE March 3, when it fell. "
        "Seit dem 7. April, als die Aktie fiel, stieg sie um 40 %. Höchster Stand seit 9. Mai, als sie schloss."
    )
    found = 0
    for text in [*texts(), crafted]:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            plain = [m.span() for m in dates._SINCE_DAY_WHEN.finditer(sentence)] if "," in sentence else []
            assert [(a, b) for _, a, b in dates.since_day_with_clause(sentence)] == plain
            found += len(plain)
    assert found >= 3


def test_a_day_referred_back_is_looked_for_only_where_its_words_stand(rules: Rules) -> None:
    """`_TextReader` asks for a day referred back to ('an diesem Tag') only in a sentence where one of
    `scan.anaphor_heads` stands: every sentence the case-blind pattern finds one in holds one."""
    pattern = day_anaphor(rules.day_links)
    crafted = "AN DIESEM TAG fiel sie. On That Day it fell. Damals kostete sie 3 Euro. BACK THEN, at that time, 5%."
    found = 0
    for text in [*texts(), *FOLDING, crafted]:
        words = TextScan(text, rules).positions(rules.derived(anaphor_heads))
        for start, end in sentence_spans(text):
            if pattern.search(text[start:end]):
                assert words.any_in(start, end), text[start:end]
                found += 1
    assert found >= 4


def test_literal_heads_drop_exactly_the_heads_another_one_starts(rules: Rules) -> None:
    """`literal_heads` keeps a head unless another starts it (read in sorted order, one comparison a
    head): the same heads as comparing every pair, on every pattern whose heads the extraction reads."""
    patterns = [cue.folded for cue in rules.cues] + [p for p, _ in rules.venues] + [rules.company_scan]
    compared = 0
    for pattern in patterns:
        heads = literal_heads(pattern)
        if heads is None:
            continue
        every = _heads(list(sre_parse.parse(pattern.pattern, pattern.flags).data))
        assert heads == tuple(sorted(h for h in set(every) if not any(o != h and h.startswith(o) for o in every)))
        compared += len(every)
    assert compared >= 1000


def test_day_phrases_found_at_their_heads_are_those_of_every_pattern_everywhere() -> None:
    """`dates.day_phrases` matches each day pattern only where one of its literal heads stands in the
    lower-cased sentence (one pass for all of them): the same spans as every pattern searched in the
    whole sentence; in capitals too, and where the sentence cannot be lower-cased offset for offset."""
    every = (
        dates._ISO, dates._DOTTED, dates._NAMED, dates._ENGLISH_NAMED, dates._YEAR_END, dates._PART_OF_MONTH,
        dates._WHOLE_MONTH, dates._DAY_OF_MONTH, dates._US_DAY, dates._SHORT_DOTTED, *dates._RELATIVE_PHRASES,
    )  # fmt: skip
    crafted = (
        "IM MÄRZ 2025 fiel sie, in April 2025 stieg sie, Mitte-Februar, Ende Juli 2024, AM VORTAG, am Montag, "
        "ON FRIDAY, on 9/1, On 12/03, 12 Months Ago, vor einem Jahr, Zum Wochenschluss, HEUTE um 10.30 Uhr, "
        "at 4:02 p.m., gestrigen, Vorgestern, 13.01.2026, 2026-01-13, 7. April, Aug. 29, Nov 25, 2025, "
        "since Jan. 2, in one session, the previous day, at the start of the week, Donnerstagshandel, Ende 2024, "
        "at the end of 2023, Jahresende 2025, year-end 2024"
    )
    found = 0
    for text in [*texts(), *FOLDING, crafted, crafted.upper(), crafted.lower()]:
        for start, end in [*sentence_spans(text), *((m.start(), m.end()) for m in re.finditer(r"[^,]+", text))]:
            sentence = text[start:end]
            # (`names_a_day` rules out a sentence first, as before)
            plain = sorted({m.span() for pattern in every for m in pattern.finditer(sentence)}) * names_a_day(sentence)
            assert day_phrases(sentence) == plain, sentence
            assert has_day_phrase(sentence) == bool(plain)
            found += len(plain)
    assert found >= 50


def test_the_digits_but_0_to_9_are_every_other_character_a_digit_pattern_matches() -> None:
    """`numbers.other_digits`, read below U+20000 only, are all the characters beyond ASCII that '\\d' matches."""
    every = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
    assert other_digits() == tuple(re.findall(r"\d", every))
    assert "٣" in other_digits() and "３" in other_digits()


def test_numbers_found_by_their_ascii_digits_are_those_found_by_every_digit(rules: Rules) -> None:
    """A text whose word pass finds no digit but 0-9 is searched for numbers by the ten ASCII digits:
    the same numbers as searching by every digit; a text holding another digit is searched by every one."""
    crafted = ["Die Aktie stieg um ٣ % auf ３,５ Euro, dann 4,2 %.", "Up 12.5% to $١٠٠ and 3 % more."]
    for text in [*texts(), *FOLDING, *crafted]:
        hits = TextScan(text, rules).hits
        if text in crafted:
            assert hits is not None and hits.holds_any(other_digits())
        for lang in ("de", "en"):
            assert find_numbers(text, lang, rules, hits) == find_numbers(text, lang, rules)
    assert any(n.value == 3 for n in find_numbers(crafted[0], "de", rules, TextScan(crafted[0], rules).hits))


def _guarded_patterns(rules: Rules) -> list[re.Pattern[str]]:
    """The case-blind patterns the extraction searches only in a sentence its `CaseBlindGuard` lets through."""
    rise, back, *_ = _distance_told(rules.distance_words)
    week, month = _review_words(rules.review_periods)
    return [
        rise,
        back,
        _price_base(rules.distance_words),
        _index_by_role(rules.index_roles)[0],
        _comparison(rules.comparisons),
        week.pattern,
        month.pattern,
        _overnight(rules.overnight),
        _subject_words(rules.subject_words).respectively,
        dates._PREVIOUS_DAY,
    ]


def test_a_case_blind_guard_lets_every_sentence_with_a_match_through(rules: Rules) -> None:
    """`CaseBlindGuard`: a sentence it turns away holds no match of its pattern (any stretch of it
    neither); on every sentence of the seed, golden and corpus texts, their folds and the crafted ones."""
    patterns = _guarded_patterns(rules)
    guards = [CaseBlindGuard(p) for p in patterns]
    assert all(guard.literals for guard in guards)  # each is told by its texts
    crafted = [
        "Davon ist sie 24 Prozent entfernt; VON DORT fehlen noch 16 %, WÜRDE sie das Niveau erreichen",
        "The stock is 24% BELOW THAT LEVEL, compared WITH $150 FROM Friday; the Index and the gauge rose",
        "Von ſtand dort: İndex, K-Wert, Σ davon",  # characters that fold apart: always let through
        "ÜBER NACHT an der Wall Street, am Vortag RESPECTIVELY; Overnight in New York; beziehungsweise",
    ]
    turned_away = matched = 0
    for text in [*texts(), *crafted]:
        for sentence in [text[a:b] for a, b in sentence_spans(text)] + [text.upper(), text.lower()]:
            for pattern, guard in zip(patterns, guards, strict=True):
                if guard.may_match(sentence):
                    matched += pattern.search(sentence) is not None
                else:
                    assert pattern.search(sentence) is None, (pattern.pattern, sentence)
                    turned_away += 1
    assert turned_away >= 1000 and matched >= 20


def test_case_blind_literals_are_read_from_the_lower_cased_pattern() -> None:
    assert case_blind_literals(re.compile(r"\b(?:Von Dort|davon)\b", re.IGNORECASE)) == ("davon", "von dort")
    # a named group's syntax stays as written ('(?p<day>' would break the lower-cased pattern)
    assert case_blind_literals(re.compile(r"(?P<Day>Montag)|(?P<Other>Dienstag)", re.IGNORECASE)) == (
        "dienstag",
        "montag",
    )
    assert case_blind_literals(re.compile(r"\d+", re.IGNORECASE)) is None  # no text at all
