"""A move told between commas right after a relative clause in the simple past ('The ADRs, which closed at $119.57 on
Thursday, down 2.2%, were indicated 8% higher') is that earlier session's, as the close inside the clause is
(earlier_events.csv relative_past_move, read by dates._earlier_event). Before, the relative clause ended at its comma
and the move after it was dated by the main clause (the day in play or publication), and a true figure was called
wrong.

Quotes (BABA, seeds/quotes): 2025-08-28 close 119.57 / 122.23 (2025-08-27) = -2.18 %; 2025-09-02 close 138.55 /
135.00 (2025-08-29) = +2.63 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

TEXT = (
    "Alibaba's ADRs rose 2.6% to $138.55 on Tuesday. The ADRs, which closed at $119.57 on Thursday, {x}, were "
    "indicated higher before the bell on Friday."
)


def test_the_apposed_move_takes_the_relative_clauses_day() -> None:
    claims = claims_by_quote(TEXT.format(x="down 2.2%"), date(2025, 9, 2))
    assert claims["2.2"].reference == {"date": "2025-08-28"}
    assert claims["2.6"].reference == {"date": "2025-09-02"}


def test_the_apposed_move_is_judged_on_that_day(tmp_path: Path) -> None:
    verdicts, wrong = verdicts_true_and_altered(tmp_path, TEXT, "2025-09-02", "down 2.2%", "down 4.2%")
    assert (verdicts["2.2"], wrong["4.2"]) == ("accurate", "wrong")
