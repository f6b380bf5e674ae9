"""A weekday placed before publication by a word around it ('am vergangenen Mittwoch', 'last Wednesday', 'am Freitag
zuvor': tenses.csv earlier_day_before / earlier_day_after) is the latest such day before the publication day, the one
a week back when the text is written on that weekday. In a clause of its own (a second clause told in the pluperfect,
a day bound to its own number: `bindings.day_bindings`) the day phrase was read without those words ('Mittwoch' alone),
so on a Wednesday it was that Wednesday, and last week's close was called wrong against today's. The phrase read for
its number now keeps the word (`dates.with_earlier_word`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes: 2026-02-04 was a Wednesday; 0700.HK close 2026-01-28 (the Wednesday before) 621.00, 2026-02-04 558.00;
# ^HSI close 2026-01-28 27826.91, 2026-02-04 26847.32
WEDNESDAY = date(2026, 2, 4)
# 2026-02-13 was a Friday; 9988.HK close 2026-02-06 (the Friday before) 155.00, 2026-02-13 155.40
FRIDAY = date(2026, 2, 13)


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        (
            "Tencent büßte binnen einer Woche 10,1 Prozent ein, am vergangenen Mittwoch hatte die Aktie noch bei "
            "621,00 HKD geschlossen.",
            "621,00",
            "0700.HK",
        ),
        (
            "The Hang Seng lost 3.5% over the week; last Wednesday it had closed at 27,826.91 points.",
            "27,826.91",
            "^HSI",
        ),
    ],
)
def test_last_weekday_on_that_weekday_is_a_week_back(text: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)[quote]
    assert (claim.listing, claim.reference) == (listing, {"date": "2026-01-28"})


def test_the_weekday_before_named_after_it() -> None:
    text = (
        "Alibaba gab am Freitag in Hongkong 2,0 Prozent auf 155,40 HKD nach, am Freitag zuvor hatte die Aktie bei "
        "155,00 HKD geschlossen."
    )
    claims = claims_by_quote(text, FRIDAY)
    assert claims["155,40"].reference == {"date": "2026-02-13"}
    assert claims["155,00"].reference == {"date": "2026-02-06"}


def test_last_weeks_close_is_not_judged_against_todays(tmp_path: Path) -> None:
    template = (
        "04.02.2026, 18:30 Uhr\n\nTencent büßte binnen einer Woche 10,1 Prozent ein, am vergangenen Mittwoch hatte "
        "die Aktie in Hongkong noch bei {x} HKD geschlossen."
    )
    true, altered = verdicts_true_and_altered(tmp_path, template, WEDNESDAY.isoformat(), "621,00", "558,00")
    assert true["621,00"] == "accurate"
    assert altered["558,00"] == "wrong"
