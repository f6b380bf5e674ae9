"""A session's move measured from a named day's close that gives that close's level ('ended Thursday 0.9% above
Tuesday's close of $172.72') is the move since that close, as it is without the level ('ended Thursday 0.9% above
Tuesday's close'): `bindings._move_from_close_of` now finds the base whatever follows "'s close", and a German weekday's
close in one word ('0,9 Prozent über dem Dienstagsschluss'). Before, the level after it (the compound) hid the base, and
the figure was judged as Thursday's own move (a true figure called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# A Friday. seeds/quotes/BABA.csv closes: 2026-01-27 (Tuesday) 172.72, 2026-01-28 175.66, 2026-01-29 (Thursday)
# 174.25: Thursday against Tuesday +0.89 %; Thursday's own move -0.80 %.
PUBLISHED = "2026-01-30"
SINCE_TUESDAY = (174.25 / 172.72 - 1) * 100
THURSDAYS_OWN = (174.25 / 175.66 - 1) * 100


@pytest.mark.parametrize(
    ("text", "level", "true", "altered"),
    (
        ("Alibaba's US-listed shares ended Thursday {x}% above Tuesday's close of $172.72.", "172.72", "0.9", "2.9"),
        (
            "Die Alibaba-ADRs schlossen am Donnerstag {x} Prozent über dem Dienstagsschluss von 172,72 Dollar.",
            "172,72",
            "0,9",
            "2,9",
        ),
    ),
)
def test_the_move_runs_from_the_named_close_to_the_day_reported(
    tmp_path: Path, text: str, level: str, true: str, altered: str
) -> None:
    assert round(SINCE_TUESDAY, 1) == 0.9 and round(THURSDAYS_OWN, 1) == -0.8
    claims = claims_by_quote(text.format(x=true), date.fromisoformat(PUBLISHED))
    assert claims[true].kind == "since_return"
    assert claims[true].reference == {"start": "2026-01-27", "end": "2026-01-29"}
    assert claims[level].reference == {"date": "2026-01-27"}
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, PUBLISHED, true, altered)
    assert true_verdicts == {true: "accurate", level: "accurate"}
    assert altered_verdicts[altered] == "wrong"
