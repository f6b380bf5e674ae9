"""Rules added after trying the thirty-sixth English batch of written articles as an editor would (tests/golden/articles
en222: a Seeking Alpha-style news brief with bullets on Baidu's earnings-day slide of 26 February 2026; en223: an
Investopedia-style 'Markets News' live page of 3 March 2026 with time-stamped entries on the Nasdaq, the Hang Seng, the
DAX and a few stocks, its newest entry first). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a live page's entry: its title, then its stamp alone on the next line, 'PM' in capitals ------------------------

_LIVE_PAGE = """Markets Today, March 5, 2026: Stocks Slip

By Staff
Updated March 05, 2026 04:30 PM EST

Alibaba Extends Slide
11:05 AM EST
Alibaba's ADRs fell 3.0% to $129.28 in late-morning trading.
"""


def test_stamp_under_an_entry_title_dates_the_entry_to_its_moment(tmp_path: Path) -> None:
    # BABA 2026-03-05: range 128.60 .. 131.635, close 130.35; the 2026-03-04 close 133.27. At 11:05 AM EST the session
    # traded: 129.28 / 133.27 - 1 = -2.99 %, the move to the price told. Read as of the page's update (4:30 PM EST,
    # after the close) the move was the whole session's, 130.35 / 133.27 - 1 = -2.19 %, and 3.0 was called wrong
    claims = _claims(_LIVE_PAGE, date(2026, 3, 5))
    assert claims["3.0"].reference == {"date": "2026-03-05"}
    verdicts = verdicts_by_quote(tmp_path, _LIVE_PAGE, "2026-03-05")
    assert verdicts["3.0"] == "accurate" and verdicts["129.28"] == "accurate"
    # the day's low 128.60 / 133.27 - 1 = -3.50 %: a fall of 4.5 % lies beyond the session's whole range
    altered = _LIVE_PAGE.replace("3.0%", "4.5%")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-05")["4.5"] == "wrong"


_PRE_OPEN_ENTRY = """Markets Today, March 10, 2026: Stocks Rebound

By Staff
Updated March 10, 2026 04:20 PM EDT

Before The Bell
09:00 AM EDT
Baidu's ADRs have lost about 17% over the past month.
"""


def test_period_in_an_entry_written_before_the_open_ends_at_the_last_close_only(tmp_path: Path) -> None:
    # written at 09:00 AM EDT on Tuesday 2026-03-10, before New York opened: as of Monday's close, BIDU 2026-03-09
    # 122.48 vs the 2026-02-09 close 146.97 = -16.66 % ('about 17'); not any of the five sessions up to it (on
    # 2026-03-03, 118.71 vs 144.86 on 2026-02-03: -18.05 %)
    claims = _claims(_PRE_OPEN_ENTRY, date(2026, 3, 10))
    assert claims["17"].reference == {"start": "2026-02-09", "end": "2026-03-09"}
    assert verdicts_by_quote(tmp_path, _PRE_OPEN_ENTRY, "2026-03-10")["17"] == "accurate"
    altered = _PRE_OPEN_ENTRY.replace("about 17%", "about 18%")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-10")["18"] != "accurate"


def test_price_in_an_entry_written_while_its_session_traded_is_that_sessions(tmp_path: Path) -> None:
    # BABA 2026-03-05 at 11:05 AM EST: 129.28 lies in the day's range 128.60 .. 131.635 (accurate, above). $133.10 lies
    # above it, inside the session before's range (2026-03-04: 132.72 .. 135.117), which a day carried from an earlier
    # sentence permits but an entry written while the session traded does not
    altered = _LIVE_PAGE.replace("fell 3.0% to $129.28", "fell 3.0% to $133.10")
    claims = _claims(altered, date(2026, 3, 5))
    assert claims["133.10"].kind == "last_price" and claims["133.10"].reference == {"date": "2026-03-05"}
    assert verdicts_by_quote(tmp_path, altered, "2026-03-05")["133.10"] == "wrong"


# --- 'a score of 3.21 out of 5': a rating's score is no market figure ----------------------------------------------


def test_rating_score_out_of_five_is_not_a_price(tmp_path: Path) -> None:
    # BABA close 2026-03-03 135.59 (the 2026-03-02 close 142.56: -4.89 %)
    text = "Alibaba (BABA) fell 4.9% to $135.59 on Tuesday. Its quant rating sits at a score of 4.12 out of 5."
    claims = _claims(text, date(2026, 3, 4))
    assert claims["4.12"].kind == "count" and not claims["4.12"].checkable
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-04")
    assert verdicts["4.12"] == "out_of_scope" and verdicts["135.59"] == "accurate"
    altered = text.replace("$135.59", "$145.59")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-04")["145.59"] == "wrong"


# --- ', while Tencent slipped 0.7%': a clause set against a 52-week extreme tells a move of its own -----------------


def test_move_in_a_contrast_clause_after_a_52_week_low_is_no_distance_to_it(tmp_path: Path) -> None:
    # 3690.HK 2026-03-03: low 75.35, the lowest low of the 52 weeks; close 75.65 (the 2026-03-02 close 77.40: -2.26 %)
    # BIDU 2026-03-03: close 118.71, the 2026-03-02 close 123.56: -3.93 %
    text = (
        "Meituan (3690.HK) fell 2.3% to HK$75.65 on Tuesday after touching a fresh 52-week low of HK$75.35, while "
        "Baidu (BIDU) slid 3.9% to $118.71 in New York."
    )
    claims = _claims(text, date(2026, 3, 4))
    assert claims["3.9"].kind == "day_change" and claims["118.71"].kind in ("close", "last_price")
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-04")
    assert verdicts["3.9"] == "accurate" and verdicts["118.71"] == "accurate" and verdicts["75.35"] == "accurate"
    altered = text.replace("slid 3.9%", "slid 6.9%")
    assert verdicts_by_quote(tmp_path, altered, "2026-03-04")["6.9"] == "wrong"


# --- 'the 52-week low of $74.71 it touched in April': the extreme's words lead into the price ------------------------


def test_price_the_52_week_low_leads_into_is_that_low_whatever_the_month_after_it(tmp_path: Path) -> None:
    # BIDU: the lowest low of the 52 weeks to 2026-02-26 is 74.71 (2025-04-09); April 2025 traded 74.71 .. 92.71
    text = "Baidu's ADRs closed at $125.15 on Thursday, far above the 52-week low of $74.71 they touched in April."
    claims = _claims(text, date(2026, 2, 26))
    assert claims["74.71"].kind == "low_52w"
    assert verdicts_by_quote(tmp_path, text, "2026-02-26")["74.71"] == "accurate"
    # $84.71 traded in April (read as a price of April it passed), but it is no 52-week low
    altered = text.replace("$74.71", "$84.71")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-26")["84.71"] == "wrong"
