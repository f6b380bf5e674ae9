"""A text about its time of writing ('notiert im frühen Xetra-Handel bei 146,30 Euro', Friday 10:15) that looks back
in the pluperfect at a session older than the venue's last ('Am Mittwoch hatte das Papier in Frankfurt noch bei 147,80
Euro geschlossen'; Thursday was Frankfurt's last) tells that session as background: the next paragraph (a price box)
is of the time of writing again, not of Wednesday (`context._earlier_day_told_as_background`), and a chart figure told
'aktuell' or 'derzeit' (session_words.csv now) is as of the time of writing, not of that Wednesday
(`linking._told_now_after`). A Tuesday morning briefing's 'Die 200-Tage-Linie, derzeit bei 23.472 Punkten' after
Monday's close stays Monday's (the last session before it). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-01-16"
TEXT = (
    "Alibaba-Aktie: Chartbild trübt sich ein\n\nStand: 16.01.2026, 10:15 Uhr\n\n"
    "Die Aktie von Alibaba notiert im frühen Xetra-Handel bei 146,30 Euro. Am Mittwoch hatte das Papier in Frankfurt"
    " noch bei 147,80 Euro geschlossen. Die 38-Tage-Linie verläuft aktuell bei rund {average} Euro.\n\n"
    "Kurs | Veränderung\n146,30 EUR | {move} %"
)


def _derived_euro_average(sessions: int, up_to: str) -> float:
    """The simple average of the last `sessions` BABA closes up to `up_to`, each ÷ the ECB EUR/USD rate of its day:
    the derived euro series of the Frankfurt listing (no euro quotes are held)."""
    closes = pd.read_csv("seeds/quotes/BABA.csv", index_col=0, parse_dates=True)["close"]
    rates = pd.read_csv("seeds/quotes/FX_ECB_reference_rates.csv", index_col=0, parse_dates=True)["eur_usd"]
    euro = (closes / rates.reindex(closes.index).ffill()).dropna()
    return float(euro[:up_to].tail(sessions).mean())


def test_a_chart_figure_told_now_is_of_the_time_of_writing_not_of_an_older_session(tmp_path: Path) -> None:
    # 133.33 up to Friday 2026-01-16, 132.82 up to Wednesday 2026-01-14
    assert round(_derived_euro_average(38, "2026-01-16"), 2) == 133.33
    text = TEXT.format(average="135", move="-0,4")
    claims = claims_by_quote(text, date(2026, 1, 16))
    assert claims["135"].kind == "moving_average" and claims["135"].reference == {"date": PUBLISHED}
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["135"] == "accurate"  # 'rund 135': 1.3 % off 133.33
    assert verdicts_by_quote(tmp_path, TEXT.format(average="155", move="-0,4"), PUBLISHED)["155"] == "wrong"


def test_a_price_box_after_an_older_days_aside_is_of_the_time_of_writing(tmp_path: Path) -> None:
    # the derived Frankfurt day of 2026-01-16: BABA 163.50 .. 169.85 / 1.1617 = 140.74 .. 146.21 vs the close before,
    # 170.93 / 1.1624 = 147.05: -4.29 % .. -0.57 %; of Wednesday 2026-01-14: -0.52 % .. +2.96 %
    text = TEXT.format(average="135", move="-3,0")
    claims = claims_by_quote(text, date(2026, 1, 16))
    assert claims["3,0"].reference == {"date": PUBLISHED} and claims["3,0"].direction == "down"
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["3,0"] == "accurate"
    # (a box naming no day may mean any session of the week up to it, Monday 2026-01-12 reaching +10.61 %: +25.0 % is
    # none)
    assert verdicts_by_quote(tmp_path, TEXT.format(average="135", move="+25,0"), PUBLISHED)["25,0"] == "wrong"
    # the Wednesday close itself stays Wednesday's
    assert claims["147,80"].reference == {"date": "2026-01-14"}


def test_a_morning_briefings_now_after_the_last_session_stays_that_sessions() -> None:
    text = (
        "Handelsblatt Morning Briefing\n\nDienstag, 25.11.2025\n\n"
        "Der Dax schloss am Montag 0,6 Prozent fester bei 23.239 Punkten. Die 200-Tage-Linie, derzeit bei 23.472"
        " Punkten, liegt knapp 1 Prozent über dem Schlusskurs."
    )
    claims = claims_by_quote(text, date(2025, 11, 25))
    assert claims["1"].listing == "^GDAXI" and claims["1"].reference == {"date": "2025-11-24"}
