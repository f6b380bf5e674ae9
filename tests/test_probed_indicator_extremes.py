"""Extreme words told of an RSI ('The 14-day RSI ... had dropped as low as 20.5', 'the indicator had risen as high as
...') describe the indicator's path: the bare number is the RSI's value, not the share's day low or high. An RSI runs
from 0 to 100, so a larger bare number after such words stays some price's ('... as the Hang Seng fell as low as
19,800').

Before, 'as low as 20.5' after an RSI was BABA's day low in points: a true RSI called wrong against a $130 low.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# The 14-day RSI (Wilder) of BABA's closes up to Thursday 2026-03-05 is 20.5 (tests/golden/articles/de298's note and
# tests/test_probed_indicator_pointed_back.py, judged by the product's own measure below).
NAMED = "The 14-day RSI of Alibaba's ADRs had dropped as low as {x} on March 5."
POINTED = "The 14-day RSI of Alibaba's ADRs stands at 41. On March 5 the indicator had dropped as low as {x}."
PUBLISHED = "2026-03-14"


def test_an_rsi_heading_its_clause_takes_the_extreme_words() -> None:
    for template in (NAMED, POINTED):
        value = claims_by_quote(template.format(x="20.5"), date(2026, 3, 14))["20.5"]
        assert (value.kind, value.listing, value.reference) == ("rsi", "BABA", {"date": "2026-03-05"})


def test_the_rsi_told_by_its_extreme_words_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, NAMED, PUBLISHED, {"x": "20.5"}, {"x": "35"})
    assert true["20.5"] == "accurate"
    assert altered["35"] == "wrong"


def test_a_number_beyond_an_rsi_range_stays_a_price() -> None:
    text = "On March 5 the 14-day RSI of Alibaba's ADRs hit 21 as the Hang Seng fell as low as 24,500."
    claims = claims_by_quote(text, date(2026, 3, 14))
    assert claims["24,500"].kind == "day_low"
    assert claims["24,500"].listing == "^HSI"


def test_a_share_price_after_an_rsi_in_another_clause_stays_the_shares() -> None:
    text = "Alibaba's RSI stood at 41 on March 5; the ADRs had dropped as low as 20.5 dollars."
    assert claims_by_quote(text, date(2026, 3, 14))["20.5"].kind == "day_low"
