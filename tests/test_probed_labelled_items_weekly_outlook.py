"""Paragraphs each led by a stock's name and a colon ('Tencent: ...', 'Baidu: ...') report on their own stock: a day one
item told does not carry into the next item (de213's Baidu item had taken the Friday of Meituan's item before it). And
a weekly outlook ('Wochenausblick') opens with its look back at the week: its moves told without a day are the week's
(review_periods.csv week). Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# 0700.HK closes 2026-03-04 506, 03-05 (Thursday) 502: 502 / 506 - 1 = -0.79 %; 03-06 (Friday) 519.
# BIDU closes 2026-02-27 (Friday) 124.44, 03-05 117.93, 03-06 (Friday) 119.05: the week 119.05 / 124.44 - 1 = -4.33 %;
# Friday's session 119.05 / 117.93 - 1 = +0.95 %
_ITEMS = (
    "Tencent: Die Aktie fiel am Donnerstag um 0,8 Prozent. Am Freitag schloss sie bei 519 HKD.\n\n"
    "Baidu: Die ADRs verloren 4,3 Prozent auf 119,05 Dollar."
)
_OUTLOOK = (
    "Musterbank Research – Wochenausblick\n\nAusgabe vom 09.03.2026\n\n"
    "Die vergangene Handelswoche brachte den chinesischen Technologiewerten erneut Verluste, die Anleger warteten auf "
    "neue Signale aus Peking und hielten sich mit Käufen zurück.\n\nEinzelwerte\n\n" + _ITEMS
)


def test_a_weekly_outlooks_item_naming_no_day_is_the_weeks_move(tmp_path: Path) -> None:
    claims = claims_by_quote(_OUTLOOK, date(2026, 3, 9))
    assert claims["4,3"].kind == "week_return" and claims["4,3"].listing == "BIDU"
    verdicts = verdicts_by_quote(tmp_path, _OUTLOOK, "2026-03-09")
    assert verdicts["0,8"] == verdicts["519"] == verdicts["4,3"] == verdicts["119,05"] == "accurate"
    # twice the week's loss is not it
    assert verdicts_by_quote(tmp_path, _OUTLOOK.replace("verloren 4,3", "verloren 8,6"), "2026-03-09")["8,6"] == "wrong"


# BIDU 2026-03-05 (Thursday) 117.93 / 118.98 - 1 = -0.88 %; 2026-03-06 (Friday) +0.95 % (above)
_DAILY = "Tencent: Die Aktie fiel am Donnerstag um 0,8 Prozent.\n\nBaidu: Die ADRs legten um 1,0 Prozent zu."


def test_an_items_day_does_not_carry_into_the_next_stocks_item(tmp_path: Path) -> None:
    claims = claims_by_quote(_DAILY, date(2026, 3, 7))
    assert claims["0,8"].reference == {"date": "2026-03-05"}
    assert claims["1,0"].listing == "BIDU" and claims["1,0"].time_source == "publication_default"
    assert verdicts_by_quote(tmp_path, _DAILY, "2026-03-07")["1,0"] == "accurate"
    # (read on Thursday, carried from Tencent's item, the ADRs' fall of 0.88 % had called it wrong); a gain five
    # times Friday's is not it
    assert verdicts_by_quote(tmp_path, _DAILY.replace("legten um 1,0", "legten um 5,0"), "2026-03-07")["5,0"] == "wrong"
