"""A month's extreme named with the possessive ('April's low', 'October's high') is that month's low or high as
'its April low' is: before, 'up nearly 70% from April's low' was read as the day's move and 'April's low of HK$73.25'
as the day's price (both called wrong), and '12% below October's peak' was no distance. Quotes: seeds/quotes/
9888.HK.csv: April 2025 low 73.25 (2025-04-09), October high 141.40 (2025-10-02), 2025-10-28 close 123.90
(-12.38 % from that high)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2025-10-28"


def test_a_possessive_months_low_is_that_months(tmp_path: Path) -> None:
    text = "Baidu's Hong Kong stock ended Tuesday at HK$123.90. It has climbed nearly 70% from April's low of HK$73.25."
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert claims["70"].kind == "since_return"
    assert (claims["73.25"].kind, claims["73.25"].reference) == (
        "period_low",
        {"start": "2025-04-01", "end": "2025-04-30"},
    )
    verdicts = verdicts_by_quote(tmp_path, text, PUBLISHED)
    assert verdicts["73.25"] == "accurate" and verdicts["70"] != "wrong"


def test_a_distance_below_a_possessive_months_peak(tmp_path: Path) -> None:
    text = "Baidu's Hong Kong stock ended Tuesday at HK$123.90, about 12% below October's peak."
    assert claims_by_quote(text, date.fromisoformat(PUBLISHED))["12"].kind == "distance_past_peak"
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["12"] == "accurate"
