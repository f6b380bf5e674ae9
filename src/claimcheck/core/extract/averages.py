"""The window a moving average's words name: '50-day', 'fifty day', '200-Tage-Linie', 'GD 200', 'SMA 50',
'EMA 20', and whether the average is exponential. Read only for the claims of a moving average's kind; the
words are moving_averages.csv."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.rules import Rules, Words


@dataclass(frozen=True)
class _Window:
    start: int
    end: int
    sessions: int
    exponential: bool


@dataclass(frozen=True)
class _Patterns:
    window: re.Pattern[str]  # a count before a day word ('50-day', 'fifty day'), or after a label ('GD 200')
    counts: tuple[tuple[re.Pattern[str], int], ...]  # each count in words, with its sessions
    exponential: re.Pattern[str]  # the words naming an exponential average ('EMA', 'exponential')
    before: re.Pattern[str]  # ... right before a window ('exponentielle 38-Tage-Linie')
    after: re.Pattern[str]  # ... right after it ('20-day exponential moving average')
    # a clause ends at a punctuation mark or a conjunction: 'trades 28% above its 50-day moving average and more
    # than 55% above its 200-day average' names one window for each number
    clause_end: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(words: Words) -> _Patterns:
    """The patterns around the words of moving_averages.csv."""
    counted = [role for role in words.by_role if role.isdigit()]
    # (the leftmost count wins: 'two hundred' is found before the 'hundred' in it)
    count = "|".join([r"\d{1,3}", *(f"(?:{words[role]})" for role in counted)])
    exponential = words["exponential"]
    return _Patterns(
        re.compile(
            rf"\b(?:(?:{words['label']})\s?-?(?P<labelled>\d{{1,3}})\b|(?P<count>{count})[-\s](?:{words['days']})\b)",
            re.IGNORECASE,
        ),
        tuple((re.compile(words[role], re.IGNORECASE), int(role)) for role in counted),
        re.compile(exponential, re.IGNORECASE),
        re.compile(rf"(?:{exponential})[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE),
        re.compile(rf"[\s-]+(?:[\w-]+[\s-]+)?(?:{exponential})\b", re.IGNORECASE),
        re.compile(rf"[,;:()]|\s(?:{words['clause_end']})\s"),
    )


def _windows(sentence: str, rules: Rules) -> list[_Window]:
    patterns = _patterns(rules.moving_averages)
    found = []
    for hit in patterns.window.finditer(sentence):
        written = hit["labelled"] or hit["count"]
        # a count in words: the sessions of the row whose words it is
        sessions = int(written) if written.isdigit() else next(n for p, n in patterns.counts if p.fullmatch(written))
        exponential = bool(
            patterns.exponential.match(hit.group())  # 'EMA 20'
            or patterns.before.search(sentence, max(0, hit.start() - 40), hit.start())
            or patterns.after.match(sentence, hit.end())
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
    clause = _patterns(rules.moving_averages).clause_end.search(sentence, end)
    after = [w for w in windows if w.start >= end and (clause is None or w.start < clause.start())]
    nearest_before = before[-1:] if before else []
    chosen = (nearest_before or after[:1]) if level else (after[:1] or nearest_before)
    return (chosen[0].sessions, chosen[0].exponential) if chosen else None
