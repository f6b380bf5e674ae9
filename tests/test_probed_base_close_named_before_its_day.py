"""A move measured from a close named before its day ('0,5 Prozent weniger als zum Handelsschluss am Montag', '0.5% less
than at the close on Monday', 'lower than at Monday's close') is the move since that close: the day is the base's, not
the move's. Before, the day dated the move (Monday's own move was read, and a true figure called wrong), 'X% less than'
had no direction in English (a count, out of scope), and 'than at Monday's close' in a text's opening was taken for the
close the whole text is as of."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: 2026-03-20 close 122.41, 2026-03-23 (Monday) close 126.06, 2026-03-24 (Tuesday) close 125.48:
# Tuesday 125.48 / 126.06 - 1 = -0.46 % (0.5 % less than Monday's close); Monday's own move
# 126.06 / 122.41 - 1 = +2.98 %
TUESDAY = "2026-03-24"
TEXTS = (
    "Die Alibaba-ADRs kosteten in New York zuletzt 125,48 Dollar, {x} Prozent weniger als zum Handelsschluss "
    "am Montag.",
    "Alibaba's ADRs last traded at $125.48 in New York, {x}% less than at the close on Monday.",
    "Alibaba's ADRs last traded at $125.48 in New York, {x}% lower than at Monday's close.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_the_day_after_the_close_is_the_base_not_the_move(tmp_path: Path, text: str) -> None:
    true, quote = (text.format(x="0.5"), "0.5") if "$" in text else (text.format(x="0,5"), "0,5")
    claims = claims_by_quote(true, date.fromisoformat(TUESDAY))
    move = claims[quote]
    assert (move.kind, move.listing, move.direction) == ("day_change", "BABA", "down")
    assert move.reference == {"date": TUESDAY}
    # (the session after the base's day or later: `Claim.not_before`)
    assert move.not_before == TUESDAY
    assert claims["125.48" if "$" in text else "125,48"].reference == {"date": TUESDAY}
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, TUESDAY, quote, "7")
    assert true_verdicts[quote] == "accurate"
    # 7 % less: Tuesday's move is -0.46 % (its range -1.70 % .. -0.25 % against Monday's close: 123.92 / 126.06 - 1,
    # 125.75 / 126.06 - 1); Thursday 19 March's -7.1 % (124.90 / 134.43 - 1) lies before the base and is not read
    assert altered_verdicts["7"] == "wrong"


def test_a_separate_sentence_measured_from_a_named_close_reads_only_the_sessions_after_it(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-ADRs kosteten in New York zuletzt 125,48 Dollar. Das sind {x} Prozent weniger als zum "
        "Handelsschluss am Montagabend."
    )
    move = claims_by_quote(text.format(x="0,5"), date.fromisoformat(TUESDAY))["0,5"]
    assert (move.reference, move.not_before) == ({"date": TUESDAY}, TUESDAY)
    true, altered = verdicts_true_and_altered(tmp_path, text, TUESDAY, "0,5", "7")
    assert true["0,5"] == "accurate"
    # the listing carried from the sentence before is weighed in euros too (a German text): a derived parity's move
    # may lie up to 6.5 % of (100 + the move) from the real one (tolerances.csv), so 7 % is imprecise there, not
    # accurate as 19 March's -7.1 % would have made it in a window of the days before
    assert altered["7"] == "imprecise"


def test_more_than_at_a_close_is_a_rise_and_less_than_at_a_fall() -> None:
    up = "Alibaba's ADRs traded at $125.48 in New York, 0.5% more than at the close on Monday."
    down = "Alibaba's ADRs traded at $125.48 in New York, 0.5% less than at the close on Monday."
    assert claims_by_quote(up, date.fromisoformat(TUESDAY))["0.5"].direction == "up"
    assert claims_by_quote(down, date.fromisoformat(TUESDAY))["0.5"].direction == "down"
