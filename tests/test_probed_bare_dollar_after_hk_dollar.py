"""A text that writes its Hong Kong prices in HK$ and its US ones in a bare 'Dollar' ('in New York bei 177,18 Dollar')
means the US dollar by a later bare 'Dollar' in a sentence naming no Hong Kong of its own, however Hong Kong was the
venue of the sentence before ('Das 52-Wochen-Hoch liegt bei 192,67 Dollar'): the ADR's figure (subjects.price_currency).
Before, the carried venue made it a Hong Kong dollar price, judged against 9988.HK and called wrong. A text writing the
Hong Kong dollar by its name ('Hongkong-Dollar') still shortens it to 'Dollar' (dpa-AFX: de222, de234), even where it
writes a US price in a bare 'Dollar' too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = "2026-01-14"
# seeds/quotes: BABA close 2026-01-13 167.01, 52-week high 192.67 (2025-10-02); 9988.HK close 2026-01-14 169.00
TEXT = (
    "In New York hatte der Alibaba-ADR am Dienstag bei 167,01 Dollar geschlossen. "
    "Die Aktie beendete den Handel in Hongkong am Mittwoch bei 169,00 HK$. "
    "Das 52-Wochen-Hoch liegt bei 192,67 Dollar."
)


def test_a_bare_dollar_after_hk_dollars_and_bare_us_dollars_is_the_adrs() -> None:
    claim = claims_by_quote(TEXT, date.fromisoformat(PUBLISHED))["192,67"]
    assert claim.kind == "high_52w" and claim.listing == "BABA" and claim.unit == "USD"


def test_the_adrs_high_is_judged_true(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, TEXT, PUBLISHED)["192,67"] == "accurate"


def test_a_text_writing_the_hong_kong_dollar_by_name_keeps_its_short_form() -> None:
    text = (
        "In New York hatte der Alibaba-ADR am Dienstag bei 167,01 Dollar geschlossen. "
        "Die Aktie beendete den Handel in Hongkong am Mittwoch bei 169,00 Hongkong-Dollar. "
        "Im Hoch hatte sie bei 169,80 Dollar gelegen."
    )
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["169,80"]
    assert claim.listing == "9988.HK" and claim.unit == "HKD"
