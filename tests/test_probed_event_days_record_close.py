"""Days that belong to an event, not to the figures of the sentences around it (de206): 'am heutigen Abend', 'tonight'
after a coming event ('Vor den Zahlen von Nvidia am heutigen Abend') dates the event (dates._EVENT_DAY), so a morning
note's close of the day before is not read on publication's day; and a passive relative clause ('das erst am Freitag
markiert wurde') tells an earlier event (earlier_events.csv auxiliary), so the distance to a 52-week low set on Friday
is measured now, not on that Friday. And a close at a record ('to close at a record 23,204.87') is the session's close
(cues.csv, metrics.LEVEL_BEFORE), checkable, not an all-time high the quotes cannot reach. Each text here is written for
the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

_HEAD = "Der Markt am Morgen\n\nMittwoch, 25.02.2026, 07:45 Uhr\n\n"
# ^GDAXI 2026-02-24 (Tuesday) close 24986.25; 2026-02-25 close 25175.94
_GERMAN = (
    _HEAD + "Vor den mit Spannung erwarteten Zahlen von Nvidia am heutigen Abend zeigten sich die Anleger am Dienstag "
    "zurückhaltend. Der Dax schloss nahezu unverändert bei 24.986 Punkten."
)
_ENGLISH = (
    "Morning note\n\nWednesday, February 25, 2026, 6:45 a.m. GMT\n\n"
    "Ahead of Nvidia's results tonight, investors held back on Tuesday. The DAX closed almost unchanged at 24,986 "
    "points."
)
# 3690.HK lows: 80.10 on 2026-02-20 (Friday), the lowest of the 52 weeks; close 2026-02-24 81.40:
# 81.40 / 80.10 - 1 = +1.62 %
_MEITUAN = (
    _HEAD + "Meituan notiert nur noch knapp 2 Prozent über dem 52-Wochen-Tief von 80,10 HKD, das erst am Freitag "
    "markiert wurde."
)


def test_a_coming_event_tonight_does_not_date_the_sessions_figures(tmp_path: Path) -> None:
    assert claims_by_quote(_GERMAN, date(2026, 2, 25))["24.986"].reference == {"date": "2026-02-24"}
    assert claims_by_quote(_ENGLISH, date(2026, 2, 25))["24,986"].reference == {"date": "2026-02-24"}
    assert verdicts_by_quote(tmp_path, _GERMAN, "2026-02-25")["24.986"] == "accurate"
    # Wednesday's close is not Tuesday's
    assert verdicts_by_quote(tmp_path, _GERMAN.replace("24.986", "25.176"), "2026-02-25")["25.176"] == "wrong"


def test_a_low_set_on_an_earlier_day_is_measured_from_now(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _MEITUAN, "2026-02-25")
    assert verdicts["2"] == verdicts["80,10"] == "accurate"
    assert verdicts_by_quote(tmp_path, _MEITUAN.replace("knapp 2 Prozent", "knapp 6 Prozent"), "2026-02-25")["6"] == (
        "wrong"
    )


# ^IXIC 2025-10-24 (Friday) close 23204.87, the close before (10-23) 22941.80: +1.15 %; the highest close before it in
# the snapshot 23043.38 (2025-10-08): a record
_RECORD_CLOSE = "On Wall Street on Friday, the Nasdaq rose 1.1 percent to close at a record 23,204.87."


def test_a_close_at_a_record_is_the_sessions_close(tmp_path: Path) -> None:
    claims = claims_by_quote(_RECORD_CLOSE, date(2025, 10, 27))
    assert claims["23,204.87"].kind == "index_level" and claims["23,204.87"].reference == {"date": "2025-10-24"}
    assert verdicts_by_quote(tmp_path, _RECORD_CLOSE, "2025-10-27")["23,204.87"] == "accurate"
    # Monday's close (23637.46) is not Friday's
    altered = _RECORD_CLOSE.replace("23,204.87", "23,637.46")
    assert verdicts_by_quote(tmp_path, altered, "2025-10-27")["23,637.46"] == "wrong"
    # a stock's likewise, and with 'high of' (NVDA 2025-10-28 close 201.03)
    stock = claims_by_quote("Nvidia closed at a record high of $201.03 on Tuesday.", date(2025, 10, 29))
    assert stock["201.03"].kind == "close"
