"""A day of a month without its year ('am 9. April', 'on April 8') names that day: the latest one up
to publication. Before, such a sentence named no day, so a past price in it ('bottomed intraday at
$74.71 on April 9') was read on the publication's session and called wrong."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import pipeline
from claimcheck.core.dates import resolve_day
from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import Rules


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        ("Die Tencent-Aktie schloss am 9. April bei 480,20 HKD.", date(2025, 9, 22), date(2025, 4, 9)),
        ("Tencent closed at HK$480.20 on April 8.", date(2025, 9, 22), date(2025, 4, 8)),
        ("Tencent closed at HK$480.20 on April 8th.", date(2025, 9, 22), date(2025, 4, 8)),
        # a day later in the year than publication is last year's
        ("Am 20. Dezember kostete die Aktie 410 HKD.", date(2026, 1, 10), date(2025, 12, 20)),
        # a full date keeps its own year
        ("Am 9. April 2024 kostete die Aktie 300 HKD.", date(2025, 9, 22), date(2024, 4, 9)),
        # a weekday beside it is the day reported ('über dem Schlusskurs vom 7. April' is a base)
        ("Am Freitag schloss Tencent 40 Prozent über dem Schluss vom 7. April.", date(2025, 9, 20), date(2025, 9, 19)),
    ],
)
def test_a_day_of_a_month_names_its_latest_day_up_to_publication(
    sentence: str, published: date, day: date, rules: Rules
) -> None:
    ref = resolve_day(sentence, published, rules)
    assert ref is not None and ref.day == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Tencent rose to its highest level since November 13.",
        "Die Tencent-Aktie steht so hoch wie seit dem 13. November nicht mehr.",
        "Tencent shares may 5 times outperform, an analyst said.",  # 'may' is a verb
    ],
)
def test_since_a_day_and_the_verb_may_name_no_day(sentence: str, rules: Rules) -> None:
    assert resolve_day(sentence, date(2025, 12, 5), rules) is None


def test_a_past_low_with_its_day_is_read_on_that_day() -> None:
    claims, _ = extract_claims(
        "The Tencent stock bottomed intraday at HK$440.20 on April 9.",
        Published(date(2025, 10, 9), "option"),
        pipeline.load_rules(),
    )
    (claim,) = [c for c in claims if c.quote == "440.20"]
    assert claim.reference == {"date": "2025-04-09"}
