"""A distance pointing back to an extreme the sentence before named, by its side and the definite article ('... about
13.7% below the high and 111% above the low' after 'Its 52-week high is $212.19 and its 52-week low is $86.62'), is
the distance to that side's extreme (distance_words.csv back_reference: '(below|above|...) the (high|low|peak)'; the
side the words name picks the extreme, as 'Vom Hoch' does in German).

Before, 'about 29% below the high' was read as the day's move (a true figure called wrong) and 'more than 50% above
the low' as a move since an unnamed base (tester142, en285).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# NVDA 2026-03-04 close 183.04; 52-week high 212.19 (2025-10-29), low 86.62 (2025-04-07):
# 183.04 / 212.19 - 1 = -13.74 %, 183.04 / 86.62 - 1 = +111.31 % (2026-03-05 close 183.33: -13.60 %, +111.65 %).
TEXT = (
    "Nvidia closed Wednesday at $183.04. Its 52-week high is $212.19, set on Oct. 29, and its 52-week low is $86.62."
    " At that price, the shares are about {high}% below the high and about {low}% above the low."
)


def test_the_side_named_picks_the_extreme_the_sentence_before_named() -> None:
    claims = claims_by_quote(TEXT.format(high="13.7", low="111"), date(2026, 3, 5))
    assert (claims["13.7"].kind, claims["13.7"].direction) == ("distance_52w_high", "down")
    assert (claims["111"].kind, claims["111"].direction) == ("distance_52w_low", "up")


def test_the_distances_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-03-05", {"high": "13.7", "low": "111"}, {"high": "22", "low": "150"}
    )
    assert (true["13.7"], true["111"]) == ("accurate", "accurate")
    assert (altered["22"], altered["150"]) == ("wrong", "wrong")
