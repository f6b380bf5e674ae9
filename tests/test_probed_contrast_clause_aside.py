"""A company named only in a clause set against the one telling the stock in play ('Shares of the Chinese e-commerce
giant were down 3.1% at $159.22 ..., while Nvidia was off 2.2%'; clause_words.csv contrast) is an aside: 'The stock'
in the next sentence is still the stock in play (context._named_in_contrast). Before, the last company named took it,
and Alibaba's true close and move of the day before were judged on Nvidia's quotes and called wrong. Written for this
test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: Thursday 2026-02-12 traded between 156.96 and 163.37, Wednesday's close 164.32: 159.22 /
# 164.32 - 1 = -3.10 %; Wednesday 2026-02-11 164.32 against Tuesday's 166.51: -1.32 %. seeds/quotes/NVDA.csv: Thursday
# traded between 186.51 and 193.61 against Wednesday's 190.05 (-1.86 % to +1.87 %).
STORY = (
    "Why Alibaba Stock Is Sliding Today\n\nFeb 12, 2026\n\n"
    "Alibaba stock is sliding on Thursday. Shares of the Chinese e-commerce giant were down 3.1% at $159.22 as of "
    "2:15 p.m. ET, while Nvidia was off 1.2%.\n\nThe stock closed at ${close} on Wednesday, down 1.3% from "
    "Tuesday's close.\n"
)


def test_a_company_in_a_contrast_clause_leaves_the_stock_in_play(tmp_path: Path) -> None:
    claims = claims_by_quote(STORY.format(close="164.32"), date(2026, 2, 12))
    assert claims["1.2"].listing == "NVDA"
    assert claims["164.32"].listing == "BABA" and claims["1.3"].listing == "BABA"
    true, altered = verdicts_true_and_altered(tmp_path, STORY, "2026-02-12", {"close": "164.32"}, {"close": "146.32"})
    assert true["164.32"] == true["1.3"] == true["3.1"] == "accurate"
    assert altered["146.32"] == "wrong"
