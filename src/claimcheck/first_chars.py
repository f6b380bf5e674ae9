"""A pattern that says up front which characters its matches can start with.

Python's regex engine skips ahead quickly only for patterns that start with a literal or a plain
character class; one that starts with '\\b', a lookbehind or an optional group is tried in full at
every position of the text. `with_first_chars` puts a class of the possible first characters in
front as a lookahead: it matches where the pattern matches and nowhere else (the lookahead only
restates a condition every match meets, and it is zero-width), yet most positions are rejected by
one character test. The rule patterns run many times over every sentence: 1.3 to 4 times faster.
A pattern the engine already skips ahead for (a literal, a class, or alternatives that each start
with a literal, first) is left as it is: a lookahead in front would hide its first characters from it.

The first characters are read from the pattern's parse tree (the standard library's own parser).
Anything this does not understand, a pattern that can match the empty string included, leaves
the pattern as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's regex parser; private, so its absence only costs the speed-up
    from re import _constants as _ops  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, preceded by a lookahead for the characters its matches can start with."""
    if _parser is None:
        return pattern  # pragma: no cover
    first: list[str] = []
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        if _led_already(items, pattern.flags):
            return pattern  # the engine skips ahead by its own first characters: a lookahead would stop it
        if _may_be_empty(items, first):
            return pattern  # an empty match starts with no character at all
        return re.compile(f"(?=[{''.join(first)}])(?:{pattern.pattern})", pattern.flags)
    except (_Unknown, re.error, RecursionError):
        return pattern


def _led_already(items: list[tuple[Any, Any]], flags: int) -> bool:
    """Whether the engine finds a pattern's first characters itself (its compiler looks for a
    literal, a class, or alternatives that each start with a literal, first in the pattern, through
    groups; letters only where case counts): it then skips ahead by them, faster than through the
    lookahead, which would hide them from it."""
    while items and items[0][0] is _ops.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3]
    if not items or flags & re.IGNORECASE:
        return False  # case-blind letters are not skipped by (the compiler's own rule, kept simple here)
    op, arg = items[0]
    if op in (_ops.LITERAL, _ops.IN):
        return True
    return op is _ops.BRANCH and all(alternative and alternative[0][0] is _ops.LITERAL for alternative in arg[1])


def _may_be_empty(items: list[tuple[Any, Any]], first: list[str]) -> bool:
    """Add to `first` what a match of this sequence can start with; True when the sequence can
    match without consuming a character (then what follows it can start the match as well)."""
    for op, arg in items:
        if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
            continue  # '\b', lookarounds: zero-width, the next item supplies the character
        if op is _ops.LITERAL:
            first.append(re.escape(chr(arg)))
            return False
        if op is _ops.IN:
            first.extend(_class_items(arg))
            return False
        if op is _ops.BRANCH:
            if not any([_may_be_empty(alternative, first) for alternative in arg[1]]):
                return False
        elif op is _ops.SUBPATTERN:
            if arg[1] or arg[2]:
                raise _Unknown("flags changed inside a group")
            if not _may_be_empty(arg[3], first):
                return False
        elif op is _ops.ATOMIC_GROUP:
            if not _may_be_empty(arg, first):
                return False
        elif op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT):
            least, _, item = arg
            if not _may_be_empty(item, first) and least > 0:
                return False
        else:
            raise _Unknown(op)  # any character, a back reference, ...
    return True


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    found = []
    for op, arg in items:
        if op is _ops.LITERAL:
            found.append(re.escape(chr(arg)))
        elif op is _ops.RANGE:
            found.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _ops.CATEGORY and str(arg) in _CATEGORIES:
            found.append(_CATEGORIES[str(arg)])
        else:
            raise _Unknown(op)  # a negated class, a negated category, ...
    return found


