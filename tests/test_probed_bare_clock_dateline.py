"""A dateline whose clock names no zone ('March 10, 2026 1:05 PM', 'Feb 26, 2026 at 1:52PM', as US sites stamp) is
read in the zone of the venue whose ticker the opening names first ('Alibaba Group Holding Ltd (NYSE:BABA)'):
the time of writing, so a period's move told then ends at the price the text gives for that moment, and a distance
from that price is of that moment only (`extract._written_by_bare_clock`, `measure._days_named`). Such stamps had given
no time of writing: the figures were read on the close. A text naming no ticker keeps no time. Sentences written for
the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.dates import bare_clock
from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules
from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/BABA.csv: 2025-12-31 close 146.58; 2026-03-10 range 134.56 .. 139.22, close 136.85. At $137.40, the
# price the text gives at 1:05 PM ET: 137.40 / 146.58 - 1 = -6.26 % for the year (the close: -6.64 %); 52-week low
# 2025-04-09 (BABA low 95.73): 137.40 / 95.73 - 1 = +43.53 %
HEAD = "Why Is Alibaba Stock Trading Higher Today?\n\nby A Staff Writer\nMarch 10, 2026 1:05 PM | 2 min read\n\n"
BODY = (
    "Alibaba Group Holding Ltd (NYSE:BABA) shares were up 3.6% at $137.40 at the time of writing Tuesday. The stock is"
    " down about {ytd}% year to date."
)


def test_a_bare_clock_is_read_in_the_zone_of_the_first_ticker() -> None:
    assert bare_clock(HEAD, date(2026, 3, 10)) == (13, 5)
    assert bare_clock("Feb 26, 2026 at 1:52PM\n\nKey Points", date(2026, 2, 26)) == (13, 52)
    assert bare_clock("March 10, 2026 1:05 PM ET", date(2026, 3, 10)) is None  # a zone named: the stamp's own
    claim = claims_by_quote(HEAD + BODY.format(ytd="6.3"), date(2026, 3, 10))["6.3"]
    assert claim.kind == "ytd_return" and claim.open_session_day == "2026-03-10" and claim.moved_to == 137.40


def test_a_period_told_at_a_bare_clocks_moment_ends_at_the_price_given(tmp_path: Path) -> None:
    # 'about 6.3%': the price of the moment's -6.26 % holds; the close's -6.64 % would be 0.34 pp off
    text = HEAD + BODY.format(ytd="6.3")
    assert verdicts_by_quote(tmp_path, text, "2026-03-10")["6.3"] == "accurate"
    # (the close before, 2026-03-09 132.64: -9.51 %, stays a reading of a period told during the session; 12 % is none)
    assert verdicts_by_quote(tmp_path, HEAD + BODY.format(ytd="12"), "2026-03-10")["12"] == "wrong"


def test_a_text_naming_no_ticker_keeps_no_time() -> None:
    published = Published(date(2026, 2, 24), "option")
    notes: list[str] = []
    text = "Tuesday, February 24, 2026 12:15 PM\n\nTencent fell 3.1 percent to HK$521.50."
    extract_claims(text, published, load_rules(), notes=notes)
    assert not any("names no zone" in note for note in notes)
    extract_claims(HEAD + BODY.format(ytd="6.3"), Published(date(2026, 3, 10), "option"), load_rules(), notes=notes)
    assert any("read in America/New_York" in note for note in notes)


def test_premarket_figures_of_a_morning_stamp_are_the_publication_days() -> None:
    # 8:12 AM in New York: the premarket trading the text reports leads to that day's session (never judged: no
    # premarket quotes are held); a German morning's look back at 04:15 New York time keeps the session before
    text = (
        "Big Stocks Moving Higher In Tuesday's Pre-Market Session\n\nMarch 24, 2026 8:12 AM | 2 min read\n\n"
        "- Alibaba Group Holding Limited (NYSE:BABA) shares rose 1.9% to $128.45 in pre-market trading."
    )
    claims = claims_by_quote(text, date(2026, 3, 24))
    assert claims["1.9"].kind == "premarket" and claims["1.9"].reference == {"date": "2026-03-24"}
