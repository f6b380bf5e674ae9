"""A number in the clause after 'a week earlier' ('eine Woche zuvor') telling what happened then is of the session a
week before the day the sentence reports, not of that day.

Before, 'closed Friday at $167.52, ... 3.0% lower than a week earlier, when they ended at $172.70' judged the $172.70
against Friday's own close and called a true figure wrong (tester138's en280 showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA: Friday 2026-02-20 close 154.45, Friday 2026-02-27 close 144.11: 144.11 / 154.45 - 1 = -6.69 %.
ENGLISH = "Alibaba's ADRs closed Friday at $144.11, 6.7% lower than a week earlier, when they ended at ${before}."
GERMAN = (
    "Die Alibaba-ADRs schlossen am Freitag bei 144,11 Dollar und damit 6,7 Prozent tiefer als eine Woche zuvor, "
    "als sie bei {before} Dollar aus dem Handel gegangen waren."
)


@pytest.mark.parametrize(("template", "before"), [(ENGLISH, "154.45"), (GERMAN, "154,45")])
def test_the_when_clause_is_a_week_before(template: str, before: str) -> None:
    claims = claims_by_quote(template.format(before=before), date(2026, 2, 28))
    assert claims[before].reference == {"date": "2026-02-20"}
    assert claims["144.11" if template is ENGLISH else "144,11"].reference == {"date": "2026-02-27"}


def test_the_close_a_week_before_is_judged_on_that_day(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, ENGLISH, "2026-02-28", {"before": "154.45"}, {"before": "148.90"}
    )
    assert true["154.45"] == "accurate"
    assert altered["148.90"] == "wrong"
