"""A price the week before is named as having ended ('The stock had closed last week at $135.21', 'ended the previous
week at', 'beendete die Vorwoche bei 135,21 Dollar', 'hatte die Vorwoche mit 135,21 Dollar beendet') is that week's
last close. Before, the week went unread and the price was judged as of the day of writing: a true close called
wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: Friday 2026-03-13 close 135.21 (the week before's last); Friday 2026-03-20 close 122.41
FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Alibaba Group (NYSE: BABA) sank 9.5% this week. The stock had closed last week at ${x}.",
        "Shares of Alibaba Group (NYSE: BABA) sank 9.5% this week. They ended the previous week at ${x}.",
        "Die Alibaba-ADRs verloren in dieser Woche 9,5 Prozent. Sie beendeten die Vorwoche bei {x} Dollar.",
        "Die Alibaba-ADRs verloren in dieser Woche 9,5 Prozent. Die Aktie hatte die Vorwoche mit {x} Dollar beendet.",
    ],
)
def test_a_price_that_ended_the_week_before_is_its_last_close(text: str, tmp_path: Path) -> None:
    true, altered = ("135.21", "125.21") if "$" in text else ("135,21", "125,21")
    claim = claims_by_quote(text.format(x=true), FRIDAY)[true]
    assert (claim.listing, claim.reference) == ("BABA", {"date": "2026-03-13"})
    verdicts, verdicts_altered = verdicts_true_and_altered(tmp_path, text, "2026-03-20", true, altered)
    assert (verdicts[true], verdicts_altered[altered]) == ("accurate", "wrong")
