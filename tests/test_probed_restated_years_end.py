"""A move the clause after a year-end price restates ('Ende 2025 kostete sie 142,80 HKD, das entspricht einem Plus von
0,1 Prozent') is the move since that year's last close (cues.csv, base 'dated restated'): the year to date when it is
the year before publication's. Before, it was read as the move of 2025-12-31 itself (-1.18 %) and called wrong.

Quotes (9988.HK, seeds/quotes): close 2025-12-31 142.80, 2026-02-27 142.90: 142.90 / 142.80 - 1 = +0.07 %; close
2024-12-31 82.85: 142.90 / 82.85 - 1 = +72.5 %.
"""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

PUBLISHED = date(2026, 2, 27)
OPENING = "Alibaba schloss am Freitag in Hongkong bei 142,90 HKD. "


def test_a_move_restated_from_last_years_end_is_the_year_so_far() -> None:
    claims = claims_by_quote(
        OPENING + "Ende 2025 stand das Papier bei 142,80 HKD, das bedeutet ein Plus von 0,1 Prozent.", PUBLISHED
    )
    assert (claims["0,1"].kind, claims["0,1"].reference) == ("ytd_return", {"start": "2026-01-01", "end": "2026-02-27"})
    assert claims["142,80"].reference == {"date": "2025-12-31"}


def test_a_move_restated_from_an_earlier_years_end_runs_from_its_close() -> None:
    claims = claims_by_quote(
        OPENING + "Ende 2024 hatte es 82,85 HKD gekostet, das entspricht einem Plus von 72,5 Prozent.", PUBLISHED
    )
    assert (claims["72,5"].kind, claims["72,5"].reference) == (
        "since_return",
        {"start": "2024-12-31", "end": "2026-02-27"},
    )
