"""Rules added after trying the thirty-fourth batch of written English articles as an editor would
(tests/golden/articles en216..en217: a Reuters 'Hong Kong stocks' midday report, an FT 'Markets Live' blog). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- a weekday's possessive before an extreme and its level ("below last Thursday's peak of 26,978.41") names the
# session that extreme was set in: it dates that level only, not the sentence's other figures nor the sentences after
# it ---

# ^HSI 2025-10-15 (Wednesday): close 25910.60 vs 25441.35 (2025-10-14) = +1.84 %; last Thursday 2025-10-09: high
# 26978.41. 9988.HK 2025-10-15: close 161.6 vs 155.6 = +3.86 % (on 2025-10-09 it fell 173.3 / 177.6 - 1 = -2.42 %)
_PEAK_OF_A_WEEKDAY = (
    "Hong Kong's Hang Seng index rebounded 1.8% to close at 25,910.60 on Wednesday, though it stayed below last "
    "Thursday's peak of 26,978.41. Alibaba jumped 3.9% to HK$161.60."
)
_PEAK_OF_A_WEEKDAY_ALTERED = _PEAK_OF_A_WEEKDAY.replace("26,978.41", "27,378.41").replace("3.9%", "5.9%")
# BIDU 2025-09-22 (Monday): high 141.60; 2025-09-23: close 125.57
_HIGH_OF_A_WEEKDAY = "Baidu's ADRs closed at $125.57 on Tuesday, well below Monday's intraday high of $141.60."


def test_a_weekdays_peak_dates_its_level_only() -> None:
    claims = claims_by_quote(_PEAK_OF_A_WEEKDAY, date(2025, 10, 15))
    assert claims["26,978.41"].kind == "day_high" and claims["26,978.41"].listing == "^HSI"
    assert claims["26,978.41"].reference == {"date": "2025-10-09"}
    assert claims["1.8"].reference == {"date": "2025-10-15"}
    assert claims["3.9"].listing == "9988.HK" and claims["3.9"].reference == {"date": "2025-10-15"}
    high = claims_by_quote(_HIGH_OF_A_WEEKDAY, date(2025, 9, 24))
    assert high["141.60"].kind == "day_high" and high["141.60"].reference == {"date": "2025-09-22"}
    assert high["125.57"].kind == "close" and high["125.57"].reference == {"date": "2025-09-23"}


def test_a_weekdays_peak_is_judged_on_its_session(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _PEAK_OF_A_WEEKDAY, "2025-10-15")
    assert verdicts["26,978.41"] == "accurate" and verdicts["3.9"] == "accurate" and verdicts["1.8"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _PEAK_OF_A_WEEKDAY_ALTERED, "2025-10-15")
    assert altered["27,378.41"] != "accurate" and altered["5.9"] != "accurate"
