"""A day named inside brackets dates the figures of the aside, not a move told after the brackets: 'gained 73% in 2025
(from $84.79 to $146.58 on Dec. 31), while the Hong Kong stock rose 72%' is the year's move of both listings, as it
is without the day in the brackets (`reviews._dated_only_as_period_end`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

PUBLISHED = "2026-01-08"
# seeds/quotes: BABA closed 2024-12-31 at 84.79 and 2025-12-31 at 146.58: 146.58 / 84.79 - 1 = +72.87 % (73 %);
# 9988.HK closed 2024-12-31 at 82.85 and 2025-12-31 at 142.80: 142.80 / 82.85 - 1 = +72.36 % (72 %)
TEXT = "Alibaba's ADRs gained 73% in 2025 (from $84.79 to $146.58 on Dec. 31), while the Hong Kong stock rose {hk}%."


def test_a_move_after_a_bracketed_day_takes_the_period_of_the_move_before() -> None:
    claims = claims_by_quote(TEXT.format(hk="72"), date.fromisoformat(PUBLISHED))
    year = {"start": "2025-01-01", "end": "2025-12-31"}
    assert (claims["73"].kind, claims["73"].reference) == ("calendar_year_return", year)
    assert (claims["72"].kind, claims["72"].reference) == ("calendar_year_return", year)
    assert claims["72"].listing == "9988.HK"
    assert (claims["146.58"].kind, claims["146.58"].reference) == ("close", {"date": "2025-12-31"})  # the aside's own


def test_the_years_move_is_accurate_and_an_altered_one_wrong(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEXT, PUBLISHED, {"hk": "72"}, {"hk": "60"})
    assert true["72"] == "accurate" and true["73"] == "accurate" and true["146.58"] == "accurate"
    assert altered["60"] == "wrong"


def test_a_bracketed_day_after_a_days_move_leaves_the_later_move_that_days() -> None:
    # no period told before the brackets: the day's moves stay the session's
    claims = claims_by_quote("Alibaba rose 3% (its best day since Jan. 2), while Tencent fell 1%.", date(2026, 1, 8))
    assert claims["3"].kind == "day_change" and claims["1"].kind == "day_change"
