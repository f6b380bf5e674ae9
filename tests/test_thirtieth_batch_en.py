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


# --- a company named as the peer the stock is compared with ('Its rival Alibaba ...', 'their peer', 'sein
# Konkurrent'; subject_words.csv peer) is an aside: 'the stock' of the next sentence is still the one in play ---

# 9888.HK close 2025-10-27 125.10 vs 2025-10-24 117.80 = +6.20 %, vs 2024-12-31 close 82.70 = +51.27 %; 9988.HK close
# 2025-10-27 173.60 vs 168.30 = +3.15 % (its year: vs 82.85 = +109.5 %, which '51' would be called wrong on)
_PEER_ASIDE = (
    "Baidu jumped 6.2% to HK$125.10 on Monday. Its rival Alibaba rose 3.1% to HK$173.60.\n\n"
    "The stock is now up more than {ytd}% this year."
)


def test_a_peer_named_for_comparison_does_not_become_the_stock() -> None:
    claims = _claims(_PEER_ASIDE.format(ytd="51"), date(2025, 10, 27))
    assert claims["173.60"].listing == "9988.HK"
    assert claims["51"].kind == "ytd_return" and claims["51"].listing == "9888.HK"
    plain = _claims(_PEER_ASIDE.format(ytd="51").replace("Its rival Alibaba", "Alibaba"), date(2025, 10, 27))
    assert plain["51"].listing == "9988.HK"  # without the peer word, the stock last named


def test_a_peer_named_for_comparison_leaves_the_stocks_year_checkable(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _PEER_ASIDE.format(ytd="51"), "2025-10-27")
    assert verdicts["51"] == "accurate" and verdicts["173.60"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _PEER_ASIDE.format(ytd="91"), "2025-10-27")
    assert altered["91"] == "wrong"


# --- a level written with its thousands grouped and no currency, in a sentence naming no subject after the index's
# ('But it is still 3.7% below the high of 28,056.10 it hit on January 29'), is the index's, not a price of the stock
# in play ---

# ^HSI close 2026-02-09 27027.16 vs 2026-02-06 26559.95 = +1.76 %; vs 2025-12-31 25630.54 = +5.45 %; high 2026-01-29
# 28056.10 (27027.16 vs it = -3.67 %); 0700.HK close 2026-02-09 560.0 vs 547.5 = +2.28 %
_INDEX_LEVEL_AFTER_STOCK = (
    "The Hang Seng Index jumped 1.8% to 27,027.16 on Monday. Tencent rose 2.3% to HK$560. The benchmark is up 5.4% "
    "this year. But it is still 3.7% below the high of {high} it hit on January 29."
)


def test_a_grouped_level_without_currency_goes_on_with_the_index() -> None:
    claims = _claims(_INDEX_LEVEL_AFTER_STOCK.format(high="28,056.10"), date(2026, 2, 9))
    assert claims["560"].listing == "0700.HK"
    assert claims["28,056.10"].listing == "^HSI" and claims["28,056.10"].kind == "index_level"


def test_a_grouped_level_without_currency_is_checked_on_the_index(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _INDEX_LEVEL_AFTER_STOCK.format(high="28,056.10"), "2026-02-09")
    assert verdicts["28,056.10"] == "accurate" and verdicts["560"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _INDEX_LEVEL_AFTER_STOCK.format(high="28,956.10"), "2026-02-09")
    assert altered["28,956.10"] == "wrong"


# --- 'over the same year' / 'in the same month' (cues.csv same_period) takes the period of the move told before it,
# as 'over the same period' did; 'the broader US market' (companies.csv) is a market without quotes ---

# BIDU close 2026-03-13 124.07 vs 2025-03-13 94.26 = +31.63 %; BABA 135.21 vs 138.35 = -2.27 %
_SAME_YEAR = (
    "Baidu's ADRs have gained 32% over the past year. Alibaba's ADRs lost {baba}% over the same year. "
    "The broader US market returned 18% over the same year."
)


def test_a_move_over_the_same_year_takes_the_year_told_before() -> None:
    claims = _claims(_SAME_YEAR.format(baba="2.3"), date(2026, 3, 13))
    assert claims["2.3"].kind == "twelve_month_return" and claims["2.3"].listing == "BABA"
    assert claims["2.3"].reference == {"start": "2025-03-13", "end": "2026-03-13"}
    assert claims["18"].kind == "twelve_month_return" and claims["18"].listing is None


def test_a_move_over_the_same_year_is_checked_and_the_market_stays_unverifiable(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _SAME_YEAR.format(baba="2.3"), "2026-03-13")
    assert verdicts["2.3"] == "accurate" and verdicts["18"] == "unverifiable"
    altered = verdicts_by_quote(tmp_path, _SAME_YEAR.format(baba="7.3"), "2026-03-13")
    assert altered["7.3"] == "wrong"


# --- a share of a portfolio or fund ('cut its technology weighting to 28% of its portfolio', 'make up 35% of the
# fund's assets'; cues.csv deal_size) is the size of an investment, no move of the stock named before it ---

# BIDU close 2026-02-04 137.95 vs 2026-02-03 144.86 = -4.77 %
_PORTFOLIO_SHARE = (
    "Baidu's ADRs fell {move}% on Wednesday. A fund manager said his firm had cut its technology weighting to 28% "
    "of its portfolio, and that Chinese internet stocks now make up 6% of the fund's assets."
)


def test_a_share_of_a_portfolio_is_no_market_claim() -> None:
    claims = _claims(_PORTFOLIO_SHARE.format(move="4.8"), date(2026, 2, 4))
    assert claims["4.8"].kind == "day_change" and claims["4.8"].listing == "BIDU"
    assert claims["28"].kind == "deal_size" and not claims["28"].checkable
    assert claims["6"].kind == "deal_size" and not claims["6"].checkable


def test_a_share_of_a_portfolio_is_not_judged_beside_the_move(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _PORTFOLIO_SHARE.format(move="4.8"), "2026-02-04")
    assert verdicts["4.8"] == "accurate" and verdicts["28"] == "out_of_scope" and verdicts["6"] == "out_of_scope"
    altered = verdicts_by_quote(tmp_path, _PORTFOLIO_SHARE.format(move="7.8"), "2026-02-04")
    assert altered["7.8"] == "wrong"


# --- 'in the last week' / 'during the past week' (cues.csv week_return) is a week's move, as 'over the past week'
# was, not an unmeasured look-back ---

# ^NDX 2026-03-13 24380.73 vs 2026-03-06 24643.02 = -1.06 %
_IN_THE_LAST_WEEK = "The Nasdaq-100 fell {move}% in the last week, ending Friday at 24,380.73."


def test_a_move_in_the_last_week_is_the_weeks_move() -> None:
    claims = _claims(_IN_THE_LAST_WEEK.format(move="1.1"), date(2026, 3, 14))
    assert claims["1.1"].kind == "week_return" and claims["1.1"].listing == "^NDX"
    assert claims["1.1"].reference == {"start": "2026-03-06", "end": "2026-03-13"}


def test_a_move_in_the_last_week_is_checked(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, _IN_THE_LAST_WEEK.format(move="1.1"), "2026-03-14")["1.1"] == "accurate"
    assert verdicts_by_quote(tmp_path, _IN_THE_LAST_WEEK.format(move="4.1"), "2026-03-14")["4.1"] == "wrong"
