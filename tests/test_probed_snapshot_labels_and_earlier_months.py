"""A quote snapshot's labels with Hong Kong dollars ('Open: HK$125.50', 'High: HK$126.30', 'Last close: HK$123.90') name
their prices as with '$' (the label reached only three characters, too few for ': HK$'); 'Change: −HK$1.20' is the
day's move in money, not a close (called wrong). A move told in an earlier event's clause with its own month ('Since the
start of October, the stock has fallen about 7%, after a 49% surge in September') is that month's move, not October's
(called wrong). Quotes: seeds/quotes/9888.HK.csv 2025-10-28 open 125.50, high 126.30, low 123.20, close 123.90 (Monday
125.10); September 2025: 89.40 (2025-08-29) -> 133.20 (2025-09-30) = +49.0 %; October to 2025-10-28: -6.98 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"

SNAPSHOT = (
    "Baidu (9888.HK) quote snapshot\n\n"
    "- Last close: HK$123.90\n"
    "- Change: −HK$1.20 (−0.96%)\n"
    "- Open: HK$125.50\n"
    "- High: HK$126.30\n"
    "- Low: HK$123.20\n"
)


@pytest.mark.parametrize(
    ("quote", "kind"),
    (
        ("123.90", "close"),
        ("1.20", "price_change"),
        ("125.50", "open_price"),
        ("126.30", "day_high"),
        ("123.20", "day_low"),
    ),
)
def test_the_snapshots_labels_name_their_figures(quote: str, kind: str) -> None:
    claim = claims_by_quote(SNAPSHOT, date.fromisoformat(PUBLISHED))[quote]
    assert (claim.kind, claim.reference) == (kind, {"date": "2025-10-28"})


def test_the_snapshots_true_figures_are_accurate(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, SNAPSHOT, PUBLISHED)
    assert [verdicts[q] for q in ("123.90", "1.20", "125.50", "126.30", "123.20")] == ["accurate"] * 5


def test_an_earlier_events_month_is_its_moves_period(tmp_path: Path) -> None:
    text = (
        "Baidu's Hong Kong shares (9888.HK) ended Tuesday at HK$123.90. Since the start of October they have slipped "
        "about 7%, after a 49% jump in September."
    )
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert claims["49"].reference == {"start": "2025-09-01", "end": "2025-09-30"}
    assert claims["7"].reference == {"start": "2025-10-01", "end": "2025-10-28"}
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["49"] == "accurate"
