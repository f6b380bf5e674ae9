"""The previous week's close labelling its figure after a colon, '(Schluss der Vorwoche: 147,10 HKD)', is the close of
the last session of the week before publication (`dates._WEEK_END`), a close (cues.csv), and its day is that figure's
only (`bindings._bracket_label_owner`): the week's move beside it stays the week up to the session reported. A week
whose close is a move's base ('gegenüber dem Schluss der Vorwoche') is no calendar week of the move (session_words.csv
calendar_week): the move is the week's up to the session reported. Before, the label's figure was a price of
publication's day and the week's move was read as the week before (both true figures called wrong)."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# seeds/quotes/9988.HK.csv: Friday 2026-02-20 close 147.10 (Monday 2026-02-16 a half day); 2026-02-27 close 142.90:
# 142.90 / 147.10 - 1 = -2.86 % (the week to Friday 2026-02-27)
FRIDAY = date(2026, 2, 27)


def test_label_in_brackets_dates_its_close_and_not_the_weeks_move() -> None:
    claims = claims_by_quote(
        "Alibaba ging in Hongkong mit 142,90 HKD aus dem Handel. Binnen einer Woche büßte das Papier damit "
        "2,9 Prozent ein (Schlusskurs der Vorwoche: 147,10 HKD).",
        FRIDAY,
    )
    assert claims["147,10"].kind == "close"
    assert claims["147,10"].reference == {"date": "2026-02-20"}
    assert claims["2,9"].kind == "week_return"
    assert claims["2,9"].reference == {"start": "2026-02-20", "end": "2026-02-27"}
    assert claims["142,90"].reference == {"date": "2026-02-27"}


def test_label_after_a_comma_dates_its_figure_only() -> None:
    claims = claims_by_quote("Alibaba schloss in Hongkong bei 142,90 HKD, Schluss der Vorwoche: 147,10 HKD.", FRIDAY)
    assert claims["142,90"].reference == {"date": "2026-02-27"}
    assert claims["147,10"].kind == "close"
    assert claims["147,10"].reference == {"date": "2026-02-20"}


def test_a_weeks_close_as_the_base_is_no_calendar_week_of_the_move() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie schloss in Hongkong bei 142,90 HKD. Gegenüber dem Schlusskurs der Vorwoche ergibt sich "
        "ein Minus von 2,9 Prozent.",
        FRIDAY,
    )
    # the move since last week's close is the week so far (on a Friday the whole week: 147.10 on 2026-02-20 to 142.90)
    assert claims["2,9"].kind == "week_to_date_return"
    assert claims["2,9"].reference == {"start": "2026-02-23", "end": "2026-02-27"}


def test_last_week_named_as_the_period_keeps_its_week() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie schloss in Hongkong bei 142,90 HKD. In der Vorwoche hatte sie 3,4 Prozent verloren.", FRIDAY
    )
    assert claims["3,4"].reference == {"start": "2026-02-13", "end": "2026-02-20"}
