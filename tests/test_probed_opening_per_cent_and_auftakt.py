"""The open told in words an editor reads as the open: 'opened 3.2 per cent lower at HK$502.50' (British 'per cent'
spelled out is one word of the move, as '%' is: the price after 'at' is the open's, cues.csv open_price) and 'zum
Auftakt' (at the start of the session, like 'zum Handelsstart'; not 'zum Auftakt der Woche', the week's first session).
Before, the spelled-out 'per cent' made the move four words long and the price a price of the moment, and 'gab zum
Auftakt 3,2 Prozent nach' was the day's move, a true opening drop called wrong on a day that closed higher."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/0700.HK.csv 2026-03-09: open 502.50 vs 519.00 (2026-03-06): -3.18 %; close 516.00.
# 3690.HK.csv 2026-03-09: open 74.40 vs 76.85: -3.19 %; close 78.70 (+2.41 %: the day rose)
DAY = "2026-03-09"


@pytest.mark.parametrize(
    "text",
    (
        "Tencent shares opened 3.2 per cent lower at HK$502.50 on Monday.",
        "Tencent shares opened on Monday 3.2 per cent lower at HK$502.50.",
    ),
)
def test_the_price_after_opened_per_cent_at_is_the_open(text: str) -> None:
    claims = claims_by_quote(text, date.fromisoformat(DAY))
    assert (claims["3.2"].kind, claims["502.50"].kind) == ("open_move", "open_price")


def test_zum_auftakt_is_the_open(tmp_path: Path) -> None:
    text = "Meituan gab in Hongkong zum Auftakt 3,2 Prozent auf 74,40 HKD nach."
    claims = claims_by_quote(text, date.fromisoformat(DAY))
    assert (claims["3,2"].kind, claims["74,40"].kind) == ("open_move", "open_price")
    verdicts = verdicts_by_quote(tmp_path, text, DAY)
    assert (verdicts["3,2"], verdicts["74,40"]) == ("accurate", "accurate")


def test_zum_auftakt_der_woche_is_no_open() -> None:
    claim = claims_by_quote("Zum Auftakt der Woche gab Meituan in Hongkong 3,2 Prozent nach.", date.fromisoformat(DAY))
    assert claim["3,2"].kind == "day_change"
