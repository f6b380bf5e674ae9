"""A price compared with its level a while back ('16 Prozent günstiger als vor einem Monat', '2.9% cheaper than they
were a week ago', '16% below their level of a month ago', 'unter dem Niveau von vor einem Monat') is the move since the
close that far back, up to the day told (bindings._MOVE_BASE_DAY_BEFORE dates the base; directions.csv gives the
price comparatives 'günstiger', 'teurer', 'weniger wert', 'cheaper' their direction where a time base follows).

Before, 'günstiger'/'cheaper' and 'weniger wert als' were counts without market meaning (a wrong figure went
unchecked), 'they were a week ago' dated the move to that day, and 'below their level of a month ago' was the day's
move: a true month's fall called wrong against one session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK closes (seeds/quotes): 142.90 on Friday 2026-02-27; 147.10 on 2026-02-20, a week before
# (142.90 / 147.10 - 1 = -2.86 %); 169.90 on 2026-01-27, a month before (142.90 / 169.90 - 1 = -15.89 %).
CLOSE_DE = "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 142,90 HKD. "
CLOSE_EN = "Alibaba's Hong Kong shares closed at HK$142.90 on Friday. "
CASES = {
    "günstiger": (CLOSE_DE + "Damit ist sie rund {x} Prozent günstiger als vor einem Monat.", "16", "26", "2026-01-27"),
    "weniger wert": (CLOSE_DE + "Damit ist sie rund {x} Prozent weniger wert als vor einem Monat.", "16", "26", None),
    "cheaper": (CLOSE_EN + "They are now {x}% cheaper than they were a week ago.", "2.9", "9.9", "2026-02-20"),
    "level of": (CLOSE_EN + "That leaves them {x}% below their level of a month ago.", "16", "26", "2026-01-27"),
    "Niveau von": (CLOSE_DE + "Sie liegt knapp {x} Prozent unter dem Niveau von vor einem Monat.", "16", "6", None),
}


@pytest.mark.parametrize("case", CASES)
def test_the_move_since_then_is_read_and_judged(case: str, tmp_path: Path) -> None:
    template, true, altered, start = CASES[case]
    claim = claims_by_quote(template.format(x=true), date(2026, 2, 27))[true]
    assert claim.kind == "since_return" and claim.direction == "down"
    assert (claim.reference or {}).get("end") == "2026-02-27"
    if start is not None:
        assert (claim.reference or {}).get("start") == start
    good, bad = verdicts_true_and_altered(tmp_path, template, "2026-02-27", true, altered)
    assert good[true] == "accurate"
    assert bad[altered] == "wrong"


def test_a_valuation_comparison_with_another_company_stays_no_move() -> None:
    text = "Gemessen am Kurs-Gewinn-Verhältnis ist Alibaba 20 Prozent günstiger als Tencent."
    assert not claims_by_quote(text, date(2026, 2, 27))["20"].checkable
