"""A month's extreme named with the day it was set ('das Septemberhoch bei 141,60 US-Dollar vom 22. September') is
read over that month when the day lies inside it (frames.number_claim), as 'das Septemberhoch bei 141,60 US-Dollar'
is; a day outside the month named leaves it as before.

Before, the day named gave the period high a single day and it was left unmeasured ('a period the text does not
name'): a true month's high, named as a resistance in tester145's de302, was called unverifiable.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BIDU: the highest high of September 2025 is 141.60 on 2025-09-22.
TEMPLATE = (
    "Die Baidu-ADRs schlossen am Dienstag bei 131,77 US-Dollar. Auf der Oberseite ist das Septemberhoch bei {x} "
    "US-Dollar vom 22. September der entscheidende Widerstand."
)


def test_the_months_high_with_its_day_is_read_over_the_month() -> None:
    claim = claims_by_quote(TEMPLATE.format(x="141,60"), date(2025, 10, 1))["141,60"]
    assert (claim.kind, claim.reference) == ("period_high", {"start": "2025-09-01", "end": "2025-09-30"})


def test_a_day_outside_the_month_named_keeps_the_day() -> None:
    text = "Die Baidu-ADRs schlossen am Dienstag bei 131,77 US-Dollar. "
    text += "Das Septembertief bei 95,00 US-Dollar vom 2. Oktober hält."
    claim = claims_by_quote(text, date(2025, 10, 1))["95,00"]
    assert "start" not in (claim.reference or {})


def test_the_months_high_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEMPLATE, "2025-10-01", "141,60", "146,60")
    assert true["141,60"] == "accurate"
    assert altered["146,60"] == "wrong"
