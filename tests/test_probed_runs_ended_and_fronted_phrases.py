"""Runs a day's move ended, and a German sentence opened by an earlier move's phrase. Sentences written for this test.

- A losing streak the day's move snapped, with its total told in the run's own clause ('rose 0.7% on Thursday,
  snapping a two-day losing streak in which they shed 7.1%', 'beendeten damit eine zweitägige Verlustserie, in der sie
  7,1 Prozent verloren hatten') or counted in the sessions before ('after losing 7.1% over the two previous
  sessions'), is the move over those sessions, up to the one before the day reported
  (metrics.run_ended_before_the_move). Before, each was read as Thursday's own move and the true total called wrong.
- 'Nach dem Kursrutsch vom Vortag erholte sich die Alibaba-Aktie in Hongkong am Dienstag um 3,2 Prozent': German puts
  the main clause's verb right after such a phrase, without a comma; the phrase is the noun with its own figure and
  day only (dates._earlier_event). Before, it reached up to 'am Dienstag', so the move lost its day and its stock and
  a wrong figure passed as accurate on another session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BIDU.csv: closes Monday 2026-02-02 148.57, Tuesday 144.86, Wednesday 2026-02-04 137.95, Thursday
# 2026-02-05 138.96. The two-day streak: 137.95 / 148.57 - 1 = -7.15 %; Thursday: 138.96 / 137.95 - 1 = +0.73 %.
STREAKS = (
    "Baidu's ADRs rose 0.7% to $138.96 on Thursday, snapping a two-day losing streak in which they shed {total}%.",
    "Baidu snapped a two-day losing streak on Thursday, rising 0.7% to $138.96, after losing {total}% over the two "
    "previous sessions.",
    "Die Baidu-ADRs stiegen am Donnerstag um 0,7 Prozent auf 138,96 Dollar und beendeten damit eine zweitägige "
    "Verlustserie, in der sie {total} Prozent verloren hatten.",
)


@pytest.mark.parametrize("sentence", STREAKS)
def test_a_streak_the_move_snapped_ends_the_session_before(tmp_path: Path, sentence: str) -> None:
    true, altered = ("7,1", "4,1") if "Prozent" in sentence else ("7.1", "4.1")
    claim = claims_by_quote(sentence.format(total=true), date(2026, 2, 5))[true]
    assert claim.kind == "since_return" and claim.direction == "down"
    assert claim.reference == {"start": "2026-02-02", "end": "2026-02-04"}
    true_verdicts, altered_verdicts = verdicts_true_and_altered(
        tmp_path, sentence, "2026-02-05", {"total": true}, {"total": altered}
    )
    assert true_verdicts[true] == "accurate"
    assert altered_verdicts[altered] == "wrong"


# seeds/quotes/9988.HK.csv: Monday 2026-02-23 close 152.20, Tuesday 2026-02-24 close 148.00: 148.00 / 152.20 - 1 =
# -2.76 %.
FRONTED = "Nach dem Kursrutsch vom Vortag gab die Alibaba-Aktie in Hongkong am Dienstag um {move} Prozent nach."


def test_a_fronted_earlier_move_leaves_the_main_clause_its_day_and_stock(tmp_path: Path) -> None:
    claim = claims_by_quote(FRONTED.format(move="2,8"), date(2026, 2, 27))["2,8"]
    assert claim.listing == "9988.HK" and claim.reference == {"date": "2026-02-24"}
    true, altered = verdicts_true_and_altered(tmp_path, FRONTED, "2026-02-27", {"move": "2,8"}, {"move": "0,7"})
    assert true["2,8"] == "accurate"
    assert altered["0,7"] == "wrong"


def test_the_phrase_with_its_own_day_keeps_it() -> None:
    # 'Nach dem Kurssprung von 4,1 Prozent am Donnerstag folgte am Freitag ...': Thursday is the earlier move's
    claims = claims_by_quote(
        "Nach dem Kurssprung von 4,1 Prozent am Donnerstag gaben die Alibaba-ADRs am Freitag 1,3 Prozent nach.",
        date(2026, 2, 27),
    )
    assert claims["1,3"].reference == {"date": "2026-02-27"}
