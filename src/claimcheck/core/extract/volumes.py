"""What a trading volume counts (issue #13). Only one session's whole volume of a stock on the
venue its own words name is judged; any doubt leaves it unjudged, because a true figure called
wrong is the worst defect. Other readings the words say (volume_qualifiers.csv, one role a kind):
- `volume_subset`: part of a stock's trades or a whole market's ('Short-selling volume',
  'through Stock Connect', 'Am gesamten Markt'): out of scope (scope.csv);
- `volume_average`: an average day's ('wechselten dort täglich rund 19 Mio.', 'on average');
- `volume_partial`: part of a session ('Bis zum Mittag', 'so far', 'bis 11:30 Uhr'), or the
  publication day's session still open when the text was written ('Heute ...' at noon).
A figure whose sentence does not name the stock, or whose clause does not name the venue (a venue
taken from an earlier sentence, the home listing assumed, or one named for another figure: 'Volume
was 18.2 million shares, well below the 139 million traded in Hong Kong') stays a `volume` whose
listing is a guess: `attributed` says no, and the claim carries `kinds.VOLUME_UNATTRIBUTED`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claimcheck.core.extract.sentences import pattern_hits
from claimcheck.core.numbers import NumberMention
from claimcheck.core.sessions import session_closed_by
from claimcheck.model import Published
from claimcheck.rules import Company, Rules, Words

# A clause mark: a semicolon, or a comma before a space (not the decimal comma of '4,3 Mio.')
_CLAUSE_MARK = re.compile(r";|,(?=\s)")
_HEADING_WORDS = 6  # 'On average, ...', 'Bis zum Mittag, ...': a short adverbial heading the sentence


@lru_cache(maxsize=4)
def _roles(words: Words) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each role of volume_qualifiers.csv (in the table's order) as one pattern of whole words."""
    return tuple(
        (role, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE))
        for role, alternation in words.by_role.items()
    )


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The clause of sentence holding position `at`, between clause marks."""
    marks = [mark.start() for mark in _CLAUSE_MARK.finditer(sentence)]
    start = max((i + 1 for i in marks if i < at), default=0)
    end = min((i for i in marks if i >= at), default=len(sentence))
    return start, end


def _own_words(sentence: str, at: int) -> str:
    """The number's clause, and a short adverbial heading the sentence ('On average, about 18
    million shares ...'): the words that say what the figure counts."""
    start, end = _clause(sentence, at)
    if start == 0:
        return sentence[start:end]
    head = sentence[: _clause(sentence, 0)[1]]
    return (head if len(head.split()) <= _HEADING_WORDS else "") + " " + sentence[start:end]


@lru_cache(maxsize=4)
def _counted_shares(words: Words) -> re.Pattern[str]:
    """Right after a number, its multiplier and the shares it counts (volume_words.csv: '18,8 Millionen Stück',
    '4.3 million shares')."""
    return re.compile(rf"\s*(?:(?:{words['multiplier']})\s*)?(?:[\w-]+-)?(?:{words['shares']})\b", re.IGNORECASE)


def counted_in_shares(sentence: str, offset: int, m: NumberMention, rules: Rules) -> bool:
    """The number counts shares by its own words ('Mit 18,8 Millionen Stück war der Umsatz der niedrigste seit
    Wochen'): a trading volume, not a company's revenue the word 'Umsatz' names too."""
    return _counted_shares(rules.volume_words).match(sentence, m.end - offset) is not None


def qualified_kind(sentence: str, offset: int, m: NumberMention, rules: Rules) -> str | None:
    """The kind the volume's own words give it beyond 'volume' (subset, average, part of a
    session), or None."""
    words = _own_words(sentence, m.start - offset)
    return next((role for role, pattern in _roles(rules.volume_qualifiers) if pattern.search(words)), None)


def _is_count(other: NumberMention) -> bool:
    return other.unit is None and (other.scale != 1 or other.value >= 1000)


def _venue_named(sentence: str, offset: int, m: NumberMention, inside: list[NumberMention], rules: Rules) -> bool:
    """A venue word in the number's clause, or in another clause that holds no count of its own
    ('schloss in Hongkong bei 159,10 HKD, 138,8 Mio. Aktien wechselten den Besitzer'; not '..., well
    below the 139 million traded in Hong Kong')."""
    at = m.start - offset
    own = _clause(sentence, at)
    for start, _, _ in pattern_hits(sentence, rules.venues):
        clause = _clause(sentence, start)
        if clause == own:
            return True
        if not any(
            _is_count(other) and clause[0] <= other.start - offset < clause[1] for other in inside if other is not m
        ):
            return True
    return False


def attributed(
    sentence: str, offset: int, m: NumberMention, inside: list[NumberMention], company: Company, rules: Rules
) -> bool:
    """Whether the volume's sentence names its stock and its clause the stock's venue."""
    if not pattern_hits(sentence, ((company.pattern, company.name),)):
        return False
    return company.kind != "stock" or _venue_named(sentence, offset, m, inside, rules)


def session_open_when_written(rules: Rules, symbol: str | None, day: str | None, published: Published) -> bool:
    """Whether the listing's session of `day` had not closed when the text was written: a volume
    of it counts part of the session ('Bisher wurden heute ...'). Unknown times say no."""
    listing = rules.listing(symbol or "")
    if listing is None or day is None or published.at is None or published.date is None:
        return False
    if date.fromisoformat(day) < published.date:
        return False
    return not session_closed_by(listing.calendar, date.fromisoformat(day), published.at)
