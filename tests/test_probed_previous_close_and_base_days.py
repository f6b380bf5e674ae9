"""A previous close said in a sentence with its copula ('The previous close was $150.96', 'Its prior close stood at
$143.54') is the close of the session before, as the quote box's label 'Previous close: $150.96' is: before, it was
read as a price of the day in play (a true figure called wrong against that day's range), and an index's
('The Nasdaq 100's previous close was 25,012.62') was no claim at all when a move followed it. A close named with its
own day after 'after' or 'following' ("opened at $158.51 after Tuesday's close of $150.02") is a base dated by that
day only: before, the day was given to the clause around it, the open read on Tuesday (a true open called wrong), or
lost, the close read on the day in play. An index's level after such a copula, written without 'points', is its
level (it was no claim). A previous close told on a Monday is Friday's, the session before, not
Sunday's (a detail: the measure took the last session up to Sunday all the same)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

# seeds/quotes/BABA.csv: Friday 2026-01-09 close 150.96; Monday 2026-01-12 open 157.47, range 157.47..167.69
MONDAY = date(2026, 1, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba shares jumped 9% on Monday. The previous close was ${x}.",
        "Alibaba shares jumped 9% on Monday. Its prior close stood at ${x}.",
        "Alibaba shares jumped 9% on Monday. Alibaba's previous close was ${x}.",
    ],
)
def test_a_previous_close_with_its_copula_is_the_session_befores(text: str) -> None:
    claim = claims_by_quote(text.format(x="150.96"), MONDAY)["150.96"]
    # (on a Monday, the last session before it: Friday's)
    assert (claim.kind, claim.listing, claim.reference) == ("close", "BABA", {"date": "2026-01-09"})


def test_the_day_after_a_previous_close_stays_the_day_in_play() -> None:
    claims = claims_by_quote(
        "Alibaba shares jumped 9% on Monday. Its previous close was $150.96. The stock opened at $157.47.", MONDAY
    )
    assert claims["157.47"].kind == "open_price" and claims["157.47"].reference == {"date": "2026-01-12"}


def test_an_indexs_previous_close_with_a_move_is_its_sessions() -> None:
    # ^NDX 2026-02-20 (Friday) 25012.62, +0.87 % on 2026-02-19's 24797.34; read in Monday's Hong Kong wrap
    claims = claims_by_quote(
        "Hong Kong stocks rallied on Monday. The Nasdaq 100's prior close was 25,012.62, a gain of 0.9% for the day.",
        date(2026, 2, 23),
    )
    move = claims["0.9"]
    assert (move.kind, move.listing, move.reference) == ("index_move", "^NDX", {"date": "2026-02-20"})


# seeds/quotes/BIDU.csv: Tuesday 2026-01-20 close 150.02; Wednesday 2026-01-21 open 158.51
WEDNESDAY = date(2026, 1, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Baidu's stock opened at $158.51 after Tuesday's close of $150.02.",
        "Baidu's ADRs opened at $158.51 on the day, following Tuesday's close of $150.02.",
        "Baidu's stock climbed, having opened at $158.51 after Tuesday's close of $150.02.",
    ],
)
def test_a_close_with_its_own_day_after_after_is_a_base_dated_by_it(text: str) -> None:
    claims = claims_by_quote(text, WEDNESDAY)
    assert (claims["150.02"].kind, claims["150.02"].reference) == ("close", {"date": "2026-01-20"})
    assert (claims["158.51"].kind, claims["158.51"].reference) == ("open_price", {"date": "2026-01-21"})


def test_an_indexs_previous_close_level_after_its_copula_is_read() -> None:
    # ^HSI 2026-02-20 (Friday) close 26413.35; a level written without 'points', as wire copy does
    claims = claims_by_quote("Stocks rose on Monday. The Hang Seng's previous close was 26,413.35.", date(2026, 2, 23))
    level = claims["26,413.35"]
    assert (level.kind, level.listing, level.reference) == ("index_level", "^HSI", {"date": "2026-02-20"})


def test_points_after_a_close_and_its_copula_stay_a_move() -> None:
    claims = claims_by_quote("The Hang Seng's close was 150 points above its open.", date(2026, 2, 23))
    assert claims["150"].kind == "index_move"
