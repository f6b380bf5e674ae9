"""A move told against a month's start or end without 'since' ('2,8 Prozent tiefer als Ende Oktober', '7.8% below its
level at the end of September', 'higher than at the start of November') is measured from that boundary's close: the
month's move when the boundary opens the month in play, else the move since the last close before it.

Before, every such figure was read as the day's move, and a true one was called wrong (tester135's de288 showed the
class: 'rund 2,5 Prozent höher als Ende Oktober').
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 0700.HK closes: 2025-09-30 663.00, 2025-10-31 629.00, Friday 2025-11-28 611.50.
# 611.50 / 629.00 - 1 = -2.78 % (November's move); 611.50 / 663.00 - 1 = -7.77 % (since September's last close).
GERMAN = (
    "Tencent schloss am Freitag bei 611,50 HKD und damit {month} Prozent tiefer als Ende Oktober und {since} Prozent "
    "unter dem Stand von Ende September."
)
ENGLISH = (
    "Tencent closed Friday at HK${close}, {month}% lower than at the end of October and {since}% below its level at "
    "the end of September."
)
PUBLISHED = date(2025, 11, 29)


@pytest.mark.parametrize(("template", "month", "since"), [(GERMAN, "2,8", "7,8"), (ENGLISH, "2.8", "7.8")])
def test_the_months_end_is_the_base(template: str, month: str, since: str) -> None:
    claims = claims_by_quote(template.format(close="611.50", month=month, since=since), PUBLISHED)
    assert (claims[month].kind, claims[month].reference) == (
        "month_return",
        {"start": "2025-11-01", "end": "2025-11-28"},
    )
    assert (claims[since].kind, claims[since].reference) == (
        "since_return",
        {"start": "2025-09-30", "end": "2025-11-28"},
    )


def test_the_start_of_the_month_in_play_is_its_move() -> None:
    claims = claims_by_quote("Tencent closed Friday at HK$611.50, 2.8% lower than at the start of November.", PUBLISHED)
    assert (claims["2.8"].kind, claims["2.8"].reference) == (
        "month_return",
        {"start": "2025-11-01", "end": "2025-11-28"},
    )


def test_the_moves_are_judged_from_those_closes(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        ENGLISH,
        PUBLISHED.isoformat(),
        {"close": "611.50", "month": "2.8", "since": "7.8"},
        {"close": "611.50", "month": "6.5", "since": "3.1"},
    )
    assert (true["2.8"], true["7.8"]) == ("accurate", "accurate")
    assert (altered["6.5"], altered["3.1"]) == ("wrong", "wrong")
