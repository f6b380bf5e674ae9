"""A sentence without figures naming the day a story goes on from ('The results came out before the bell in New York on
Friday, after trading in Hong Kong had ended for the week.') dates the sentences after it: 'came' is a past (tenses.csv
past), and a venue named only in the clause telling an earlier event ('after trading in Hong Kong had ended') is not the
venue the sentence goes on to (context.update_context). Before, 'Friday' was read as the coming one, or Hong Kong was
taken for an aside's venue, and the next sentence's open, high and close were the publication day's: true figures
called wrong.

Quotes (BABA, seeds/quotes): 2025-08-29 open 128.88, high 136.65, close 135.00; 2025-09-02 close 138.55.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

OPENING = "Alibaba's ADRs rose 2.6% to $138.55 on Tuesday. "
LONG_DAY = (
    "The results came out before the bell in New York on Friday, after trading in Hong Kong had ended for the week."
)
FOLLOWING = " The ADRs opened at ${x} and climbed as high as $136.65, before finishing at $135.00."


@pytest.mark.parametrize(
    "day_sentence",
    [
        "The results came out on Friday.",
        LONG_DAY,
    ],
)
def test_a_day_told_without_figures_dates_the_next_sentence(day_sentence: str) -> None:
    claims = claims_by_quote(OPENING + day_sentence + FOLLOWING.format(x="128.88"), date(2025, 9, 2))
    assert all(claims[q].reference == {"date": "2025-08-29"} for q in ("128.88", "136.65", "135.00"))


def test_the_next_sentences_open_is_judged_on_that_day(tmp_path: Path) -> None:
    template = OPENING + LONG_DAY + FOLLOWING
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-09-02", "128.88", "124.88")
    assert (verdicts["128.88"], wrong["124.88"]) == ("accurate", "wrong")
