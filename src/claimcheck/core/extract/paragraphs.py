"""Where a text's paragraphs begin, as its layout shows them.

A paragraph is a report of its own (a ticker entry, a wire's next item), so what its sentences
established (a session's end, a list's period, an entry's clock time) stops at its end. Texts part
paragraphs by blank lines; a page taken from the web often comes with none, one paragraph a line: a
text without a blank line parts them by its line breaks. A list's intro ('Die Schlusskurse:', 'How
the ADRs fared this week:') goes on into the items under it, also where blank lines stand between them.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")
# a list item: led by a bullet, or by a label and its colon ('Alibaba (BABA): $135.58, up 0.4%', 'Hang Seng:
# 27.287,12 Punkte'); not a clock time ('10:05 a.m.: ...' leads a ticker entry)
# a list's item written as a sentence on a line of its own is short: a wire's 'The Nasdaq 100 rose 352 points, or
# 1.4%, to 25,329.04.' (a paragraph of prose runs longer, or on more lines)
_ITEM_LINE_CHARS = 90
_ITEM = re.compile(r"[ \t]*(?:[-–•*·▪][ \t]|(?!\d{1,2}[:.]\d\d)[^\n:]{1,60}:[ \t])")


class Paragraphs:
    """The paragraph breaks of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK

    def begins(self, previous_end: int, start: int, in_list: bool) -> bool:
        """Whether the sentence at `start` opens a new paragraph after the sentence ending at
        `previous_end`; `in_list`: a sentence of the paragraph ended with a colon (a list's intro)."""
        if self.text.find("\n", previous_end, start) == -1 or not self.breaks.search(self.text, previous_end, start):
            return False  # (most sentences follow the one before on its line: no pattern asked)
        if opens_list(self.text, previous_end):
            return False  # the first item under its intro
        if not in_list:
            return True
        line = self.text.rfind("\n", 0, start) + 1
        return not (_ITEM.match(self.text, line) or self._one_line_items(previous_end, line))

    def _one_line_items(self, previous_end: int, line: int) -> bool:
        """A wire's list of one-line sentences under its intro, a blank line between them ('For the week:' then
        'The Nasdaq composite is up 266.01 points, or 1.2%.' and 'Nvidia is up $5.74, or 3%.'): the line at `line`
        and the item before it, ending at `previous_end`, each a short paragraph of one line and one sentence."""
        text = self.text
        end = text.find("\n", line)
        end = len(text) if end == -1 else end
        before = text.rfind("\n", 0, previous_end) + 1
        return all(
            to - at <= _ITEM_LINE_CHARS and ". " not in text[at:to] and text[at:to].rstrip().endswith(".")
            for at, to in ((line, end), (before, previous_end))
        )


def ends_with_colon(text: str, end: int) -> bool:
    """`text[:end].rstrip().endswith(":")` without copying the text before `end` (once a paragraph:
    quadratic on a long text)."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == ":"


# a bulleted item opening the line right after a heading ('So lief die Woche' then '- DAX: minus 4,6 Prozent')
_BULLET_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*[-–•*·▪][ \t]")


def opens_list(text: str, end: int) -> bool:
    """The sentence ending at `end` is a list's intro: it ends with its colon ('Die Schlusskurse:'), or it is
    a heading, a line ending on no punctuation, with a bulleted item on the line right after it ('Rückblick:
    So lief die Woche' over '- DAX: minus 4,6 Prozent')."""
    if ends_with_colon(text, end):
        return True
    at = end
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in ')»«"“”') and bool(_BULLET_NEXT_LINE.match(text, at))


# a movers list's item led by its company's name and a dash ('Nvidia — Shares of the chipmaker slid 2.6%', 'Alibaba,
# Baidu – U.S.-listed shares ...'): each item a report of its own
_DASH_ITEM = re.compile(r"[ \t]*[^\n—–:.]{1,60}?[ \t][—–][ \t]")


def opens_dash_item(text: str, start: int) -> bool:
    """The line at `start` opens a movers list's item: a name of up to 60 characters, then a dash between blanks."""
    return _DASH_ITEM.match(text, start) is not None


# an item of a section on single stocks led by the stock's name and a colon ('Baidu: Die ADRs verloren 7,9 Prozent',
# 'Alibaba (BABA): Shares fell 7.1% on Thursday'): the label's end, where the item's text starts
_LABEL = re.compile(r"[ \t]*[^\W\d][^\n:.]{0,40}?:[ \t]")


def item_label_end(text: str, start: int) -> int | None:
    """Where the label of a paragraph opening 'Name: ...' ends (None: no such label); whether the label names a stock
    is the caller's to tell."""
    label = _LABEL.match(text, start)
    return label.end() if label is not None else None
