"""A move 'over February' is that month's, as 'in February' is: before, the month was not read, and after 'For the
week, the benchmark gained 1.8%' the month's loss was judged as the week's (a true figure called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/^HSI.csv: 2026-01-30 close 27387.11 (January's last), 2026-02-20 26413.35, 2026-02-27 26630.54:
# February -2.76 %, the week +0.82 %
TEXT = (
    "The Hang Seng Index closed up 0.9% at 26,630.54 on Friday. For the week, the benchmark gained 0.8%, but it lost"
    " {x}% over February."
)


def test_a_move_over_a_named_month_is_that_months(tmp_path: Path) -> None:
    claim = claims_by_quote(TEXT.format(x="2.8"), date(2026, 2, 27))["2.8"]
    assert (claim.kind, claim.listing, claim.reference) == (
        "month_return",
        "^HSI",
        {"start": "2026-02-01", "end": "2026-02-27"},
    )
    verdicts, altered = verdicts_true_and_altered(tmp_path, TEXT, "2026-02-27", "2.8", "4.8")
    assert (verdicts["2.8"], altered["4.8"]) == ("accurate", "wrong")


def test_a_past_month_over_which_a_move_ran_is_that_whole_month() -> None:
    claims = claims_by_quote(
        "The Hang Seng Index closed at 26,630.54 on Friday. It lost 2.8% over January.", date(2026, 2, 27)
    )
    assert claims["2.8"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
