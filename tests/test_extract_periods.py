"""The windows of periods (`extract/periods.py`), decided directly: a period to date, a calendar year between two
year ends, an average's sessions, whether a period had ended by publication."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.extract.periods import (
    average_window,
    names_close,
    past_window,
    period_reference,
    whole_year_between,
)
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY


@pytest.mark.parametrize(
    ("kind", "as_of", "start"),
    [
        ("ytd_return", date(2026, 2, 27), "2026-01-01"),  # from New Year's Day
        ("week_return", date(2026, 2, 27), "2026-02-20"),  # a week back, Friday to Friday
        ("month_return", date(2026, 2, 27), "2026-02-01"),  # from the month's first day
        ("twelve_month_return", date(2024, 2, 29), "2023-02-28"),  # a leap day counts back a whole year's 366 days
    ],
)
def test_a_period_to_date_ends_on_its_day_and_starts_where_its_kind_says(kind: str, as_of: date, start: str) -> None:
    assert period_reference(kind, as_of) == {"start": start, "end": as_of.isoformat()}


def test_a_days_own_figure_has_no_period() -> None:
    assert period_reference("day_change", date(2026, 2, 27)) is None


def test_a_period_from_one_year_end_to_the_next_is_that_calendar_year() -> None:
    assert whole_year_between({"start": "2024-12-31", "end": "2025-12-31"}) == 2025
    assert whole_year_between({"start": "2025-03-03", "end": "2025-12-31"}) is None  # March to December: no year


def test_an_average_spans_the_sessions_its_words_name(rules: Rules) -> None:
    day = {"date": "2025-10-15"}
    assert average_window("the 30-day average volume", day, rules) == {"start": "2025-09-15", "end": "2025-10-15"}
    assert average_window("im September-Durchschnitt", day, rules) == {"start": "2025-09-01", "end": "2025-10-15"}
    assert average_window("the volume", day, rules) is None


def test_an_extreme_named_a_close_is_read_on_closes(rules: Rules) -> None:
    assert names_close("its record close", rules) and names_close("ein neues Schlusshoch", rules)
    assert not names_close("its 52-week high", rules)


def test_a_past_window_is_a_period_that_ended_before_publication() -> None:
    assert past_window({"start": "2025-04-01", "end": "2025-04-30"}, MONDAY)
    assert not past_window({"start": "2026-01-01", "end": "2026-01-12"}, MONDAY)
    assert not past_window({"date": "2025-04-01"}, MONDAY)
    assert not past_window(None, MONDAY)
