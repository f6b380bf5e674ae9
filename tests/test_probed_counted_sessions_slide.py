"""A move over a count of sessions naming no day ('have lost 5% over the past two sessions', 'in den vergangenen zwei
Handelstagen 5 Prozent verloren') in a text published on a trading day without a time may end in the session of the
publication day or the one before; its base is the close that many sessions before the session it ends in
(`Claim.window_back` with unit 'sessions'), as a window of weeks or months is counted back from its end. Before, the
base was fixed two sessions before the publication day: read as of the session before, the window held one session,
and a true figure was called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# A Wednesday. seeds/quotes/BABA.csv closes: 2026-01-15 170.93, 2026-01-16 165.40, 2026-01-20 162.39 (19 January a
# US holiday), 2026-01-21 168.67.
PUBLISHED = "2026-01-21"
TWO_SESSIONS_TO_TUESDAY = (162.39 / 170.93 - 1) * 100  # -5.00 %
TWO_SESSIONS_TO_WEDNESDAY = (168.67 / 165.40 - 1) * 100  # +1.98 %
TWO_SESSIONS_TO_FRIDAY = (165.40 / 169.90 - 1) * 100  # -2.65 % (14 January's close 169.90), no longer in play


@pytest.mark.parametrize(
    "text",
    (
        "Alibaba's US-listed shares have lost {x}% over the past two sessions.",
        "Die Alibaba-ADRs haben in den vergangenen zwei Handelstagen in New York {x} Prozent verloren.",
    ),
)
def test_a_counted_window_ending_the_session_before_is_measured_from_its_own_base(tmp_path: Path, text: str) -> None:
    assert round(TWO_SESSIONS_TO_TUESDAY, 1) == -5.0
    claim = claims_by_quote(text.format(x="5"), date.fromisoformat(PUBLISHED))["5"]
    assert claim.kind == "since_return" and claim.window_back == (2, "sessions")
    true, altered = verdicts_true_and_altered(tmp_path, text, PUBLISHED, "5", "3")
    assert true["5"] == "accurate"
    # -3 % is far from -5.00 % and +1.98 %; it lies near the two sessions to Friday, a window no longer in play
    assert round(TWO_SESSIONS_TO_FRIDAY) == -3 and round(TWO_SESSIONS_TO_WEDNESDAY) == 2
    assert altered["3"] == "wrong"


def test_a_counted_window_of_a_named_day_keeps_that_days_base(tmp_path: Path) -> None:
    text = "Alibaba's US-listed shares fell 1.8% on Tuesday, bringing their loss over the past two sessions to {x}%."
    claim = claims_by_quote(text.format(x="5"), date.fromisoformat(PUBLISHED))["5"]
    assert claim.reference == {"start": "2026-01-15", "end": "2026-01-20"}
    true, altered = verdicts_true_and_altered(tmp_path, text, PUBLISHED, "5", "2")
    assert true["5"] == "accurate"
    assert altered["2"] == "wrong"
