"""Last week's Friday and last week's close named as a move's base (found probing as an editor):
- 'down 2.9% from last Friday', 'unter dem Schlusskurs vom Freitag vergangener Woche' is the move since that Friday's
  close (bindings._MOVE_BASE_DAY_BEFORE takes 'last' before the day; tenses.csv earlier_day_after 'vergangener Woche',
  'der Vorwoche', 'a week ago', 'of last week'). Before, it was read as that Friday's own move (or the publication
  Friday's) and a true figure was called wrong.
- the level of last week's close named after it ('Verglichen mit dem Vorwochenschluss bei 147,10 HKD', 'last week's
  close of HK$147.10') is dated to that Friday (dates._WEEK_END); before, it was read as the publication day's price
  and called wrong.

Quotes (9988.HK, seeds/quotes): close Friday 2026-02-20 147.10, Friday 2026-02-27 142.90: -2.86 %.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

FRIDAY = date(2026, 2, 27)
OPENING = "Alibaba schloss am Freitag in Hongkong bei 142,90 HKD. "


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The shares finished down 2.9% from last Friday.", "2.9"),
        ("Damit liegt die Aktie 2,9 Prozent unter dem Schlusskurs vom Freitag vergangener Woche.", "2,9"),
        ("Damit liegt die Aktie 2,9 Prozent unter dem Schlusskurs vom Freitag der Vorwoche.", "2,9"),
    ],
)
def test_a_move_from_last_weeks_friday_runs_from_its_close(sentence: str, quote: str) -> None:
    claim = claims_by_quote(OPENING + sentence, FRIDAY)[quote]
    assert claim.kind == "since_return" and claim.reference == {"start": "2026-02-20", "end": "2026-02-27"}


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Verglichen mit dem Vorwochenschluss bei 147,10 HKD steht ein Minus von 2,9 Prozent.", "147,10"),
        ("Gegenüber dem Schluss der Vorwoche von 147,10 HKD gab das Papier 2,9 Prozent ab.", "147,10"),
        ("That leaves the stock 2.9% below last week's close of HK$147.10.", "147.10"),
    ],
)
def test_last_weeks_close_named_with_its_level_is_that_fridays(sentence: str, quote: str) -> None:
    claims = claims_by_quote(OPENING + sentence, FRIDAY)
    assert claims[quote].reference == {"date": "2026-02-20"}
    assert claims["142,90"].reference == {"date": "2026-02-27"}
