"""A day's move told after a calendar year's move in its sentence, with no period of its own ('up 72% on the year, while
the Hang Seng Index added 28%'), is that year's move, as one after a week's or a month's move already was
(reviews._SENTENCE_PERIOD_KINDS): it had been read as the year's last session's move and called wrong (en186 '28').
Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# 9988.HK 2025-12-31 close 142.80 / 2024-12-31 close 82.85 - 1 = +72.36 %; ^HSI 25630.54 / 20059.95 - 1 = +27.77 %
# (its move on 2025-12-31 itself was a fraction of a per cent)
_TEXT = (
    "Alibaba's stock in Hong Kong finished 2025 at HK$142.80, up 72% on the year, while the Hang Seng Index added 28%."
)


def test_a_move_after_a_years_move_takes_that_year(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2026, 1, 1))
    assert claims["28"].kind == "calendar_year_return" and claims["28"].listing == "^HSI"
    assert claims["28"].reference == claims["72"].reference == {"start": "2025-01-01", "end": "2025-12-31"}
    verdicts = verdicts_by_quote(tmp_path, _TEXT, "2026-01-01")
    assert verdicts["72"] == "accurate" and verdicts["28"] == "accurate"


def test_a_wrong_index_year_is_caught(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _TEXT.replace("added 28%", "added 38%"), "2026-01-01")
    assert verdicts["38"] == "wrong"
