"""A move 'in the month' ('im selben Monat') that names no month is of the month a move before it was told for ('rose
7.1% in September'), not the month of publication so far (Context.month_told, dates.names_same_month): en215, a
September commentary published on 8 October, had read it as October's. A price the move went to is that month's last
close. The texts here are written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# ^HSI closes 2025-08-29 25077.62, 2025-09-30 26855.56: +7.09 %; BABA closes 2025-08-29 135.00, 2025-09-30 178.73:
# 178.73 / 135.00 - 1 = +32.39 %
_ENGLISH = (
    "Hong Kong's Hang Seng Index rose 7.1% in September. Alibaba's American depositary shares gained 32.4% in the "
    "month to $178.73."
)
_GERMAN = (
    "Der Hang Seng stieg im September um 7,1 Prozent. Die Alibaba-ADRs legten im selben Monat um 32,4 Prozent auf "
    "178,73 Dollar zu."
)


@pytest.mark.parametrize(("text", "move", "price"), [(_ENGLISH, "32.4", "178.73"), (_GERMAN, "32,4", "178,73")])
def test_a_move_in_the_month_is_the_month_told_before(tmp_path: Path, text: str, move: str, price: str) -> None:
    claims = claims_by_quote(text, date(2025, 10, 8))
    assert claims[move].kind == "month_return"
    assert claims[move].reference == {"start": "2025-09-01", "end": "2025-09-30"}
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-08")
    assert verdicts[move] == verdicts[price] == "accurate"
    altered = move.replace("32", "12")  # a move of 12.4 % is not September's
    assert verdicts_by_quote(tmp_path, text.replace(move, altered), "2025-10-08")[altered] == "wrong"
