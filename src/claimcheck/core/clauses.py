"""Where a clause of a sentence begins and ends, for the break marks a caller counts as ending one."""

from __future__ import annotations

import re


def clause_bounds(sentence: str, at: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The start and end of the clause holding offset `at`: from the end of the last break before it to the start of
    the first break from it on, or to the sentence's own ends. Callers differ in what breaks a clause (a comma alone,
    or also a dash or 'and'), so each gives its marks."""
    start = max((mark.end() for mark in breaks.finditer(sentence, 0, at)), default=0)
    following = breaks.search(sentence, at)
    return start, following.start() if following else len(sentence)
