"""Rules added after trying the thirty-fourth batch of written articles as an editor would (tests/golden/articles
de222, a dpa-AFX 'Aktien Asien Schluss' wire on Hong Kong's Thursday, and en218, a Bloomberg 'Asian stocks' close
wire on Hong Kong's Tuesday). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2025, 8, 21)


# --- an economy's growth or contraction ('Japan's economy expanded 0.3%') is macro data, no index's move ---


def test_an_economys_growth_is_macro_data_not_a_market_move() -> None:
    for text, quote in (
        ("The Hang Seng Index fell 0.2%. Official figures showed Japan's economy expanded 0.3% in the quarter.", "0.3"),
        ("The Hang Seng Index fell 0.2% after data showed the German economy had contracted 0.3%.", "0.3"),
    ):
        claims = claims_by_quote(text, THURSDAY)
        assert claims[quote].kind == "macro" and not claims[quote].checkable, text
        assert claims["0.2"].kind == "index_move" and claims["0.2"].listing == "^HSI", text


# --- the day of economic data told without a market figure dates the data only, not the paragraphs after it ---

# 3690.HK 2025-08-21 (Thursday): close 117.10 against 120.80 on 2025-08-20: 117.10 / 120.80 - 1 = -3.06 %; on Wednesday
# itself it closed unchanged (120.80 against 120.80 on 2025-08-19), so read on the day the data came it would be wrong
_DATA_DAY = (
    "Hong Kong stocks were mixed on Thursday.\n\n"
    "Figures published a day earlier showed the region's economy grew 5.4% from a year ago.\n\n"
    "Meituan fell {move}% to HK$117.10."
)


def test_a_days_economic_data_does_not_date_the_later_paragraphs() -> None:
    claims = claims_by_quote(_DATA_DAY.format(move="3.1"), THURSDAY)
    assert claims["5.4"].kind == "macro"
    assert claims["3.1"].listing == "3690.HK" and claims["3.1"].reference == {"date": "2025-08-21"}
    assert claims["117.10"].reference == {"date": "2025-08-21"}


def test_a_days_economic_data_leaves_the_session_in_play_to_be_checked(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _DATA_DAY.format(move="3.1"), "2025-08-21")
    assert verdicts["3.1"] == "accurate" and verdicts["117.10"] == "accurate"
    # the altered move: -5.1 % is neither Thursday's -3.06 % nor anything of Wednesday's
    altered = verdicts_by_quote(tmp_path, _DATA_DAY.format(move="5.1"), "2025-08-21")
    assert altered["5.1"] != "accurate"


# --- a move noun after its month ('its October loss', 'sein Oktober-Minus') is that month's return ---

TUESDAY = date(2025, 10, 21)

# ^HSI 2025-10-21 close 26027.55 against 26855.56 on 2025-09-30 (the last close before October): -3.08 %;
# 9988.HK 2025-10-21 close 165.10 against 177.00 on 2025-09-30: -6.72 %
_MONTH_NAMED = (
    "The Hang Seng Index rose 0.7% on Tuesday, paring its October loss to {index}%. "
    "Alibaba climbed 2% on Tuesday, trimming the stock's October slide to {stock}%."
)


def test_a_month_named_before_its_move_noun_is_that_months_return() -> None:
    claims = claims_by_quote(_MONTH_NAMED.format(index="3.1", stock="6.7"), TUESDAY)
    for quote, listing in (("3.1", "^HSI"), ("6.7", "9988.HK")):
        assert claims[quote].kind == "month_return" and claims[quote].listing == listing
        assert claims[quote].reference == {"start": "2025-10-01", "end": "2025-10-21"}
    claims = claims_by_quote(
        "Der Hang Seng stieg um 0,7 Prozent und verringerte sein Oktober-Minus auf 3,1 Prozent.", TUESDAY
    )
    assert claims["3,1"].kind == "month_return" and claims["3,1"].reference == {
        "start": "2025-10-01",
        "end": "2025-10-21",
    }


def test_a_month_named_before_its_move_noun_is_checked_on_the_month(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _MONTH_NAMED.format(index="3.1", stock="6.7"), "2025-10-21")
    assert verdicts["3.1"] == "accurate" and verdicts["6.7"] == "accurate"
    altered = verdicts_by_quote(tmp_path, _MONTH_NAMED.format(index="5.1", stock="9.7"), "2025-10-21")
    assert altered["5.1"] != "accurate" and altered["9.7"] != "accurate"
