"""Rules added after trying the seventh batch of written articles as an editor would (tests/golden/
articles de54..de56, en48..en50). Each sentence here is written for the test, not taken from those
articles. Before these rules: a period's return restated in another currency without 'gerechnet'
('..., in Hongkong-Dollar sind es sogar mehr als 30 Prozent') or with the gain after the currency ('and
in euro terms the gain is roughly 33%') was read as the day's move, and called wrong."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published

PUBLISHED = date(2025, 9, 27)  # a Saturday: every weekday named is a session before


def _all_claims(text: str, published: date = PUBLISHED) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(published, "option"), pipeline.load_rules())
    return {c.quote: c for c in claims}


@pytest.mark.parametrize(
    ("text", "first", "restated", "kind", "listing"),
    [
        (
            "Seit Jahresbeginn hat Tencent in Euro gerechnet 21 Prozent gewonnen, in Hongkong-Dollar sind es sogar"
            " mehr als 30 Prozent.",
            "21",
            "30",
            "ytd_return",
            "0700.HK",
        ),
        (
            "Auf Sicht von zwölf Monaten liegen die Tencent-ADRs 38 Prozent vorn, in Euro waren es 33 Prozent.",
            "38",
            "33",
            "twelve_month_return",
            "NNND.F",
        ),
        (
            "Over the past 12 months the Tencent ADRs are up 38%, and in euro terms the gain is roughly 33%.",
            "38",
            "33",
            "twelve_month_return",
            "NNND.F",
        ),
    ],
)
def test_a_period_restated_in_another_currency_keeps_the_period(
    text: str, first: str, restated: str, kind: str, listing: str
) -> None:
    claims = _all_claims(text)
    assert claims[first].kind == kind and claims[restated].kind == kind
    assert claims[restated].reference == claims[first].reference
    assert claims[restated].listing == listing and claims[first].listing != listing


def test_a_days_move_in_the_sentence_after_a_years_figure_stays_the_days_move() -> None:
    claims = _all_claims("Seit Jahresbeginn hat Tencent 21 Prozent gewonnen. Am Freitag stieg die Aktie um 2 Prozent.")
    assert claims["2"].kind == "day_change"
