"""A dated look-back heading the sentence with its base's close named after the day ('Compared with last Friday's
close, the composite is up 0.6% and the Nasdaq-100 is 1.1% higher') is each move's after it, as 'Since Aug. 20, ...'
already was (metrics._HEAD_BASE_END); and 'the composite' names the Nasdaq Composite (companies.csv).

Before, the second conjunct's move was read as the Nasdaq-100's day move and judged against the session's range (a
wrong figure called accurate), and the first conjunct's 'composite' took the Nasdaq-100 named after it (a true figure
called imprecise) (tester142, en286).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# ^IXIC 2026-03-04 close 22807.48 vs 2026-02-27 22668.21: +0.614 %; ^NDX 25093.68 vs 24960.04: +0.535 %
# (the day: ^IXIC +1.29 %, ^NDX +1.51 %, its range +0.31 % .. +1.86 %: the altered figures are the day's moves).
TEXT = (
    "The Nasdaq Composite closed at 22,807.48 on Wednesday, and the Nasdaq-100 ended at 25,093.68."
    " Compared with last Friday's close, the composite is up {a}% and the Nasdaq-100 is {b}% higher."
)


def test_the_look_back_heading_the_sentence_is_each_conjuncts() -> None:
    claims = claims_by_quote(TEXT.format(a="0.6", b="0.5"), date(2026, 3, 4))
    assert (claims["0.6"].listing, claims["0.6"].kind) == ("^IXIC", "since_return")
    assert (claims["0.5"].listing, claims["0.5"].kind) == ("^NDX", "since_return")
    assert claims["0.5"].reference == {"start": "2026-02-27", "end": "2026-03-04"}


def test_both_moves_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-03-04", {"a": "0.6", "b": "0.5"}, {"a": "1.3", "b": "1.5"}
    )
    assert (true["0.6"], true["0.5"]) == ("accurate", "accurate")
    assert (altered["1.3"], altered["1.5"]) == ("wrong", "wrong")
