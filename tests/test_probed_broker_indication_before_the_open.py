"""A broker's indication of where a market will open ('Der Broker IG taxierte den Nasdaq 100 ... 0,8 Prozent höher',
dpa-AFX's Ausblick) and a move told 'vor dem Handelsbeginn' are premarket figures (cues.csv premarket): no premarket
quotes are held, so they are unverifiable, never judged against the session that followed. Before, 'taxierte' named no
kind and only 'vor Handelsbeginn' (without the article) was a premarket cue, so both were read as the day's move and a
true indication was called wrong where the session then turned. A broker's or bank's value put on a share ('taxiert
den fairen Wert ... auf 230 Dollar') and a German venue's indicative quote ('mit 160 Euro taxiert') are untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/^NDX.csv 2026-03-06: close 24643.02, -1.51 % on the day, the session's high -0.53 % below the close
# before; NVDA.csv 2026-03-06: close 177.81, -3.01 %, high -0.32 %: an indication of a rise is never the session's move
DAY = "2026-03-06"
TEXTS = (
    ("Der Broker IG taxierte den Nasdaq 100 kurz vor dem Auftakt 0,8 Prozent höher.", "0,8", "^NDX"),
    ("Händler taxierten den Nasdaq 100 am Mittag 0,6 Prozent fester.", "0,6", "^NDX"),
    ("Die Nvidia-Papiere lagen eine halbe Stunde vor dem Handelsbeginn 2 Prozent im Plus.", "2", "NVDA"),
)


@pytest.mark.parametrize(("text", "quote", "listing"), TEXTS)
def test_an_indication_before_the_open_is_premarket(text: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(text, date.fromisoformat(DAY))[quote]
    assert (claim.kind, claim.listing) == ("premarket", listing)


@pytest.mark.parametrize(("text", "quote", "listing"), TEXTS)
def test_an_indication_is_unverifiable_not_wrong(tmp_path: Path, text: str, quote: str, listing: str) -> None:
    assert verdicts_by_quote(tmp_path, text, DAY)[quote] == "unverifiable"


def test_a_value_put_on_a_share_and_an_indicative_quote_are_no_indication() -> None:
    day = date.fromisoformat(DAY)
    assert claims_by_quote("Die Bank taxiert den fairen Wert der Nvidia-Aktie auf 230 Dollar.", day)["230"].kind == (
        "analyst_target"
    )
    quoted = claims_by_quote("Bei Lang & Schwarz wurde die Nvidia-Aktie mit 160 Euro taxiert, 1,2 Prozent höher.", day)
    assert (quoted["160"].kind, quoted["1,2"].kind) == ("last_price", "day_change")
