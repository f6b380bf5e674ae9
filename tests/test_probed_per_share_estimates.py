"""A share word that is a figure's unit ('per share', 'je Aktie') names no shares: 'The consensus estimate for its
full-year earnings stands at $9.40 per share, down 4.1% over the past 30 days' tells the estimate's revision, a company
figure, not the stock's move. Before, 'share' ended the reach of the figure's noun ('earnings'), and a look-back
('over the past 30 days') was not among the periods a figure noun before its number overrides: the revision was read as
the stock's move since 30 sessions before and judged (share_words.csv per_unit; metrics.best_cue)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        (
            "Baidu closed at $118.40. The consensus estimate for its full-year earnings stands at $9.40 per share, "
            "down 4.1% over the past 30 days.",
            "4.1",
        ),
        ("Alibaba closed at $131.20. Its cloud revenue has grown 40% over the past three years.", "40"),
    ),
)
def test_a_figure_moved_over_a_look_back_is_no_share_move(text: str, quote: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert claim.kind == "financials" and not claim.checkable


def test_the_shares_named_beside_a_figure_still_take_their_move() -> None:
    claims = claims_by_quote(
        "Alibaba closed at $131.20. The stock has lost 12% over the past 60 days, while earnings per share rose 5%.",
        PUBLISHED,
    )
    assert claims["12"].kind == "since_return" and claims["12"].listing == "BABA"
    assert claims["5"].kind == "financials"
