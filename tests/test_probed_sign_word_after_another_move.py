"""A sign word after another percentage is that percentage's (metrics.nearest_direction): in 'erasing early gains of as
much as 0.7% to end 2.6% lower' the early gain is up, and only the close is lower. Before, 'lower' stood nearer to
the 0.7 than 'gains' and turned the morning's gain into a fall: a wrong figure could then pass on the day's low side
of the range. The German plural 'Gewinne' names a gain too (directions.csv).

Quotes (9988.HK, seeds/quotes, 2026-01-15): high 170.10 against the close before, 169.00: +0.65 %; close 164.60:
-2.60 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

THURSDAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "early", "close"),
    [
        (
            "Alibaba's Hong Kong shares turned on Thursday, erasing early gains of as much as 0.7% to end 2.6% lower "
            "at HK$164.60.",
            "0.7",
            "2.6",
        ),
        (
            "Die Alibaba-Aktie gab am Donnerstag frühe Gewinne von bis zu 0,7 Prozent wieder ab und ging 2,6 Prozent "
            "tiefer aus dem Handel.",
            "0,7",
            "2,6",
        ),
    ],
)
def test_an_early_gain_stays_up_beside_a_lower_close(text: str, early: str, close: str) -> None:
    claims = claims_by_quote(text, THURSDAY)
    assert (claims[early].direction, claims[close].direction) == ("up", "down")
