"""Rules added after trying the twentieth batch of written English articles as an editor would (tests/golden/articles
en112..en116: an AP markets wrap on Wall Street and Asia, an FT 'Markets live' post on Alibaba in Hong Kong and New
York, a Dow Jones Market Talk on Baidu's results day, a Nasdaq.com pre-market movers list, a Barron's stocks-to-watch
piece on Meituan and Tencent). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2026, 3, 20)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'ended the week' is the week up to its Friday, not up to a weekday told before it in the sentence ----------------

_WEEK_END_EN = "Nvidia slipped 0.7% on Tuesday and 0.8% on Wednesday, and it closed the week 4.2% lower."
_WEEK_END_DE = (
    "Die Nvidia-Aktie verlor am Dienstag 0,7 Prozent und am Mittwoch 0,8 Prozent und beendete die Woche "
    "mit einem Minus von 4,2 Prozent."
)


def test_the_week_a_sentence_ends_runs_to_its_friday() -> None:
    for text, move in ((_WEEK_END_EN, "4.2"), (_WEEK_END_DE, "4,2")):
        claims = _claims(text, FRIDAY)
        assert claims[move].kind == "week_return" and claims[move].listing == "NVDA", text
        assert claims[move].reference == {"start": "2026-03-13", "end": "2026-03-20"}, text
        assert claims[move].direction == "down", text


def test_a_week_end_not_yet_come_keeps_the_day_told() -> None:
    # written on Thursday: the Friday of that week had not come, so the words speak of the week up to the day in play
    claims = _claims(_WEEK_END_EN, date(2026, 3, 19))
    assert claims["4.2"].kind == "week_return"
    assert claims["4.2"].reference == {"start": "2026-03-11", "end": "2026-03-18"}


def test_the_week_ended_is_checked_on_its_friday(tmp_path: Path) -> None:
    # NVDA 2026-03-20 172.70 vs 2026-03-13 180.25: -4.19 %; up to Wednesday it would be -3.03 %
    verdicts = verdicts_by_quote(tmp_path, _WEEK_END_EN, "2026-03-20")
    assert verdicts["4.2"] == "accurate"
    assert verdicts["0.7"] == "accurate" and verdicts["0.8"] == "accurate"
