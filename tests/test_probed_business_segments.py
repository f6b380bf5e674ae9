"""A business segment's growth ('Der Bereich Taobao legte 10 Prozent zu', 'Das Segment Quick Commerce verbuchte ein Plus
von 12 Prozent', 'Der Geschäftsbereich Cloud Intelligence wuchs um 26 Prozent', 'Its Taobao and Tmall division grew
10%') is a company figure, out of scope: before, the German sentences after an earnings report were read as the share's
move on the report's day, and a true figure was called wrong. 'im Bereich von 2 Prozent' (about 2 per cent) names no
segment and keeps the share's move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

OPENING = "Alibaba legte am Dienstag Zahlen vor. "
DAY = "2025-08-29"


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        (OPENING + "Der Bereich Taobao legte 10 Prozent zu.", "10"),
        (OPENING + "Das Segment Quick Commerce verbuchte ein Plus von 12 Prozent.", "12"),
        (OPENING + "Der Geschäftsbereich Cloud Intelligence wuchs um 26 Prozent.", "26"),
        ("Alibaba reported results on Tuesday. Its Taobao and Tmall division grew 10%.", "10"),
    ),
)
def test_a_segments_growth_is_no_share_move(tmp_path: Path, text: str, quote: str) -> None:
    claim = claims_by_quote(text, date.fromisoformat(DAY))[quote]
    assert (claim.kind, claim.checkable) == ("business_growth", False)
    assert verdicts_by_quote(tmp_path, text, DAY)[quote] == "out_of_scope"


def test_about_a_figure_is_no_segment(tmp_path: Path) -> None:
    # seeds/quotes/9988.HK.csv: 2025-08-26 (Tuesday) close 121.30, 2025-08-25 close 124.50: -2.57 %
    text = OPENING + "Die Aktie gab in Hongkong im Bereich von {x} Prozent nach."
    claim = claims_by_quote(text.format(x="2,6"), date.fromisoformat(DAY))["2,6"]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "9988.HK", {"date": "2025-08-26"})
    true, altered = verdicts_true_and_altered(tmp_path, text, DAY, "2,6", "9")
    assert true["2,6"] == "accurate"
    assert altered["9"] == "wrong"
