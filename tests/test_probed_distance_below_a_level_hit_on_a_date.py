"""A distance below (above) 'its level of <date>, when it hit $X' is measured from the level the stock hit that day,
its high (low), or its close, as writers use both; and the level named there is that day's.

Before, 'about 13% below its level of Jan. 29, when it hit HK$174.20' was read as the day's move and called wrong
(tester138's en279 showed the class); read from that day's close alone, a figure measured from the high it names
would have been called imprecise or wrong.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# BIDU: 2026-02-02 high 150.97, close 148.57; 2026-02-27 (Friday) close 124.44.
# From the high: 124.44 / 150.97 - 1 = -17.57 %; from the close: 124.44 / 148.57 - 1 = -16.24 %.
TEXT = (
    "Baidu's ADRs closed at $124.44 on Friday. The stock remains {distance}% below its level of Feb. 2, when it hit "
    "${level}."
)


def test_the_distance_runs_from_the_dated_level() -> None:
    claims = claims_by_quote(TEXT.format(distance="17.6", level="150.97"), date(2026, 3, 2))
    assert claims["17.6"].kind == "since_return"
    assert claims["17.6"].reference == {"start": "2026-02-02", "end": "2026-02-27"}
    assert claims["17.6"].since_base == ("high_or_close", "2026-02-02")
    assert claims["150.97"].reference == {"date": "2026-02-02"}


def test_the_distance_from_the_high_it_names_is_accurate(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-03-02", {"distance": "17.6", "level": "150.97"}, {"distance": "21.4", "level": "158.20"}
    )
    assert true["17.6"] == "accurate" and true["150.97"] == "accurate"
    assert altered["21.4"] == "wrong" and altered["158.20"] == "wrong"
