"""A day's move told under a stamp whose date the reader carries as the day in play ('Jan 21, 2026, 3:12 PM ET', then
'Shares of Baidu jumped 7.9% in the afternoon session') names no day of its own: the day is publication's, its
session trading when the text was written, so the move is one of that moment (`intraday_move`, judged on the range
so far), as a move naming no day at all under such a stamp already was. Before, it stayed the finished session's
`day_change`. A move whose own words name the day, or told after the session closed, is not touched."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from claimcheck.pipeline import load_rules

NEW_YORK = ZoneInfo("America/New_York")


def _claims(text: str, written: datetime) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(written.date(), "manifest", at=written), load_rules())
    return {c.quote: c for c in claims}


# seeds/quotes/BIDU.csv: 2026-01-21 range 158.02..163.68 on 2026-01-20's close 150.02 (+5.33 .. +9.11 %)
TEXT = (
    "Why Baidu Stock Is Up Today\n\nMarket Desk | January 21, 2026, {clock}\n\n"
    "Shares of the search company Baidu (NASDAQ:BIDU) jumped {x}% in the afternoon session after an AI update."
)


def test_a_move_under_a_stamp_during_the_session_is_of_the_moment() -> None:
    written = datetime(2026, 1, 21, 14, 40, tzinfo=NEW_YORK)
    claim = _claims(TEXT.format(clock="2:40 PM ET", x="7.6"), written)["7.6"]
    assert (claim.kind, claim.listing, claim.reference) == ("intraday_move", "BIDU", {"date": "2026-01-21"})


def test_a_move_under_a_stamp_after_the_close_stays_the_sessions() -> None:
    written = datetime(2026, 1, 21, 17, 40, tzinfo=NEW_YORK)
    claim = _claims(TEXT.format(clock="5:40 PM ET", x="8.2"), written)["8.2"]
    assert claim.kind == "day_change"


def test_an_earlier_day_carried_is_not_made_a_move_of_the_moment() -> None:
    written = datetime(2026, 1, 21, 14, 40, tzinfo=NEW_YORK)
    text = "Baidu's ADRs fell 3.8% on Thursday, January 8. The shares also lost 1.2% in late trading."
    claim = _claims(text, written)["1.2"]
    assert claim.kind != "intraday_move"
