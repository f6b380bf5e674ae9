"""A look-back its words hedge ('Vor gut einem Monat lag der Kurs noch bei 173 Dollar', 'vor rund zwei Wochen', 'About a
month ago, the ADRs traded at $173', 'vor genau einem Monat') dates its price to the days around the one counted back,
on the side the hedge names (dates._hedged_look_back: an approximate window; 'genau', 'exactly' that day); a move
measured from such a look-back runs from the close of the day counted back ('16 Prozent tiefer als vor gut einem
Monat', '16% lower than about a month ago').

Before, the German hedged look-backs named no day: the price was read on Friday 2026-02-27 and a true price of a
month before called wrong; 'lower than about a month ago' was a day's move over a window of days.
Figures (seeds/quotes/BABA.csv): close 172.72 on 2026-01-27, a month before Friday's 144.11
(144.11 / 172.72 - 1 = -16.56 %); no session from 2026-01-20 to 2026-02-03 closed or traded near 203.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

LEAD_DE = "Die Alibaba-ADRs schlossen am Freitag bei 144,11 Dollar. "
LEAD_EN = "Alibaba's ADRs closed at $144.11 on Friday. "


@pytest.mark.parametrize(
    ("template", "true", "altered"),
    (
        (LEAD_DE + "Vor gut einem Monat lag der Kurs noch bei {x} Dollar.", "173", "203"),
        (LEAD_DE + "Vor genau einem Monat lag der Kurs noch bei knapp {x} Dollar.", "173", "203"),
        (LEAD_EN + "About a month ago, the ADRs traded at ${x}.", "173", "203"),
        (LEAD_DE + "Damit notieren sie {x} Prozent tiefer als vor gut einem Monat.", "16,6", "26,6"),
        (LEAD_EN + "The ADRs are now {x}% lower than about a month ago.", "16.6", "26.6"),
    ),
)
def test_a_hedged_look_back_is_judged_around_the_day_counted_back(
    template: str, true: str, altered: str, tmp_path: Path
) -> None:
    good, bad = verdicts_true_and_altered(tmp_path, template, "2026-02-27", true, altered)
    assert good[true] == "accurate"
    assert bad[altered] == "wrong"


def test_the_hedge_names_the_side_of_the_window() -> None:
    more = claims_by_quote(LEAD_DE + "Vor gut einem Monat lag der Kurs noch bei 173 Dollar.", date(2026, 2, 27))["173"]
    assert more.reference == {"start": "2026-01-20", "end": "2026-01-27"}
    exact = claims_by_quote(LEAD_DE + "Vor genau einem Monat lag der Kurs bei 173 Dollar.", date(2026, 2, 27))["173"]
    assert exact.reference == {"date": "2026-01-27"}
