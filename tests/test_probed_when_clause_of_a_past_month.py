"""A price in a when-clause hanging on a past month's phrase ('Seit dem Hoch im Oktober, als die Aktie bei gut 163 Euro
notierte, ...', 'Since its peak in October, when the ADRs traded at just over $192, ...') is of that month: the
when-clause's time is the clause's it hangs on (periods.clause_of), as 'Im Oktober, als ...' was read already.

Before, the price took the day in play (Friday 2026-02-27) and a true October price was called wrong against Friday's
euro parity (129.23). Figures (seeds/quotes): BABA's October 2025 high 192.67 on 2025-10-02, ECB EUR/USD 1.1754 that
day: 192.67 / 1.1754 = 163.92 EUR; no October session's range reaches 183 euros or 212 dollars.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

LEAD = "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 142,90 HK-Dollar. Hierzulande kostet sie rund 122 Euro. "


@pytest.mark.parametrize(
    ("template", "true", "altered"),
    (
        (LEAD + "Seit dem Hoch im Oktober, als die Aktie bei gut {x} Euro notierte, hat sie verloren.", "163", "183"),
        (
            "Alibaba's ADRs closed at $144.11 on Friday. Since its peak in October, when the ADRs traded at just over "
            "${x}, the stock has lost much of its value.",
            "192",
            "212",
        ),
    ),
)
def test_the_when_clause_price_is_of_the_month_named(template: str, true: str, altered: str, tmp_path: Path) -> None:
    good, bad = verdicts_true_and_altered(tmp_path, template, "2026-02-27", true, altered)
    assert good[true] == "accurate"
    assert bad[altered] == "wrong"
