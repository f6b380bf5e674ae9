"""A session's extreme told in words before its figure ('off its best level of the day, when it hit HK$126.30',
'above its lowest level of the session, when it touched HK$641') is that day's high or low; and an index's whole level
written with its thousands grouped beside a level of the same index with decimals ('It had opened at 26,508.75 and
slipped to 26,245 in the afternoon') is a level of that index, in points, not a count.

Before, the extremes were read as the price of the moment (a true high called imprecise against the close) and the
whole level was dropped as a count (a wrong intraday low not judged at all).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes, Tuesday 2025-10-28: 9888.HK high 126.30, close 123.90 (Monday 125.10: 123.90 / 125.10 - 1 = -0.96 %);
# 0700.HK low 641, close 645 (Monday 656: -1.68 %); ^HSI open 26,508.75, low 26,245.33, close 26,346.14.
PUBLISHED = "2025-10-28"
BEST = "Baidu fell 1% to HK${close} on Tuesday, off its best level of the day, when it hit HK${high}."
LOWEST = "Tencent slid 1.7% to HK$645 on Tuesday, above its lowest level of the session, when it touched HK${low}."
INDEX = (
    "The Hang Seng Index fell 0.3% to 26,346.14 on Tuesday. It had opened at 26,508.75 and slipped to {low} in the "
    "afternoon."
)


@pytest.mark.parametrize(("template", "quote", "kind"), [(BEST, "126.30", "day_high"), (LOWEST, "641", "day_low")])
def test_the_extreme_told_before_its_figure_is_the_sessions(template: str, quote: str, kind: str) -> None:
    claims = claims_by_quote(template.format(close="123.90", high="126.30", low="641"), date(2025, 10, 28))
    assert claims[quote].kind == kind
    assert claims[quote].reference == {"date": "2025-10-28"}


def test_the_best_level_is_judged_as_the_high(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, BEST, PUBLISHED, {"close": "123.90", "high": "126.30"}, {"close": "123.90", "high": "129.80"}
    )
    assert true["126.30"] == "accurate"
    assert altered["129.80"] == "wrong"


def test_a_whole_index_level_beside_one_with_decimals_is_a_level() -> None:
    claims = claims_by_quote(INDEX.format(low="26,245"), date(2025, 10, 28))
    assert claims["26,245"].listing == "^HSI"
    assert claims["26,245"].unit == "points"
    assert claims["26,245"].reference == {"date": "2025-10-28"}


def test_the_whole_index_level_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, INDEX, PUBLISHED, {"low": "26,245"}, {"low": "26,145"})
    assert true["26,245"] == "accurate"
    assert altered["26,145"] == "wrong"
