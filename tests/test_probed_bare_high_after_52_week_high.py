"""A distance to a bare high ('about 25% below its high', 'off their peak') in a sentence that named the 52-week high or
range before it is the distance to that 52-week high (frames.number_claim, `_BARE_HIGH_AFTER`). Before, it was read as
a distance from an unnamed past peak and left unverifiable: a wrong distance got through unjudged. Without a 52-week
high named before it, the bare high stays a past peak.

Quotes (9888.HK, seeds/quotes): close 2025-10-17 112.90; the 52 weeks' highest high 141.40 (2025-10-02), lowest low
73.25: 112.90 / 141.40 - 1 = -20.16 %.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

LEAD = "Baidu (9888.HK) fell 4.2% on Friday to HK$112.90."
SENTENCES = [
    f"{LEAD} Its 52-week high is HK$141.40, and the stock is now about 20% below its high.",
    f"{LEAD} In Hong Kong, the 52-week range runs from HK$73.25 to HK$141.40, and the shares sit 20% off their peak.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_bare_high_after_the_52_week_high_is_that_high(text: str) -> None:
    claim = claims_by_quote(text, date(2025, 10, 19))["20"]
    assert (claim.kind, claim.listing, claim.direction) == ("distance_52w_high", "9888.HK", "down")


def test_a_bare_high_alone_stays_a_past_peak() -> None:
    claim = claims_by_quote(f"{LEAD} The stock is now about 20% below its high.", date(2025, 10, 19))["20"]
    assert claim.kind == "distance_past_peak"


def test_a_wrong_distance_to_it_is_caught(tmp_path: Path) -> None:
    template = f"{LEAD} Its 52-week high is HK$141.40, and the stock is now about {{x}}% below its high."
    verdicts, wrong = verdicts_true_and_altered(tmp_path, template, "2025-10-19", "20", "30")
    assert (verdicts["20"], wrong["30"]) == ("accurate", "wrong")
