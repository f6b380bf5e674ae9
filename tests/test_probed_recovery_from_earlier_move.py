"""A recovery told with the move it recovers from ('rebounding from a sharp drop at the end of last week', 'recovering
from a 1.3% slide on Friday') names that earlier move's day, not the day the sentence reports (earlier_events.csv
preposition: 'bounced back from', 'recovering from', ...). Before, a lede saying 'Hong Kong shares climbed on
Monday, rebounding from a sharp drop at the end of last week' put the whole article on Friday, and Monday's true
close and move were called wrong against Friday's.

Quotes (^HSI, seeds/quotes): 2025-09-26 (Friday) closed 26,128.20, down 1.35% on 26,484.68; 2025-09-29 (Monday)
closed 26,622.88, up 494.68 points or 1.89%.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

LEDES = [
    "Hong Kong shares climbed on Monday, rebounding from a sharp drop at the end of last week.",
    "Hong Kong shares climbed on Monday as investors bounced back from a sell-off at the end of last week.",
    "Hong Kong shares recovered from a selloff at the end of last week.",
]


@pytest.mark.parametrize("lede", LEDES)
def test_the_move_recovered_from_does_not_date_the_article(lede: str) -> None:
    text = f"Hang Seng recovers\n\n{lede}\n\nThe Hang Seng Index ended 1.89% higher at 26,622.88."
    claims = claims_by_quote(text, date(2025, 9, 29))
    assert claims["1.89"].reference == {"date": "2025-09-29"}
    assert claims["26,622.88"].reference == {"date": "2025-09-29"}


def test_the_move_recovered_from_keeps_its_own_day() -> None:
    text = "The Hang Seng Index rose 1.89% on Monday, recovering from a 1.35% slide on Friday."
    claims = claims_by_quote(text, date(2025, 9, 29))
    assert (claims["1.89"].reference, claims["1.35"].reference) == ({"date": "2025-09-29"}, {"date": "2025-09-26"})


def test_a_true_close_after_such_a_lede_is_accurate(tmp_path: Path) -> None:
    template = (
        "Hang Seng recovers\n\nHong Kong shares climbed on Monday, rebounding from a sharp drop at the end of last "
        "week.\n\nThe Hang Seng Index ended {x} higher at 26,622.88."
    )
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-09-29", "1.89%", "3.4%")
    assert (verdicts["1.89"], wrong["3.4"]) == ("accurate", "wrong")
