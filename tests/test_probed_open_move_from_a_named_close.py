"""A move told of the opening and measured from the close of a day named, where that day is the session before
('startete am Montag mit einem Aufschlag von 0,3 Prozent gegenüber Freitag', 'eröffnete bei 146,90 HKD, ein Plus von
0,3 % gegenüber dem Schlusskurs vom Freitag'), is the move at the open (frames._base_is_the_session_before,
metrics.opening_in_own_clause), not the whole session's. Before, Friday's close to Monday's close (+5.32 %) was
weighed and the true opening move was called wrong or imprecise. A closing move from Friday stays Monday's session.
(A move at the open is read from the open up to the day's extreme, an early move: 7.3 % lies beyond the high's +5.53 %.)

Quotes (9988.HK, seeds/quotes): close 2026-01-09 (Friday) 146.50; 2026-01-12 open 146.90 (+0.27 %), close 154.30
(+5.32 %), high 154.60 (+5.53 %).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_true_and_altered

TEMPLATES = [
    "Die Alibaba-Aktie startete am Montag in Hongkong mit einem Aufschlag von {x} Prozent gegenüber Freitag.",
    "Alibaba eröffnete am Montag in Hongkong bei 146,90 HKD, ein Plus von {x} % gegenüber dem Schlusskurs vom Freitag.",
]


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_opening_move_from_the_close_before_is_the_move_at_the_open(tmp_path: Path, template: str) -> None:
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-12", "0,3", "7,3")
    assert (verdicts["0,3"], altered["7,3"]) == ("accurate", "wrong")


def test_a_closing_move_from_the_close_before_stays_the_sessions(tmp_path: Path) -> None:
    template = "Alibaba schloss am Montag in Hongkong bei 154,30 HKD, ein Plus von {x} % gegenüber Freitag."
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, "2026-01-12", "5,3", "0,3")
    assert (verdicts["5,3"], altered["0,3"]) == ("accurate", "wrong")
