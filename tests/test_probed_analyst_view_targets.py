"""An analyst's view of where a share will stand is a target, not a price: 'Analysten sehen die Alibaba-Aktie bis Ende
2026 bei 200 HKD', 'Goldman sieht die Alibaba-Aktie in zwölf Monaten bei 200 HKD', 'Analysts see Alibaba shares at
HK$200 by the end of 2026' (cues.csv, analyst_target). Before, the company's compound name ('Alibaba-Aktie') and a
named year's end kept them out of the target rows: they were judged as the day's price (or as a price on the year's
last day, which had not come) and called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

PUBLISHED = "2026-01-08"


@pytest.mark.parametrize(
    "text",
    (
        "Analysten sehen die Alibaba-Aktie bis Ende 2026 bei 200 HKD.",
        "Goldman sieht die Alibaba-Aktie in zwölf Monaten bei 200 HKD.",
        "Analysts see Alibaba shares at HK$200 by the end of 2026.",
        "Die Analysten erwarten den Titel bis Ende 2026 auf 200 HKD.",
    ),
)
def test_an_analysts_view_is_a_target_out_of_scope(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["200"]
    assert claim.kind == "analyst_target" and not claim.checkable
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["200"] == "out_of_scope"


def test_a_price_beside_the_view_is_still_judged(tmp_path: Path) -> None:
    # seeds/quotes/9988.HK.csv: 2026-01-08 close 142.60; the five sessions up to it closed 142.60 to 152.80, 130.00 is
    # more than 1 % below all of them. (The year's end still to come in the second clause dates nothing.)
    text = (
        "Die Alibaba-Aktie schloss in Hongkong bei {x} HKD; "
        "Analysten sehen die Alibaba-Aktie bis Ende 2026 bei 200 HKD."
    )
    true, altered = verdicts_true_and_altered(tmp_path, text, PUBLISHED, "142,60", "130,00")
    assert true == {"142,60": "accurate", "200": "out_of_scope"}
    assert altered["130,00"] == "wrong"
