"""'the composite' written in small letters is the last index named whose name holds the word, as 'the Composite' is
(index_roles.csv short_name): the Nasdaq Composite after 'Nasdaq Composite', the Shanghai Composite after 'Shanghai
Composite', never the Nasdaq's by default (a Shanghai figure judged on the Nasdaq would be called wrong).
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# seeds/quotes ^IXIC: Friday 2026-02-27 close 22,668.21, Wednesday 2026-03-04 close 22,807.48: +0.61 %.
NASDAQ = (
    "The Nasdaq Composite rose 1.3% to 22,807.48 on Wednesday. Compared with last Friday's close, the composite is up "
    "0.6%."
)
SHANGHAI = (
    "China's Shanghai Composite index rose 0.5% to 3,996.94 on Monday, and the composite has gained about 19% this "
    "year."
)


def test_the_composite_after_the_nasdaq_composite_is_the_nasdaq_composite() -> None:
    assert claims_by_quote(NASDAQ, date(2026, 3, 4))["0.6"].listing == "^IXIC"


def test_the_composite_after_the_shanghai_composite_is_the_shanghai_composite() -> None:
    claims = claims_by_quote(SHANGHAI, date(2025, 10, 27))
    assert claims["19"].subject == "Shanghai Composite Index"
    assert claims["19"].listing is None  # no quotes: unverifiable, never the Nasdaq's
