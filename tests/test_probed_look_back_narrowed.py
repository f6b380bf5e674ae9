"""Two rules of one session, narrowed where they called true figures wrong (review).

A look-back restated as a move ('Vor einem Monat notierte die Aktie noch bei 169,90 HKD, das entspricht einem Rückgang
von fast 16 Prozent', cues.csv rows with base `restated`, `bindings.restated_look_back`) needs a price in the
look-back's clause and a move's noun right after 'das war/ist/entspricht': a day's move told of that day ('das war ein
Tagesplus von 2,8 Prozent'), a move told after 'das war vor dem Kursrutsch ...' or a distance to today ('knapp 3
Prozent mehr als heute', a base the other way round) is none; and the look-back leaves its own day to the numbers of
the restating clause only ('..., und am Donnerstag fiel sie um 3,6 Prozent' keeps Thursday).

A holder's purchase told after a number ('investors who bought in early September 2024 ...', since_bases.csv holder,
`timing._without_others_look_back`) is no day of that number only where the holder's own gain follows
(holder_gain: 'are sitting on', 'liegt ... vorn'); 'lifted by dip buyers who bought in on March 10' is the move's
cause on its own day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2026-01-26 close 165.20, 2026-01-27 close 169.90: +2.85 %; 2026-02-20 close 147.10;
# 2026-02-25 close 148.30, 2026-02-26 close 143.00: -3.57 %; 2026-02-27 close 142.90; 2025-02-27 close 135.70
# (142.90 / 135.70 - 1 = +5.31 %)
FRIDAY = "2026-02-27"
# seeds/quotes/BABA.csv: 2026-03-09 close 132.64, 2026-03-10 close 136.85: +3.17 %
MARCH_20 = "2026-03-20"


def test_a_days_move_a_month_back_is_that_days(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Vor einem Monat kletterte die Alibaba-Aktie in Hongkong kräftig, das war ein Tagesplus von {x} Prozent.",
        FRIDAY,
        "2,8",
        "4,8",
    )
    assert true["2,8"] == "accurate"
    assert altered["4,8"] == "wrong"


def test_a_later_conjunct_keeps_its_own_day(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Vor einem Jahr kostete die Alibaba-Aktie rund 136 HKD, das ist ein Plus von gut 5 Prozent, und am "
        "Donnerstag fiel sie um {x} Prozent.",
        FRIDAY,
        "3,6",
        "1,6",
    )
    assert true == {"136": "accurate", "5": "accurate", "3,6": "accurate"}
    assert altered["1,6"] == "wrong"


def test_a_move_after_das_war_vor_dem_is_its_own_days(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Vor einer Woche stand die Alibaba-Aktie bei 147,10 HKD, das war vor dem Kursrutsch von {x} Prozent am "
        "Donnerstag.",
        FRIDAY,
        "3,6",
        "5,6",
    )
    assert true == {"147,10": "accurate", "3,6": "accurate"}
    assert altered["5,6"] == "wrong"


def test_a_distance_to_today_is_no_weeks_rise(tmp_path: Path) -> None:
    # 147.10 / 142.90 - 1 = +2.94 %: the price a week back stood that much above today's (the week's move: -2.86 %)
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Vor einer Woche kostete die Alibaba-Aktie noch {x} HKD, das waren knapp 3 Prozent mehr als heute.",
        FRIDAY,
        "147,10",
        "158,10",
    )
    assert true["147,10"] == "accurate"
    assert true["3"] not in ("wrong", "imprecise")
    assert altered["158,10"] == "wrong"


def test_a_purchase_told_as_the_moves_cause_dates_it(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        "Alibaba's ADRs rebounded {x}% to $136.85, lifted by dip buyers who bought in on March 10 after the selloff.",
        MARCH_20,
        "3.2",
        "5.2",
    )
    assert true == {"3.2": "accurate", "136.85": "accurate"}
    assert altered["5.2"] == "wrong"


def test_a_holders_own_gain_still_keeps_the_window_before_it() -> None:
    # (a guard: so it was before the narrowing) the purchase's month is the base of the holders' gain alone
    claims = claims_by_quote(
        "Baidus ADRs schlossen die Woche bei 118,40 Dollar. Auf Sicht von zwölf Monaten hat die Aktie rund 3 Prozent "
        "verloren, wer Ende Oktober 2024 eingestiegen ist, liegt aber noch 40 Prozent vorn.",
        date(2026, 3, 14),
    )
    assert claims["3"].kind == "twelve_month_return"
    assert claims["3"].reference == {"start": "2025-03-13", "end": "2026-03-13"}
