"""A trailing overnight word led by its market ('in New York overnight') ends a move's phrase that names the shares at
length: 'after a 3.1% gain in the company's U.S.-listed shares in New York overnight' is New York's session before the
sentence's day. Before, the word stood beyond the reach a bare trailing 'overnight' has (50 characters after the
number), and the move took the sentence's day, a session New York had not traded yet (overnight.csv
trailing_market, timing._overnight_after)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 5, 22)  # a Thursday: New York's overnight session is Wednesday's


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        (
            "Alibaba's Hong Kong shares rose 2% on Thursday after a 3.1% gain in the company's U.S.-listed shares "
            "in New York overnight.",
            "3.1",
        ),
        (
            "Baidu's Hong Kong stock slid 4% on Thursday, extending a 4.3% drop of its American depositary receipts "
            "on Wall Street overnight.",
            "4.3",
        ),
    ),
)
def test_a_move_with_a_market_led_overnight_word_is_the_session_before(text: str, quote: str) -> None:
    assert claims_by_quote(text, PUBLISHED)[quote].reference == {"date": "2025-05-21"}


def test_a_move_far_from_a_bare_overnight_word_keeps_the_sentences_day() -> None:
    text = (
        "Alibaba's Hong Kong shares rose 2.4% on Thursday in a broad rally that lifted the city's technology names "
        "overnight."
    )
    assert claims_by_quote(text, PUBLISHED)["2.4"].reference == {"date": "2025-05-22"}
