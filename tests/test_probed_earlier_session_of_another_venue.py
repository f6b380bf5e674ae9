"""A sentence without a figure telling an earlier session of another venue in the pluperfect ('Bereits am Montagabend
hatte sich die Stimmung in New York aufgehellt.' in a report of Tuesday's Frankfurt close) is that venue's session,
which the next sentences go on from as an aside, as a sentence with a figure already was (context.update_context).
Before, it was background only and 'Der Nasdaq 100 schloss 1,3 Prozent fester bei 24.967 Punkten' was read on
Tuesday: both true figures called wrong. The next paragraph returns to the day in play. Text written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/^NDX.csv: Monday 2026-03-09 close 24967.25 against Friday 2026-03-06's 24643.02: +1.32 %; Tuesday
# 2026-03-10 close 24956.5 (-0.04 %). seeds/quotes/^GDAXI.csv: Tuesday 2026-03-10 close 23968.63 against Monday's
# 23409.37: +2.39 %.
TEXT = (
    "Die Anleger griffen am Dienstag wieder zu. Der DAX schloss 2,4 Prozent höher bei 23.969 Punkten.\n\n"
    "Bereits am Montagabend hatte sich die Stimmung in New York aufgehellt. Der Nasdaq 100 schloss {move} Prozent "
    "fester bei 24.967 Punkten.\n\n"
    "Der DAX schloss damit auf dem höchsten Stand seit einer Woche; am Mittag hatte er 2,0 Prozent im Plus gelegen.\n"
)


def test_an_earlier_session_of_another_venue_dates_the_sentences_after_it(tmp_path: Path) -> None:
    claims = claims_by_quote(TEXT.format(move="1,3"), date(2026, 3, 10))
    assert claims["1,3"].reference == claims["24.967"].reference == {"date": "2026-03-09"}
    assert claims["2,4"].reference == {"date": "2026-03-10"}
    true, altered = verdicts_true_and_altered(tmp_path, TEXT, "2026-03-10", {"move": "1,3"}, {"move": "0,3"})
    assert true["1,3"] == true["24.967"] == "accurate"
    assert altered["0,3"] == "wrong"


def test_the_next_paragraph_returns_to_the_day_in_play() -> None:
    claims = claims_by_quote(TEXT.format(move="1,3"), date(2026, 3, 10))
    assert claims["2,0"].reference == {"date": "2026-03-10"}