def literal_heads(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-cased text each match of a case-sensitive pattern starts with, one per alternative
    ('\\bHK:\\s?\\d{4,5}\\b|\\b[Aa]merican' -> 'hk:', 'american'), or None where some alternative
    has no such text or this cannot tell. Every match starts where one of them stands in the
    lower-cased text: `hits_at_heads` looks only there."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None  # pragma: no cover
    try:
        heads = _heads(list(_parser.parse(pattern.pattern, pattern.flags).data))
    except (_Unknown, re.error, RecursionError):
        return None
    if not all(heads):
        return None
    # a head another one starts is found where that one is: one search for both. In sorted order a head's
    # shortest such prefix is the last head kept before it (all between them start with it too)
    kept: list[str] = []
    for head in sorted(set(heads)):
        if not kept or not head.startswith(kept[-1]):
            kept.append(head)
    return tuple(kept)


def first_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased, the characters the matches of a case-sensitive pattern start with, where each is
    a literal character ('(?<![\\w.,])[-−]\\d' -> '-', '−'), or None where a range or a category may
    start one or this cannot tell: heads of one character each for a pattern without
    `literal_heads` (a class of several characters ends those)."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None  # pragma: no cover
    first: list[str] = []
    try:
        if _may_be_empty(_parser.parse(pattern.pattern, pattern.flags).data, first):
            return None
    except (_Unknown, re.error, RecursionError):
        return None
    # the class items as `_class_items` writes them: a character, escaped or not ('\\-'); a range
    # ('a-z') or a category ('\\d', a letter escaped) is no literal
    chars = [item[1] if len(item) == 2 and item[0] == "\\" and not item[1].isalnum() else item for item in first]
    lowered = {char.lower() for char in chars}
    return tuple(sorted(lowered)) if all(len(char) == 1 for char in (*chars, *lowered)) else None


_REPEATS = (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT) if _parser is not None else ()
_SHORT_HEAD = 4  # a head shorter than this is read on past an optional piece or a class (see `_heads`)
_FEW_CHARS = 4  # of a class of at most this many characters


def _heads(items: list[tuple[Any, Any]]) -> list[str]:
    """The literal prefixes with which a sequence's matches start, one per way through its branches."""
    prefix = ""
    for at, (op, arg) in enumerate(items):
        if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT) and not prefix:
            continue  # zero-width before the first character: the match itself checks it
        if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
            break  # a test inside the text a head would run on: leave it to the match
        if op is _ops.LITERAL:
            prefix += chr(arg).lower()
        elif op is _ops.IN and all(o is _ops.LITERAL for o, _ in arg):
            # '[Aa]' one character; '[mn]' of 'i[mn]' (how the parser writes 'im|in') a head for each after a
            # short prefix, as an optional piece is read on (a head 'i' stood at every 'i' of a text)
            chars = sorted({chr(a).lower() for _, a in arg})
            if len(chars) > 1 and (len(prefix) >= _SHORT_HEAD or len(chars) > _FEW_CHARS):
                break
            rest = items[at + 1 :]
            return [prefix + char + head for char in chars for head in _heads(rest)]
        elif op is _ops.SUBPATTERN and not (arg[1] or arg[2]):
            return [prefix + head for head in _heads(list(arg[3]) + items[at + 1 :])]
        elif op is _ops.BRANCH:
            rest = items[at + 1 :]
            return [prefix + head for alternative in arg[1] for head in _heads(list(alternative) + rest)]
        elif op in _REPEATS and arg[:2] == (0, 1) and len(prefix) < _SHORT_HEAD:
            # an optional piece right after a short prefix ('an?', '-?'): the heads with it and without it.
            # Ended there, the head 'a' of '\b(?:an?|the) ' stood at every 'a' of a text, three hits in five
            # of the text's one pass; 'a ' and 'an ' are rare. A longer prefix is rare enough as it is.
            rest = items[at + 1 :]
            return [prefix + head for head in (*_heads(list(arg[2]) + rest), *_heads(rest))]
        else:
            break  # the prefix ends: what follows is checked by the match
    return [prefix]


