"""Readings found by probing the product with sentences written for it (twelfth session).

Figures from seeds/quotes:
- BABA closes: 2026-03-02 142.56, 2026-03-03 135.59 (-4.889 %), 2026-02-10 166.51, 2026-02-11 164.32.
- ECB EUR/USD 2026-02-11 1.19; EUR/HKD 2026-02-11 9.3013. 9988.HK close 2026-02-11 160.10.
- One Alibaba ADR holds eight shares of 9988.HK (listings.csv ratio), so one share in euros on 2026-02-11 is
  164.32 / 1.19 / 8 = 17.26 (New York's close) or 160.10 / 9.3013 = 17.21 (Hong Kong's close); the ADR in euros
  is 164.32 / 1.19 = 138.08.
- BIDU close 2026-02-11 145.12: one of its eight shares in euros 145.12 / 1.19 / 8 = 15.24.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote, verdicts_by_quote


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba shares rose 9% in January and fell 6% in February.",
        "Im Januar legte die Alibaba-Aktie in Hongkong um 9 Prozent zu, im Februar verlor sie 6 Prozent.",
        "In January, Alibaba's ADRs gained 9%; they lost 6% in February.",
    ],
)
def test_each_move_takes_the_month_of_its_own_clause(text: str) -> None:
    claims = claims_by_quote(text, date(2026, 3, 4))
    assert claims["9"].kind == claims["6"].kind == "month_return"
    assert claims["9"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert claims["6"].reference == {"start": "2026-02-01", "end": "2026-02-28"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's shares, which had climbed 4% in the first weeks of the year, fell 4.9% on Tuesday.", "4"),
        ("Die Alibaba-Aktie, die in den ersten Wochen des Jahres um 4 Prozent gestiegen war, fiel am Dienstag.", "4"),
        ("Alibaba's ADRs gained 4% early in the year before sliding 4.9% on Tuesday.", "4"),
        ("Zu Jahresbeginn hatte die Alibaba-Aktie noch 4 Prozent zugelegt; am Dienstag fiel sie um 4,9 Prozent.", "4"),
    ],
)
def test_a_move_early_in_the_year_is_an_undated_period_not_the_days_move(text: str, quote: str) -> None:
    # it had been read as Tuesday's move (-4.89 % for BABA) and called wrong
    assert claims_by_quote(text, date(2026, 3, 4))[quote].kind == "since_return"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's ADRs gained 4% this year before sliding 4.9% on Tuesday.", "4.9"),
        ("Alibaba's ADRs gained 4% early in the year before sliding 4.9% on Tuesday.", "4.9"),
        ("Alibaba's ADRs gained 4% in January before sliding 4.9% on Tuesday.", "4.9"),
        (
            "Die ADRs von Alibaba haben seit Jahresbeginn 2 Prozent gewonnen, bevor sie am Dienstag 4,9 % abgaben.",
            "4,9",
        ),
    ],
)
def test_a_period_before_the_next_predicate_does_not_reach_its_dated_move(text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 4))[quote]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "BABA", {"date": "2026-03-03"})


@pytest.mark.parametrize(
    "text",
    [
        "Zu Jahresbeginn kostete die Alibaba-Aktie in New York noch 146 Dollar.",
        "Anfang des Jahres lag die Alibaba-Aktie in New York noch bei 146 Dollar.",
        "At the start of the year, Alibaba's ADRs cost $146.58.",
    ],
)
def test_a_price_at_the_start_of_the_year_is_read_on_the_sessions_around_new_year(text: str) -> None:
    claim = next(c for q, c in claims_by_quote(text, date(2026, 3, 4)).items() if q.startswith("146"))
    assert claim.reference == {"start": "2025-12-31", "end": "2026-01-02"}


def test_a_euro_price_of_one_share_is_read_beside_the_adr_in_euros(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Am Mittwochmorgen notierte die Aktie auf Tradegate bei etwa 17,20 Euro.\n\n"
        "Am Mittwochabend kostete die Alibaba-Aktie in Frankfurt 137,70 Euro.\n\n"
        "Die Baidu-Aktie notierte am Mittwoch auf Tradegate bei 13,10 Euro.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-02-11")["articles"][0]["claims"]}
    # 17.20 is one share (17.21 .. 17.26, derived); 137.70 the ADR (138.08, derived); 13.10 neither for Baidu (15.24)
    assert claims["17,20"]["verdict"] == "accurate" and claims["17,20"]["derived"]
    assert "÷ 8" in claims["17,20"]["explanation"]
    assert claims["137,70"]["verdict"] == "accurate"
    assert claims["13,10"]["verdict"] == "wrong"


def test_a_wrong_euro_price_is_not_passed_by_the_share_reading(tmp_path: Path) -> None:
    # 21.50 euros is neither one share (17.2 .. 17.5) nor the ADR (about 138)
    verdicts = verdicts_by_quote(
        tmp_path, "Die Alibaba-Aktie kostete am Mittwoch auf Tradegate 21,50 Euro.", "2026-02-11"
    )
    assert verdicts["21,50"] == "wrong"
