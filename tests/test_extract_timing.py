"""Which day or period a number refers to, decided directly on test sentences."""

from __future__ import annotations

from claimcheck.core.extract.context import Context
from claimcheck.core.extract.timing import calendar_year, day_scope, past_window, reference_of
from claimcheck.model import Published
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY, parts_of


def test_a_day_after_a_comparison_base_is_that_numbers_own(rules: Rules) -> None:
    parts = parts_of("Die Aktie schloss bei HK$154,50, ein Plus von 4,67 % gegenüber HK$147,60 am Freitag.", rules)
    base = parts.number("147,60")
    assert parts.days.own == {base.start: "am Freitag"}
    assert "Freitag" not in parts.days.free and len(parts.days.free) == len(parts.text)  # blanked, offsets kept
    assert day_scope(parts.days, 0, base) == "am Freitag"


def test_a_number_takes_its_clauses_day_when_the_clause_names_one(rules: Rules) -> None:
    parts = parts_of("Am Freitag fiel die Aktie um 2 %, während sie am Montag um 3 % stieg.", rules)
    assert "Montag" in day_scope(parts.days, 0, parts.number("3"))
    assert "Montag" not in day_scope(parts.days, 0, parts.number("2"))


def test_the_kth_percentage_after_a_pair_of_years_belongs_to_the_kth_year(rules: Rules) -> None:
    parts = parts_of("2023 und 2024 gab es Zuwächse von 240 beziehungsweise 170 %.", rules)
    percentages = [m for m in parts.numbers if m.unit == "percent"]
    assert [calendar_year(parts.text, 0, m, parts.numbers) for m in percentages] == [2023, 2024]


def test_a_period_return_refers_to_its_window_ending_on_the_day() -> None:
    reference, basis, _, source = reference_of("ytd_return", "am Freitag", MONDAY, Context())
    assert reference == {"start": "2026-01-01", "end": "2026-01-09"} and basis == "relative" and source == "text"


def test_no_day_named_reads_the_publication_day_and_says_so() -> None:
    reference, basis, notes, source = reference_of("close", "Die Aktie schloss bei 5 Euro.", MONDAY, Context())
    assert reference == {"date": "2026-01-12"} and basis == "implied" and source == "publication_default"
    assert notes == ["no day stated: read against the sessions up to publication"]
    undated = reference_of("close", "Die Aktie schloss bei 5 Euro.", Published(None, "unknown"), Context())
    assert undated[:2] == (None, "unresolved")


def test_a_past_window_is_a_period_that_ended_before_publication() -> None:
    assert past_window({"start": "2025-04-01", "end": "2025-04-30"}, MONDAY)
    assert not past_window({"start": "2026-01-01", "end": "2026-01-12"}, MONDAY)
    assert not past_window({"date": "2025-04-01"}, MONDAY)
    assert not past_window(None, MONDAY)
