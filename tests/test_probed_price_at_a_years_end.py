"""A price told at a year's end before its verb ('Ende 2025 kostete die Aktie 142,80 HKD', 'Am Jahresende 2025 lag der
Kurs bei ...', 'At the end of 2025 the stock stood at HK$142.80') is that year's last close (cues.csv year_end).
Before, it was read as a price somewhere in the range of 2025-12-31, a half-day session whose quotes hold the close
only, and came out unverifiable.

Quotes (9988.HK, seeds/quotes): 2025-12-31 close 142.80 (no open, high or low held).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = date(2026, 2, 27)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba kostete Ende 2025 in Hongkong weniger. Ende 2025 kostete die Aktie 142,80 HKD.", "142,80"),
        ("In Hongkong: Am Jahresende 2025 lag der Kurs von Alibaba bei 142,80 HKD.", "142,80"),
        ("At the end of 2025 Alibaba's Hong Kong stock stood at HK$142.80.", "142.80"),
    ],
)
def test_a_price_at_a_years_end_is_its_close(text: str, quote: str, tmp_path: Path) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.reference) == ("close", {"date": "2025-12-31"})
    assert verdicts_by_quote(tmp_path, text, PUBLISHED.isoformat())[quote] == "accurate"


def test_a_years_end_still_to_come_is_no_close() -> None:
    claims = claims_by_quote("Analysten sehen Alibaba bis Ende 2026 bei 200 HKD.", PUBLISHED)
    assert claims["200"].kind != "close"
