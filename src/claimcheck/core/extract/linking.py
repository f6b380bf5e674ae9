"""How the claims of a text relate: a price a move in its sentence carries (and the close a
completed session's move ended on), the same figure said twice, the claims of one sentence.

Run after every sentence's claims are made, since these relations look across claims.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from claimcheck.core.extract.sentences import summary_blocks
from claimcheck.core.kinds import STATEMENT_KINDS
from claimcheck.model import CURRENCIES, Claim, Published
from claimcheck.rules import Rules


def mark_repeats(claims: list[Claim], text: str, rules: Rules) -> None:
    """The same figure of the same metric, listing and time said twice is one claim: the first in the body
    is judged, a repeat of it names it and is not judged again. A summary list's figure said again
    in the body is the repeat (the body's words give its context)."""
    blocks = summary_blocks(text)

    def in_summary(claim: Claim) -> bool:
        return any(start <= claim.span[0] < end for start, end in blocks)

    first: dict[tuple[object, ...], Claim] = {}
    for claim in sorted(claims, key=lambda c: (in_summary(c), c.span[0])):
        if not claim.checkable or claim.value is None:
            continue
        reference = tuple(sorted((claim.reference or {}).items()))
        key = (claim.kind, claim.unit, claim.value, claim.value_high, claim.subject, claim.listing, reference)
        if key not in first:
            first[key] = claim
            continue
        claim.kind, claim.checkable = "repeat", False
        claim.scope_reason = rules.scope_reasons["repeat"]
        claim.repeat_of = first[key].id
        claim.notes.append(f"repeats '{first[key].quote}'")


# A completed move told in the past tense ('verlor 3,57 Prozent auf 148,60 HKD', 'fell 4% to $150')
_PAST_MOVE = re.compile(
    r"\b(?:verlor(?:en)?|fiel(?:en)?|sank(?:en)?|rutschten?|sackten?|büßten?|gab(?:en)?|stieg(?:en)?|gewann(?:en)?|"
    r"legten?|kletterten?|schossen?|sprang(?:en)?|zog(?:en)?|lag(?:en)?|beendeten?|fell|dropped|slid|sank|lost|"
    r"declined|tumbled|plunged|rose|gained|climbed|jumped|surged|soared|rallied|advanced|ended|finished|was)\b",
    re.IGNORECASE,
)


# The whole session's move named as such ('Mit einem Tagesgewinn von 1,8 % lag der Kurs bei ...')
_DAY_MOVE = re.compile(r"\b(?:Tages(?:gewinn|verlust|plus|minus|bilanz)\w*|on the day|for the day)\b", re.IGNORECASE)


# ... but not one caught during the session: a time of day, 'zuletzt', 'so far'
_DURING_SESSION = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}\s*(?:Uhr|a\.m\.|p\.m\.|am|pm)|zuletzt|bisher|derzeit|aktuell|momentan|zeitweise|"
    r"at the time of writing|currently|so far|by midday|at one point|intraday)\b",
    re.IGNORECASE,
)


def link_prices(
    claims: list[Claim],
    sentence: str = "",
    published: Published | None = None,
    rules: Rules | None = None,
    written_by: datetime | None = None,
) -> None:
    """Mark price claims carried by a move in the same sentence ('4,88 % auf 167,80 HKD'). A price
    a completed session's move ended on is that session's close: the move is told in the past tense
    and is the day's whole move ('Tagesgewinn') or on a session that had closed when the text was
    written, with no word placing it during the session."""
    moves = [c for c in claims if c.kind in ("day_change", "intraday_move", "open_move")]
    for claim in claims:
        if claim.kind in ("last_price", "amount") and moves and claim.unit in CURRENCIES:
            claim.kind = "intraday_price" if moves[0].kind == "intraday_move" else "last_price"
            if moves[0].kind == "day_change" and _completed_session(moves[0], sentence, published, rules, written_by):
                claim.kind = "close"
            claim.checkable = True
            claim.scope_reason = None


# A German text dated without a time of day is taken as written by midday in Berlin: Hong Kong's
# and Shanghai's sessions of that day have closed by then (09:00/10:00), New York's has not opened.
_GERMAN_MIDDAY = time(12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def written_by_of(published: Published, lang: str) -> datetime | None:
    """When a text was written at the latest, as far as its date and language tell."""
    if published.at is not None or published.date is None or lang != "de":
        return published.at
    return datetime.combine(published.date, _GERMAN_MIDDAY)


def _completed_session(
    move: Claim, sentence: str, published: Published | None, rules: Rules | None, written_by: datetime | None
) -> bool:
    if not _PAST_MOVE.search(sentence) or _DURING_SESSION.search(sentence):
        return False
    day = (move.reference or {}).get("date")
    if _DAY_MOVE.search(sentence):
        return True
    if day is None or published is None or published.date is None or move.time_source != "text":
        return False
    if date.fromisoformat(day) < published.date:
        return True
    listing = rules.listing(move.listing or "") if rules is not None else None
    if listing is None or written_by is None or date.fromisoformat(day) != published.date:
        return False
    # imported only here: measure loads pandas and the exchange calendars (about 1 s), needed
    # only to tell whether the publication day's session had closed when the text was written
    from claimcheck.core.measure import session_closed_by

    return session_closed_by(listing.calendar, date.fromisoformat(day), written_by)


def link_sentence_claims(claims: list[Claim]) -> None:
    """Each checkable claim with a number names the others of its sentence: the diagnosis checks a
    move against the price it ended on (`pipeline._check_linked_pairs`), the report lists them."""
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        if claim.checkable and claim.kind not in STATEMENT_KINDS:
            by_span.setdefault(claim.sentence_span, []).append(claim)
    for same in by_span.values():
        for claim in same:
            claim.linked = [c.id for c in same if c is not claim]
