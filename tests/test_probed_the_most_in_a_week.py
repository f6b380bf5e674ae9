"""'the most in a week', 'its biggest gain in a week': a superlative's span, not a week's move. Before, 'in a week' in
'rose as much as 2.1% ..., the most in a week, before closing 1.2% higher' made the close's 1.2% a week's move, and
a true figure was called wrong; 'gained 5% in a week' stays a week's move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-11-18 close 154.60; 2025-11-19 high 157.90, close 156.40:
# 157.90 / 154.60 - 1 = +2.13 % at the high, 156.40 / 154.60 - 1 = +1.16 % at the close (a week before, 2025-11-12
# close 156.80: the week's move 156.40 / 156.80 - 1 = -0.26 % was read before, and 1.2% called wrong)
DAY = "2025-11-19"
TEXT = "Alibaba shares rose as much as 2.1% in Hong Kong on Wednesday, the most in a week, before closing {x}% higher."


def test_the_most_in_a_week_dates_no_weeks_move(tmp_path: Path) -> None:
    claim = claims_by_quote(TEXT.format(x="1.2"), date.fromisoformat(DAY))["1.2"]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "9988.HK", {"date": DAY})
    true, altered = verdicts_true_and_altered(tmp_path, TEXT, DAY, "1.2", "4.2")
    assert true["1.2"] == "accurate"
    assert altered["4.2"] == "wrong"


def test_a_move_in_a_week_is_still_a_weeks_move() -> None:
    text = "Alibaba's Hong Kong shares gained 5% in a week."
    assert claims_by_quote(text, date.fromisoformat(DAY))["5"].kind == "week_return"
