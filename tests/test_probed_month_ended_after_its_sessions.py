"""A month's close told without the month's name after a recap of that month's sessions, and the move since the month
before's close the clause after it restates.

- 'They ended the month at $124.44' after 'fell 5.7% to $125.15 on Feb. 26' is the close of February's last session,
  not the day the recap ended on (a true close had been read on that earlier day and called wrong).
- '..., compared with $153.18 at the end of January, a decline of about 19%' restates the move from January's last close
  to February's: the month's move, not a day's (it had been read as that earlier day's move and called wrong).
- A range labelled as the month's before a colon ('Monthly range: $122.97 to $150.97') in a text published before the
  next month's first session is the finished month's low and high, not the last session's (its high had been judged
  against the last session's and called wrong).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BIDU: 2026-01-30 close 153.18; 2026-02-25 close 132.65; 2026-02-26 close 125.15 (125.15 / 132.65 - 1 = -5.65 %);
# 2026-02-27 close 124.44, February's last session (124.44 / 153.18 - 1 = -18.76 %)
RECAP = (
    "Baidu in February\n\n"
    "Baidu's U.S.-listed shares fell 5.7% to $125.15 on Feb. 26. "
    "They ended the month at ${close}, compared with $153.18 at the end of January, a decline of about {move}%.\n"
)


def test_the_month_ended_is_its_last_session_and_the_restated_move_the_months() -> None:
    claims = claims_by_quote(RECAP.format(close="124.44", move="19"), date(2026, 3, 2))
    assert claims["124.44"].reference == {"date": "2026-02-27"}
    assert claims["19"].kind == "month_return"
    assert claims["19"].reference == {"start": "2026-02-01", "end": "2026-02-28"}
    assert claims["125.15"].reference == {"date": "2026-02-26"}


def test_the_month_end_close_and_move_are_judged_on_the_month(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, RECAP, "2026-03-02", {"close": "124.44", "move": "19"}, {"close": "131.20", "move": "12"}
    )
    assert true["124.44"] == "accurate" and true["19"] == "accurate"
    assert altered["131.20"] == "wrong" and altered["12"] == "wrong"


# BIDU in February 2026: lowest low 122.97 (2026-02-26), highest high 150.97 (2026-02-02); the last session, Friday
# 2026-02-27, ranged 123.88 to 126.22. Published on Sunday 2026-03-01, before March's first session.
RANGE = (
    "Baidu in February\n\nKey figures for the month:\n- ADRs (BIDU): down 18.8%\n- Monthly range: ${low} to ${high}\n"
)


def test_a_monthly_range_label_is_the_finished_months_range() -> None:
    claims = claims_by_quote(RANGE.format(low="122.97", high="150.97"), date(2026, 3, 1))
    assert (claims["122.97"].kind, claims["150.97"].kind) == ("period_low", "period_high")
    assert claims["150.97"].reference == {"start": "2026-02-01", "end": "2026-02-28"}


def test_a_monthly_range_is_judged_on_the_month(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, RANGE, "2026-03-01", {"low": "122.97", "high": "150.97"}, {"low": "122.97", "high": "158.40"}
    )
    assert true["150.97"] == "accurate" and true["122.97"] == "accurate"
    assert altered["158.40"] == "wrong"
