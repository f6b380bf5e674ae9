"""Three readings of a StockStory-style explainer. 'N days ago' ('nine days ago', 'vor neun Tagen') dates its sentence
that many calendar days back, as 'a week ago' does: before, the move was read on the day in play. A percentage setting
the size of the moves a count counts ('has had 24 moves greater than 5% over the last year') is no move: before, it
was read as a twelve-month return and judged. A sum of money spent on shares ('$1,000 worth of Baidu's shares') is an
amount, not a price: before, it was judged against the day's range."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

# seeds/quotes/BIDU.csv: 2026-01-12 close 152.26, +6.08 % on 2026-01-09's 143.54; 2026-01-21 the text's day
WEDNESDAY = date(2026, 1, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Baidu's last big swing came 9 days ago, when the shares gained 6.1%.",
        "Baidu shares are up 8% today. Nine days ago the stock gained 6.1%.",
    ],
)
def test_days_ago_dates_the_sentence_that_many_days_back(text: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)["6.1"]
    assert (claim.kind, claim.reference) == ("day_change", {"date": "2026-01-12"})


def test_sessions_ago_is_not_read_as_days() -> None:
    claim = claims_by_quote("Baidu shares are up 8% today; 9 sessions ago the stock gained 6.1%.", WEDNESDAY)["6.1"]
    assert claim.reference != {"date": "2026-01-12"}


@pytest.mark.parametrize(
    "text",
    [
        "The stock is volatile and has logged 31 moves greater than 5% in the past year at Baidu.",
        "Baidu shares had 12 moves of more than 5% over the last year.",
    ],
)
def test_the_size_of_counted_moves_is_no_claim(text: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)["5"]
    assert not claim.checkable


def test_a_single_move_greater_than_a_size_is_still_a_move() -> None:
    claim = claims_by_quote("Baidu shares gained more than 5% on Wednesday.", WEDNESDAY)["5"]
    assert claim.checkable and claim.kind == "day_change"


def test_a_sum_worth_of_shares_is_an_amount() -> None:
    claims = claims_by_quote(
        "Someone who bought $5,000 worth of Baidu stock three years ago would now hold about $4,200.", WEDNESDAY
    )
    assert not claims["5,000"].checkable and claims["5,000"].kind == "amount"
