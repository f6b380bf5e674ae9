"""A coming company event's day is the event's, never the session a move is told for: 'rose 2% ahead of its
results on Tuesday', 'Die Alibaba-Aktie, die am Dienstag Zahlen vorlegt, stieg um 2 Prozent', 'Am Dienstag
legt der Konzern seine Quartalszahlen vor.' (earlier_events.csv upcoming_*). Published on a Friday, such a
'Tuesday' had resolved to the Tuesday before and dated the day's move to it: a true move called wrong in
the run-up to results. A past event keeps dating what follows it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

FRIDAY = date(2025, 11, 21)
PUBLICATION_DAY = {"date": "2025-11-21"}
TUESDAY_BEFORE = {"date": "2025-11-18"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ahead of its results on Tuesday, Alibaba shares rose 2%.", "2"),
        ("Alibaba shares rose 2% ahead of its results on Nov. 25.", "2"),
        ("Alibaba, which reports results on Tuesday, gained 2.3%.", "2.3"),
        ("Baidu will report third-quarter results on Tuesday; its shares fell 1.4%.", "1.4"),
        ("Baidu reports results on Tuesday. Its shares fell 1.4%.", "1.4"),
        ("Vor den Quartalszahlen am Dienstag legte die Alibaba-Aktie 2 Prozent zu.", "2"),
        ("Die Alibaba-Aktie legte vor den Quartalszahlen am Dienstag 2 Prozent zu.", "2"),
        ("Die Alibaba-Aktie stieg vor den Zahlen am 25. November um 2 Prozent.", "2"),
        ("Die Alibaba-Aktie, die am Dienstag Zahlen vorlegt, stieg um 2 Prozent.", "2"),
        ("Die Alibaba-Aktie stieg um 2 Prozent. Am Dienstag legt der Konzern seine Quartalszahlen vor.", "2"),
        ("Alibaba wird am Dienstag Zahlen vorlegen. Die Aktie stieg um 2 Prozent.", "2"),
    ],
)
def test_the_day_of_a_coming_event_dates_no_move(text: str, quote: str) -> None:
    claim = claims_by_quote(text, FRIDAY)[quote]
    assert (claim.kind, claim.reference) == ("day_change", PUBLICATION_DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba hat am Dienstag Zahlen veröffentlicht. Die Aktie stieg um 5 Prozent.",
        "Nach den Quartalszahlen am Dienstag stieg die Alibaba-Aktie um 5 Prozent.",
        "Alibaba shares jumped 5% on Tuesday after the company reported results.",
    ],
)
def test_a_past_event_or_the_moves_own_day_still_dates_it(text: str) -> None:
    assert claims_by_quote(text, FRIDAY)["5"].reference == TUESDAY_BEFORE


def test_a_day_named_for_the_move_stays_beside_the_events_day() -> None:
    claim = claims_by_quote("Alibaba shares rose 2% on Monday ahead of its results on Tuesday.", FRIDAY)["2"]
    assert claim.reference == {"date": "2025-11-17"}


def test_a_move_ahead_of_earnings_is_the_shares_move_not_a_company_figure() -> None:
    claim = claims_by_quote("Alibaba shares rose 2% ahead of quarterly earnings due Tuesday.", FRIDAY)["2"]
    assert (claim.kind, claim.listing, claim.checkable) == ("day_change", "9988.HK", True)
