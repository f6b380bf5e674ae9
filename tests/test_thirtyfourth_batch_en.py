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


# --- 'record' as the noun of an all-time high before its level ('below last week's record of 25,507.79', 'its record of
# $212.19'): the all-time high and the distance to it, not a week's move and a level of the day ---

# ^GDAXI 2026-01-21 (Wednesday): close 24560.98; the highest high held 25507.79 (2026-01-13):
# 24560.98 / 25507.79 - 1 = -3.71 %
_LAST_WEEKS_RECORD = (
    "The Dax closed at 24,560.98 on Wednesday. The index is 3.7% below last week's record of 25,507.79."
)
_LAST_WEEKS_RECORD_ALTERED = _LAST_WEEKS_RECORD.replace("3.7%", "5.7%").replace("25,507.79", "25,907.79")
# NVDA 2026-01-20 (Tuesday): close 178.07; the highest high held 212.19 (2025-10-29): 178.07 / 212.19 - 1 = -16.08 %
_ITS_RECORD = "Nvidia ended Tuesday at $178.07. The stock is some 16% below its record of $212.19."
_ITS_RECORD_ALTERED = _ITS_RECORD.replace("16%", "26%").replace("$212.19", "$222.19")


def test_a_record_of_a_level_is_the_all_time_high() -> None:
    claims = claims_by_quote(_LAST_WEEKS_RECORD, date(2026, 1, 21))
    assert claims["25,507.79"].kind == "all_time_high" and claims["25,507.79"].listing == "^GDAXI"
    assert claims["3.7"].kind == "distance_past_peak" and claims["3.7"].direction == "down"
    claims = claims_by_quote(_ITS_RECORD, date(2026, 1, 21))
    assert claims["212.19"].kind == "all_time_high" and claims["16"].kind == "distance_past_peak"
    # read as 'record high of' is
    said_in_full = claims_by_quote(_ITS_RECORD.replace("record of", "record high of"), date(2026, 1, 21))
    assert {q: (c.kind, c.reference) for q, c in said_in_full.items()} == {
        q: (c.kind, c.reference) for q, c in claims.items()
    }


def test_a_record_of_a_level_is_never_called_wrong(tmp_path: Path) -> None:
    for text, altered, quotes, wrong in (
        (_LAST_WEEKS_RECORD, _LAST_WEEKS_RECORD_ALTERED, ("3.7", "25,507.79"), ("5.7", "25,907.79")),
        (_ITS_RECORD, _ITS_RECORD_ALTERED, ("16", "212.19"), ("26", "222.19")),
    ):
        # an all-time high, and the distance to it, go back further than the quotes held: unverifiable, as 'record high
        # of' is, never wrong (before: a week's move of +3.7 % and a level of the day, both wrong)
        verdicts = verdicts_by_quote(tmp_path, text, "2026-01-21")
        assert all(verdicts[q] == "unverifiable" for q in quotes), verdicts
        verdicts = verdicts_by_quote(tmp_path, altered, "2026-01-21")
        assert all(verdicts[q] != "accurate" for q in wrong), verdicts
