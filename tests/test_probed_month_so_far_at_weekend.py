"""A month so far told at a weekend ('has lost about 9% so far in October' in a Sunday note) runs to the month's last
weekday before publication, the last session, as a year so far does (dates.named_month_window). Before, its window
ended on the Sunday itself while the year-to-date figure beside it ended on Friday.

Quotes (BIDU, seeds/quotes): 2025-09-30 close 131.77, 2025-10-17 (Friday) 120.01: -8.92 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

SENTENCES = [
    "Baidu (BIDU) closed at $120.01.\n\nThe ADRs have lost about 9% so far in October.",
    "Baidu (BIDU) closed at $120.01.\n\nIn October, the ADRs are down about 9%.",
]


@pytest.mark.parametrize("published", [date(2025, 10, 18), date(2025, 10, 19)])
@pytest.mark.parametrize("text", SENTENCES)
def test_the_month_so_far_ends_on_the_last_weekday(text: str, published: date) -> None:
    assert claims_by_quote(text, published)["9"].reference == {"start": "2025-10-01", "end": "2025-10-17"}


def test_a_finished_month_keeps_its_calendar_end() -> None:
    text = "Alibaba (9988.HK) fell on Friday. In February, the shares lost 15%."
    assert claims_by_quote(text, date(2026, 3, 1))["15"].reference == {"start": "2026-02-01", "end": "2026-02-28"}


def test_a_month_told_on_its_last_day_a_saturday_is_the_whole_month() -> None:
    text = "Monatsbilanz Meituan (3690.HK). Im Februar verlor die Aktie gut 16 Prozent auf 81,15 Hongkong-Dollar."
    assert claims_by_quote(text, date(2026, 2, 28))["16"].reference == {"start": "2026-02-01", "end": "2026-02-28"}
