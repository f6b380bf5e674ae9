"""Rules added after trying the twenty-second batch of written German articles as an editor would
(tests/golden/articles de136..de140: a finanzen.net afternoon update on Alibaba with Tradegate in euros, New York the
evening before and Hong Kong, a WirtschaftsWoche piece on Baidu with its year to date, three months, two weeks and
distance to the January high, a wallstreet-online chart analysis on Meituan with its day's range, GD 50/200, RSI and
52-week high, a FAZ 'Asiens Börsen' report on the Hang Seng, Tencent, Alibaba, Meituan and the Nikkei, a weekly
outlook on Nvidia, the Nasdaq 100 and the DAX). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a German subordinate clause's verb last: 'der 2,0 Prozent einbüßte' is a fall ---------------------------------


def test_a_relative_clause_ending_on_einbuesste_is_a_fall(tmp_path: Path) -> None:
    text = (
        "Hongkong, 13. Februar. Die Börse in Hongkong schloss schwächer. Besonders traf es Alibaba, das 2,0 Prozent "
        "auf 155,40 Hongkong-Dollar einbüßte."
    )
    claims = _claims(text, date(2026, 2, 13))
    assert claims["2,0"].kind == "day_change" and claims["2,0"].listing == "9988.HK"
    assert claims["2,0"].direction == "down" and claims["2,0"].reference == {"date": "2026-02-13"}
    # 155.40 vs 158.60 on 2026-02-12: -2.02 %
    assert verdicts_by_quote(tmp_path, text, "2026-02-13")["2,0"] == "accurate"


def test_plural_einbuessten_after_a_named_day_is_a_fall_too() -> None:
    claims = _claims(
        "Unter Druck standen die Papiere von Tencent, die am Donnerstag 1,0 Prozent einbüßten, und Meituan.",
        date(2026, 3, 14),
    )
    assert claims["1,0"].direction == "down" and claims["1,0"].listing == "0700.HK"
    assert claims["1,0"].reference == {"date": "2026-03-12"}
