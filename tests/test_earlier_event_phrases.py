"""An earlier move told in a phrase after the day's ('nach einem Minus von 2,2 Prozent am Vortag') keeps its
day to itself, with or without a comma before it and with the figure first ('nach 2,2 Prozent Minus'): the
day's own figures are not read on the day before (a true move and price called wrong). Sentences written
for these tests; 2025-09-03 is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 9, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Baidu fiel in Hongkong um 0,8 Prozent auf 94,50 HKD nach einem Minus von 2,2 Prozent am Vortag.",
        "Baidu fiel in Hongkong um 0,8 Prozent auf 94,50 HKD, nach einem Minus von 2,2 Prozent am Vortag.",
        "Baidu eröffnet in Hongkong 0,8 Prozent tiefer bei 94,50 HKD, nach 2,2 Prozent Minus am Vortag.",
        "Baidu eröffnet in Hongkong 0,8 Prozent tiefer bei 94,50 HKD nach 2,2 Prozent Minus am Vortag.",
    ],
)
def test_the_earlier_move_keeps_its_day_to_itself(sentence: str) -> None:
    claims = claims_by_quote(sentence, PUBLISHED)
    assert claims["2,2"].reference == {"date": "2025-09-02"}  # 'am Vortag': the session before publication
    assert claims["0,8"].reference == claims["94,50"].reference == {"date": "2025-09-03"}
    assert claims["0,8"].listing == claims["2,2"].listing == "9888.HK"


def test_a_day_of_the_main_clause_still_governs_it() -> None:
    claims = claims_by_quote(
        "Nach dem Kurssprung von 4,1 Prozent am Donnerstag folgte am Freitag ein Minus von 3 Prozent bei Baidu.",
        PUBLISHED,
    )
    assert claims["4,1"].reference == {"date": "2025-08-28"}
    assert claims["3"].reference == {"date": "2025-08-29"}


def test_a_number_after_nach_that_tells_no_move_is_no_earlier_event() -> None:
    claims = claims_by_quote("Alibaba stieg nach 10 Uhr um 2 Prozent am Montag.", PUBLISHED)
    assert claims["2"].reference == {"date": "2025-09-01"}
