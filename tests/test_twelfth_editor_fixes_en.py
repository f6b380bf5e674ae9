"""Rules added after trying the twelfth batch of English articles as an editor would (tests/golden/articles
en70..en75: a MarketWatch 'underperforms competitors' note, a Zacks note, an AP Asia wrap, a Reuters BUZZ, a newsletter
with a price table, an FAQ page with photo captions). Each sentence here is written for the test, not taken from those
articles. Before these rules: 'the search engine company' named no company, so the figures after it were given to the
company of the sentence before, and 'over the course of the past month' named no period (a day's move)."""

from __future__ import annotations

from datetime import date

from claimcheck.model import Claim
from tests.helpers import claims_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


def test_the_search_engine_company_is_baidu_and_the_course_of_the_past_month_a_period() -> None:
    claims = _claims(
        "Baidu (BIDU) ended the session at $121.40. Its peer Alibaba (BABA) climbed 0.6%. Shares of the search engine"
        " company have lost 3.2% over the course of the past month and trade 12% below their 52-week high of $149.51.",
        date(2025, 12, 16),
    )
    assert claims["3.2"].listing == "BIDU" and claims["3.2"].kind == "past_month_return"
    assert claims["3.2"].reference == {"start": "2025-11-16", "end": "2025-12-16"}
    assert claims["149.51"].listing == "BIDU" and claims["149.51"].kind == "high_52w"
    assert claims["12"].listing == "BIDU" and claims["12"].kind == "distance_52w_high"


def test_an_index_moving_average_told_in_points_is_a_moving_average_not_the_level() -> None:
    claims = _claims(
        "The Nasdaq 100 closed at 25,310.40 on Monday and stays above its 50-day moving average of 25,180.50.",
        date(2026, 2, 10),
    )
    assert claims["25,180.50"].kind == "moving_average" and claims["25,180.50"].listing == "^NDX"
    assert claims["25,180.50"].average_sessions == 50
    # the level before the average's words is still the index's close
    assert claims["25,310.40"].kind == "index_level"
    dax = _claims(
        "Der Dax schloss bei 24.310,40 Punkten, über der 200-Tage-Linie bei 23.180,50 Punkten.", date(2026, 2, 10)
    )
    assert dax["23.180,50"].kind == "moving_average" and dax["24.310,40"].kind == "index_level"
