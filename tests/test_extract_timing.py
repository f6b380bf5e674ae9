"""Which day or period a number refers to, decided directly on test sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.core.dates import resolve_day, told_in_past
from claimcheck.core.extract.context import Context
from claimcheck.core.extract.timing import calendar_year, reference_of, scope_of, session_before
from claimcheck.model import Published
from claimcheck.rules import Rules
from tests.extract_parts import MONDAY, parts_of


def test_a_day_after_a_comparison_base_is_that_numbers_own(rules: Rules) -> None:
    parts = parts_of("Die Aktie schloss bei HK$154,50, ein Plus von 4,67 % gegenüber HK$147,60 am Freitag.", rules)
    base = parts.number("147,60")
    assert parts.days.own == {base.start: "am Freitag"}
    assert "Freitag" not in parts.days.free and len(parts.days.free) == len(parts.text)  # blanked, offsets kept
    assert scope_of(parts.days, 0, base, rules).words == "am Freitag"


def test_a_number_takes_its_clauses_day_when_the_clause_names_one(rules: Rules) -> None:
    parts = parts_of("Am Freitag fiel die Aktie um 2 %, während sie am Montag um 3 % stieg.", rules)
    assert "Montag" in scope_of(parts.days, 0, parts.number("3"), rules).words
    assert "Montag" not in scope_of(parts.days, 0, parts.number("2"), rules).words


def test_a_decimal_comma_does_not_end_a_clause(rules: Rules) -> None:
    parts = parts_of("Die Aktie fiel um 2,5 % am Freitag, während sie um 3,5 % am Montag stieg.", rules)
    assert "Montag" in scope_of(parts.days, 0, parts.number("3,5"), rules).words
    assert "Montag" not in scope_of(parts.days, 0, parts.number("2,5"), rules).words


def test_the_kth_percentage_after_a_pair_of_years_belongs_to_the_kth_year(rules: Rules) -> None:
    parts = parts_of("2023 und 2024 gab es Zuwächse von 240 beziehungsweise 170 %.", rules)
    percentages = [m for m in parts.numbers if m.unit == "percent"]
    assert [calendar_year(parts.text, 0, m, parts.numbers) for m in percentages] == [2023, 2024]


def test_a_period_return_refers_to_its_window_ending_on_the_day(rules: Rules) -> None:
    slot = reference_of("ytd_return", "am Freitag", MONDAY, Context(), rules)
    assert slot.reference == {"start": "2026-01-01", "end": "2026-01-09"}
    assert (slot.basis, slot.source, slot.after_publication_note) == ("relative", "text", None)


def test_no_day_named_reads_the_publication_day_and_says_so(rules: Rules) -> None:
    slot = reference_of("close", "Die Aktie schloss bei 5 Euro.", MONDAY, Context(), rules)
    assert slot.reference == {"date": "2026-01-12"} and slot.basis == "implied" and slot.source == "publication_default"
    assert slot.notes == ["no day stated: read against the sessions up to publication"]
    undated = reference_of("close", "Die Aktie schloss bei 5 Euro.", Published(None, "unknown"), Context(), rules)
    assert (undated.reference, undated.basis) == (None, "unresolved")


def test_a_weekday_nearer_after_publication_is_flagged_in_a_typed_field(rules: Rules) -> None:
    # Monday 2026-01-12: 'Mittwoch' is two days ahead and five back, so the coming one is taken, and said
    slot = reference_of("close", "am Mittwoch", MONDAY, Context(), rules)
    assert slot.reference == {"date": "2026-01-14"}
    assert slot.after_publication_note is not None and slot.after_publication_note in slot.notes
    assert "2026-01-14" in slot.after_publication_note


TUESDAY = Published(date(2026, 1, 13), "option")


def _day_of(text: str, quote: str, rules: Rules, published: Published = TUESDAY, lang: str = "de") -> dict[str, str]:
    parts = parts_of(text, rules, lang)
    scope = scope_of(parts.days, 0, parts.number(quote), rules)
    reference = reference_of(
        "close", scope.words, published, Context(), rules, scope.past, scope.sessions_back, scope.or_before
    ).reference
    assert reference is not None
    return reference


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tencent schloss am Montag bei 612,50 HKD, 2,1 % gegenüber dem Schlussstand von 600,00 HKD vom Freitag.",
            "de",
        ),
        ("Tencent closed at HK$612.50 on Monday, up 2.1% from Friday's closing price of HK$600.00.", "en"),
        ("Tencent closed at HK$612.50 on Monday, up 2.1% compared with HK$600.00 at Friday's close.", "en"),
        ("Tencent closed at HK$612.50 on Monday, up 2.1% compared with a close of HK$600.00 on Friday.", "en"),
    ],
)
def test_the_day_of_a_comparison_base_dates_the_base_only(rules: Rules, text: str, lang: str) -> None:
    quote_main, quote_base = ("612,50", "600,00") if lang == "de" else ("612.50", "600.00")
    assert _day_of(text, quote_base, rules, lang=lang) == {"date": "2026-01-09"}
    assert _day_of(text, quote_main, rules, lang=lang) == {"date": "2026-01-12"}
    assert _day_of(text, "2,1" if lang == "de" else "2.1", rules, lang=lang) == {"date": "2026-01-12"}


def test_a_base_without_a_day_of_its_own_is_its_moves_session_or_the_one_before(rules: Rules) -> None:
    text = "Am Montag schloss Tencent bei 612,50 HKD, ein Plus von 2,1 % gegenüber dem Vortagesschluss von 600,00 HKD."
    assert _day_of(text, "600,00", rules) == {"start": "2026-01-09", "end": "2026-01-12"}  # Friday or Monday
    assert _day_of(text, "612,50", rules) == {"date": "2026-01-12"}


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("JD.com fell 2% in Hong Kong on Wednesday, a day after its US shares dropped 1.5% to $30.10.", "en", "1.5"),
        (
            "JD.com fiel am Mittwoch in Hongkong um 2 %, einen Tag nachdem die US-Aktie um 1,5 % gefallen war.",
            "de",
            "1,5",
        ),
    ],
)
def test_a_day_after_reads_the_session_before_the_sentences_day(rules: Rules, text: str, lang: str, quote: str) -> None:
    wednesday = Published(date(2026, 1, 14), "option")
    assert _day_of(text, quote, rules, wednesday, lang) == {"date": "2026-01-13"}
    assert _day_of(text, "2", rules, wednesday, lang) == {"date": "2026-01-14"}


def test_the_session_before_a_monday_is_the_friday() -> None:
    assert session_before(date(2026, 1, 12)) == date(2026, 1, 9)
    assert session_before(date(2026, 1, 14)) == date(2026, 1, 13)


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Meituan shares rose 3% on Tuesday after sliding 4.2% on Friday.", "en", "4.2"),
        ("Die Meituan-Aktie stieg am Dienstag um 3 %, nachdem sie am Freitag um 4,2 % gefallen war.", "de", "4,2"),
    ],
)
def test_a_weekday_in_an_after_clause_is_the_last_such_day_before_publication(
    rules: Rules, text: str, lang: str, quote: str
) -> None:
    assert _day_of(text, quote, rules, TUESDAY, lang) == {"date": "2026-01-09"}  # not the coming Friday 16th
    plain = "Die Meituan-Aktie notiert am Freitag bei 104 HKD."  # not told as past: the nearest such day
    assert _day_of(plain, "104", rules, TUESDAY) == {"date": "2026-01-16"}


SATURDAY = Published(date(2026, 1, 17), "option")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "day"),
    [
        # a Saturday's recap of the week: its Monday and Tuesday are the week's, not the coming ones
        ("Zum Wochenauftakt am Montag verbilligte sich die Baidu-Aktie in Hongkong um 3,1 %.", "de", "3,1", "12"),
        ("Am Dienstag ging es für Tencent um 0,8 % aufwärts.", "de", "0,8", "13"),
        ("Tencent's Hong Kong shares dropped 2.2% on Monday.", "en", "2.2", "12"),
        ("Tuesday brought a 1.5% gain for Meituan in Hong Kong.", "en", "1.5", "13"),
        ("Meituan, which had slid 0.9% on Wednesday, recovered on Thursday.", "en", "0.9", "14"),
        ("Die Aktie hat am Montag 2,5 % zugelegt.", "de", "2,5", "12"),
    ],
)
def test_a_weekday_told_in_the_past_is_the_last_such_day_up_to_publication(
    rules: Rules, text: str, lang: str, quote: str, day: str
) -> None:
    assert _day_of(text, quote, rules, SATURDAY, lang) == {"date": f"2026-01-{day}"}


@pytest.mark.parametrize(
    "words",
    [
        "Baidu will report results on Monday",
        "Die Zahlen werden am Montag erwartet",
        "Am Montag legt Alibaba Zahlen vor",
        "On Monday, analysts expected the shares to open higher",
        "Hong Kong-listed Alibaba reports results on Monday",
        "Alibaba, listed in New York, reports results on Monday",
    ],
)
def test_a_weekday_of_a_coming_event_stays_the_nearest_such_day(words: str, rules: Rules) -> None:
    day = resolve_day(words, SATURDAY.date, rules)
    assert day is not None and day.day == date(2026, 1, 19) and not told_in_past(words, rules)


@pytest.mark.parametrize(
    ("words", "published", "day"),
    [
        ("Zum Wochenstart hatte die Aktie 1,4 Prozent zugelegt", date(2026, 1, 14), date(2026, 1, 12)),
        ("Zum Wochenauftakt stieg Tencent um 2 %", date(2026, 1, 16), date(2026, 1, 12)),
        ("At the start of the week the ADRs gained 3%", date(2026, 1, 12), date(2026, 1, 12)),
    ],
)
def test_the_start_of_the_week_is_its_monday_up_to_publication(
    words: str, published: date, day: date, rules: Rules
) -> None:
    found = resolve_day(words, published, rules)
    assert found is not None and found.day == day
