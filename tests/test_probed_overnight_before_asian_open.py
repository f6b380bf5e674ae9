"""Probes (reviewfix): 'overnight' told of Hong Kong names that day's own session only if the text was written after
that session could have traded: a text stamped that day before Hong Kong opened (a European night desk at 01:15 CET)
can only mean the session before (timing._ended_overnight). A stamp while Hong Kong trades, or after its close, keeps
that day's session, as does a text without a time of writing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules

# seeds/quotes/^HSI.csv: 2026-03-04 -2.013 %, 2026-03-03 -1.120 %
TEXT = "Futures point to a weaker start in Frankfurt. Overnight, the Hang Seng Index lost 1.1%."


def _move(hour: int, minute: int) -> Claim:
    published = Published(date(2026, 3, 4), "manifest", at=datetime(2026, 3, 4, hour, minute, tzinfo=UTC))
    claims, _ = extract_claims(TEXT, published, load_rules())
    return next(c for c in claims if c.quote == "1.1")


def test_stamped_before_hong_kong_opened_is_the_session_before() -> None:
    claim = _move(0, 15)
    assert (claim.listing, claim.reference) == ("^HSI", {"date": "2026-03-03"})


def test_stamped_after_hong_kong_closed_is_that_days_session() -> None:
    claim = _move(9, 30)
    assert (claim.listing, claim.reference) == ("^HSI", {"date": "2026-03-04"})
