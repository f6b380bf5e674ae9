"""Bases and days a move's own words name, found by probing sentences written for the test (no article copied).

- 'ein Plus von knapp 10 Prozent gegenüber dem Vortag' names the day before's close as the base: a day move, even
  where the sentence names a 'Jahreshoch' beside the price (cues.csv). It had been the distance to the year's high,
  'down', on a rise: a true figure called wrong.
- 'Since the company last reported on Nov. 18, ...', 'since its last report on Nov. 18': a move since that day's
  report (cues.csv, base 'dated'; since_bases.csv event: that day's close or the one before). It had been that
  day's own move: a true figure called wrong.
- 'Last quarter, the stock rose 2.7% on the day of the report', 'fell 8% in the session after its last earnings
  report': the session of a previous report the text does not date (earlier_events.csv past_report): not measured.
  It had been read on the latest session: a true figure called wrong. A day the clause names still dates it.
- 'this holiday-shortened week', 'in dieser verkürzten Handelswoche': the week so far, as 'this week' (cues.csv).
- 'startet mit einem Abschlag von knapp 5 Prozent bei 122,00 HKD': the opening move and the opening price (cues.csv);
  they had been the day's move and a last price.

Quotes (seeds/quotes): BIDU closed at 114.11 on 2025-11-17, 117.14 on 2025-11-18 (the day of its report) and 133.94
on 2026-02-23; 9888.HK opened at 122.00 on 2025-09-24 after a 128.40 close."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

SEPT_24 = date(2025, 9, 24)  # a Wednesday
FEB_24 = date(2026, 2, 24)  # a Tuesday
JAN_22 = date(2026, 1, 22)  # a Thursday, after Monday's holiday


@pytest.mark.parametrize(
    "text",
    [
        "Tencent erreicht am Mittwoch ein Jahreshoch von 680 HKD, ein Plus von gut 3 Prozent gegenüber dem Vortag.",
        "Meituan markiert ein neues Jahreshoch bei 110 HKD, ein Anstieg um 4 % gegenüber dem Vortagesschluss.",
    ],
)
def test_a_move_against_the_day_before_is_no_distance_to_the_high(text: str) -> None:
    claims = claims_by_quote(text, SEPT_24)
    move = claims["3" if "3 Prozent" in text else "4"]
    assert move.kind == "day_change"
    assert move.direction == "up"


@pytest.mark.parametrize(
    "text",
    [
        "Baidu closed at $133.94 on Monday. Since the company last reported on Nov. 18, the shares have gained 12%.",
        "Baidu closed at $133.94 on Monday. Since Baidu most recently reported results on Nov. 18, it has gained 12%.",
        "Baidu closed at $133.94 on Monday. Since its latest quarterly report on Nov. 18, the ADRs have gained 12%.",
    ],
)
def test_a_move_since_the_last_report_is_measured_from_its_day(text: str) -> None:
    move = claims_by_quote(text, FEB_24)["12"]
    assert move.kind == "since_return"
    assert move.reference is not None and move.reference.get("start") == "2025-11-18"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu closed at $133.94 on Monday. Last time, the shares slid 3.5% the day after the results.", "3.5"),
        ("Baidu closed at $133.94 on Monday. The shares fell 6% in the session after their last earnings report.", "6"),
        ("Die Baidu-ADRs schlossen am Montag bei 133,94 Dollar. Am Tag nach den letzten Zahlen fielen sie 6 %.", "6"),
    ],
)
def test_a_move_on_a_previous_reports_undated_day_is_not_measured(text: str, quote: str) -> None:
    move = claims_by_quote(text, FEB_24)[quote]
    assert move.unmeasured_reason is not None
    assert "previous report" in move.unmeasured_reason


def test_a_day_the_clause_names_still_dates_a_move_after_the_last_report() -> None:
    text = "Baidu shares fell 6% on Thursday, the day after its last report."
    move = claims_by_quote(text, FEB_24)["6"]
    assert move.unmeasured_reason is None
    assert move.reference == {"date": "2026-02-19"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Baidu closed at $162.28 on Wednesday. So far this holiday-shortened week, the ADRs have added 6.1%.", "6.1"),
        ("Die Baidu-ADRs schlossen am Mittwoch bei 162,28 Dollar, in dieser verkürzten Handelswoche plus 6 %.", "6"),
    ],
)
def test_a_shortened_week_is_the_week_so_far(text: str, quote: str) -> None:
    move = claims_by_quote(text, JAN_22)[quote]
    assert move.kind == "week_to_date_return"


def test_a_start_with_a_discount_at_a_price_is_the_open() -> None:
    text = "Die Baidu-Aktie startete am Mittwoch mit einem deutlichen Minus von 4,9 Prozent bei 122 HKD."
    claims = claims_by_quote(text, SEPT_24)
    assert claims["4,9"].kind == "open_move"
    assert claims["122"].kind == "open_price"
