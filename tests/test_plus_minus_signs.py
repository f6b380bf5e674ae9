"""'plus'/'minus' right before a figure give its sign ('Baidu (minus 0,5 Prozent)'): the move had taken the sign
of a verb further off ('legte ... zu') or, with none, stayed a bare count. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote


@pytest.mark.parametrize(
    ("sentence", "quote", "direction"),
    [
        (
            "Alibaba legte um 3,1 Prozent zu; Tencent (plus 1,2 Prozent) und Baidu (minus 0,5 Prozent) folgten.",
            "0,5",
            "down",
        ),
        (
            "Alibaba legte um 3,1 Prozent zu; Tencent (plus 1,2 Prozent) und Baidu (minus 0,5 Prozent) folgten.",
            "1,2",
            "up",
        ),
        ("Baidu (minus 0,5 Prozent) folgte.", "0,5", "down"),
        ("Der Hang Seng schloss mit einem Minus von 1,3 Prozent.", "1,3", "down"),
    ],
)
def test_plus_and_minus_before_a_figure_sign_it(sentence: str, quote: str, direction: str) -> None:
    claim = claims_by_quote(sentence, date(2025, 11, 26))[quote]
    assert (claim.direction, claim.kind in ("day_change", "index_move")) == (direction, True)
