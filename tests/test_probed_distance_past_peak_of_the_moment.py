"""A distance below a named month's peak told while the session trades ('have lost nearly 25% from their October peak
of $192.67' in a report stamped 12:45 PM EST, after 'fell 2.1% to $144.95') rests on the price of that moment, as a
distance to the 52-week high does (frames._DISTANCES_OF_THE_MOMENT; readings._month_peak_readings).

Before, only Friday's close was read (144.11 / 192.67 - 1 = -25.20 %, past 'nearly 25'; against the highest close,
189.34, -23.89 %): a true figure called imprecise. The price reported, 144.95 (inside BABA's range of 2026-02-27,
143.33 .. 146.40, seeds/quotes/BABA.csv), lies 144.95 / 192.67 - 1 = -24.77 % below the October high (2025-10-02).
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_true_and_altered

TEMPLATE = (
    "February 27, 2026 12:45 PM EST\n\n"
    "Alibaba Group's U.S.-listed shares fell 2.1% to $144.95 on Friday, extending a 2.8% drop in the previous session."
    "\n\nAlibaba's ADRs have lost nearly {x}% from their October peak of $192.67."
)


def test_the_distance_is_read_on_the_price_of_the_moment(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, TEMPLATE, "2026-02-27", "25", "20")
    assert true["25"] == "accurate"
    assert altered["20"] == "wrong"
