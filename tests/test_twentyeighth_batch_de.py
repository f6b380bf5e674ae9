"""Rules added after trying the twenty-eighth batch's written German articles as an editor would
(tests/golden/articles de184..de188: a Focus Money 'Aktie der Woche' on Tencent, an n-tv Börsen-Ticker with time
stamps on the Hang Seng, Alibaba and Nvidia, an onvista 'Aktie im Fokus' on Meituan with Tradegate euro prices, a
Börsen-Zeitung Hong Kong market report, a boerse-express Morgenkommentar on the DAX, the Nasdaq and Baidu). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'seit dem Schluss am Montag': the plain 'Schluss' names a since-return's dated base as 'Schlusskurs' does ------

# 0700.HK closes: 2026-03-09 (Monday) 516.00, 2026-03-11 (Wednesday) 552.00: 552.00 / 516.00 - 1 = +6.98 %
SINCE_SCHLUSS = (
    "Die Tencent-Aktie schloss am Mittwoch in Hongkong bei 552,00 HKD. Seit dem Schluss am Montag hat sie damit "
    "{gain} Prozent gewonnen."
)


def test_seit_dem_schluss_am_weekday_is_a_dated_since_return() -> None:
    claims = claims_by_quote(SINCE_SCHLUSS.format(gain="7,0"), date(2026, 3, 12))
    assert claims["7,0"].kind == "since_return"
    assert claims["7,0"].reference == {"start": "2026-03-09", "end": "2026-03-11"}


def test_seit_dem_schluss_am_weekday_true_and_altered_figures(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, SINCE_SCHLUSS.format(gain="7,0"), "2026-03-12")["7,0"] == "accurate"
    assert verdicts_by_quote(tmp_path, SINCE_SCHLUSS.format(gain="9,0"), "2026-03-12")["9,0"] != "accurate"