def hits_at_heads(pattern: re.Pattern[str], heads: tuple[str, ...], text: str, folded: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, found by matching only where one of its `literal_heads` stands in
    `folded` (the text lower-cased, offset for offset): a substring search for each head instead
    of trying the pattern at every position."""
    return hits_at_starts(pattern, head_starts(heads, folded), text)


def head_starts(heads: tuple[str, ...], folded: str) -> list[int]:
    """Where one of the heads starts in the folded text, in order."""
    starts: set[int] = set()
    for head in heads:
        at = folded.find(head)
        while at >= 0:
            starts.add(at)
            at = folded.find(head, at + 1)
    return sorted(starts)


def hits_at_starts(pattern: re.Pattern[str], starts: list[int], text: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)` where every match starts at one of `starts` (in order)."""
    hits: list[re.Match[str]] = []
    done = 0
    for start in starts:
        if start >= done and (hit := pattern.match(text, start)) is not None:
            hits.append(hit)
            done = hit.end()
    return hits


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match of a case-sensitive pattern holds ('\\b\\d+-day (?:average|line)'
    -> '-day '), or None where this cannot tell: a text holding none of them has no match. For a
    pattern without `literal_heads`, whose matches start with a digit or any letter. A text a lookahead
    requires counts too: it stands after the match's start, in the text searched ('(?<=\\d)\\s?-(?=\\s?\\d+ over the
    past)', a range's dash, is searched only in a text holding ' over the past', not at every dash)."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None  # pragma: no cover
    try:
        found = _required(list(_parser.parse(pattern.pattern, pattern.flags).data))
    except (_Unknown, re.error, RecursionError):
        return None
    if not found:
        return None
    return tuple(sorted(r for r in set(found) if not any(o != r and o in r for o in found)))


def lower_literals(pattern: str) -> str:
    """Lower-case a pattern's literal characters, leaving escapes such as \\b and \\s and named groups'
    syntax ('(?P<name>', '(?P=name)') alone."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith("(?P", i):
            out.append("(?P")
            i += 3
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def case_blind_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased, texts one of which every match of a case-blind pattern holds (`required_literals` of
    the pattern with its literals lower-cased), for a text lower-cased by `word_scan.fold`; None where this
    cannot tell."""
    try:
        lowered = re.compile(lower_literals(pattern.pattern), pattern.flags & ~re.IGNORECASE)
    except re.error:  # lower-casing broke the pattern's syntax ('(?P<name>' is no '(?p<name>')
        return None
    return required_literals(lowered)


def _required(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The most telling set of texts one of which every match of this sequence holds: of every item
    the sequence cannot do without (a run of literal characters, a group, a set of alternatives each
    holding one, a repeat at least once), the set whose shortest text is longest."""
    candidates: list[list[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        char = _one_char(op, arg)
        if char is not None:
            run += char
            continue
        if run:
            candidates.append([run])
            run = ""
        inner: list[str] | None = None
        if op is _ops.SUBPATTERN and not (arg[1] or arg[2]):
            inner = _required(list(arg[3]))
        elif op is _ops.BRANCH:
            each = [_required(list(alternative)) for alternative in arg[1]]
            inner = None if any(not e for e in each) else [text for e in each for text in e or ()]
        elif op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _required(list(arg[2]))
        elif op is _ops.ASSERT and arg[0] == 1:  # a lookahead (not a lookbehind: its text stands before the match)
            inner = _required(list(arg[1]))
        if inner:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda texts: (min(map(len, texts)), -len(texts)))


def _one_char(op: Any, arg: Any) -> str | None:
    """The one character a literal or a class of one character ('[vv]') matches."""
    if op is _ops.LITERAL:
        return chr(arg)
    if op is _ops.IN and all(o is _ops.LITERAL for o, _ in arg) and len({a for _, a in arg}) == 1:
        return chr(arg[0][1])
    return None
