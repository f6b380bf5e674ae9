"""A figure naming no day in a text published on a day its listing does not trade (a Saturday's review, a Sunday
newsletter, a holiday) is of that listing's last session before it (linking.as_of_last_session): its day or its period
ends on that Friday, a window counted back ('over the past three months') is counted back from it. The sessions read
are those the publication day's window held, so the verdicts stay the same. Texts written for the test (no article
copied).

Quotes (seeds/quotes/BABA.csv), closes of Alibaba's ADRs: 2025-12-12 155.68, 2025-12-31 146.58, Friday 2026-03-06
130.79, Friday 2026-03-13 135.21. This week: 135.21 / 130.79 - 1 = +3.38 %; three months back from Friday 13 March (12
December): 135.21 / 155.68 - 1 = -13.15 %; this year: 135.21 / 146.58 - 1 = -7.76 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

SATURDAY = date(2026, 3, 14)
TEXT = (
    "Alibaba's ADRs are up 3% this week but have lost 13% over the past three months. They are down about 8% this year."
)


def test_a_saturdays_figures_are_of_fridays_session() -> None:
    claims = claims_by_quote(TEXT, SATURDAY)
    assert claims["3"].reference == {"start": "2026-03-09", "end": "2026-03-13"}
    assert claims["13"].reference == {"start": "2025-12-13", "end": "2026-03-13"}
    assert claims["8"].reference == {"start": "2026-01-01", "end": "2026-03-13"}


def test_the_verdicts_are_fridays(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, TEXT, SATURDAY.isoformat())
    assert verdicts == {"3": "accurate", "13": "accurate", "8": "accurate"}
    wrong = verdicts_by_quote(tmp_path, TEXT.replace("lost 13%", "lost 18%"), SATURDAY.isoformat())
    assert wrong["18"] == "wrong"


def test_a_close_naming_no_day_is_fridays() -> None:
    assert claims_by_quote("Alibaba's ADRs closed at $135.21.", SATURDAY)["135.21"].reference == {"date": "2026-03-13"}


def test_a_trading_day_keeps_the_publication_day() -> None:
    claims = claims_by_quote("Alibaba's ADRs are down about 8% this year.", date(2026, 3, 13))
    assert claims["8"].reference == {"start": "2026-01-01", "end": "2026-03-13"}
