"""A day's move named with its size before its noun, then a clause telling what happened then ("recovering part of
Friday's 4.9% slide, when it hit HK$147.10"), dates that clause's figures on that day, as "Friday's slide, when ..."
does (tester138: the Friday's price had been read on the Monday of the report, a true figure called wrong)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

# seeds/quotes/9988.HK.csv: 2026-02-20 (Friday) low and close 147.10; 2026-02-23 close 152.20
MONDAY = date(2026, 2, 23)


@pytest.mark.parametrize("size", ("4.9% ", "4.9 % ", ""))
def test_the_when_clause_after_a_sized_move_is_that_days(size: str) -> None:
    text = f"Alibaba rose 3.5% to HK$152.20 on Monday, recovering part of Friday's {size}slide, when it hit HK$147.10."
    claims = claims_by_quote(text, MONDAY)
    assert claims["147.10"].reference == {"date": "2026-02-20"}
    assert claims["152.20"].reference == {"date": "2026-02-23"}
