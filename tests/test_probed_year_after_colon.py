"""A year opening the clause after a colon dates a calendar year's move as one opening the sentence does: 'Die Bilanz
des Vorjahres fiel gemischt aus: 2025 gewannen die Baidu-ADRs knapp 55 Prozent' (cues.csv, named_year_return). Before,
only a year at the sentence's start was read so; after the colon the moves were read as the day's and called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-01-20"
# seeds/quotes: BIDU 2025-12-31 130.66 / 2024-12-31 84.31 = +54.97 %; BABA 146.58 / 84.79 = +72.87 %
TEXT = (
    "Die Bilanz des Vorjahres fiel gemischt aus: 2025 gewannen die Baidu-ADRs knapp 55 Prozent, "
    "die Alibaba-ADRs legten um 73 Prozent zu."
)


def test_a_year_after_a_colon_dates_the_calendar_years_moves() -> None:
    claims = claims_by_quote(TEXT, date.fromisoformat(PUBLISHED))
    for quote, listing in (("55", "BIDU"), ("73", "BABA")):
        assert claims[quote].kind == "calendar_year_return" and claims[quote].listing == listing
        assert claims[quote].reference == {"start": "2025-01-01", "end": "2025-12-31"}


def test_the_calendar_years_moves_are_judged_true(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, TEXT, PUBLISHED) == {"55": "accurate", "73": "accurate"}


def test_a_year_inside_a_clause_after_a_colon_is_no_period() -> None:
    # the year not opening the clause names no period of the move ('Stand: Alibaba fiel ... 2025' stays the day's)
    text = "Zum Handelsschluss: Alibaba verloren am Dienstag 1,2 Prozent, das Tief aus 2025 blieb unberührt."
    assert claims_by_quote(text, date.fromisoformat(PUBLISHED))["1,2"].kind == "day_change"
