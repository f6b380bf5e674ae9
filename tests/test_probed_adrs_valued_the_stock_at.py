"""The ADR's price restated per Hong Kong share by what the ADRs 'valued the stock at' ('the ADRs valued the stock at
roughly HK$162 a share', 'priced each underlying share at HK$120.40') is a computation, as 'equivalent to HK$162 per
share' is: no quote of the Hong Kong listing (tester150: the restated HK$162 had been checked against Hong Kong's
session range and called wrong, a non-claim judged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

MONDAY = date(2026, 1, 12)
LEAD = "Alibaba's ADRs closed at $166.31 on Monday; its Hong Kong shares had closed at HK$154.30. "


@pytest.mark.parametrize(
    "restated",
    (
        "At those prices the ADRs valued the stock at roughly HK$162 a share.",
        "The ADRs thus valued each underlying share at HK$162.",
        "The ADR price values the shares at about HK$162 per share.",
    ),
)
def test_the_restated_price_is_a_conversion(restated: str) -> None:
    claims = claims_by_quote(LEAD + restated, MONDAY)
    assert claims["162"].kind == "price_conversion"
    assert not claims["162"].checkable
    assert claims["154.30"].kind == "close"


def test_the_conversion_gets_no_verdict(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path, LEAD + "At those prices the ADRs valued the stock at roughly HK$162 a share.", "2026-01-12"
    )
    assert verdicts["162"] in ("out_of_scope", None)
    assert verdicts["154.30"] == "accurate"
