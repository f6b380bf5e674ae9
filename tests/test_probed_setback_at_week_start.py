"""A move named with the week's start as its attribute ('von ihrem Rücksetzer zum Wochenauftakt erholt') is the earlier
session's, as 'die Gewinne vom Montag' is: the sentence's own weekday ('am Dienstag') stays the day the sentence and the
ones after it report (tester150: Tuesday's close and move had been read on the Monday, true figures called wrong)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

WEDNESDAY = date(2026, 2, 25)


@pytest.mark.parametrize(
    "setback",
    (
        "von ihrem Rücksetzer zum Wochenauftakt",
        "vom Rücksetzer zum Wochenstart",
        "von dem Kursrutsch zum Wochenbeginn",
        "von ihren Verlusten zum Wochenanfang",
    ),
)
def test_the_week_starts_setback_does_not_date_the_sentences_after(setback: str) -> None:
    text = (
        f"Die Meituan-Aktie hat sich am Mittwoch in Hongkong {setback} erholt. "
        "Zum Handelsschluss stand ein Plus von 1,8 Prozent auf 81,40 HKD zu Buche."
    )
    claims = claims_by_quote(text, WEDNESDAY)
    assert claims["1,8"].reference == {"date": "2026-02-25"}
    assert claims["81,40"].reference == {"date": "2026-02-25"}


def test_the_week_start_alone_still_dates_its_move() -> None:
    claims = claims_by_quote("Zum Wochenauftakt legte die Meituan-Aktie in Hongkong 1,8 Prozent zu.", WEDNESDAY)
    assert claims["1,8"].reference == {"date": "2026-02-23"}


def test_a_move_against_the_day_before_keeps_its_session() -> None:
    text = "Die Meituan-Aktie notierte am Mittwoch in Hongkong mit einem Plus von 1,8 Prozent zum Vortag bei 81,40 HKD."
    claims = claims_by_quote(text, WEDNESDAY)
    assert claims["81,40"].reference == {"date": "2026-02-25"}
