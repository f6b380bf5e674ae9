"""The window a moving average's words name: '50-day', 'fifty day', '200-Tage-Linie', 'GD 200', 'SMA 50',
'EMA 20', and whether the average is exponential. Read only for the claims of a moving average's kind; the
words are moving_averages.csv."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.rules import Rules, Words

# A clause ends at a punctuation mark or a conjunction: 'trades 28% above its 50-day moving average and more than
# 55% above its 200-day average' names one window for each number
_CLAUSE_END = re.compile(r"[,;:()]|\s(?:and|but|while|whereas|und|aber|während|sowie|bzw\.)\s")


@dataclass(frozen=True)
class _Window:
    start: int
    end: int
    sessions: int
    exponential: bool


@lru_cache(maxsize=4)
def _patterns(words: Words) -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """The window's pattern (a count before a day word, or after a label), each count in words with its
    sessions, and the exponential words right before and right after a window."""
    counted = {role: int(role) for role in words.by_role if role.isdigit()}
    # (the leftmost count wins: 'two hundred' is found before the 'hundred' in it)
    count = "|".join([r"\d{1,3}", *(f"(?:{words[role]})" for role in counted)])
    window = re.compile(
        rf"\b(?:(?:{words['label']})\s?-?(?P<labelled>\d{{1,3}})\b|(?P<count>{count})[-\s](?:{words['days']})\b)",
        re.IGNORECASE,
    )
    exponential = words["exponential"]
    before = re.compile(rf"(?:{exponential})[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE)
    after = re.compile(rf"[\s-]+(?:[\w-]+[\s-]+)?(?:{exponential})\b", re.IGNORECASE)
    return window, counted, before, after


def _windows(sentence: str, rules: Rules) -> list[_Window]:
    window, counted, before, after = _patterns(rules.moving_averages)
    found = []
    for hit in window.finditer(sentence):
        written = hit["labelled"] or hit["count"]
        if written.isdigit():
            sessions = int(written)
        else:  # a count in words: the row whose words match it
            words = rules.moving_averages
            sessions = next(n for role, n in counted.items() if re.fullmatch(words[role], written, re.IGNORECASE))
        exponential = bool(
            re.match(rf"(?:{rules.moving_averages['exponential']})", hit.group(), re.IGNORECASE)
            or before.search(sentence, max(0, hit.start() - 40), hit.start())
            or after.match(sentence, hit.end())
        )
        if sessions > 1:
            found.append(_Window(hit.start(), hit.end(), sessions, exponential))
    return found


def average_named(sentence: str, start: int, end: int, level: bool, rules: Rules) -> tuple[int, bool] | None:
    """(sessions, exponential) of the moving average a number at start..end (in the sentence) is about, or None
    when its sentence names no window. A level takes the window named nearest before it ('a 50-day moving average
    of $165.88 and a 200-day moving average of $136.74': each its own); a distance the one after it in its clause
    ('28% above its 50-day moving average and more than 55% above its 200-day average'), else the one nearest
    before it ('Die 200-Tage-Linie verläuft bei 584,21 HKD, die Aktie notiert damit 10,6 % unter dem
    Durchschnitt')."""
    windows = _windows(sentence, rules)
    before = [w for w in windows if w.end <= start]
    clause = _CLAUSE_END.search(sentence, end)
    after = [w for w in windows if w.start >= end and (clause is None or w.start < clause.start())]
    nearest_before = before[-1:] if before else []
    chosen = (nearest_before or after[:1]) if level else (after[:1] or nearest_before)
    return (chosen[0].sessions, chosen[0].exponential) if chosen else None
