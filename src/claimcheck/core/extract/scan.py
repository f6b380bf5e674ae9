"""Every literal word the extraction looks for in a text, found in one pass.

The cue rows' literal heads (and, for a row without heads, the texts one of which its matches
hold), the venue patterns' heads, the words of a relative day, of a statement and of a close
announcement, the first letters of the units a number word may stand before and of the companies'
aliases, the heads of a ratio written in words, a summary list's heading words, a day referred
back to, the decimal digits but 0-9: one `WordIndex` (Aho-Corasick) over all of them, built once
per rules, and one pass over each folded text. A sentence then reads its slice of the hits: which
cue rows may match it and where, which venue, day or statement words it holds. What the steps
decide from that is theirs; this module only says where to look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.core.dates import RELATIVE_DAY_WORDS
from claimcheck.core.extract.linking import close_announcement_words
from claimcheck.core.extract.metrics import CueRows
from claimcheck.core.extract.sentences import SUMMARY_HEADING_WORDS
from claimcheck.core.extract.statements import StatementWords
from claimcheck.core.extract.timing import day_anaphor
from claimcheck.core.numbers import other_digits, ratio_heads, unit_heads
from claimcheck.first_chars import literal_heads, required_literals
from claimcheck.rules import Rules
from claimcheck.word_scan import WordHits, WordIndex, WordPositions, fold, prefix_tree


@dataclass(frozen=True)
class _Vocabulary:
    # the cue rows' literal heads and required texts; the venue heads and the words of a relative
    # day, a statement, a close announcement
    index: WordIndex
    # word id -> the cue rows it is a literal head of, and the cue rows without heads (searched with
    # their pattern) one of whose texts every match holds (`first_chars.required_literals`), the word
    # among them; only the words of some cue row
    cue_rows_of: dict[int, tuple[tuple[int, ...], tuple[int, ...]]]
    anywhere: frozenset[int]  # cue rows without heads or required texts: searched in every sentence
    # per cue row, `Cue.may_occur_in` as one search: any of its words in the folded sentence (None: always);
    # read for the rows without heads
    may_occur: tuple[re.Pattern[str] | None, ...]


def _vocabulary(rules: Rules) -> _Vocabulary:
    # every row's heads, however many: one pass finds them all at once, so the cap of Rules.cue_heads
    # (a row of many heads searched with its own pattern when each head costs a substring search)
    # does not apply here
    heads = [literal_heads(cue.folded) for cue in rules.cues]
    required = {row: required_literals(rules.cues[row].folded) for row, row_heads in enumerate(heads) if not row_heads}
    index = WordIndex(
        [
            *(head for row in heads for head in row or ()),
            *(text for texts in required.values() for text in texts or ()),
            *(head for row in rules.venue_heads for head in row or ()),
            *RELATIVE_DAY_WORDS,
            *close_announcement_words(rules),
            *StatementWords.words(rules),
            *unit_heads(rules),
            *(head for heads in ratio_heads(rules) for head in heads or ()),
            *other_digits(),
            *rules.company_heads,
            *SUMMARY_HEADING_WORDS,
            *rules.derived(anaphor_heads),
            *rules.derived(derivative_heads),
            *rules.epithet_words,
        ]
    )
    head_rows: dict[int, list[int]] = {}
    for row, row_heads in enumerate(heads):
        for head in set(row_heads or ()):
            head_rows.setdefault(index.ids[head], []).append(row)
    required_rows: dict[int, list[int]] = {}
    for row, texts in required.items():
        for text in set(texts or ()):
            required_rows.setdefault(index.ids[text], []).append(row)
    return _Vocabulary(
        index=index,
        cue_rows_of={
            word: (tuple(head_rows.get(word, ())), tuple(required_rows.get(word, ())))
            for word in head_rows.keys() | required_rows.keys()
        },
        anywhere=frozenset(row for row, texts in required.items() if not texts),
        may_occur=tuple(
            re.compile(prefix_tree(sorted(set(cue.words)))) if cue.words and "" not in cue.words else None
            for cue in rules.cues
        ),
    )


def derivative_heads(rules: Rules) -> tuple[str, ...]:
    """Lower-cased, the words naming a derivative product (share_words.csv derivative: 'Knock-out',
    'Optionsschein', 'Zertifikat'), each a plain word found where it starts, also inside a compound
    ('Faktor-Zertifikat')."""
    words = rules.share_words.by_role.get("derivative", "")
    return tuple(sorted({word.lower() for word in words.split("|") if word}))


def anaphor_heads(rules: Rules) -> tuple[str, ...]:
    """Lower-cased, the texts a day referred back to ('an diesem Tag', 'on that day': `timing.day_anaphor`)
    starts with, as the case-blind pattern reads them in the lower-cased text (`literal_heads` of its
    source read with case); ('',) where they cannot be told: then every sentence may hold one."""
    return literal_heads(re.compile(day_anaphor(rules.day_links).pattern)) or ("",)


class TextScan:
    """One text's words, found once: where each word the steps look for stands. Without a folded
    text (lower-casing moves offsets, `word_scan.fold`) nothing is found and every step looks for
    itself."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.folded = fold(text)
        self._vocabulary = rules.derived(_vocabulary)
        self.hits: WordHits | None = None if self.folded is None else self._vocabulary.index.find(self.folded)

    def positions(self, words: tuple[str, ...]) -> WordPositions:
        """Where any of these words starts in the text (a word not in the index is searched for)."""
        return WordPositions(self.folded, words, self.hits)

    def alias_starts(self, rules: Rules) -> list[int] | None:
        """Where a company alias may start (`Rules.company_heads`), ascending; None where that is
        not known."""
        if self.hits is None or not rules.company_heads:
            return None
        return sorted(set(self.hits.starts_of(rules.company_heads)))

    def cue_rows(self, start: int, end: int) -> CueRows | None:
        """The cue rows that may match the sentence text[start:end], in the table's order, each with
        where its literal heads start in the sentence, or None for a row whose heads cannot be told,
        kept only if one of its words stands in the sentence (`Cue.may_occur_in`; `cue_hits` tests
        that for a row with heads once it matched). None without a folded text."""
        if self.folded is None or self.hits is None:
            return None
        vocabulary = self._vocabulary
        starts: dict[int, list[int]] = {}
        searched = set(vocabulary.anywhere)  # rows without heads that may match here
        for at, word in self.hits.inside(start, end):
            rows = vocabulary.cue_rows_of.get(word)
            if rows is None:
                continue  # most words of a sentence are another step's: a venue's, a day's, a name's
            head_rows, required_rows = rows
            for row in head_rows:
                starts.setdefault(row, []).append(at - start)
            searched.update(required_rows)
        if not searched:
            return [(row, sorted(starts[row])) for row in sorted(starts)]
        sentence = self.folded[start:end]
        may_occur = vocabulary.may_occur
        return [
            (row, sorted(starts[row]) if row in starts else None)
            for row in sorted(starts.keys() | searched)
            # a row with heads here is tested for its words only once it matched (`cue_hits`): most don't
            if row in starts or (words := may_occur[row]) is None or words.search(sentence) is not None
        ]
