"""A close told in the pluperfect as the one before the day in play ('The stock had previously closed at $124.90',
MarketBeat's line under every move; 'Zuvor hatten sie bei 124,90 Dollar geschlossen', 'hatte zuvor bei ... geschlossen')
is the close of the session before that day. Before, it was read on the day in play itself: in a text written the
evening of the session it reports, a true close was called wrong against that day's close. The clause after it ('but
opened at $123.02', 'eröffnete aber bei ...') stays of the day in play."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: Wednesday 2026-03-18 close 134.43; Thursday 2026-03-19 open 123.02, close 124.90;
# Friday 2026-03-20 low 122.09, close 122.41 (-1.99 % on 124.90)
FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba Group (NYSE:BABA) shares traded down 2% on Friday. The stock traded as low as $122.09 and last traded"
        " at $122.41. The stock had previously closed at ${x}.",
        "Die Alibaba-ADRs fielen am Freitag in New York um 2 Prozent auf 122,41 US-Dollar. Zuvor hatten sie bei {x}"
        " Dollar geschlossen.",
        "Die Alibaba-ADRs fielen am Freitag in New York um 2 Prozent auf 122,41 US-Dollar. Die Aktie hatte zuvor bei"
        " {x} Dollar geschlossen.",
    ],
)
def test_a_close_told_as_before_is_the_session_befores(text: str, tmp_path: Path) -> None:
    true = "124.90" if "$" in text else "124,90"
    claim = claims_by_quote(text.format(x=true), FRIDAY)[true]
    assert (claim.kind, claim.listing, claim.reference) == ("close", "BABA", {"date": "2026-03-19"})
    # (Friday's own close, 122.41, is no reading of it: a figure two dollars above Thursday's is wrong)
    altered = "126.90" if "$" in text else "126,90"
    verdicts, verdicts_altered = verdicts_true_and_altered(tmp_path, text, "2026-03-20", true, altered)
    assert (verdicts[true], verdicts_altered[altered]) == ("accurate", "wrong")


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba Group (NYSE:BABA) shares gapped down before the market opened on Thursday. The stock had previously"
        " closed at $134.43, but opened at $123.02.",
        "Die Alibaba-ADRs brachen am Donnerstag ein. Die Aktie hatte zuvor bei 134,43 Dollar geschlossen, eröffnete"
        " aber bei 123,02 Dollar.",
    ],
)
def test_the_clause_after_the_close_told_before_stays_the_day_in_play(text: str) -> None:
    claims = claims_by_quote(text, FRIDAY)
    close, opened = (claims[q] for q in (("134.43", "123.02") if "$" in text else ("134,43", "123,02")))
    assert (close.kind, close.reference) == ("close", {"date": "2026-03-18"})
    assert (opened.kind, opened.reference) == ("open_price", {"date": "2026-03-19"})
