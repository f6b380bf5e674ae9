"""Rules added for the editor's set's open defects (tests/test_evaluation.py, *_STILL_OPEN), round ten. Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.dates import resolve_day
from claimcheck.pipeline import load_rules
from tests.helpers import claims_by_quote

THURSDAY = date(2026, 2, 12)


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        ("In Frankfurt kostet die Aktie am Donnerstagmorgen 61,20 Euro.", THURSDAY, date(2026, 2, 12)),
        ("Auf Tradegate kostete sie am Mittwochabend 61,40 Euro.", THURSDAY, date(2026, 2, 11)),
        ("Am Montagmittag notierte das Papier bei 98,50 Euro.", THURSDAY, date(2026, 2, 9)),
        ("Am Freitagnachmittag kostete die Aktie 131,20 Euro.", date(2026, 2, 16), date(2026, 2, 13)),
        ("Bei gettex wurde sie am Dienstagvormittag zu 52,10 Euro gehandelt.", THURSDAY, date(2026, 2, 10)),
    ],
)
def test_a_weekday_compound_with_a_part_of_the_day_names_its_weekday(sentence: str, published: date, day: date) -> None:
    ref = resolve_day(sentence, published, load_rules())
    assert ref is not None and ref.day == day
    # only a part of the publication day itself is the moment of writing
    assert ref.moment == (day == published)


def test_the_part_of_the_day_is_needed_for_a_compound_not_any_word_after_the_weekday() -> None:
    assert resolve_day("Die Mittwochsausgabe erscheint mit 20 Seiten.", THURSDAY, load_rules()) is None


def test_a_morning_price_dates_its_own_sentence_but_not_the_sessions_told_after_it() -> None:
    """At a German morning the publication day's New York session has not opened: the ADRs' move told after the
    Frankfurt morning price is the session in play before it (Wednesday), not the day of writing."""
    claims = claims_by_quote(
        "Die Tencent-Aktie fiel am Mittwoch in Hongkong um 1,2 Prozent auf 540 HKD. In Frankfurt kostet sie am"
        " Donnerstagmorgen 61,20 Euro. In New York verloren die ADRs 0,9 Prozent auf 69,10 US-Dollar.",
        THURSDAY,
    )
    assert claims["61,20"].kind == "last_price" and claims["61,20"].reference == {"date": "2026-02-12"}
    assert claims["61,20"].time_source == "text"
    assert claims["0,9"].listing == "TCEHY" and claims["0,9"].reference == {"date": "2026-02-11"}
    assert claims["69,10"].reference == {"date": "2026-02-11"}


def test_an_evening_of_an_earlier_day_is_a_session_reported_and_carried() -> None:
    claims = claims_by_quote(
        "Auf Tradegate kostete die Tencent-Aktie am Dienstagabend 61,40 Euro. Die ADRs schlossen in New York 0,7"
        " Prozent höher.",
        THURSDAY,
    )
    assert claims["61,40"].reference == {"date": "2026-02-10"}
    assert claims["0,7"].reference == {"date": "2026-02-10"}
