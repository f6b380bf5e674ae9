"""A session's open told the way German market reports word it: 'Zuvor ging der Hang Seng 0,74 Prozent fester bei
26.321,57 Punkten in den Montagshandel', 'Die Tencent-Aktie ging mit einem Plus von 0,85 Prozent bei 649,50 HKD in den
Handel'. Going into the session ('ging ... in den Handel', 'in den Montagshandel') is the open, as 'startete' and
'eröffnete' are (cues.csv): the move is the open against the close before, the level or price the open. Before, the
index's figures were read as its close and move of the day (true figures called wrong), the stock's as its move of the
day and its last price. (An opening move is read from the open up to the day's extreme, as 'eröffnete ... fester'.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/^HSI.csv: 2025-09-26 close 26128.20; 2025-09-29 open 26321.57 (+0.739 %), close 26622.88 (+1.89 %).
# seeds/quotes/0700.HK.csv: 2025-09-26 close 644.00; 2025-09-29 open 649.50 (+0.854 %), close 660.00 (+2.48 %).
PUBLISHED = "2025-09-29"
INDEX = (
    "Der Hang Seng beendete den Handel mit einem Plus von 1,89 Prozent bei 26.622,88 Punkten. Zuvor ging der Hang Seng "
    "{move} Prozent fester bei {level} Punkten in den Montagshandel."
)
STOCK = "Die Tencent-Aktie ging mit einem Plus von {move} Prozent bei {price} HKD in den Handel."


def test_an_index_going_into_the_session_names_its_open() -> None:
    claims = claims_by_quote(INDEX.format(move="0,74", level="26.321,57"), date.fromisoformat(PUBLISHED))
    assert (claims["0,74"].kind, claims["0,74"].listing, claims["0,74"].direction) == ("open_move", "^HSI", "up")
    assert (claims["26.321,57"].kind, claims["26.321,57"].reference) == ("open_price", {"date": PUBLISHED})


def test_a_stock_going_into_the_session_names_its_open() -> None:
    claims = claims_by_quote(STOCK.format(move="0,85", price="649,50"), date.fromisoformat(PUBLISHED))
    assert (claims["0,85"].kind, claims["0,85"].listing) == ("open_move", "0700.HK")
    assert (claims["649,50"].kind, claims["649,50"].reference) == ("open_price", {"date": PUBLISHED})


@pytest.mark.parametrize(
    ("template", "true", "altered"),
    (
        (INDEX, {"move": "0,74", "level": "26.321,57"}, {"move": "3,74", "level": "26.721,57"}),
        (STOCK, {"move": "0,85", "price": "649,50"}, {"move": "4,85", "price": "669,50"}),
    ),
)
def test_the_open_is_accurate_and_an_altered_one_wrong(
    tmp_path: Path, template: str, true: dict[str, str], altered: dict[str, str]
) -> None:
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, template, PUBLISHED, true, altered)
    assert all(true_verdicts[quote] == "accurate" for quote in true.values())
    assert all(altered_verdicts[quote] == "wrong" for quote in altered.values())


def test_the_close_before_it_is_no_open(tmp_path: Path) -> None:
    # seeds/quotes/9988.HK.csv: 2025-09-26 close 166.50; 2025-09-29 open 166.90
    text = "Die Alibaba-Aktie ging bei 166,90 HKD in den Handel, nach 166,50 HKD am Vortag."
    claims = claims_by_quote(text, date.fromisoformat(PUBLISHED))
    assert (claims["166,90"].kind, claims["166,50"].kind) == ("open_price", "last_price")
    assert verdicts_by_quote(tmp_path, text, PUBLISHED) == {"166,90": "accurate", "166,50": "accurate"}
