"""A move over a whole named year told as 'im Gesamtjahr 2025', 'im Kalenderjahr 2025', 'for the full year 2025' or
'over the calendar year 2025' is that calendar year's move, as 'im Jahr 2025' and 'in 2025' already were.

Before, 'im Gesamtjahr 2025' was the day's move (a true figure called wrong) and 'over the calendar year 2025' the
year so far of the publication's year (tester140 found the class while probing).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK closes: 2024-12-31 82.85, 2025-12-31 142.80: 142.80 / 82.85 - 1 = +72.36 %.
GERMAN = "Die Alibaba-Aktie schloss am Freitag bei 147,10 HKD. Im Gesamtjahr 2025 hatte sie rund {x} Prozent gewonnen."
ENGLISH = "Alibaba's Hong Kong shares closed Friday at HK$147.10. They gained {x}% over the calendar year 2025."
FULL_YEAR = "Alibaba's Hong Kong shares closed Friday at HK$147.10, after rising {x}% for the full year 2025."


@pytest.mark.parametrize(("template", "x"), [(GERMAN, "72"), (ENGLISH, "72.4"), (FULL_YEAR, "72.4")])
def test_the_whole_named_year_is_its_calendar_year(template: str, x: str) -> None:
    claim = claims_by_quote(template.format(x=x), date(2026, 2, 21))[x]
    assert (claim.kind, claim.reference) == ("calendar_year_return", {"start": "2025-01-01", "end": "2025-12-31"})


def test_the_years_move_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, GERMAN, "2026-02-21", {"x": "72"}, {"x": "20"})
    assert true["72"] == "accurate"
    assert altered["20"] == "wrong"
