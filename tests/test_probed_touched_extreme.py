"""An index level told to the hundredth and 'touched' beyond every other level its sentence tells (the open, the
close) is the session's extreme on that side (frames._touched_extreme): 'after opening at 27,019.74 and touching
27,024.07' had been read as a second open and the true day's high called wrong (en192). A round level touched is a
threshold the index crossed, any point of the day's range. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract.sentences import detect_language
from tests.helpers import claims_by_quote, verdicts_by_quote

# ^HSI 2026-01-07 (Wednesday): open 26601.83, high 26616.94, low 26313.51, close 26458.95; close before (01-06)
# 26710.45: 26458.95 / 26710.45 - 1 = -0.94 %
_HIGH_TOUCHED = (
    "The Hang Seng Index fell 0.9 per cent to 26,458.95 on Wednesday, after opening at 26,601.83 and touching "
    "26,616.94 in the first minutes of trading."
)
# ^HSI 2026-01-06 (Tuesday): open 26502.40, high 26858.13, low 26498.36, close 26710.45; close before (01-05)
# 26347.24: 26710.45 / 26347.24 - 1 = +1.38 %
_LOW_TOUCHED = "The Hang Seng Index rose 1.4 per cent to 26,710.45 on Tuesday after touching 26,498.36 early on."
_ROUND_TOUCHED = "The Hang Seng Index briefly touched 26,800 points on Tuesday before closing at 26,710.45."


def test_a_level_touched_above_the_open_and_close_is_the_days_high(tmp_path: Path) -> None:
    claims = claims_by_quote(_HIGH_TOUCHED, date(2026, 1, 7))
    assert claims["26,616.94"].kind == "day_high" and claims["26,616.94"].listing == "^HSI"
    assert claims["26,601.83"].kind == "open_price"
    verdicts = verdicts_by_quote(tmp_path, _HIGH_TOUCHED, "2026-01-07")
    assert verdicts["26,616.94"] == verdicts["26,601.83"] == verdicts["26,458.95"] == "accurate"


def test_a_wrong_high_touched_is_not_accurate(tmp_path: Path) -> None:
    # 26,661.94 is 45 points above the day's high and inside no reading of the session but its range
    verdicts = verdicts_by_quote(tmp_path, _HIGH_TOUCHED.replace("26,616.94", "26,661.94"), "2026-01-07")
    assert verdicts["26,661.94"] == "wrong"


def test_a_level_touched_below_the_close_is_the_days_low(tmp_path: Path) -> None:
    claims = claims_by_quote(_LOW_TOUCHED, date(2026, 1, 6))
    assert claims["26,498.36"].kind == "day_low"
    assert verdicts_by_quote(tmp_path, _LOW_TOUCHED, "2026-01-06")["26,498.36"] == "accurate"
    # 26,548.36, a level the index passed on its way up, is not the low it touched
    altered = _LOW_TOUCHED.replace("26,498.36", "26,548.36")
    assert verdicts_by_quote(tmp_path, altered, "2026-01-06")["26,548.36"] != "accurate"


def test_a_round_level_touched_is_any_point_of_the_range(tmp_path: Path) -> None:
    # 26,800 lies inside the day's range 26498.36 .. 26858.13 and is not its high
    claims = claims_by_quote(_ROUND_TOUCHED, date(2026, 1, 6))
    assert claims["26,800"].kind not in ("day_high", "day_low")
    assert verdicts_by_quote(tmp_path, _ROUND_TOUCHED, "2026-01-06")["26,800"] == "accurate"


def test_a_number_with_both_marks_tells_the_language() -> None:
    # a line with no common word of either list (the lists are lower case but for 'Aktie'): its grouped decimals
    assert detect_language("Hang Seng: 26,710.45 (+1.4 per cent)") == "en"
    assert detect_language("Hang Seng: 26.710,45 (+1,4 Prozent)") == "de"
