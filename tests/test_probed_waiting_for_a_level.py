"""A level someone waits for before buying ('Vorsichtige Anleger warten lieber auf Kurse unter 500 HKD', 'Cautious
buyers may wait for prices below HK$95') is a view of the chart, not a price the stock traded at (cues.csv,
level_forecast). Before, it was judged as the day's price."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-26"


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        (
            "Tencent schloss am Freitag bei 530,00 HKD. Vorsichtige Anleger warten lieber auf Kurse unter 500 HKD.",
            "500",
        ),
        ("Tencent schloss am Freitag bei 530,00 HKD. Wer noch nicht dabei ist, wartet auf Kurse um 480 HKD.", "480"),
        ("Meituan closed at HK$101.20 on Friday. Cautious buyers may wait for prices below HK$95.", "95"),
    ),
)
def test_a_level_waited_for_is_not_a_quote(tmp_path: Path, text: str, quote: str) -> None:
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))[quote]
    assert claim.kind == "level_forecast" and not claim.checkable
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)[quote] == "out_of_scope"


def test_the_close_before_it_is_still_judged() -> None:
    text = "Tencent schloss am Freitag bei 530,00 HKD. Vorsichtige Anleger warten lieber auf Kurse unter 500 HKD."
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["530,00"]
    assert claim.kind == "close" and claim.checkable
