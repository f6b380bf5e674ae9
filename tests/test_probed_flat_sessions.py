"""A session told as ending without a move of note, with no number ('In Hongkong schlossen Alibaba-Aktien am Mittwoch
unverändert', 'beendete den Handel ... kaum verändert', 'closed little changed', 'were flat'), is a sign-only claim:
its close within 0.5 pp of the close before (bands.csv flat), read on the close alone (a session that swung and
ended flat is flat). Before, such sentences gave no claim, and a flat session told of a stock that moved went
unchecked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes: 2025-11-19 (Wednesday) 9988.HK close 156.40 after 154.60 (+1.16 %),
# 0700.HK 622.50 after 623.50 (-0.16 %)
DAY = "2025-11-19"


@pytest.mark.parametrize(
    ("text", "verdict"),
    (
        ("Die Tencent-Aktie beendete den Handel am Mittwoch in Hongkong kaum verändert.", "accurate"),
        ("Tencent's Hong Kong shares closed little changed on Wednesday.", "accurate"),
        ("In Hongkong schlossen Alibaba-Aktien am Mittwoch unverändert.", "wrong"),
        ("Alibaba's Hong Kong shares were flat on Wednesday.", "wrong"),
    ),
)
def test_a_flat_session_is_a_close_near_the_close_before(tmp_path: Path, text: str, verdict: str) -> None:
    (claim,) = [c for c in claims_by_quote(text, date.fromisoformat(DAY)).values() if c.kind == "direction"]
    assert (claim.direction, claim.reference) == ("flat", {"date": DAY})
    assert verdicts_by_quote(tmp_path, text, DAY)[claim.quote] == verdict


def test_a_negated_flat_session_is_no_claim() -> None:
    text = "Alibaba-Aktien blieben am Mittwoch in Hongkong nicht unverändert, sie stiegen deutlich."
    assert not [c for c in claims_by_quote(text, date.fromisoformat(DAY)).values() if c.direction == "flat"]
