"""Probes (reviewfix): a whole year named without its figures ('über das gesamte Jahr', 'für das ganze Jahr') was
always read as the last full year. Told up to now, by a so-far word ('bislang') or in the present or present perfect
in a text written after the year's first quarter, it is the year so far (timing.year_return, tenses.csv so_far); a
summary in the past tense, or one written early in the year, stays the year just ended."""

from datetime import date

from tests.helpers import claims_by_quote


def test_the_whole_year_in_the_present_perfect_mid_year_is_the_year_so_far() -> None:
    text = "Die Baidu-Aktie hat in New York über das gesamte Jahr knapp 12 Prozent verloren."
    claim = claims_by_quote(text, date(2025, 9, 10))["12"]
    assert claim.kind == "ytd_return"
    assert claim.reference == {"start": "2025-01-01", "end": "2025-09-10"}


def test_the_whole_year_with_bislang_is_the_year_so_far() -> None:
    text = "Die Baidu-Aktie liegt in New York für das ganze Jahr bislang 7 Prozent im Minus."
    claim = claims_by_quote(text, date(2025, 6, 18))["7"]
    assert claim.kind == "ytd_return"


def test_the_whole_year_in_january_is_the_year_just_ended() -> None:
    text = "Die Baidu-Aktie hat in New York über das gesamte Jahr gut 50 Prozent gewonnen."
    claim = claims_by_quote(text, date(2026, 1, 9))["50"]
    assert claim.kind == "calendar_year_return"
    assert claim.reference == {"start": "2025-01-01", "end": "2025-12-31"}


def test_a_past_tense_summary_of_the_whole_year_stays_the_last_one() -> None:
    text = "Über das ganze Jahr verlor die Baidu-Aktie in New York rund 9 Prozent."
    claim = claims_by_quote(text, date(2025, 7, 2))["9"]
    assert claim.kind == "calendar_year_return"
    assert claim.reference == {"start": "2024-01-01", "end": "2024-12-31"}
