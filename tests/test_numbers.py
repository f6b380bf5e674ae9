import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.core.numbers import find_numbers, parse_number
from claimcheck.rules import Rules


@pytest.mark.parametrize(
    ("token", "lang", "value", "decimals"),
    [
        ("4,88", "de", 4.88, 2),
        ("1.000", "de", 1000.0, 0),
        ("50.000", "de", 50000.0, 0),
        ("1.234,5", "de", 1234.5, 1),
        ("166.31", "de", 166.31, 2),  # a point before two digits is a decimal point even in German
        ("166.31", "en", 166.31, 2),
        ("1,000", "en", 1000.0, 0),
        ("17,3", "de", 17.3, 1),
    ],
)
def test_parse_number(token: str, lang: str, value: float, decimals: int) -> None:
    assert parse_number(token, lang) == (value, decimals)


def _mentions(text: str, rules: Rules, lang: str = "de") -> list[tuple[str, float, float | None, float, str | None]]:
    return [(text[m.start : m.end], m.value, m.value_high, m.scale, m.unit) for m in find_numbers(text, lang, rules)]


def test_units_scales_ranges_and_words(rules: Rules) -> None:
    text = (
        "Die Aktie fiel um fünf Prozent; 85–90 % der Anleger; 3,2 Mrd. Euro; 40.000 bis 50.000 Chips; 2 Prozentpunkte"
    )
    assert _mentions(text, rules) == [
        ("fünf", 5.0, None, 1.0, "percent"),
        ("85–90", 85.0, 90.0, 1.0, "percent"),
        ("3,2", 3.2, None, 1e9, "EUR"),
        ("40.000 bis 50.000", 40000.0, 50000.0, 1.0, None),
        ("2", 2.0, None, 1.0, "percentage_points"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # agency copy sets off thousands with a plain space (dpa-AFX: 'auf 25 906 Punkte'); typeset text with
        # a no-break or narrow no-break space
        ("Der Hang Seng stieg auf 25 906 Punkte.", "de", [("25 906", 25906.0, "points")]),
        ("Der Dax schloss bei 24 049,74 Punkten.", "de", [("24 049,74", 24049.74, "points")]),
        ("Es wechselten 1 500 000 Aktien.", "de", [("1 500 000", 1500000.0, None)]),
        ("The index closed at 25\u202f906.12 points.", "en", [("25\u202f906.12", 25906.12, "points")]),
        # a space after four digits or before fewer than three sets off no group: two numbers
        ("Seit 2024 150 Prozent im Plus.", "de", [("2024", 2024.0, None), ("150", 150.0, "percent")]),
        ("Von 12 15 Prozent.", "de", [("15", 15.0, "percent")]),
    ],
)
def test_a_space_sets_off_a_group_of_three_digits(
    rules: Rules, text: str, lang: str, expected: list[tuple[str, float, str | None]]
) -> None:
    found = [(quote, value, unit) for quote, value, _, _, unit in _mentions(text, rules, lang) if unit or value > 999]
    assert found == expected


def test_billion_is_ten_to_the_twelve_in_german(rules: Rules) -> None:
    assert _mentions("eine Bewertung von 1,2 Billionen US-Dollar", rules) == [("1,2", 1.2, None, 1e12, "USD")]


def test_english_currency_prefix_and_words(rules: Rules) -> None:
    assert _mentions("Shares rose five percent to HK$167.80", rules, "en") == [
        ("five", 5.0, None, 1.0, "percent"),
        ("167.80", 167.8, None, 1.0, "HKD"),
    ]


@pytest.mark.parametrize(
    "text", ["ab Minute 5:50", "Qwen3-Next", "das Qwen-3-Max-Preview", "6G", "am 19. Februar 2026"]
)
def test_names_times_and_dates_are_not_quantities(rules: Rules, text: str) -> None:
    assert [m for m in find_numbers(text, "de", rules) if m.unit] == []


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_valid_spans_and_finite_values(text: str) -> None:
    from claimcheck.rules import load_rules

    for m in find_numbers(text, "de", load_rules()):
        assert 0 <= m.start < m.end <= len(text)
        assert math.isfinite(m.value)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Zuwächse von 240 beziehungsweise 170 %", (240.0, "percent")),
        ("zwischen 2 und 3 Prozent", (2.0, "percent")),
        ("up 0.2 and 0.5%", (0.2, "percent")),
        ("im Jahr 2023 und 5 Prozent", (2023.0, None)),  # a year does not share the unit
    ],
)
def test_a_unit_written_once_serves_both_numbers(rules: Rules, text: str, first: tuple[float, str | None]) -> None:
    lang = "en" if text.startswith("up") else "de"
    found = find_numbers(text, lang, rules)
    assert (found[0].value, found[0].unit) == first and found[-1].unit == "percent"
