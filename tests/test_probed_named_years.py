"""A year's extreme named by its year, found by probing sentences written for the test (no article copied): 'its 2025
high of HK$186.20' in a 2026 text is the high of all of 2025, 'its 2021 peak of more than $330' and 'ihr Hoch von 2021
bei 354 Dollar' the high of 2021 (no quotes held then: unverifiable); 'its March 2025 high' is that month's. Each had
been the high of the publication year so far (or a price of the day): true figures called wrong.

Quotes (seeds/quotes/9988.HK.csv): the highest high of 2025 is 186.20 on 2025-10-03; of March 2025, 145.90 on
2025-03-07. The quotes held start in September 2024."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "quote", "kind", "reference"),
    [
        ("Alibaba remains below its 2025 high of HK$186.20.", "186.20", "year_high", {"date": "2025-12-31"}),
        ("Alibaba still trades below its 2021 peak of more than HK$300.", "300", "year_high", {"date": "2021-12-31"}),
        (
            "Die Alibaba-Aktie liegt weit unter ihrem Hoch von 2021 bei 300 HKD.",
            "300",
            "year_high",
            {"date": "2021-12-31"},
        ),
        (
            "Die Alibaba-Aktie notiert unter dem Tief des Jahres 2025 von 103 HKD.",
            "103",
            "year_low",
            {"date": "2025-12-31"},
        ),
        (
            "Alibaba remains below its March 2025 high of HK$145.90.",
            "145.90",
            "period_high",
            {"start": "2025-03-01", "end": "2025-03-31"},
        ),
        ("Das Jahreshoch liegt für Alibaba in Hongkong bei 170 HKD.", "170", "year_high", {"date": "2026-02-10"}),
    ],
)
def test_a_years_extreme_is_read_on_the_year_it_names(
    text: str, quote: str, kind: str, reference: dict[str, str]
) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.listing, claim.reference) == (kind, "9988.HK", reference)


def test_a_past_years_high_is_judged_on_that_year_and_one_before_the_quotes_is_unverifiable(tmp_path: Path) -> None:
    text = (
        "Alibaba remains below its 2025 high of HK$186.20 in Hong Kong.\n\n"
        "Alibaba also remains below its March 2025 high of HK$145.90.\n\n"
        "And it still trades below its 2021 peak of more than HK$300."
    )
    verdicts = {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, "2026-02-10")["articles"][0]["claims"]}
    assert verdicts["186.20"] == "accurate"  # 2025's highest high, 2025-10-03
    assert verdicts["145.90"] == "accurate"  # March 2025's highest high, 2025-03-07
    assert verdicts["300"] == "unverifiable"  # 2021 lies before the quotes held


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba shares are up 80% from their April 2025 low in Hong Kong.", "80"),
        ("Die Alibaba-Aktie hat sich in Hongkong vom April-Tief um 80 Prozent erholt.", "80"),
        ("Die Alibaba-Aktie liegt in Hongkong 80 Prozent über dem April-Tief.", "80"),
    ],
)
def test_a_gain_from_a_named_months_low_is_no_days_move(tmp_path: Path, text: str, quote: str) -> None:
    # the month's low with its year or as one German word: a gain since it (unmeasured), not the day's move, which a
    # true 80 % had been called wrong against
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.kind, claim.listing, claim.direction) == ("since_return", "9988.HK", "up")
    verdicts = {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, "2026-02-10")["articles"][0]["claims"]}
    assert verdicts[quote] == "unverifiable"
