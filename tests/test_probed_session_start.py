"""Words of a session's start (cues.csv). 'Vor dem Xetra-Start', 'vor der Xetra-Eröffnung', 'vor dem Börsenstart': a
German quote told before Xetra opens is a pre-market indication, not the day's move or price: the daily quotes do not
hold it, so it is unverifiable, never judged against a session's close; after the start it is the session's. 'Die
ADRs starten bei 160,40 Dollar in den Handel' in the present, as 'starteten' in the past, names the opening price. Texts
written for the test (no article copied).

Quotes (seeds/quotes/BABA.csv): Alibaba's ADRs opened at 163.12 on Thursday 2026-02-12, their day ranging 156.96 ..
163.37."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote


@pytest.mark.parametrize(
    "opening",
    ["Vor dem Xetra-Start", "Vor der Xetra-Eröffnung", "Vor dem Börsenstart"],
)
def test_before_xetra_opens_is_pre_market(opening: str) -> None:
    text = f"{opening} notierte die Alibaba-Aktie auf Tradegate 1,2 Prozent höher bei 125,40 Euro."
    claims = claims_by_quote(text, date(2026, 2, 12))
    assert claims["1,2"].kind == "premarket" and claims["125,40"].kind == "premarket"


def test_after_xetra_starts_it_is_the_sessions() -> None:
    claims = claims_by_quote(
        "Nach dem Xetra-Start notierte die Alibaba-Aktie 1,2 Prozent höher bei 125,40 Euro.", date(2026, 2, 12)
    )
    assert claims["1,2"].kind == "day_change" and claims["125,40"].kind == "last_price"


def test_a_pre_market_indication_is_not_judged(tmp_path: Path) -> None:
    text = (
        "Alibaba am Morgen\n\n12.02.2026, 08:35 Uhr\n\n"
        "Vor dem Xetra-Start notierte die Alibaba-Aktie auf Tradegate 1,2 Prozent höher bei 125,40 Euro."
    )
    assert verdicts_by_quote(tmp_path, text, "2026-02-12") == {"1,2": "unverifiable", "125,40": "unverifiable"}


@pytest.mark.parametrize("verb", ["starten", "starteten"])
def test_starting_at_a_price_into_the_session_is_the_open(tmp_path: Path, verb: str) -> None:
    text = f"New York, 12.02.2026, 16:10 Uhr\n\nDie Alibaba-ADRs {verb} bei 163,12 Dollar in den Handel."
    assert claims_by_quote(text, date(2026, 2, 12))["163,12"].kind == "open_price"
    assert verdicts_by_quote(tmp_path, text, "2026-02-12")["163,12"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("163,12", "159,00"), "2026-02-12")["159,00"] == "wrong"
