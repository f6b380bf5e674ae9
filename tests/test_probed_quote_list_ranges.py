"""A quick-facts list gives a session's range after the bare word 'range', its ends joined by an en dash with the
currency written before each ('range HK$123.20–HK$126.30'): before, the lower end was dropped as a name's part
('123.20–HK' read like '12-Monats') and the upper read as a close (called wrong); with a spaced dash both were
closes. An exchange rate written as a pair ('at 7.77 HKD/USD') was read as a share price, 'The RSI14 is 61' was not
read, and 'Volume has decreased ... by 18.97 million shares' was read as the day's volume. Quotes: seeds/quotes/
9888.HK.csv 2025-10-28 close 123.90, low 123.20, high 126.30; BIDU.csv 2025-10-27 low 128.14, high 130.03."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"

FACTS = (
    "Baidu at a glance\n\n"
    "- Hong Kong: HK$123.90, range HK$123.20–HK$126.30.\n"
    "- New York (Monday): range $128.14 – $130.03.\n\n"
    "At 7.77 HKD/USD, the Hong Kong close works out to about $127.56 per ADR. The RSI14 is 54, and volume has "
    "decreased on the last day by 20 million shares.\n"
)


@pytest.mark.parametrize(
    ("quote", "kind", "day"),
    (
        ("123.20", "day_low", "2025-10-28"),
        ("126.30", "day_high", "2025-10-28"),
        ("128.14", "day_low", "2025-10-27"),
        ("130.03", "day_high", "2025-10-27"),
        ("54", "rsi", "2025-10-28"),
        ("20", "volume_change", "2025-10-28"),
    ),
)
def test_the_lists_ranges_and_indicator_are_read(quote: str, kind: str, day: str) -> None:
    claim = claims_by_quote(FACTS, date.fromisoformat(PUBLISHED))[quote]
    assert (claim.kind, claim.reference) == (kind, {"date": day})


def test_an_exchange_rate_is_no_share_price() -> None:
    claim = claims_by_quote(FACTS, date.fromisoformat(PUBLISHED))["7.77"]
    assert claim.kind == "macro" and not claim.checkable


def test_the_true_range_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, FACTS, PUBLISHED)
    assert [verdicts[q] for q in ("123.20", "126.30", "128.14", "130.03")] == ["accurate"] * 4
    assert verdicts["7.77"] == "out_of_scope"
