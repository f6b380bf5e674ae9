"""A session's move measured from a named day's close with a session between ('closed at $148.05 on Thursday, down 3.1%
from Monday's close', '3,1 Prozent unter dem Schlusskurs vom Montag') runs from that close to the day reported: a
return over the sessions between (frames._across_sessions_since), not Thursday's own move. Before, the English figure
was judged as Thursday's day change (-2.78 %) and called imprecise, and a German 'unter dem Schlusskurs vom Montag',
whose base was not read at all, let a wrong figure pass on Thursday's move. A percentage 'off' or 'under' a named close
is a fall (directions.csv). Sentences written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: Monday 2026-02-23 close 152.78, Wednesday 2026-02-25 close 152.28, Thursday 2026-02-26 close
# 148.05. From Monday's close: 148.05 / 152.78 - 1 = -3.10 %; Thursday's own move: 148.05 / 152.28 - 1 = -2.78 %.
# Tuesday 2026-02-24 close 153.11: 153.11 / 152.78 - 1 = +0.22 % (the session right after Monday: a day's move).
PUBLISHED = date(2026, 2, 26)
MOVES = {
    "Alibaba's ADRs closed at $148.05 on Thursday, down {move}% from Monday's close.": ("3.1", "2.8"),
    "Die Alibaba-ADRs schlossen am Donnerstag bei 148,05 Dollar, {move} Prozent unter dem Schlusskurs vom Montag.": (
        "3,1",
        "2,2",
    ),
    "Alibaba closed at $148.05 on Thursday. The stock now stands {move}% under Monday's close.": ("3.1", "1.9"),
    "Alibaba's ADRs ended Thursday at $148.05, {move}% off Monday's close.": ("3.1", "2.0"),
}


@pytest.mark.parametrize("sentence", MOVES)
def test_a_move_from_a_named_close_runs_across_the_sessions_between(tmp_path: Path, sentence: str) -> None:
    true, altered = MOVES[sentence]
    claim = claims_by_quote(sentence.format(move=true), PUBLISHED)[true]
    assert claim.kind == "since_return" and claim.direction == "down"
    assert claim.reference == {"start": "2026-02-23", "end": "2026-02-26"}
    true_verdicts, altered_verdicts = verdicts_true_and_altered(
        tmp_path, sentence, "2026-02-26", {"move": true}, {"move": altered}
    )
    assert true_verdicts[true] == "accurate"
    assert altered_verdicts[altered] != "accurate"


def test_the_session_right_after_the_named_close_keeps_its_own_move() -> None:
    claim = claims_by_quote("Alibaba's ADRs closed at $153.11 on Tuesday, 0.2% above Monday's close.", PUBLISHED)["0.2"]
    assert claim.kind == "day_change" and claim.reference == {"date": "2026-02-24"}


def test_a_close_with_a_price_after_it_is_left_unread() -> None:
    # 'off Monday's close at $148.05': Monday's close or Thursday's price, the words do not settle which
    claims = claims_by_quote("On Thursday Alibaba's ADRs ended 3.1% off Monday's close at $148.05.", PUBLISHED)
    assert not claims["3.1"].checkable
