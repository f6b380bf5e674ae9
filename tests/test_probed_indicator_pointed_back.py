"""An indicator the sentence before named, pointed back to by 'der Indikator' / 'the indicator' ('Der RSI (14 Tage)
der Alibaba-ADRs liegt bei 41. Am 5. März war der Indikator noch bis auf 20,5 gefallen.'), is that indicator's value on
the day its own sentence names; without such a sentence before, 'the indicator' names none (an economic indicator).

Before, the 20,5 was no claim at all (a bare number with no cue), a wrong value never judged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# The 14-day RSI (Wilder) of BABA's closes up to Thursday 2026-03-05 is 20.5 (tests/golden/articles/de298's note, the
# product's own measure judges it below).
GERMAN = "Der RSI (14 Tage) der Alibaba-ADRs liegt bei 41. Am 5. März war der Indikator noch bis auf {x} gefallen."
ENGLISH = "The 14-day RSI of Alibaba's ADRs stands at 41. On March 5 the indicator had dropped to {x}."
PUBLISHED = "2026-03-14"


@pytest.mark.parametrize("template", [GERMAN, ENGLISH])
def test_the_indicator_pointed_back_to_is_the_rsi_of_its_day(template: str) -> None:
    claims = claims_by_quote(template.format(x="20,5" if template is GERMAN else "20.5"), date(2026, 3, 14))
    value = claims["20,5" if template is GERMAN else "20.5"]
    assert value.kind == "rsi"
    assert value.listing == "BABA"
    assert value.reference == {"date": "2026-03-05"}


def test_the_indicator_pointed_back_to_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(tmp_path, GERMAN, PUBLISHED, {"x": "20,5"}, {"x": "35"})
    assert true["20,5"] == "accurate"
    assert altered["35"] == "wrong"


def test_an_indicator_with_no_rsi_before_it_is_none() -> None:
    text = "Die Alibaba-ADRs schlossen am Freitag bei 135,21 Dollar. Der Indikator für die Stimmung stieg auf 48,5."
    claims = claims_by_quote(text, date(2026, 3, 14))
    assert "48,5" not in claims or claims["48,5"].kind != "rsi"
