"""A move over a trailing window of weeks or months its words count ('over the past two weeks', 'in den vergangenen
drei Monaten', 'the three-month gain', '3 Monate:') is measured: from the last close on or before the same day that
many weeks or months before each session the move may end in (`Claim.window_back`, `readings._window_readings`). Such
moves had been found and named but left unmeasured, so a wrong one passed unjudged. A calendar period without a
count ('im ersten Halbjahr') stays unmeasured. Sentences written for the test (no article copied).

Quotes (seeds/quotes), 9988.HK closes: 2025-11-11 160.40, 2025-11-12 156.80, 2026-01-29 173.30, 2026-02-11 160.10,
2026-02-12 158.60. Two weeks to 2026-02-12: 158.60 / 173.30 - 1 = -8.48 %; three months to 2026-02-12:
158.60 / 156.80 - 1 = +1.15 % (to 2026-02-11 from 2025-11-11: 160.10 / 160.40 - 1 = -0.19 %)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2026, 2, 12)


@pytest.mark.parametrize(
    ("text", "quote", "back", "start"),
    [
        ("Alibaba's Hong Kong shares have gained 5% over the past two weeks.", "5", (2, "weeks"), "2026-01-29"),
        (
            "Die Alibaba-Aktie hat in Hongkong in den vergangenen zwei Wochen 5 Prozent verloren.",
            "5",
            (2, "weeks"),
            "2026-01-29",
        ),
        ("Alibaba's Hong Kong shares are up 5% in the past 3 months.", "5", (3, "months"), "2025-11-12"),
        ("Alibaba's three-month gain in Hong Kong is 5%.", "5", (3, "months"), "2025-11-12"),
        (
            "Die Alibaba-Aktie hat in Hongkong in den vergangenen sechs Monaten 5 Prozent gewonnen.",
            "5",
            (6, "months"),
            "2025-08-12",
        ),
    ],
)
def test_a_counted_window_is_read_back_from_its_end(text: str, quote: str, back: tuple[int, str], start: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)[quote]
    assert (claim.window_back, claim.reference) == (back, {"start": start, "end": "2026-02-12"})


def test_a_calendar_half_year_counts_no_window() -> None:
    claim = claims_by_quote("Die Alibaba-Aktie hat im ersten Halbjahr in Hongkong 5 Prozent gewonnen.", PUBLISHED)["5"]
    assert (claim.kind, claim.window_back) == ("months_return", None)


def test_windows_are_judged_on_the_closes_that_far_back(tmp_path: Path) -> None:
    text = (
        "Alibaba's Hong Kong shares have fallen about 8% over the past two weeks.\n\n"
        "Die Alibaba-Aktie hat in Hongkong in den vergangenen drei Monaten rund 1 Prozent zugelegt.\n\n"
        "Alibaba's three-month gain in Hong Kong is 12%.\n\n"
        "Die Alibaba-Aktie hat im ersten Halbjahr in Hongkong 5 Prozent gewonnen."
    )
    verdicts = {
        c["quote"]: c["verdict"] for c in check_text(tmp_path, text, PUBLISHED.isoformat())["articles"][0]["claims"]
    }
    assert verdicts == {"8": "accurate", "1": "accurate", "12": "wrong", "5": "unverifiable"}
