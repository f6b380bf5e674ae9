"""A move told right after an intraday extreme's price, in apposition, is the move to that extreme from the previous
close: 'climbed as high as $136.65 during the session, up 14.3% from Thursday's close', 'Im Tageshoch kletterte das
Papier bis auf 109,40 HKD, ein Aufschlag von fast 13 Prozent' (cues.csv intraday_move rows). Before, it was read as the
day's move (or a move since the close named) and a true figure was called wrong.

Quotes (seeds/quotes): BABA 2025-08-29 high 136.65 / 119.57 (2025-08-28) = +14.28 % (close +12.90 %); 9888.HK
2025-09-08 high 109.40 / 97.00 (2025-09-05) = +12.78 % (close +9.48 %).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

ENGLISH = (
    "Alibaba's ADRs rose 12.9% to $135.00 on Friday. They opened at $128.88 and climbed as high as $136.65 during the "
    "session, up {x}% from Thursday's close."
)
GERMAN = (
    "Baidu stieg am Montag in Hongkong um 9,48 Prozent auf 106,20 HKD. Im Tageshoch kletterte das Papier bis auf "
    "109,40 HKD, ein Aufschlag von fast {x} Prozent."
)


@pytest.mark.parametrize(
    ("template", "published", "quote"), [(ENGLISH, date(2025, 8, 29), "14.3"), (GERMAN, date(2025, 9, 8), "13")]
)
def test_the_apposed_move_is_the_intraday_move(template: str, published: date, quote: str) -> None:
    assert claims_by_quote(template.format(x=quote), published)[quote].kind == "intraday_move"


@pytest.mark.parametrize(
    ("template", "published", "true", "altered"),
    [(ENGLISH, "2025-08-29", "14.3", "18.3"), (GERMAN, "2025-09-08", "13", "17")],
)
def test_the_apposed_move_is_judged_against_the_extreme(
    tmp_path: Path, template: str, published: str, true: str, altered: str
) -> None:
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, published, true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
