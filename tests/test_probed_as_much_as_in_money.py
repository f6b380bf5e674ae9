"""'as much as' between a move verb and a sum of money is the peak of the move said in money (money_moves.csv
hedge_between): 'Alibaba rose as much as HK$4.70' is a change of HK$4.70 at its best in the session, as 'rose as much
as 2.9%' is one in per cent, not a price of HK$4.70 the shares traded at, which a HK$168 stock never did (the true
figure was called wrong); so after a participle ('having risen as much as HK$4.70', verb_before). A level
reached keeps its own words: 'rose to as much as', 'touched as much as'.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes 9988.HK: Thursday 2025-10-23 close 164.60; Friday 2025-10-24 high 169.30 (+4.70, +2.86 %), close 168.30.
# 0700.HK: 2025-10-23 close 633.0; 2025-10-24 high 641.5 (+8.50, +1.34 %).
FRIDAY = date(2025, 10, 24)


def test_a_move_verb_then_as_much_as_a_sum_is_a_change_in_money() -> None:
    claims = claims_by_quote(
        "Alibaba Group 9988.HK rose as much as HK$4.70 on Friday before paring gains. Tencent Holdings 0700.HK rose "
        "as much as HK$8.50, or 1.3%.",
        FRIDAY,
    )
    assert (claims["4.70"].kind, claims["4.70"].listing, claims["4.70"].hedge) == (
        "price_change",
        "9988.HK",
        "intraday",
    )
    assert (claims["8.50"].kind, claims["8.50"].listing) == ("price_change", "0700.HK")
    assert claims["1.3"].kind == "intraday_move"


def test_a_participle_then_as_much_as_a_sum_is_a_change_in_money() -> None:
    claims = claims_by_quote(
        "Alibaba Group 9988.HK ended 2.2% higher at HK$168.30, having risen as much as HK$4.70, or 2.9%, at one "
        "point. Tencent Holdings 0700.HK ended higher after rising as much as HK$8.50 in early trade.",
        FRIDAY,
    )
    assert (claims["4.70"].kind, claims["4.70"].listing) == ("price_change", "9988.HK")
    assert (claims["8.50"].kind, claims["8.50"].listing) == ("price_change", "0700.HK")
    assert claims["168.30"].kind == "close"


def test_a_level_reached_keeps_its_words() -> None:
    claims = claims_by_quote(
        "Alibaba Group 9988.HK rose to as much as HK$169.30 on Friday. Tencent Holdings 0700.HK touched as much as "
        "HK$641.50.",
        FRIDAY,
    )
    assert claims["169.30"].kind in ("intraday_price", "day_high")
    assert claims["641.50"].kind in ("intraday_price", "day_high")


def test_the_peak_in_money_is_judged_on_the_days_range(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Alibaba Group 9988.HK rose as much as HK${x} on Friday before paring gains.",
        "2025-10-24",
        "4.70",
        "9.70",
    )
    assert true["4.70"] == "accurate"
    assert altered["9.70"] == "wrong"
