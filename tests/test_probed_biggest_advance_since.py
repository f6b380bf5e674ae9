"""'the biggest advance since Sept. 24', 'their steepest slide since Nov. 14': a superlative move named up to a date
says since when no bigger one came, as 'the biggest gain since' does; that date is no base of a look-back for the
figures around it (tester150: 'closed 5.3% higher ..., the biggest advance since Sept. 24, as the Hang Seng Index rose
1.9%' read the index's move as one since Sept. 24, where a true day's move would be called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/^HSI.csv: 2026-01-09 26231.79, 2026-01-12 26608.48 (+1.44 %); 9988.HK 2026-01-12 154.30 (+5.32 %)
MONDAY = date(2026, 1, 12)


@pytest.mark.parametrize("noun", ("advance", "surge", "climb", "rebound", "increase"))
def test_the_index_move_after_the_superlative_is_the_sessions(noun: str) -> None:
    text = (
        "Alibaba's Hong Kong shares closed 5.3% higher at HK$154.30 on Monday,"
        f" the biggest {noun} since Sept. 24, as the benchmark Hang Seng Index rose 1.4%."
    )
    claims = claims_by_quote(text, MONDAY)
    assert claims["1.4"].kind == "index_move"
    assert claims["1.4"].reference == {"date": "2026-01-12"}


@pytest.mark.parametrize("noun", ("slide", "slump", "plunge", "tumble"))
def test_the_move_after_a_falling_superlative_is_the_sessions(noun: str) -> None:
    text = f"Alibaba's ADRs posted their steepest {noun} since Nov. 14 on Monday, falling 4.1%."
    claims = claims_by_quote(text, MONDAY)
    assert claims["4.1"].kind == "day_change"


def test_a_plain_look_back_keeps_its_base() -> None:
    claims = claims_by_quote("Alibaba's Hong Kong shares have gained 8% since Sept. 24.", MONDAY)
    assert claims["8"].kind == "since_return"
    assert claims["8"].reference == {"start": "2025-09-24", "end": "2026-01-12"}


def test_the_true_index_move_passes_and_an_altered_one_does_not(tmp_path: Path) -> None:
    template = (
        "Alibaba's Hong Kong shares closed 5.3% higher at HK$154.30 on Monday, the biggest advance since Sept. 24, as"
        " the benchmark Hang Seng Index rose {x}%."
    )
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-12", "1.4", "2.4")
    assert true["1.4"] == "accurate"
    assert altered["2.4"] == "wrong"
