"""'Hinterlegungsscheine' is German for depositary receipts, as 'ADRs' is: it names the US listing
(venues.csv, the US row) wherever the text speaks of it. Before, only 'ADRs'/'ADS' did, so 'die
Alibaba-Hinterlegungsscheine' after a sentence on Hong Kong went on with the Hong Kong listing carried from it, and the
ADR's year to date was judged on the Hong Kong shares' (a wrong figure let through where the two are close)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/BABA.csv: 2024-12-31 close 84.79, 2025-11-24 close 160.73: +89.56 %;
# 9988.HK: 2024-12-31 82.85, 2025-11-24 154.50: +86.48 % (the Hong Kong figure, not the one told)
DAY = "2025-11-24"


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    (
        (
            "In Hongkong legten die Alibaba-Aktien am Montag um 4,7 Prozent zu. Seit Jahresbeginn haben die "
            "Alibaba-Hinterlegungsscheine 89,6 Prozent gewonnen.",
            "89,6",
            "BABA",
        ),
        (
            "Die Baidu-Aktie gewann in Hongkong am Montag 3 Prozent. Die Hinterlegungsscheine des "
            "Suchmaschinenbetreibers stiegen am Montag um 7,4 Prozent.",
            "7,4",
            "BIDU",
        ),
        (
            "Tencent legte in Hongkong um 2,4 Prozent zu. Bei den Baidu-Hinterlegungsscheinen stand am Montag ein Plus "
            "von 7,4 Prozent zu Buche.",
            "7,4",
            "BIDU",
        ),
    ),
)
def test_hinterlegungsscheine_name_the_us_listing(text: str, quote: str, listing: str) -> None:
    assert claims_by_quote(text, date.fromisoformat(DAY))[quote].listing == listing


def test_the_receipts_year_to_date_is_judged_on_the_adr(tmp_path: Path) -> None:
    """The Hong Kong shares' figure (+86.48 %) is no reading of the receipts' (+89.56 %): before, a listing carried
    from the sentence before left both open and the Hong Kong figure passed as accurate."""
    template = (
        "In Hongkong legten die Alibaba-Aktien am Montag um 4,7 Prozent zu. Seit Jahresbeginn haben die "
        "Alibaba-Hinterlegungsscheine {x} Prozent gewonnen."
    )
    (tmp_path / "adr").mkdir()
    (tmp_path / "hk").mkdir()
    assert verdicts_by_quote(tmp_path / "adr", template.format(x="89,6"), DAY)["89,6"] == "accurate"
    assert verdicts_by_quote(tmp_path / "hk", template.format(x="86,5"), DAY)["86,5"] != "accurate"
