"""An indicator's reading a move started from is the session before's (timing.reference_of): 'Der RSI ist binnen eines
Tages von 37 auf 58 gesprungen' had read the 37 on the day of the 58 and called the true figure wrong (de175). An RSI is
computed on closes, so the reading before a session's is the session before's, never a window of the two. English
'from 49 to 68' is two figures, where the move started and where it went (numbers._MOVE_FROM), not one range that every
reading between them would pass. Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# BABA 2025-08-29 (Friday) close 135.00, the close before (08-28) 119.57: 135.00 / 119.57 - 1 = +12.90 %. RSI(14)
# Wilder smoothing on BABA's closes (readings.rsi_frame): 48.57 on 08-28, 67.93 on 08-29 (simple averages 68.70)
_GERMAN = (
    "Die Alibaba-ADRs haben am Freitag einen kräftigen Satz nach oben gemacht. Das Papier schloss in New York bei "
    "135,00 Dollar und damit 12,9 Prozent über dem Vortag.\n\nDer Relative-Stärke-Index (RSI) ist binnen eines Tages "
    "von 49 auf 68 gesprungen und hat damit die Marke von 50 klar hinter sich gelassen."
)
_ENGLISH = (
    "Alibaba's ADRs jumped 12.9% in New York on Friday to close at $135.00. The stock's RSI climbed from 49 to 68 in "
    "a single session."
)


def test_the_reading_a_move_started_from_is_the_session_befores(tmp_path: Path) -> None:
    claims = claims_by_quote(_GERMAN, date(2025, 8, 29))
    assert claims["49"].kind == claims["68"].kind == "rsi"
    assert claims["49"].reference == {"date": "2025-08-28"} and claims["68"].reference == {"date": "2025-08-29"}
    verdicts = verdicts_by_quote(tmp_path, _GERMAN, "2025-08-29")
    assert verdicts["49"] == verdicts["68"] == "accurate"


def test_a_wrong_starting_reading_is_caught(tmp_path: Path) -> None:
    # 39 is ten points below the reading of 08-28 (48.57) and far from 08-29's
    verdicts = verdicts_by_quote(tmp_path, _GERMAN.replace("von 49 auf", "von 39 auf"), "2025-08-29")
    assert verdicts["39"] == "wrong"


def test_from_x_to_y_is_two_figures_not_a_range(tmp_path: Path) -> None:
    claims = claims_by_quote(_ENGLISH, date(2025, 8, 29))
    assert claims["49"].value_high is None and claims["68"].value_high is None
    assert claims["49"].kind == claims["68"].kind == "rsi"
    verdicts = verdicts_by_quote(tmp_path, _ENGLISH, "2025-08-29")
    assert verdicts["49"] == verdicts["68"] == "accurate"
    # read as a range '49 to 75', every reading between the ends (67.93 among them) had passed
    assert verdicts_by_quote(tmp_path, _ENGLISH.replace("to 68", "to 75"), "2025-08-29")["75"] == "wrong"


def test_a_range_named_as_one_keeps_both_ends_together() -> None:
    # 'in a range from 49 to 68': a range's noun before 'from' keeps it one figure
    claims = claims_by_quote("Alibaba's RSI moved in a range from 49 to 68 in August.", date(2025, 8, 29))
    assert [c.value_high for c in claims.values() if c.value == 49] == [68]
