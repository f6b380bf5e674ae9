"""A previous day told in a causal clause after a day the sentence names ('..., da der Schlusskurs am Vortag bei 124,90
USD lag'), where that day is the session before publication, is read on that day or the one before it: counted from
publication it is the day named, counted from the day named it is the session before (timing.DayScope
.or_from_publication). Any other clause counts back from the day named only. Sentences written for the test.

Quotes (seeds/quotes/BABA.csv): Alibaba's ADRs closed at 143.20 on 2025-03-19, 134.43 on Wednesday 2026-03-18 and
124.90 on Thursday 2026-03-19; a holding of 100 USD bought at 143.20 (100 / 143.20 = 0.6983 ADRs) was worth
0.6983 * 124.90 = 87.22 USD on the 19th."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2026, 3, 20)
VALUATION = (
    "Wer vor einem Jahr 100 USD in Alibaba-ADRs zu je 143,20 USD angelegt hat, besäße am 19.03.2026 Papiere im Wert "
    "von 87,22 USD, weil die Aktie am Vortag mit 124,90 USD aus dem Handel ging."
)


def test_a_causal_clauses_previous_day_may_count_from_publication(tmp_path: Path) -> None:
    claims = claims_by_quote(VALUATION, FRIDAY)
    assert claims["124,90"].kind == "close"
    assert claims["124,90"].reference == {"start": "2026-03-18", "end": "2026-03-19"}
    # read on the 18th alone (134.43) the true close had been called wrong
    assert verdicts_by_quote(tmp_path, VALUATION, FRIDAY.isoformat())["124,90"] == "accurate"


def test_a_close_of_neither_day_is_still_wrong(tmp_path: Path) -> None:
    text = VALUATION.replace("124,90 USD", "131,50 USD")
    assert verdicts_by_quote(tmp_path, text, FRIDAY.isoformat())["131,50"] == "wrong"


def test_a_previous_day_after_a_reported_session_counts_from_it() -> None:
    text = "Die Alibaba-ADRs schlossen am Donnerstag bei 124,90 Dollar, nach 134,43 Dollar am Vortag."
    assert claims_by_quote(text, FRIDAY)["134,43"].reference == {"date": "2026-03-18"}


def test_an_english_causal_clause(tmp_path: Path) -> None:
    text = (
        "A stake in Alibaba's ADRs bought a year ago for $100 would have been worth $87.22 on March 19, 2026, because "
        "the stock closed at $124.90 the previous day."
    )
    assert claims_by_quote(text, FRIDAY)["124.90"].reference == {"start": "2026-03-18", "end": "2026-03-19"}
    assert verdicts_by_quote(tmp_path, text, FRIDAY.isoformat())["124.90"] == "accurate"
