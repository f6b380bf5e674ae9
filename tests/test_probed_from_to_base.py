"""A price a move started from, told before the price it went to ('fielen am Donnerstag von 134,43 auf 124,90
Dollar'), is the move's base: the close of the session before, as 'from $134.43 to $124.90' in English already was
(comparisons.csv from_to rows). It had been read as a price of Thursday's own session, where a true base outside the
day's range was called wrong. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# BABA 2026-03-18 close 134.43 (range 134.37 .. 139.16); 2026-03-19 close 124.90, range 121.16 .. 126.92: the day
# opened far below the close before, so Wednesday's close lies outside Thursday's range
_TEXT = "Die Alibaba-ADRs fielen am Donnerstag von 134,43 auf 124,90 Dollar."


def test_the_price_a_move_started_from_is_the_close_before(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2026, 3, 20))
    assert claims["134,43"].reference == {"start": "2026-03-18", "end": "2026-03-19"}
    assert claims["124,90"].reference == {"date": "2026-03-19"}
    verdicts = verdicts_by_quote(tmp_path, _TEXT, "2026-03-20")
    assert verdicts["134,43"] == "accurate" and verdicts["124,90"] == "accurate"


def test_a_wrong_start_is_still_wrong(tmp_path: Path) -> None:
    # 141,43: above Wednesday's high (139.16) and far from both closes
    verdicts = verdicts_by_quote(tmp_path, _TEXT.replace("134,43", "141,43"), "2026-03-20")
    assert verdicts["141,43"] == "wrong"


def test_a_move_in_per_cent_with_the_price_it_went_to_is_no_base() -> None:
    # 'ein Minus von 7,1 Prozent auf 124,90 Dollar': the move, not where it started
    claims = claims_by_quote(
        "Die Alibaba-ADRs schlossen am Donnerstag mit einem Minus von 7,1 Prozent auf 124,90 Dollar.", date(2026, 3, 20)
    )
    assert claims["7,1"].kind == "day_change" and claims["7,1"].reference == {"date": "2026-03-19"}
