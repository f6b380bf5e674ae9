"""Rules added after trying the twenty-eighth batch of written English articles as an editor would
(tests/golden/articles en180..en184: a Yahoo Finance stock movers list, an FT 'Markets live' entry, a Proactive
Investors note on Baidu, a TipRanks item with technical indicators on Alibaba and a Bloomberg 'Asia stocks' wrap).
Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- ', more than recovering Friday's 2.4 per cent drop': 'per cent' inside a looked-back move ----------------------


def test_a_looked_back_move_in_per_cent_keeps_its_weekday_to_itself(tmp_path: Path) -> None:
    # ^HSI 2025-11-24 (Monday) close 25716.50 vs 2025-11-21 25220.02 = +1.969 %; Friday 2025-11-21 vs 2025-11-20
    # 25835.57 = -2.383 %; 0700.HK 2025-11-24 close 624.5 vs 610.0 = +2.377 % (Friday's close was 610.0, -1.771 %)
    text = (
        "Hong Kong rebounds\n\nAsian markets firmed on Monday. The Hang Seng index finished 2.0 per cent higher at "
        "25,716.50, almost recovering Friday's 2.4 per cent drop. Tencent added 2.4 per cent to HK$624.50."
    )
    claims = claims_by_quote(text, date(2025, 11, 24))
    assert claims["2.0"].reference == {"date": "2025-11-24"}
    assert claims["25,716.50"].reference == {"date": "2025-11-24"}
    assert claims["2.4"].reference == {"date": "2025-11-24"}  # Tencent's, the later of the two '2.4'
    verdicts = verdicts_by_quote(tmp_path, text, "2025-11-24")
    assert verdicts["2.0"] == "accurate" and verdicts["25,716.50"] == "accurate"
    assert verdicts["624.50"] == "accurate"
    # the looked-back move keeps Friday
    only_friday = claims_by_quote(text.replace(" Tencent added 2.4 per cent to HK$624.50.", ""), date(2025, 11, 24))
    assert only_friday["2.4"].reference == {"date": "2025-11-21"}
    # a level altered by a clear margin is still wrong on the day the sentence reports
    altered = text.replace("25,716.50", "25,216.50").replace("HK$624.50", "HK$610.00")
    verdicts = verdicts_by_quote(tmp_path, altered, "2025-11-24")
    assert verdicts["25,216.50"] == "wrong" and verdicts["610.00"] == "wrong"
