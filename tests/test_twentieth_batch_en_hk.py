"""Rules added after trying the twentieth batch of written English articles as an editor would (tests/golden/articles
en117..en121: a South China Morning Post close with Alibaba's and Baidu's morning session and the midday break, an EJ
Insight column on Tencent's and Meituan's 52-week extremes and moving averages, a Straits Times regional wrap with
Nvidia overnight, a CMC Markets update on the DAX and the Nasdaq 100 with support, RSI and futures, a Livemint
explainer on the Nasdaq's and Nvidia's week). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 3, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a move the paragraph's close announcement does not cover: one its own clause places during the session ----------


def test_a_midday_move_after_a_close_announcement_is_read_in_the_days_range() -> None:
    claims = _claims(
        "The Hang Seng Index rose 2.8 per cent to 25,063.71 at the close. At the midday break, the index was up "
        "1.9 per cent at 24,845.30.",
        TUESDAY,
    )
    assert claims["1.9"].kind == "index_move" and not claims["1.9"].completed_session
    assert claims["24,845.30"].kind == "index_level" and not claims["24,845.30"].completed_session
    claims = _claims(
        "Der Hang Seng stieg zum Handelsschluss um 2,8 Prozent auf 25.063,71 Punkte. In der Mittagspause lag der "
        "Index 1,9 Prozent im Plus bei 24.845,30 Punkten.",
        TUESDAY,
    )
    assert claims["1,9"].kind == "index_move" and not claims["1,9"].completed_session


def test_a_true_midday_level_after_the_close_is_not_called_wrong(tmp_path: Path) -> None:
    text = (
        "Hong Kong stocks rebound\n\n"
        "The Hang Seng Index rose 2.8 per cent to 25,063.71 at the close. At the midday break, the index was up "
        "1.9 per cent at 24,845.30.\n"
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts["2.8"] == "accurate" and verdicts["25,063.71"] == "accurate"
    assert verdicts["1.9"] == "accurate" and verdicts["24,845.30"] == "accurate"
