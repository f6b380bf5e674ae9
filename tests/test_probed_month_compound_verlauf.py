"""A month named by its compound with '-verlauf' ('Im Septemberverlauf steht ein Plus von 38 Prozent', 'im
Oktoberverlauf') names that month's move, as 'im September' does (cues.csv month_return row, dates._NAMED_MONTH).

Before, the compound named no period: 'Im Septemberverlauf steht dennoch ein Plus von gut 38 Prozent zu Buche' was read
as the day's move of the session before publication and a true month's move was called wrong (tester145's de302).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BIDU closes: 2025-08-29 95.30, 2025-09-30 131.77 (131.77 / 95.30 - 1 = +38.27 %).
TEMPLATE = (
    "Die Baidu-ADRs schlossen am Dienstag bei 131,77 US-Dollar. Im Septemberverlauf steht dennoch ein Plus von gut "
    "{x} Prozent zu Buche."
)


def test_a_month_compound_names_the_month() -> None:
    claims = claims_by_quote(TEMPLATE.format(x="38"), date(2025, 10, 1))
    assert (claims["38"].kind, claims["38"].reference) == (
        "month_return",
        {"start": "2025-09-01", "end": "2025-09-30"},
    )


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Im Augustverlauf gewann die Tencent-Aktie in Hongkong 5 Prozent.", "2025-08-01", "2025-08-31"),
        ("Im Juliverlauf verlor die Alibaba-Aktie in Hongkong 5 Prozent.", "2025-07-01", "2025-07-31"),
    ],
)
def test_each_months_compound_names_its_own_month(sentence: str, start: str, end: str) -> None:
    claim = claims_by_quote(sentence, date(2025, 10, 1))["5"]
    assert (claim.kind, claim.reference) == ("month_return", {"start": start, "end": end})


def test_the_days_course_is_no_month() -> None:
    # 'im Tagesverlauf' stays the session's
    claim = claims_by_quote("Im Tagesverlauf gewann die Tencent-Aktie in Hongkong 5 Prozent.", date(2025, 10, 1))["5"]
    assert claim.kind == "intraday_move"


def test_the_months_move_is_judged_on_the_month(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEMPLATE, "2025-10-01", "38", "55")
    assert true["38"] == "accurate"
    assert altered["55"] == "wrong"
