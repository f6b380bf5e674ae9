"""A gap told right after the yardstick a stock is measured against is the stock's: 'Alibaba outperformed the Hang Seng
by 3.2 percentage points', 'Baidu has trailed the Nasdaq-100 by roughly 6 percentage points this year'. Before, the
index named nearest before the number took it, and 'trailed' or 'lagged' made no yardstick at all (index_roles.csv
yardstick, subjects._compared_with). A relative return stays unverifiable either way; its subject is the stock's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    (
        ("Alibaba outperformed the Hang Seng by 3.2 percentage points this week.", "3.2", "Alibaba"),
        ("Baidu has trailed the Nasdaq-100 by roughly 6 percentage points this year.", "6", "Baidu"),
        ("Nvidia lagged the Nasdaq 100 by 4 percentage points in February.", "4", "Nvidia"),
    ),
)
def test_a_gap_right_after_the_yardstick_is_the_stocks(text: str, quote: str, subject: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert claim.kind == "relative_return" and claim.subject == subject


def test_the_yardsticks_own_move_stays_the_yardsticks() -> None:
    claims = claims_by_quote("Alibaba trailed the Hang Seng, which rose 1.4% on Thursday.", PUBLISHED)
    assert claims["1.4"].subject == "Hang Seng"
