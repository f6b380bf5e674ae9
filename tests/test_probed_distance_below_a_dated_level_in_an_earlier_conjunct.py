"""A distance below (above) a level told with the verb that reached it and its day ('about 14% below the $181.10 they
touched on Jan. 22') runs up to the day reported, not to the day a later conjunct's own base was reached ('..., and
the Hong Kong shares are nearly 11% below the HK$174.20 reached on Jan. 29'); that later day dates only its level.

Before, the first distance was measured from Jan. 22 to Jan. 29 and a true figure was called wrong (tester141's en283
showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BABA 2026-02-13 close 155.73, high 2026-01-22 181.10: 155.73 / 181.10 - 1 = -14.01 %;
# 9988.HK 2026-02-13 close 155.40, high 2026-01-29 174.20: 155.40 / 174.20 - 1 = -10.79 %.
TEMPLATE = (
    "Alibaba's ADRs ended Friday at $155.73 and its Hong Kong stock at HK$155.40. The ADRs trade roughly {x}% below "
    "the $181.10 they hit on Jan. 22, and the Hong Kong stock sits about 11% below the HK$174.20 it reached on Jan. 29."
)


def test_the_first_distance_runs_to_the_day_reported() -> None:
    claims = claims_by_quote(TEMPLATE.format(x="14"), date(2026, 2, 14))
    assert claims["14"].reference == {"start": "2026-01-22", "end": "2026-02-13"}
    assert claims["174.20"].reference == {"date": "2026-01-29"}


def test_the_first_distance_is_judged_to_the_day_reported(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEMPLATE, "2026-02-14", "14", "20")
    assert true["14"] == "accurate"
    assert altered["20"] == "wrong"
