"""A percentage placed against the shares' close of a day named before ('2.2% below their close that day', '... below
their close of Nov. 25', '2 Prozent unter ihrem Schlusskurs vom 20. März') is the move since that close up to the day
reported, never that earlier session's own move nor the reported session's (tester150: 'The Hong Kong shares are still
2.2% below their close that day' had been read as the results day's move and a true figure called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: close 2025-11-25 157.80, 2026-01-12 154.30: 154.30 / 157.80 - 1 = -2.22 %
MONDAY = date(2026, 1, 12)
RESULTS = (
    "Alibaba's Hong Kong shares rose 5.3% to HK$154.30 on Monday. The company reported quarterly results on Nov. 25. "
)


@pytest.mark.parametrize(
    "base",
    ("their close that day", "their close on that day", "the close that day", "their close of Nov. 25"),
)
def test_the_move_runs_from_the_named_close(base: str) -> None:
    claims = claims_by_quote(RESULTS + f"The stock is still 2.2% below {base}.", MONDAY)
    assert claims["2.2"].kind == "since_return"
    assert claims["2.2"].reference == {"start": "2025-11-25", "end": "2026-01-12"}


def test_the_german_owner_close_of_a_date() -> None:
    text = (
        "Die Alibaba-Aktie schloss am Montag bei 154,30 HKD. "
        "Damit liegt sie 2,2 Prozent unter ihrem Schlusskurs vom 25. November."
    )
    claims = claims_by_quote(text, MONDAY)
    assert claims["2,2"].kind == "since_return"
    assert claims["2,2"].reference == {"start": "2025-11-25", "end": "2026-01-12"}


def test_the_true_figure_passes_and_an_altered_one_does_not(tmp_path: Path) -> None:
    template = RESULTS + "The stock is still {x}% below their close that day."
    true, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-12", "2.2", "6.2")
    assert true["2.2"] == "accurate"
    assert altered["6.2"] == "wrong"
