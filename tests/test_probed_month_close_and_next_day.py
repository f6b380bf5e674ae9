"""A review of a finished month, and a next day counted from a clause of the same sentence (tester137).

- A month's close told without the month's name beside a month the sentence names ('Der Hang Seng gewann im Januar 6,9
  Prozent und ging mit 27.387 Punkten aus dem Monat', 'beendete den Monat bei') is the close of that month's last
  session, not the day an earlier paragraph told (a true level had been read on that earlier day and called wrong).
- The month a move is told for ('im Januar') runs to its last session when the text is published at its end; an
  earlier day told in a paragraph before, with sessions after it, does not cut it short.
- 'tags darauf' after a clause of the same sentence naming its day ('Nachdem die Aktie am Mittwoch ... geschlossen
  hatte, fiel sie tags darauf um ...') is the session after that day, not after a day of an earlier sentence, nor none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# ^HSI: 2025-12-31 close 25630.54, 2026-01-12 close 26608.48, 2026-01-30 close 27387.11 (+6.85 % over January)
REVIEW = (
    "Monatsrückblick\n\n"
    "Alibaba\n\n"
    "- Am 12. Januar sprang die Alibaba-Aktie in Hongkong um mehr als 5 Prozent nach oben.\n\n"
    "Hang Seng\n\n"
    "- Der Hang Seng gewann im Januar {pct} Prozent und ging mit {level} Punkten aus dem Monat.\n"
)


def test_the_month_left_is_its_last_session_and_its_move_the_whole_month() -> None:
    claims = claims_by_quote(REVIEW.format(pct="6,9", level="27.387"), date(2026, 1, 31))
    assert claims["27.387"].kind == "index_level"
    assert claims["27.387"].reference == {"date": "2026-01-30"}
    assert claims["6,9"].reference == {"start": "2026-01-01", "end": "2026-01-31"}


def test_the_months_closing_level_is_judged_on_its_last_session(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, REVIEW, "2026-01-31", {"pct": "6,9", "level": "27.387"}, {"pct": "4,1", "level": "26.120"}
    )
    assert true["27.387"] == "accurate" and true["6,9"] == "accurate"
    assert altered["26.120"] == "wrong" and altered["4,1"] == "wrong"


# 0700.HK: Monday 2026-03-16 close 558.50, Wednesday 2026-03-18 close 550.50, Thursday 2026-03-19 close 513.00 (-6.81 %)
NEXT_DAY = (
    "Am Montag schloss Tencent in Hongkong bei 558,50 HKD. "
    "Nachdem die Aktie am Mittwoch bei 550,50 HKD geschlossen hatte, fiel sie tags darauf um 6,8 Prozent."
)


def test_the_day_after_is_counted_from_the_clause_before_it() -> None:
    claims = claims_by_quote(NEXT_DAY, date(2026, 3, 21))
    assert claims["550,50"].reference == {"date": "2026-03-18"}
    assert claims["6,8"].kind == "day_change"
    assert claims["6,8"].reference == {"date": "2026-03-19"}
