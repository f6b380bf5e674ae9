"""Which of many word lists have a word in a text, found in one pass instead of one substring
test per word (the cue and statement tables hold hundreds of words, tested on every sentence)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import ahocorasick_rs

from claimcheck.first_chars import case_blind_literals

_Tree = dict[str, "_Tree"]
# A character that joins a name to what stands before it: a name right after one is part of a
# word or a compound ('Xalibaba', 'E-Alibaba'), the '(?<![\w-])' the name patterns check per hit.
WORD_OR_HYPHEN = re.compile(r"[\w-]")


def prefix_tree(words: Sequence[str]) -> str:
    """An alternation of words as nested groups by common prefix ('Al(?:ibaba|phabet)'): the
    engine then descends by characters instead of trying every word in turn. Of the words that
    match at a position (each a prefix of the next), the longest is tried first, as in an
    alternation sorted longest first."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Tree) -> str:
        # longer continuations before the end of a word, so that what follows can backtrack to it
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(tree)


# '\b(fiel|fell|dropped)\b': a list of whole words or phrases, the rule tables' common shape
_WORD_LIST = re.compile(r"\\b\((?P<words>[^()\[\]\\?*+{}|.^$]+(?:\|[^()\[\]\\?*+{}|.^$]+)*)\)\\b")


def word_list_as_tree(pattern: str) -> str:
    """A pattern that lists whole words ('\\b(fiel|fell|dropped)\\b') with the list as a prefix tree:
    the engine then reads each position once instead of trying every word there. It finds the same
    matches wherever at most one word can match at a position: unless a word starts another and the
    word boundary could fall between them ('unter' and 'unter dem'); otherwise, and for any other
    pattern, the pattern is returned as it is."""
    listed = _WORD_LIST.fullmatch(pattern)
    if listed is None:
        return pattern
    words = set(listed["words"].split("|"))
    for word in words:
        for other in words:
            if other != word and other.startswith(word) and _is_word(word[-1]) != _is_word(other[len(word)]):
                return pattern
    return rf"\b({prefix_tree(sorted(words))})\b"


def _is_word(char: str) -> bool:
    return re.match(r"\w", char) is not None


class WordScan:
    """For rows of words: the rows with at least one word in a text, as
    `any(word in text for word in row)` would say for each row."""

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        words = {word for row in rows for word in row if word}
        self.always = frozenset(i for i, row in enumerate(rows) if "" in row)  # '' is in every text
        owners: dict[str, set[int]] = {}
        for i, row in enumerate(rows):
            for word in row:
                owners.setdefault(word, set()).add(i)
        # The longest word found at a position stands for every word that is a prefix of it: those
        # start there too.
        self._rows_of = {
            word: frozenset(i for length in range(1, len(word) + 1) for i in owners.get(word[:length], ()))
            for word in words
        }
        self._scan = re.compile(prefix_tree(sorted(words))) if words else None

    def rows_in(self, text: str) -> frozenset[int]:
        found = set(self.always)
        if self._scan is None:
            return frozenset(found)
        at = 0
        # Every position where a word starts is visited (the next search starts one character on,
        # not after the word), so words that overlap are all seen.
        while (hit := self._scan.search(text, at)) is not None:
            found |= self._rows_of[hit.group()]
            at = hit.start() + 1
        return frozenset(found)


# Characters that a case-insensitive pattern matches to an ASCII letter although lower-casing does
# not turn them into it (dotted and dotless i, long s, the Kelvin sign): a text holding one is not
# folded for `WordPositions`, so that a guard built on it never misses what such a pattern finds.
FOLDS_APART = "\u0130\u0131\u017f\u212a"


def fold(text: str) -> str | None:
    """The text lower-cased, offset for offset, or None where lower-casing moves offsets ('İ' is
    two characters lower-cased), a character folds otherwise (see FOLDS_APART) or a capital sigma
    lower-cases by the letters around it (then a sentence lower-cased alone may differ from its
    slice of the folded text)."""
    folded = text.lower()
    if len(folded) != len(text) or any(char in text for char in FOLDS_APART) or "\u03a3" in text:
        return None
    return folded


@lru_cache(maxsize=8)  # a sentence is searched with several sets of rows in turn, each asking for it folded
def fold_sentence(sentence: str) -> str | None:
    """`fold` of a sentence, kept for the few sentences read last (not for whole texts: they are folded once)."""
    return fold(sentence)


class CaseBlindGuard:
    """Whether a case-blind pattern may match a sentence, told by a substring test in the sentence lower-cased
    for each of the texts one of which every match holds (`first_chars.case_blind_literals`): most sentences
    hold none, and the pattern, tried along the whole sentence, costs more. A sentence that does not fold
    (`fold`) may always match. (A pattern minding case is guarded as well: what matches it matches it case-blind.)"""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.literals = case_blind_literals(pattern)

    def may_match(self, sentence: str) -> bool:
        """False where no match can be found in the sentence, nor in any stretch of it."""
        if self.literals is None:
            return True
        folded = fold_sentence(sentence)
        return folded is None or any(text in folded for text in self.literals)


class WordPositions:
    """Where any of some lower-case words starts in a folded text, found once for the whole text (by
    one substring search per word, or read from the hits of a `WordIndex` holding them all): a
    sentence in which none starts holds none of them, found by one bisection instead of a scan of
    the sentence. Without a folded text, every sentence may."""

    def __init__(self, folded_text: str | None, words: Sequence[str], hits: WordHits | None = None) -> None:
        self._everywhere = folded_text is None or "" in words
        found: list[int] = []
        if folded_text is not None and not self._everywhere:
            if hits is not None:  # the words' places already found (an index holding them all)
                self._at = hits.starts_of(words)
                return
            for word in words:
                at = folded_text.find(word)
                while at >= 0:
                    found.append(at)
                    at = folded_text.find(word, at + 1)
        self._at = sorted(found)

    @property
    def anywhere(self) -> bool:
        """Whether one of the words may start anywhere in the text."""
        return self._everywhere or bool(self._at)

    def any_in(self, start: int, end: int) -> bool:
        """Whether one of the words starts in text[start:end] (all of it inside or not)."""
        if self._everywhere:
            return True
        i = bisect_left(self._at, start)
        return i < len(self._at) and self._at[i] < end


