"""A distance told after a clause that a day heads and that sets the extreme ('Am 3. Oktober hatte sie bei 186,20 HKD
den höchsten Stand seit fast vier Jahren markiert, von dort ist sie nun rund 10 Prozent entfernt') is as of now: that
day is the extreme's. A multi-year high in German words ('den höchsten Stand seit gut vier Jahren') is a distance cue
as the English 'four-year high' is (cues.csv distance_52w_high and distance_52w_low rows); a move whose clause goes
on to the high it reached ('... gewonnen und erreichten den höchsten Stand seit fast vier Jahren') stays the move.

Before, the number was a move of the extreme's day (a true figure called wrong; tester143, de297).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK 2025-10-24 close 168.30; high 2025-10-03 186.20: 168.30 / 186.20 - 1 = -9.61 %.
HIGH = (
    "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 168,30 HKD. Am 3. Oktober hatte sie bei 186,20 HKD den "
    "höchsten Stand seit fast vier Jahren markiert, von dort ist sie nun rund {x} Prozent entfernt."
)
# a low told so: the distance above it
LOW = (
    "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 168,30 HKD. Vom tiefsten Stand seit über zwei Jahren ist die "
    "Aktie inzwischen rund {x} Prozent entfernt."
)


def test_the_distance_is_as_of_now() -> None:
    claim = claims_by_quote(HIGH.format(x="10"), date(2025, 10, 25))["10"]
    assert (claim.kind, claim.reference) == ("distance_52w_high", {"date": "2025-10-24"})


def test_a_multi_year_low_in_words_is_a_distance_cue() -> None:
    assert claims_by_quote(LOW.format(x="118"), date(2025, 10, 25))["118"].kind == "distance_52w_low"


def test_the_distance_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, HIGH, "2025-10-25", "10", "20")
    assert true["10"] == "accurate"
    assert altered["20"] == "wrong"


def test_a_move_that_reached_the_multi_year_high_stays_the_move() -> None:
    # (distance_words.csv reached: 'und erreichten den ...' as 'and reached the ...'; the real corpus's 02 says so)
    text = (
        "Die Alibaba-ADRs schlossen am Mittwoch bei 176,44 Dollar. Seit Jahresbeginn haben sie damit über 100 Prozent "
        "gewonnen und erreichten den höchsten Stand seit fast vier Jahren."
    )
    assert claims_by_quote(text, date(2025, 9, 25))["100"].kind == "ytd_return"
