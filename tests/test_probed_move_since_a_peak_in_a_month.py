"""A move since a peak the text dates only by its month ('has lost nearly a fifth of its value since hitting a record in
October'; 'hat rund 20 Prozent verloren, seit sie im Oktober ein Hoch erreicht hatte') is the distance from that peak,
not the month's move nor the day's. Before, the English was judged as October's move and the German as Tuesday's,
each a true figure called wrong. The peak's day is not known, so the distance is left unverifiable, with its reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote

# seeds/quotes/9988.HK.csv: 2026-02-24 close 148.00 (-2.76 % on 152.20); the October 2025 high 186.20 (2025-10-03):
# 148.00 / 186.20 - 1 = -20.5 %
TUESDAY = "2026-02-24"
LEAD = "Alibaba's Hong Kong shares closed down 2.8% on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The stock has lost nearly a fifth of its value since hitting a record in October.", "a fifth"),
        ("Die Aktie hat rund 20 Prozent verloren, seit sie im Oktober ein Hoch erreicht hatte.", "20"),
        ("Die Aktie hat rund 20 Prozent verloren, seit sie im Oktober ihr Hoch markierte.", "20"),
    ],
)
def test_a_move_since_a_peak_dated_by_its_month_is_the_distance_from_it(
    sentence: str, quote: str, tmp_path: Path
) -> None:
    claim = claims_by_quote(LEAD + sentence, date.fromisoformat(TUESDAY))[quote]
    assert (claim.kind, claim.listing) == ("distance_past_peak", "9988.HK")
    verdicts = {
        c["quote"]: c["verdict"] for c in check_text(tmp_path, LEAD + sentence, TUESDAY)["articles"][0]["claims"]
    }
    assert verdicts[quote] == "unverifiable"


def test_a_move_told_since_another_event_in_a_clause_after_it_is_no_days_move() -> None:
    # ('..., seit sie die Zahlen vorgelegt hat': a look-back from an event the text does not date)
    claim = claims_by_quote(
        LEAD + "Die Aktie hat rund 20 Prozent verloren, seit sie die Zahlen vorgelegt hat.", date.fromisoformat(TUESDAY)
    )["20"]
    assert claim.kind == "since_return"
