"""A portfolio or fund named in a subordinate clause ('Since our model portfolio bought them on September 8, they have
gained about 23%', 'Seit unser Depot sie am 8. September gekauft hat, sind sie um rund 23 Prozent gestiegen') is the
holder that bought the shares; the main clause's pronoun, which holds the number, is the shares
(subjects._acts_in_subordinate_clause). Before, the holder took the move: a portfolio without quotes, unverifiable,
though the sentence makes a checkable claim about Alibaba. Sentences written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: Friday 2025-10-24 close 168.30; Monday 2025-09-08 close 137.30: 168.30 / 137.30 - 1 =
# +22.58 %
LEAD = "Alibaba's Hong Kong shares closed at HK$168.30 on Friday. "
SENTENCES = (
    "Since our portfolio bought them on September 8, they have gained about {move}%.",
    "Seit unser Depot sie am 8. September gekauft hat, sind sie um rund {move} Prozent gestiegen.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_holder_in_a_subordinate_clause_leaves_the_shares_the_subject(tmp_path: Path, sentence: str) -> None:
    claim = claims_by_quote(LEAD + sentence.format(move="23"), date(2025, 10, 24))["23"]
    assert claim.listing == "9988.HK" and claim.kind == "since_return"
    true, altered = verdicts_true_and_altered(tmp_path, LEAD + sentence, "2025-10-24", {"move": "23"}, {"move": "33"})
    assert true["23"] == "accurate"
    assert altered["33"] == "wrong"


def test_a_portfolio_as_the_main_subject_keeps_its_figure() -> None:
    claim = claims_by_quote("Mein wikifolio liegt seit Jahresbeginn 6,8 Prozent im Plus.", date(2025, 10, 24))["6,8"]
    assert claim.subject == "Portfolio" and claim.listing is None
