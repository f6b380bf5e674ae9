"""A day named between an opening cue and its price ('eröffnete am Donnerstag an der Nasdaq bei 117,40 Dollar', 'opened
on Thursday on the Nasdaq at $117.40') does not push the price out of the cue's reach (metrics.best_cue, within the
clause; cues.csv 'opened on <weekday> ... at'): the price is the session's open, not any price of that session, so an
open the day never had is caught even where the day's range holds it. A day in another clause does not count (de133's
'schloss das Papier am Freitag ... des letzten Handelstags 2025, als 142,80 HKD auf der Kurstafel standen' stays the
close of 2025's last session: the editor's set guards it). Each text here is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# BIDU 2026-03-05 (Thursday): open 117.40, high 120.00, low 116.53, close 117.93
_GERMAN = "Die Baidu-Aktie eröffnete am Donnerstag an der Nasdaq bei 117,40 Dollar."
_ENGLISH = "Baidu shares opened on Thursday on the Nasdaq at $117.40."


@pytest.mark.parametrize(("text", "quote", "altered"), [(_GERMAN, "117,40", "119,80"), (_ENGLISH, "117.40", "119.80")])
def test_an_open_with_its_day_between_cue_and_price(tmp_path: Path, text: str, quote: str, altered: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 6))[quote]
    assert (claim.kind, claim.listing, claim.reference) == ("open_price", "BIDU", {"date": "2026-03-05"})
    assert verdicts_by_quote(tmp_path, text, "2026-03-06")[quote] == "accurate"
    # 119.80 lies inside Thursday's range (116.53 to 120.00) but is not its open
    assert verdicts_by_quote(tmp_path, text.replace(quote, altered), "2026-03-06")[altered] == "wrong"
