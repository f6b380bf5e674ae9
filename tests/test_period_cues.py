"""A move over last week is a week's move, not the day's: read as a day change, a true weekly figure
would be called wrong against the session's move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import Rules
from tests.helpers import check_text

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


def test_last_weeks_move_is_read_on_last_week(tmp_path: Path) -> None:
    """0700.HK (seeds/quotes): week of 2025-11-10 closed 641 on Friday 11-14 against 634 on 11-07,
    +1.10 %; Monday 11-17 closed 636.5, -0.70 %. The five sessions up to Monday alone (636.5 against
    649.5 on 11-10, -2.0 %) would call the true +1.1 % wrong."""
    text = (
        "Die Tencent-Aktie fiel am Montag in Hongkong um 0,7 Prozent, "
        "nachdem sie in der Vorwoche um 1,1 Prozent gestiegen war."
    )
    results = check_text(tmp_path, text, "2025-11-18")
    verdicts = {c["quote"]: (c["kind"], c["verdict"]) for c in results["articles"][0]["claims"]}
    assert verdicts == {"0,7": ("day_change", "accurate"), "1,1": ("week_return", "accurate")}
    (tmp_path / "w").mkdir()
    wrong = check_text(tmp_path / "w", text.replace("1,1 Prozent", "3,1 Prozent"), "2025-11-18")
    assert [c["verdict"] for c in wrong["articles"][0]["claims"] if c["quote"] == "3,1"] == ["wrong"]
