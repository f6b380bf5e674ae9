"""A move over last week is a week's move, not the day's: read as a day change, a true weekly figure
would be called wrong against the session's move."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import Rules

TUESDAY = Published(date(2025, 11, 18), "option")


@pytest.mark.parametrize(
    "text",
    [
        "Die Tencent-Aktie legte in der vergangenen Woche um 2,5 Prozent zu.",
        "Die Tencent-Aktie fiel am Montag um 1,5 Prozent, nachdem sie in der Vorwoche um 2,5 Prozent gestiegen war.",
        "Auf das Wochenplus von 2,5 Prozent folgten Gewinnmitnahmen bei der Tencent-Aktie.",
        "Tencent shares rose 2.5% last week.",
        "Tencent shares posted a weekly gain of 2.5% in Hong Kong.",
    ],
)
def test_last_weeks_move_is_a_week_return(rules: Rules, text: str) -> None:
    claims = {c.quote.replace(".", ","): c for c in extract_claims(text, TUESDAY, rules)[0]}
    assert claims["2,5"].kind == "week_return" and claims["2,5"].checkable
    if "1,5" in claims:
        assert claims["1,5"].kind == "day_change"
