"""The previous session's close named by its own noun, with no comparison word before it ('unter dem Vortagesschluss
von 26.924 Punkten', 'nach einem Schlusskurs des Vortages von 164,60 HKD'; comparisons.csv previous_close), is a base:
the close of the session before the day in play (or that day), not a level of the day the sentence names. Before,
only 'gegenüber ...' made it one: the Hang Seng's true previous close was judged against Friday's close and called
wrong, Alibaba's as the price of the moment on Friday and called imprecise.

Figures from seeds/quotes: ^HSI closed 26,923.62 on Thu 2026-01-15 and 26,844.96 on Fri 2026-01-16; 9988.HK closed
164.60 HKD on the 15th and 166.20 on the 16th."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

PUBLISHED = "2026-01-16"
FRIDAY_AND_THURSDAY = {"start": "2026-01-15", "end": "2026-01-16"}


@pytest.mark.parametrize(
    "text",
    (
        "Der Hang Seng ging am Freitag mit 26.845 Punkten unter dem Vortagesschluss von 26.924 Punkten aus dem Handel.",
        "Der Index beendete den Freitag mit 26.845 Punkten, unter dem Schlusskurs des Vortages von 26.924 Punkten "
        "im Hang Seng.",
    ),
)
def test_an_indexs_previous_close_is_not_a_level_of_the_day_named(text: str) -> None:
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["26.924"]
    assert claim.listing == "^HSI" and claim.reference == FRIDAY_AND_THURSDAY


def test_a_stocks_previous_close_by_its_noun_is_a_close_of_the_session_before() -> None:
    text = "Alibaba beendete den Freitag in Hongkong bei 166,20 HKD nach einem Vortagesschluss von 164,60 HKD."
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["164,60"]
    assert (claim.kind, claim.listing, claim.reference) == ("close", "9988.HK", FRIDAY_AND_THURSDAY)


def test_a_true_previous_close_passes_and_a_wrong_one_is_caught(tmp_path: Path) -> None:
    template = "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 166,20 HKD, über dem Vortagesschluss von {x} HKD."
    true, altered = verdicts_true_and_altered(tmp_path, template, PUBLISHED, "164,60", "162,10")
    assert true["164,60"] == "accurate"
    assert altered["162,10"] == "wrong"  # neither Thursday's close (164.60) nor Friday's (166.20)
