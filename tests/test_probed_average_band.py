"""A moving average's band (bands.csv moving_average) and the readings vendors' averages differ by. A vendor may
average closes adjusted for dividends: that is a reading of its own (readings._adjusted_average), beside the simple and
exponential averages up to the session and the session before, so the band left for rounding is 0.5 % of a level,
and a digit slip of about 1 % is no longer let through as accurate. A distance whose words do not say exponential is
read against the simple average only. Texts written for the test (no article copied).

Quotes (seeds/quotes/BABA.csv), the 200 sessions up to Tuesday 2025-09-30: the average of the closes is 119.23, of
the closes adjusted for the dividend paid in June 2025 (adj_close) 118.06 (-0.98 %). Up to the day before: 118.79 and
117.61. The 270 closes held are too few for a 200-day exponential average (`readings._moving_averages`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_by_quote

PUBLISHED = "2025-10-01"


GERMAN = "Die 200-Tage-Linie der Alibaba-ADRs lag am Dienstag bei {} Dollar."
ENGLISH = "Alibaba's ADRs ended Tuesday well above their 200-day moving average of ${}."


@pytest.mark.parametrize(("text", "raw", "adjusted"), [(GERMAN, "119,23", "118,06"), (ENGLISH, "119.23", "118.06")])
def test_an_average_of_closes_adjusted_for_dividends_is_a_reading_of_its_own(
    tmp_path: Path, text: str, raw: str, adjusted: str
) -> None:
    assert verdicts_by_quote(tmp_path, text.format(raw), PUBLISHED) == {raw: "accurate"}
    assert verdicts_by_quote(tmp_path, text.format(adjusted), PUBLISHED) == {adjusted: "accurate"}


def test_a_slip_of_about_one_percent_is_not_accurate(tmp_path: Path) -> None:
    # 120,30 is 0.90 % above the plain average and further from every other reading: inside the former 1 % band
    assert verdicts_by_quote(tmp_path, GERMAN.format("120,30"), PUBLISHED)["120,30"] != "accurate"
    # 121,50 is 1.90 % above: wrong
    assert verdicts_by_quote(tmp_path, GERMAN.format("121,50"), PUBLISHED)["121,50"] == "wrong"


# NVDA (seeds/quotes/NVDA.csv) closed 171.24 on Thursday 2026-03-26: -6.83 % against the simple average of its 50
# closes (183.80), -6.15 % against the exponential one (182.45)
DISTANCE = "Nvidia closed at $171.24 on Thursday, about 6% below its 50-day {}moving average."


def test_a_distance_is_read_against_the_average_its_words_name(tmp_path: Path) -> None:
    # 'about 6%' holds the exponential average's -6.15 % only: a distance naming the simple (or no) kind is not it
    assert verdicts_by_quote(tmp_path, DISTANCE.format(""), "2026-03-27")["6"] != "accurate"
    assert verdicts_by_quote(tmp_path, DISTANCE.format("exponential "), "2026-03-27")["6"] == "accurate"
