"""The day before told in the pluperfect right after a sentence telling an earlier day as background ('Am Donnerstag
hatte die Aktie 7,1 Prozent verloren. Am Vortag hatte sie noch bei 134,43 Dollar geschlossen.', 'On Thursday, the stock
had lost 7.1%. The day before, it had closed at $134.43.') is the day before that earlier day, not before the day in
play. Before, in a text written on the day it reports, the figure was read on the earlier day itself: a true close
called wrong. 'The day before,' opening its sentence is the day before the one told, as 'The previous day,' is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: Wednesday 2026-03-18 close 134.43; Thursday 2026-03-19 close 124.90 (-7.09 %);
# Friday 2026-03-20 close 122.41 (-1.99 %)
FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Die Alibaba-ADRs fielen am Freitag in New York um 2 Prozent auf 122,41 US-Dollar. Am Donnerstag hatte die"
        " Aktie 7,1 Prozent verloren. Am Vortag hatte sie noch bei {x} Dollar geschlossen.",
        "Die Alibaba-ADRs fielen am Freitag in New York um 2 Prozent auf 122,41 US-Dollar. Am Donnerstag hatte die"
        " Aktie 7,1 Prozent verloren. Tags zuvor hatte sie noch bei {x} Dollar geschlossen.",
        "Alibaba's ADRs fell 2% on Friday to $122.41. On Thursday, the stock had lost 7.1%. The day before, it had"
        " closed at ${x}.",
    ],
)
def test_the_day_before_an_earlier_day_told_in_the_pluperfect(text: str, tmp_path: Path) -> None:
    true, altered = ("134.43", "124.90") if "$" in text else ("134,43", "124,90")
    claim = claims_by_quote(text.format(x=true), FRIDAY)[true]
    assert (claim.kind, claim.listing, claim.reference) == ("close", "BABA", {"date": "2026-03-18"})
    # (Thursday's close, which it had been read against, is no reading of it)
    verdicts, verdicts_altered = verdicts_true_and_altered(tmp_path, text, "2026-03-20", true, altered)
    assert (verdicts[true], verdicts_altered[altered]) == ("accurate", "wrong")
