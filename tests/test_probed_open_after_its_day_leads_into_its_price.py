"""An opening's verb whose day stands between it and its price ('und eröffneten am Freitag bei 121,38 Dollar', 'and
opened on Friday at $121.38') leads into that price: the day is the later number's and does not push it away, so the
verb is no cue for the price told before it ('schlossen am Donnerstag bei 117,30 Dollar'). Before, the close before
'und eröffneten' was read as Thursday's opening price and a true close was called wrong (tester148's de305).

Quotes (BABA, seeds/quotes): 2025-07-17 open 115.04, close 117.30 (+1.36 % on 115.73); 2025-07-18 open 121.38.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

TEMPLATES = [
    (
        "Alibaba-Aktie im Fokus. Die ADRs in New York hatten am Donnerstag 1,4 Prozent auf {x} Dollar gewonnen und "
        "eröffneten am Freitag bei 121,38 Dollar.",
        "117,30",
        "119,30",
    ),
    (
        "Alibaba-Aktie im Fokus. Die ADRs schlossen am Donnerstag bei {x} Dollar und eröffneten am Freitag bei 121,38 "
        "Dollar.",
        "117,30",
        "119,30",
    ),
    ("Alibaba's ADRs closed at ${x} on Thursday and opened on Friday at $121.38.", "117.30", "119.30"),
]


@pytest.mark.parametrize(("template", "true", "altered"), TEMPLATES)
def test_the_close_before_an_opening_with_its_own_day_is_the_close(
    tmp_path: Path, template: str, true: str, altered: str
) -> None:
    claims = claims_by_quote(template.format(x=true), date(2025, 7, 18))
    assert (claims[true].kind, claims[true].reference) == ("close", {"date": "2025-07-17"})
    opening = "121,38" if "121,38" in claims else "121.38"
    assert (claims[opening].kind, claims[opening].reference) == ("open_price", {"date": "2025-07-18"})
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-07-18", true, altered)
    assert (verdicts[true], wrong[altered]) == ("accurate", "wrong")
