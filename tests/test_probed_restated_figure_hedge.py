"""A figure said again in another unit stands under the hedge of the one it restates ('at its session low was down
481 points, or 2.1%'), and a German day's extreme names the moment of a move in points ('Im Tagestief lag der Index
481 Punkte oder 2,1 Prozent im Minus'): both are points of the session's range, not the close's move nor the low's
level.

Quotes (seeds/quotes/^IXIC.csv): 2026-02-25 close 23152.08; 2026-02-26 high 23109.46, low 22670.80, close 22878.38.
At the low: 22670.80 - 23152.08 = -481.28 points, 22670.80 / 23152.08 - 1 = -2.079 %; at the close -273.70 points,
-1.182 %; at the high -42.62 points, -0.18 %.
"""

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-02-26"


def test_a_percentage_restating_a_hedged_move_in_points_shares_its_hedge(tmp_path: Path) -> None:
    # before, the 2.1 after ', or' took no hedge and was judged on the close (-1.18 %): a true figure called wrong
    text = (
        "The Nasdaq Composite closed 1.2% lower on Thursday, down 273.70 points. At one point it had been down "
        "481 points, or 2.1%."
    )
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["2.1"].hedge == "intraday" and claims["2.1"].kind == "intraday_move"
    assert claims["2.1"].listing == "^IXIC"
    verdicts = verdicts_by_quote(tmp_path, text, PUBLISHED)
    assert verdicts["481"] == "accurate" and verdicts["2.1"] == "accurate"
    # -3.1 % lies outside the day's range against the close before (-2.08 % .. -0.18 %)
    assert verdicts_by_quote(tmp_path, text.replace("2.1%", "3.1%"), PUBLISHED)["3.1"] == "wrong"


def test_a_german_restatement_with_oder_shares_the_hedge_too(tmp_path: Path) -> None:
    text = (
        "Der Nasdaq Composite schloss am Donnerstag 1,2 Prozent tiefer. Zeitweise lag er 481 Punkte oder 2,1 Prozent "
        "im Minus."
    )
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["2,1"].hedge == "intraday"
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["2,1"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("2,1 Prozent", "3,4 Prozent"), PUBLISHED)["3,4"] == "wrong"


def test_points_on_a_side_at_the_days_low_are_the_move_at_that_moment(tmp_path: Path) -> None:
    # before, 'Im Tagestief' made the 481 points the day's low itself (a level of 481: wrong) and left the 2,1 to be
    # read against the sessions up to publication without a hedge
    text = (
        "Der Nasdaq Composite schloss am Donnerstag 1,2 Prozent tiefer. Im Tagestief hatte der Index 481 Punkte oder "
        "2,1 Prozent im Minus gelegen."
    )
    claims = claims_by_quote(text, date(2026, 2, 26))
    assert claims["481"].kind == "index_move" and claims["481"].hedge == "intraday"
    assert claims["2,1"].kind == "intraday_move"
    verdicts = verdicts_by_quote(tmp_path, text, PUBLISHED)
    assert verdicts["481"] == "accurate" and verdicts["2,1"] == "accurate"
    altered = text.replace("481 Punkte oder 2,1", "681 Punkte oder 2,9")  # below the day's low (-481.28, -2.08 %)
    altered_verdicts = verdicts_by_quote(tmp_path, altered, PUBLISHED)
    assert altered_verdicts["681"] == "wrong" and altered_verdicts["2,9"] == "wrong"


def test_the_days_low_as_a_level_stays_a_level(tmp_path: Path) -> None:
    text = "Im Tagestief stand der Nasdaq Composite am Donnerstag bei 22.670 Punkten."
    assert claims_by_quote(text, date(2026, 2, 26))["22.670"].kind == "day_low"
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["22.670"] == "accurate"
    altered = text.replace("22.670", "22.970")  # 300 points above the low
    assert verdicts_by_quote(tmp_path, altered, PUBLISHED)["22.970"] == "wrong"
