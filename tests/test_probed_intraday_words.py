"""'anfängliche Gewinne von bis zu 3,9 Prozent', 'stieg anfänglich auf 160,50 HKD': a German move or price told as the
session's beginning is intraday, found by probing sentences written for the test (no article copied). It had been the
day's whole move with an 'up to' hedge, measured close to close.

Quotes (seeds/quotes): 9988.HK closed at 154.50 on 2025-11-24; on 2025-11-25 it traded between 153.40 and 160.50 and
closed at 157.80 (+2.14 %); its high is 160.50 / 154.50 - 1 = +3.88 % above the close before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import check_text, claims_by_quote

PUBLISHED = date(2025, 11, 26)  # 'am Dienstag' is 2025-11-25


def test_early_gains_are_an_intraday_move_and_judged_on_the_days_high(tmp_path: Path) -> None:
    text = (
        "Die Alibaba-Aktie gab am Dienstag in Hongkong anfängliche Gewinne von bis zu 3,9 Prozent teilweise wieder ab "
        "und schloss 2,1 Prozent höher."
    )
    claims = claims_by_quote(text, PUBLISHED)
    assert (claims["3,9"].kind, claims["3,9"].direction, claims["3,9"].listing) == ("intraday_move", "up", "9988.HK")
    assert claims["2,1"].kind == "day_change"
    verdicts = {c["quote"]: c["verdict"] for c in check_text(tmp_path, text, "2025-11-26")["articles"][0]["claims"]}
    assert verdicts["3,9"] == verdicts["2,1"] == "accurate"  # +3.88 % at the high; +2.14 % at the close


def test_a_price_reached_at_first_is_an_intraday_price() -> None:
    claims = claims_by_quote("Die Alibaba-Aktie stieg am Dienstag in Hongkong anfänglich auf 160,50 HKD.", PUBLISHED)
    assert (claims["160,50"].kind, claims["160,50"].reference) == ("intraday_price", {"date": "2025-11-25"})
