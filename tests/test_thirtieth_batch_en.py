"""Rules added after trying the thirtieth batch of written English articles as an editor would (tests/golden/articles
en193..en196: an Axios Markets newsletter item, a WSJ markets wrap of Asia and the US, a Simply Wall St note with
returns over a week, a month and a year and a valuation table, an RTHK business bulletin). Each sentence here is
written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the month a record close was set in ('its record close set in late October') dates that extreme only, not the
# year's move told before it in the sentence ---

# NVDA close 2026-03-06 177.81 vs 2026-03-05 183.33 = -3.01 %; vs 2025-12-31 close 186.50 = -4.66 %; vs the record
# close 207.04 (2025-10-29) = -14.12 %
_RECORD_CLOSE_SET_IN = (
    "Nvidia slid 3% on Friday to $177.81. The shares have lost {ytd}% this year and trade 14% below the record "
    "close set in late October."
)


def test_a_record_close_set_in_a_month_dates_only_that_extreme() -> None:
    claims = _claims(_RECORD_CLOSE_SET_IN.format(ytd="4.7"), date(2026, 3, 6))
    assert claims["4.7"].kind == "ytd_return"
    assert claims["4.7"].reference == {"start": "2026-01-01", "end": "2026-03-06"}
    assert claims["14"].reference == {"date": "2026-03-06"}


def test_a_record_close_set_in_a_month_leaves_the_years_move_checkable(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _RECORD_CLOSE_SET_IN.format(ytd="4.7"), "2026-03-06")
    assert verdicts["4.7"] == "accurate" and verdicts["14"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _RECORD_CLOSE_SET_IN.format(ytd="9.7"), "2026-03-06")
    assert altered["9.7"] == "wrong"
