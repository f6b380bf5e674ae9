"""A run of digits longer than any market figure ('26381000000000000000000000000 Punkte') is no number to check
(numbers.LARGEST_FIGURE): before, it became a claim, and writing its value in the report failed (a decimal of more
than 28 digits), which stopped the whole run and left no report for any article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import check_text, claims_by_quote

TEXT = (
    "Der Hang Seng schloss am Donnerstag bei 26381000000000000000000000000 Punkten. "
    "Es wechselten 1.000.000.000.000.000.000.000.000.000 Alibaba-Aktien den Besitzer. "
    "Alibaba ist an der Börse 4,3 Billionen Dollar wert."
)


def test_a_run_of_digits_beyond_any_market_figure_is_no_claim() -> None:
    claims = claims_by_quote(TEXT, date(2026, 2, 27))
    assert set(claims) == {"4,3"}  # a company's worth in trillions is still read


def test_an_article_holding_one_is_reported(tmp_path: Path) -> None:
    results = check_text(tmp_path, TEXT, "2026-02-27", report=True)
    assert [c["quote"] for c in results["articles"][0]["claims"]] == ["4,3"]
    assert any(tmp_path.rglob("index.html"))
