"""A stock's move told in the past tense on a day its own sentence names, before the publication day, is that
session's whole move, close to close (`linking._named_day_before_publication`): 'Alibaba's Hong Kong shares rose 1.2%
on Wednesday' in a Thursday text. Such a move had been judged on the day's range as well, as if it might have been
caught during the session, so a wrong figure inside the range passed as accurate. A move hedged as intraday ('as much
as') keeps the range, and so does a move on the publication day itself, which may have been written while it traded.
Sentences written for the test (no article copied).

Quotes (seeds/quotes), 9988.HK on Wednesday 2026-02-11: previous close 160.50, low 159.60, high 162.70, close 160.10;
close to close -0.25 % (160.10 / 160.50 - 1), range -0.56 % (159.60 / 160.50 - 1) to +1.37 % (162.70 / 160.50 - 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import check_text


def _verdicts(tmp_path: Path, text: str, published: str) -> dict[str, str]:
    claims = check_text(tmp_path, text, published)["articles"][0]["claims"]
    return {claim["quote"]: claim["verdict"] for claim in claims}


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Alibaba's Hong Kong shares rose 1.2% on Wednesday.", "1.2", "wrong"),  # inside the range, not the close
        ("Die Alibaba-Aktie gewann am Mittwoch in Hongkong 1,2 Prozent.", "1,2", "wrong"),
        ("Alibaba's Hong Kong shares fell 0.2% on Wednesday.", "0.2", "accurate"),
        ("Alibaba's Hong Kong shares rose as much as 1.2% on Wednesday.", "1.2", "accurate"),  # intraday: the range
    ],
)
def test_a_named_past_days_move_is_judged_close_to_close(tmp_path: Path, text: str, quote: str, verdict: str) -> None:
    assert _verdicts(tmp_path, text, "2026-02-12")[quote] == verdict


def test_a_move_on_the_publication_day_may_still_be_one_caught_during_the_session(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path, "Alibaba's Hong Kong shares rose 1.2% on Wednesday.", "2026-02-11")
    assert verdicts["1.2"] == "accurate"  # inside Wednesday's range, which a text of that day may have caught
