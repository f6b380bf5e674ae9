"""Which number each day phrase of a sentence belongs to (`extract/bindings.py`), decided directly on test sentences:
a comparison base's own day, a dated close a move is measured from; what is left dates the other numbers."""

from __future__ import annotations

from claimcheck.core.extract.bindings import day_bindings
from claimcheck.core.numbers import find_numbers
from claimcheck.rules import Rules


def _bound(text: str, rules: Rules, lang: str) -> tuple[dict[str, str], str, set[str], dict[str, str]]:
    numbers = find_numbers(text, lang, rules)
    days = day_bindings(text, 0, numbers, rules)
    at = {m.start: text[m.start : m.end] for m in numbers}
    own = {at[start]: words for start, words in days.own.items()}
    measured_from = {at[start]: words for start, words in days.measured_from.items()}
    return own, days.free, {at[start] for start in days.bases}, measured_from


def test_a_day_right_after_a_base_is_the_bases_own_and_is_blanked_for_the_others(rules: Rules) -> None:
    text = "Die Aktie schloss bei 154,50 HKD, ein Plus von 4,67 % gegenüber 147,60 HKD am Freitag."
    own, free, bases, _ = _bound(text, rules, "de")
    assert own == {"147,60": "am Freitag"} and bases == {"147,60"}
    assert "Freitag" not in free and len(free) == len(text)  # blanked, offsets kept


def test_an_english_base_named_before_its_level_takes_the_day_in_its_phrase(rules: Rules) -> None:
    text = "The shares rose 2.1% to $98.40, up from Friday's close of $96.38."
    own, free, bases, _ = _bound(text, rules, "en")
    assert "96.38" in bases and "Friday" in own["96.38"]
    assert "Friday" not in free


def test_a_move_below_a_named_close_is_measured_from_that_close(rules: Rules) -> None:
    text = "Am Dienstag notierte die Aktie 0,5 Prozent weniger als zum Handelsschluss am Montag."
    _, free, _, measured_from = _bound(text, rules, "de")
    assert "Montag" in measured_from["0,5"]
    assert "Dienstag" in free  # the session the move is of still dates it


def test_a_sentence_without_a_base_binds_no_day_to_a_number(rules: Rules) -> None:
    text = "Am Freitag fiel die Aktie um 2 Prozent auf 150,20 HKD."
    own, free, bases, measured_from = _bound(text, rules, "de")
    assert own == {} and bases == set() and measured_from == {} and free == text
