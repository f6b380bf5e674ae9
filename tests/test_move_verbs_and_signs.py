"""Words that sign a move: 'plus'/'minus' right before a figure ('Baidu (minus 0,5 Prozent)' had taken the sign
of a verb further off, 'legte ... zu', or, with none, stayed a bare count), and move verbs of wire copy that were
missing ('gave back 1.4%', 'recouped', 'tacked on', 'surrendered', 'rückte um 1,4 Prozent vor': each had left
the day's move an unchecked count). Sentences written for these tests."""

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


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Alibaba gave back 1.4% on Wednesday.", "down"),
        ("Alibaba surrendered 1.4% on Wednesday.", "down"),
        ("Alibaba shaved 1.4% off its value on Wednesday.", "down"),
        ("Alibaba recouped 1.4% on Wednesday.", "up"),
        ("Alibaba tacked on 1.4% on Wednesday.", "up"),
        ("Die Alibaba-Aktie rückte am Mittwoch um 1,4 Prozent vor.", "up"),
    ],
)
def test_move_verbs_of_wire_copy_make_a_days_move(sentence: str, direction: str) -> None:
    claim = next(iter(claims_by_quote(sentence, date(2025, 11, 20)).values()))
    assert (claim.kind, claim.direction, claim.reference) == ("day_change", direction, {"date": "2025-11-19"})
