"""A support or resistance named by a zone's noun ('Darunter wartet bei 115 US-Dollar die nächste Auffangzone', 'die
Unterstützungszone um 120 Dollar', 'im Widerstandsbereich bei 140 Dollar') is a chart level (cues.csv level_forecast):
a view of the chart, not a price the share traded at.

Before, 'Darunter wartet bei 115 US-Dollar die nächste Auffangzone' was read as the ADR's last price and a chart level
was called wrong (tester145's de302, a non-claim checked).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

OPENING = "Die Baidu-ADRs schlossen am Dienstag bei 131,77 US-Dollar. "


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Darunter wartet bei 115 US-Dollar die nächste Auffangzone.", "115"),
        ("Die Unterstützungszone um 120 Dollar hielt am Montag.", "120"),
        ("Im Widerstandsbereich bei 140 Dollar drehte die Aktie zuletzt ab.", "140"),
    ],
)
def test_a_zones_level_is_a_chart_level(sentence: str, quote: str) -> None:
    claims = claims_by_quote(OPENING + sentence, date(2025, 10, 1))
    assert claims[quote].kind == "level_forecast"
    assert not claims[quote].checkable
    assert claims["131,77"].kind == "close"
