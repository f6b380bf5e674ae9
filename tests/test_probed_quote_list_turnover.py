"""A quote list's turnover in parentheses without a currency ('Nvidia: -0,70 % auf 181,93 USD (Umsatz: 182,50 Mio.)') is
the shares traded, not the company's revenue that 'Umsatz' names too (cues.csv: the volume row's '(Umsatz:' before a
bare count, and the financials row no longer taking it). It had set the item's price and the count out of scope as a
company figure, so that a wrong price went unjudged. Sentences written for the test (no article copied).

Quotes (seeds/quotes/NVDA.csv): Nvidia closed at 183.22 on 2026-03-16 and 181.93 on Tuesday 2026-03-17 (-0.70 %,
181.93 / 183.22 - 1); 182,497,757 shares traded on 2026-03-17."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 3, 17)
INTRO = "Nasdaq 100\n\nDie Verlierer im Nasdaq 100 am Dienstag:\n"


def test_a_turnover_in_parentheses_without_a_currency_is_the_volume() -> None:
    claims = claims_by_quote(INTRO + "- Nvidia: -0,70 % auf 181,93 USD (Umsatz: 182,50 Mio.)\n", TUESDAY)
    assert claims["182,50"].kind == "volume"
    assert claims["181,93"].checkable and claims["181,93"].listing == "NVDA"


def test_the_items_price_is_judged(tmp_path: Path) -> None:
    text = (
        INTRO
        + "- Nvidia: -0,70 % auf 181,93 USD (Umsatz: 182,50 Mio.)\n\n"
        + "- Nvidia: -0,70 % auf 175,00 USD (Umsatz: 182,50 Mio.)\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, TUESDAY.isoformat())
    assert (
        verdicts["181,93"] == "accurate" and verdicts["175,00"] == "wrong"
    )  # below every session's range up to Tuesday


def test_revenue_in_money_stays_a_company_figure() -> None:
    claims = claims_by_quote("Nvidia steigerte den Umsatz auf 68,1 Mrd. Dollar.", TUESDAY)
    assert claims["68,1"].kind == "financials" and not claims["68,1"].checkable