_SURROGATE = re.compile("[\ud800-\udfff]")


class WordIndex:
    """Many lower-case words at once: where each one stands in a folded text, found in one
    Aho-Corasick pass (ahocorasick-rs, in Rust: twice as fast as pyahocorasick over a text, 61 -> 28 us
    a seed text) instead of one substring search per word. Built once for a set of words; `find` for
    each text."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({word for word in words if word}))
        self.ids = {word: i for i, word in enumerate(self.words)}
        # every occurrence, overlapping ones too (standard matching), in the order of their ends
        self._automaton = ahocorasick_rs.AhoCorasick(self.words) if self.words else None
        self._selections: dict[tuple[str, ...], tuple[frozenset[int], tuple[str, ...]]] = {}

    def selection(self, words: Iterable[str]) -> tuple[frozenset[int], tuple[str, ...]]:
        """The ids of those of the words the index holds and the words it does not hold; kept per list
        of words, as the steps ask for the same lists in every text."""
        key = words if isinstance(words, tuple) else tuple(words)
        known = self._selections.get(key)
        if known is None:
            known = self._selections[key] = (
                frozenset(self.ids[word] for word in key if word in self.ids),
                tuple(dict.fromkeys(word for word in key if word not in self.ids)),
            )
        return known

    def __reduce__(self) -> tuple[type[WordIndex], tuple[tuple[str, ...]]]:
        # the automaton cannot be pickled (rules that carry a built index may be): built anew from the words
        return WordIndex, (self.words,)

    def find(self, folded_text: str) -> WordHits:
        """Every occurrence of every word (overlapping ones too) in the folded text."""
        return WordHits(self, self._occurrences(folded_text), folded_text)

    def starts(self, folded_text: str) -> list[tuple[int, int]]:
        """(start, word id) of every occurrence, in the order of their ends: `find(...).inside(0, len)`
        without the bookkeeping a text's hits are read with (for a sentence read once)."""
        return [(start, word) for word, start, _ in self._occurrences(folded_text)]

    def _occurrences(self, folded_text: str) -> list[tuple[int, int, int]]:
        """(word id, start, end) of every occurrence, offsets in characters, in the order of their ends."""
        if self._automaton is None:
            return []
        try:
            return self._automaton.find_matches_as_indexes(folded_text, overlapping=True)
        except UnicodeEncodeError:
            # a lone surrogate (a JSON escape, '\\ud800') has no UTF-8, which the automaton reads: searched
            # with U+FFFD in its place, one character for one (offsets kept; no word holds either)
            return self._automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", folded_text), overlapping=True)


class WordHits:
    """The occurrences `WordIndex.find` reports for one text: (word id, start, end), in the order of
    their ends, as the automaton reports them."""

    def __init__(self, index: WordIndex, hits: list[tuple[int, int, int]], folded_text: str) -> None:
        self._index = index
        self._hits = hits
        self._folded = folded_text
        self._by_word: defaultdict[int, list[int]] | None = None
        self._ends: list[int] | None = None

    @property
    def folded_text(self) -> str:
        """The folded text these hits were found in (`fold` of the text): a step given the hits
        need not fold the text again."""
        return self._folded

    def starts_of(self, words: Iterable[str]) -> list[int]:
        """Where any of these words starts, ascending (a place two of them start at, once per word).
        A word the index does not hold is searched in the text (a caller's word that no one added to
        the index must not silently stand nowhere)."""
        by_word = self._starts_by_word()
        ids, unknown = self._index.selection(words)
        # the text's words or those asked for, whichever are fewer, looked up in the others (a text holds
        # a few dozen of the index's words; the unit heads asked for are a hundred)
        if len(by_word) < len(ids):
            starts = [at for word_id, found in by_word.items() if word_id in ids for at in found]
        else:
            starts = [at for word_id in ids if word_id in by_word for at in by_word[word_id]]
        for word in unknown:
            at = self._folded.find(word)
            while at >= 0:
                starts.append(at)
                at = self._folded.find(word, at + 1)
        return sorted(starts)

    def holds_any(self, words: Iterable[str]) -> bool:
        """Whether any of these words stands in the text: `starts_of(words)` is not empty, told by looking up
        the text's few words instead of listing where each of many stands."""
        ids, unknown = self._index.selection(words)
        return not ids.isdisjoint(self._starts_by_word()) or any(word in self._folded for word in unknown)

    def _starts_by_word(self) -> defaultdict[int, list[int]]:
        """Word id -> where it starts, ascending; built on first use."""
        if self._by_word is None:
            self._by_word = defaultdict(list)
            for word_id, start, _ in self._hits:
                self._by_word[word_id].append(start)
        return self._by_word

    def inside(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(start, word id) of each occurrence lying wholly in text[start:end]."""
        if self._ends is None:  # bisected without a key function: a Python call per probe otherwise
            self._ends = [last for _, _, last in self._hits]
        hits, ends = self._hits, self._ends
        # the occurrences ending in (start, end]: ends are exclusive
        for word, at, _ in hits[bisect_right(ends, start) : bisect_right(ends, end)]:
            if at >= start:
                yield at, word
