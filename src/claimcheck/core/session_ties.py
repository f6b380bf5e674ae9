"""A day's low or high that names no day, told beside a move or price of the same listing that names none either
('Tencent fell 1.7 percent to HK$505.50 after trading as low as HK$495.20'): the sentence reports one session.

A figure naming no day is read on a window of sessions up to publication (`measure._days_named`), so that a true one
is never called wrong for a day it did not name. Read alone, the extreme then matched another session's low (Monday's
495.20 in Wednesday's report, whose own low was 502.00): a wrong figure let through. Where the figures beside it hold
on some sessions of that window, the extreme is of one of those: its readings of the other sessions only explain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from claimcheck.core.band import banded, claim_band, excess
from claimcheck.model import Claim, Measurement
from claimcheck.rules import Rules

_EXTREMES = {"day_low", "day_high"}
# the figures that fix the session: a move and a price of that session, stated without a hedge. Two at least, holding
# on the same sessions: one alone may be the stale figure (a move and a price that hold on different sessions say
# that one of them is wrong, not which; nor does one of them beside the extreme)
_REPORTS = {"day_change", "close", "last_price"}


def tie_extremes_to_reported_session(claims: list[Claim], found: dict[str, Measurement], rules: Rules) -> None:
    """Mark diagnostic the readings of an undated day's extreme on sessions where the undated figures of its sentence
    and listing (two at least) do not all hold, when they all hold on some session the extreme was read on."""
    groups: dict[tuple[tuple[int, int], str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.id in found and claim.listing and claim.time_source == "publication_default":
            groups[(claim.sentence_span, claim.listing)].append(claim)
    for (_, listing), group in groups.items():
        extremes = [c for c in group if c.kind in _EXTREMES]
        reports = [c for c in group if c.kind in _REPORTS and c.hedge is None and banded(c)]
        if not extremes or len(reports) < 2:
            continue
        held = set.intersection(*(_sessions_held(c, found[c.id], listing, rules) for c in reports))
        for extreme in extremes:
            _keep_sessions(found[extreme.id], listing, held)


def _sessions_held(claim: Claim, found: Measurement, listing: str, rules: Rules) -> set[str]:
    band = claim_band(claim, rules)
    return {
        r.session
        for r in found.readings
        if not r.diagnostic and r.listing in ("", listing) and r.session and excess(band, r) == 0.0
    }


def _keep_sessions(found: Measurement, listing: str, sessions: set[str]) -> None:
    own = [r for r in found.readings if not r.diagnostic and r.listing in ("", listing)]
    if not any(r.session in sessions for r in own) or all(r.session in sessions for r in own):
        return
    found.readings = [
        replace(r, diagnostic=True) if r in own and r.session not in sessions else r for r in found.readings
    ]
