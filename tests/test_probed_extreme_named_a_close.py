"""A 52-week extreme its words name a close ('its record close of $207.04', 'its 52-week closing high') is read from
the closes alone (`Claim.extreme_on_closes`); named a high only, from the daily highs or the closes, as writers use
both.

Quotes (seeds/quotes/NVDA.csv): in the 52 weeks up to 2026-02-26 the highest close was 207.04 and the highest daily
high 212.19 (both 2025-10-29); the close of 2026-02-26 was 184.89: 184.89 / 207.04 - 1 = -10.70 %,
184.89 / 212.19 - 1 = -12.87 %.
"""

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-02-26"
TEXT = "Nvidia closed Thursday at $184.89, about 10.7% below its record close of $207.04 from late October."


def test_a_distance_to_a_record_close_is_read_from_the_closes(tmp_path: Path) -> None:
    claim = claims_by_quote(TEXT, date(2026, 2, 26))["10.7"]
    assert claim.kind == "distance_52w_high" and claim.extreme_on_closes
    assert verdicts_by_quote(tmp_path, TEXT, PUBLISHED)["10.7"] == "accurate"
    # before, -12.9 % passed on the daily highs' extreme, a reading the words 'record close' do not permit
    altered = TEXT.replace("about 10.7%", "about 12.9%")
    assert verdicts_by_quote(tmp_path, altered, PUBLISHED)["12.9"] == "wrong"


def test_a_high_not_named_a_close_keeps_both_readings(tmp_path: Path) -> None:
    text = "Nvidia closed Thursday at $184.89, about 12.9% below its 52-week high."
    assert not claims_by_quote(text, date(2026, 2, 26))["12.9"].extreme_on_closes
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["12.9"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("12.9%", "10.7%"), PUBLISHED)["10.7"] == "accurate"
