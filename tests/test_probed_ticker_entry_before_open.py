"""Three probes from a German live ticker of a Hong Kong session and an English Hong Kong close report.

1. A ticker entry written in Europe's night, before New York's session of that day opened, that tells a New York
   figure in the past tense without naming a day ('02:10 Uhr: ... Der Nasdaq 100 schloss 1,8 Prozent höher'): the
   figure is of the session before, the one that had closed (linking.as_of_entry). Before, it was dated the entry's
   own day, whose session had not begun, and a true close was called wrong.
2. A price said once for two stocks, the second by ellipsis ('Alibaba eröffnet bei ..., Baidu bei ...', 'Alibaba
   opened at ... and Baidu at ...'): the second is an opening price as the first is (linking.prices_by_ellipsis),
   'startet bei' an opening word too (cues.csv). Before, it was read as a price of the moment and a wrong opening
   price inside the day's range was called accurate.
3. 'sank as far as 25,336.09': a session's extreme, as 'as low as' is (cues.csv; the level words in metrics and
   frames). Before, the index level was not read at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

TICKER = (
    "Börsen-Ticker Asien\n\n"
    "Dienstag, 28. Oktober 2025 – alle Zeiten MEZ\n\n"
    "02:10 Uhr: Zuerst nach Wall Street. Der Nasdaq 100 schloss 1,8 Prozent höher bei 25.821,55 Punkten, "
    "die Baidu-ADRs kletterten um 4,8 Prozent auf 128,66 Dollar.\n\n"
    "02:40 Uhr: Der Handel in Hongkong hat begonnen. Der Hang Seng notiert bei 26.480 Punkten.\n"
)


def test_a_past_figure_in_an_entry_before_new_york_opened_is_of_the_session_before() -> None:
    claims = claims_by_quote(TICKER, date(2025, 10, 28))
    for quote in ("1,8", "25.821,55", "4,8", "128,66"):
        assert claims[quote].reference == {"date": "2025-10-27"}, quote
    assert claims["128,66"].kind == "close"
    # Hong Kong had opened by 02:40 CET: its figure stays the entry's day's
    assert claims["26.480"].reference == {"date": "2025-10-28"}


def test_a_present_figure_before_the_open_stays_the_entrys_day() -> None:
    text = "Börsen-Ticker\n\n02:10 Uhr: Die Baidu-ADRs notieren außerbörslich bei 129,10 Dollar.\n"
    assert claims_by_quote(text, date(2025, 10, 28))["129,10"].reference == {"date": "2025-10-28"}


@pytest.mark.parametrize(
    ("text", "second"),
    (
        ("Handelsstart in Hongkong: Tencent startet bei 656,00 HKD, Meituan bei 102,50 HKD.", "102,50"),
        ("Tencent eröffnete am Dienstag in Hongkong bei 656,00 HKD und Meituan bei 102,50 HKD.", "102,50"),
        ("Tencent opened at HK$656.00 and Meituan at HK$102.50 in Hong Kong on Tuesday.", "102.50"),
    ),
)
def test_an_opening_price_said_once_for_two_stocks(text: str, second: str) -> None:
    claims = claims_by_quote("Hongkong\n\n" + text, date(2025, 10, 28))
    assert claims[second].kind == "open_price"
    assert claims[second].listing == "3690.HK"


def test_startet_bei_is_an_opening_price() -> None:
    text = "Hongkong\n\nHandelsstart am Dienstag: Die Tencent-Aktie startet bei 656,00 HKD."
    assert claims_by_quote(text, date(2025, 10, 28))["656,00"].kind == "open_price"


@pytest.mark.parametrize(
    "text",
    (
        "The Hang Seng Index slid as far as 25,336.09 on Monday before recovering.",
        "The Hang Seng Index opened lower at 25,634.00 and dropped as far as 25,336.09 before buyers returned.",
    ),
)
def test_as_far_as_is_a_sessions_extreme(text: str) -> None:
    claim = claims_by_quote("Hong Kong\n\n" + text, date(2025, 10, 13))["25,336.09"]
    assert claim.kind == "day_low" and claim.listing == "^HSI"
