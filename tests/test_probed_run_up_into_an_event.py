"""A move 'into' a company event ('rallied 7% into Tuesday's earnings report', 'rose 7% heading into Tuesday's
results', 'im Vorfeld der Zahlen') is a run-up over sessions the words do not count: a move over a period kept
unmeasured (cues.csv), not the move of the event's day or of publication. Before, the first was judged as Tuesday's
own move and the second as Thursday's, both called wrong whatever the run-up had been. A day named for the move
itself ('rose 2% on Monday heading into Tuesday's results') still makes it that session's move. Sentences written
for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = date(2026, 2, 5)  # a Thursday
RUN_UPS = (
    "Baidu's ADRs rallied 7% into Tuesday's earnings report.",
    "Baidu's ADRs rose 7% heading into Tuesday's results.",
    "Die Baidu-ADRs legten im Vorfeld der Zahlen um 7 Prozent zu.",
)


@pytest.mark.parametrize("sentence", RUN_UPS)
def test_a_run_up_into_an_event_is_an_unmeasured_period(tmp_path: Path, sentence: str) -> None:
    claim = claims_by_quote(sentence, PUBLISHED)["7"]
    assert claim.kind == "since_return" and claim.checkable and claim.listing == "BIDU"
    assert verdicts_by_quote(tmp_path, sentence, "2026-02-05")["7"] == "unverifiable"


def test_a_day_named_for_the_move_keeps_it_that_sessions_move() -> None:
    claim = claims_by_quote("Baidu's ADRs rose 2% on Monday heading into Tuesday's results.", PUBLISHED)["2"]
    assert claim.kind == "day_change" and claim.reference == {"date": "2026-02-02"}
