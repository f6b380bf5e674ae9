"""Readings found while probing the product as an editor (cues.csv).

A move measured from last week's close ('gegenüber dem Schlusskurs der Vorwoche', '0.8% above last week's close') runs
from the previous week's last close to the session reported: the week so far. Before, the German form on a Wednesday
was weighed against the close a calendar week back, and the English one as the whole of last week's move.

A high named with its level and no day ('Vom Hoch bei 153,30 HKD ist sie gut 3 Prozent entfernt', 'unter dem
Zwischenhoch bei ...') is a high of some period the text does not fix, not the price of the day: before, it was read
as the session's price and a true figure was called wrong. A high the day's words date ('im Hoch bei', 'nach einem Hoch
von ... am Montag') stays that session's high.

Quotes (9988.HK, seeds/quotes): close 2026-02-20 (the Friday before) 147.10, high 2026-02-23 153.30, close 2026-02-25
148.30: 148.30 / 147.10 - 1 = +0.82 % for the week so far on Wednesday 2026-02-25.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

WEDNESDAY = date(2026, 2, 25)
WEEK_SO_FAR = {"start": "2026-02-23", "end": "2026-02-25"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, 0,8 Prozent über dem Schluss der Vorwoche.", "0,8"),
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD. Verglichen mit dem Schlusskurs der Vorwoche "
            "ergibt sich ein Plus von 0,8 Prozent.",
            "0,8",
        ),
        ("Alibaba closed at HK$148.30 in Hong Kong on Wednesday, 0.8% above last week's close.", "0.8"),
        (
            "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. Compared with the previous week's closing price, "
            "the stock is up 0.8%.",
            "0.8",
        ),
    ],
)
def test_a_move_from_last_weeks_close_is_the_week_so_far(text: str, quote: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)[quote]
    assert (claim.kind, claim.reference) == ("week_to_date_return", WEEK_SO_FAR)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba notiert in Hongkong bei 148,30 HKD. Vom Hoch bei 153,30 HKD ist die Aktie gut 3 Prozent entfernt.",
        "Alibaba notiert in Hongkong bei 148,30 HKD und damit klar unter dem Zwischenhoch bei 153,30 HKD.",
    ],
)
def test_a_high_named_without_its_day_is_no_price_of_the_day(text: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)["153,30"]
    assert claim.kind == "period_high"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Am Montag hatte Alibaba in Hongkong im Hoch bei 153,30 HKD notiert.", "2026-02-23"),
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, nach einem Hoch von 153,30 HKD am Montag.",
            "2026-02-23",
        ),
    ],
)
def test_a_high_its_words_date_stays_that_sessions(text: str, day: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)["153,30"]
    assert (claim.kind, claim.reference) == ("day_high", {"date": day})


# A distance below a high the text names by its level and no day ('3.3% below its recent high of HK$153.30') is a
# distance to a past peak the quotes cannot place: before, it was read as the day's move (or as the distance to the
# 52 weeks' high, 185.10 on 2025-10-03) and a true figure was called wrong. Dated to a weekday ('reached on Monday',
# 'dem am Montag erreichten Hoch'), it is the move since that day's high: 148.30 / 153.30 (2026-02-23) - 1 = -3.26 %.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba closed at HK$148.30 in Hong Kong on Wednesday, 3.3% below the high of HK$153.30.", "3.3"),
        (
            "Alibaba closed at HK$148.30 in Hong Kong on Wednesday. It is 3.3% below its recent high of HK$153.30.",
            "3.3",
        ),
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, 3,3 Prozent unter ihrem jüngsten Hoch von "
            "153,30 HKD.",
            "3,3",
        ),
    ],
)
def test_a_distance_below_an_undated_high_is_to_a_past_peak(text: str, quote: str) -> None:
    claims = claims_by_quote(text, WEDNESDAY)
    assert claims[quote].kind == "distance_past_peak"
    level = "153.30" if "." in quote else "153,30"
    assert claims[level].kind == "period_high"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Alibaba closed at HK$148.30 in Hong Kong on Wednesday, 3.3% below its recent high of HK$153.30 reached on "
            "Monday.",
            "3.3",
        ),
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, 3,3 Prozent unter dem am Montag erreichten Hoch.",
            "3,3",
        ),
    ],
)
def test_a_distance_below_a_high_dated_to_a_weekday_runs_from_that_day(text: str, quote: str) -> None:
    claim = claims_by_quote(text, WEDNESDAY)[quote]
    assert (claim.kind, claim.reference) == ("since_return", {"start": "2026-02-23", "end": "2026-02-25"})


# The same for a low named by its level and no day: 147.10 was the low (and close) of Friday 2026-02-20; read as the
# price of Wednesday, whose range was 148.10 to 150.20, it had been called imprecise.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Alibaba closed at HK$148.30 in Hong Kong on Wednesday, 0.8% above the low of HK$147.10.", "147.10"),
        (
            "Alibaba schloss am Mittwoch in Hongkong bei 148,30 HKD, 0,8 Prozent über dem Zwischentief bei 147,10 HKD.",
            "147,10",
        ),
    ],
)
def test_a_low_named_without_its_day_is_no_price_of_the_day(text: str, level: str) -> None:
    assert claims_by_quote(text, WEDNESDAY)[level].kind == "period_low"
