"""A distance to a high the text does not name ('18% below their highs', 'unter dem Hoch', 'off its highs') is
a distance to a peak the quotes cannot place, unverifiable with that reason; it had been judged as the day's
move of -18 % (a true distance called wrong) or dropped as a count. A named high keeps its own reading.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.kinds import UNMEASURED_KINDS
from tests.helpers import claims_by_quote

WEDNESDAY = date(2025, 11, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alibaba shares are 18% below their highs.",
        "Alibaba is now 18% off its highs.",
        "Alibaba has fallen 18% from its high.",
        "Alibaba liegt 18 Prozent unter dem Hoch.",
        "Die Alibaba-Aktie notiert 18 Prozent unter ihrem bisherigen Höchststand.",
    ],
)
def test_a_distance_to_an_unnamed_high_is_not_measured(sentence: str) -> None:
    claim = claims_by_quote(sentence, WEDNESDAY)["18"]
    assert (claim.kind, claim.listing, claim.direction) == ("distance_past_peak", "9988.HK", "down")
    assert "a high the text does not name" in UNMEASURED_KINDS[claim.kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Alibaba is now 18% off its 52-week high.", "distance_52w_high"),
        ("Die Alibaba-Aktie stieg um 18 Prozent auf ein neues Hoch.", "day_change"),
        ("Alibaba rallied 18% to its high of the day at HK$160.", "day_change"),
    ],
)
def test_a_named_high_or_a_move_reaching_one_keeps_its_reading(sentence: str, kind: str) -> None:
    assert claims_by_quote(sentence, WEDNESDAY)["18"].kind == kind
