"""The price a premarket move went to, told with a comparative between them ('indicated 4% higher at $127.70',
'notierten vorbörslich 4 Prozent höher bei 127,70 Dollar'), is a premarket price too (linking._WENT_TO): the daily
quotes hold no premarket trade, so it is unverifiable. Before, only 'to'/'auf' right after the percentage was read
so: the price became the regular session's last price, and with the premarket cue heading the sentence it was even
dated to the Friday before and called wrong against Friday's close of $122.76 (BIDU, seeds/quotes, 2025-10-24).
A session's close told the same way ('closed 1.9% higher at $122.76') stays the close.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

MONDAY = date(2025, 10, 27)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In premarket trading in New York, Baidu's ADRs were indicated roughly 4% higher at $127.70.", "127.70"),
        ("Vorbörslich notierten die Baidu-ADRs am Montag 4 Prozent höher bei 127,70 Dollar.", "127,70"),
    ],
)
def test_a_price_a_premarket_move_went_to_is_a_premarket_price(text: str, quote: str) -> None:
    assert claims_by_quote(text, MONDAY)[quote].kind == "premarket"


def test_a_close_told_after_its_move_stays_the_close() -> None:
    claim = claims_by_quote("Baidu's ADRs closed 1.9% higher at $122.76 on Friday.", MONDAY)["122.76"]
    assert (claim.kind, claim.reference) == ("close", {"date": "2025-10-24"})
