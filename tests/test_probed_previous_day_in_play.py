"""'am Vortag' told in the simple past as a sentence's first clause on another venue than the day in play's, where
that day is the session before publication, is read on either day: counted from the day in play (the session before it)
or from publication (the day in play itself), as German morning texts write of New York's session of the evening before
(timing.DayScope.or_from_publication). A pluperfect, or the same venue's next sentence, looks back from the day in play
only (tests/test_probed_prior_sessions.py). Texts written for the test.

Quotes (seeds/quotes/BABA.csv, 9988.HK.csv): Alibaba closed at 157.90 HKD in Hong Kong on Monday 2026-02-09; the ADRs
closed at 157.76 on Thursday 2026-02-05, 162.51 on Friday 2026-02-06 (+3.01 %, 162.51 / 157.76 - 1) and 163.00 on
Monday 2026-02-09 (+0.30 %, 163.00 / 162.51 - 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 2, 10)
MONDAY_IN_PLAY = "In Hongkong schloss die Alibaba-Aktie am Montag bei 157,90 HKD. "


def test_new_yorks_evening_before_told_as_the_vortag(tmp_path: Path) -> None:
    text = (
        MONDAY_IN_PLAY
        + "In New York beendete das ADR den Handel am Vortag mit einem Plus von 0,3 Prozent bei 163,00 Dollar."
    )
    claims = claims_by_quote(text, TUESDAY)
    assert claims["0,3"].reference == {"start": "2026-02-06", "end": "2026-02-09"}
    # read on Friday alone (+3.01 %, 162.51) both true figures had been called wrong or imprecise
    assert verdicts_by_quote(tmp_path, text, TUESDAY.isoformat()) == {
        "157,90": "accurate",
        "0,3": "accurate",
        "163,00": "accurate",
    }


def test_a_move_of_neither_day_is_wrong(tmp_path: Path) -> None:
    # (a window of two sessions keeps their ranges permitted for a move, as any window does: Friday's reached +3.23 %,
    # Monday's +1.55 %; 4 % lies outside both)
    text = MONDAY_IN_PLAY + "In New York beendete das ADR den Handel am Vortag mit einem Plus von 4,0 Prozent."
    assert verdicts_by_quote(tmp_path, text, TUESDAY.isoformat())["4,0"] == "wrong"


def test_a_pluperfect_looks_back_from_the_day_in_play() -> None:
    text = MONDAY_IN_PLAY + "Am Vortag hatte das ADR in New York 3,0 Prozent zugelegt."
    assert claims_by_quote(text, TUESDAY)["3,0"].reference == {"date": "2026-02-06"}
