"""A trailing clause naming the extremes a period passed through, each with its day ('..., nach einem Hoch von 104,20
HKD am Dienstag und einem Tief von 97,10 HKD am Donnerstag'), dates its own figures only: the week's move and the close
before the comma stay the week's (day_links.csv, own_clause), and each extreme is the high or low of the day named
right after it (cues.csv: 'nach einem Hoch von ... am <Wochentag>' a day_high, '(nach|und) einem Tief von ... am
<Wochentag>' a day_low). Before, the last weekday of the clause dated the whole sentence: the week's move and the
close were read as Monday's or Wednesday's, a true close was called imprecise and a true weekly gain wrong."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 26)  # Sunday after the week 2025-10-20 .. 2025-10-24
TEXT = (
    "Wochenrückblick\n\nDie Meituan-Aktie verlor auf Wochensicht 4,1 Prozent auf 98,50 HKD, nach einem Hoch von "
    "104,20 HKD am Dienstag und einem Tief von 97,10 HKD am Donnerstag."
)


def test_the_weeks_move_and_close_are_not_dated_by_the_trailing_clause() -> None:
    claims = claims_by_quote(TEXT, PUBLISHED)
    assert claims["4,1"].kind == "week_return"
    assert claims["4,1"].reference == {"start": "2025-10-17", "end": "2025-10-24"}
    assert claims["98,50"].kind == "close" and claims["98,50"].reference == {"date": "2025-10-24"}


def test_each_extreme_takes_the_day_named_after_it() -> None:
    claims = claims_by_quote(TEXT, PUBLISHED)
    assert claims["104,20"].kind == "day_high" and claims["104,20"].reference == {"date": "2025-10-21"}
    assert claims["97,10"].kind == "day_low" and claims["97,10"].reference == {"date": "2025-10-23"}


def test_a_high_without_a_day_is_no_session_high() -> None:
    # only a high dated by its weekday is one session's
    text = "Die Meituan-Aktie verlor auf Wochensicht 4,1 Prozent auf 98,50 HKD, nach einem Hoch von 104,20 HKD."
    assert claims_by_quote(text, PUBLISHED)["104,20"].kind != "day_high"
