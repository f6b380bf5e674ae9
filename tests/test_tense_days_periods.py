"""Tense, days and periods after the sixth review. Each sentence is written for the test (the
reviewer's inputs as models). The worst defect is a true claim called wrong: a present-tense move
read as the session's close because a reason clause after it is in the past; a weekday told in the
past moved to the coming week by a word that does not govern it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck import pipeline
from claimcheck.core.dates import resolve_day
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from tests.helpers import check_text

MONDAY = date(2025, 9, 22)  # Tencent 0700.HK that day: range 634-643.5, close 641 (-0.23 %)
EVENING_IN_HONG_KONG = "---\npublished: 2025-09-22T19:00:00+08:00\n---\n"  # the session had closed


def _claims(text: str, published: date = MONDAY) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(published, "option"), pipeline.load_rules())
    return {c.quote: c for c in claims}


def _verdicts(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, Any]]:
    results = check_text(tmp_path, text, published)
    return {c["quote"]: c for c in results["articles"][0]["claims"]}


@pytest.mark.parametrize(
    "text",
    [
        "Tencent shares are down 0.9% at HK$636 in Hong Kong on Monday after the company showed off new AI models.",
        "Tencent shares slip 0.9% to HK$636 in Hong Kong on Monday as traders locked in gains.",
    ],
)
def test_a_past_tense_in_a_reason_clause_does_not_make_a_present_move_the_close(tmp_path: Path, text: str) -> None:
    claims = _verdicts(tmp_path, EVENING_IN_HONG_KONG + text, "2025-09-22")
    assert claims["636"]["kind"] == "last_price"  # a price in the day's range, not the close (641)
    assert claims["636"]["verdict"] == "accurate"
    assert claims["0.9"]["verdict"] == "accurate"  # within the day's range of moves, not close to close


def test_a_past_move_verb_before_its_price_still_makes_the_close() -> None:
    # the move's own verb is past: the price it ended on is the close, whatever follows
    claims = _claims("Tencent shares slipped 0.9% to HK$636 in Hong Kong on Monday as traders sold.", date(2025, 9, 23))
    assert claims["636"].kind == "close"


def test_an_ed_word_that_is_no_verb_makes_no_past_report() -> None:
    rules = pipeline.load_rules()
    # 'Limited' is part of a name: Thursday stays the nearest such day, flagged as after publication
    ref = resolve_day("Tencent Holdings Limited shares are up 2.9% in Hong Kong on Thursday.", MONDAY, rules)
    assert ref is not None and ref.day == date(2025, 9, 25) and ref.note
    ref = resolve_day("Tencent shares jumped 2.9% in Hong Kong on Thursday.", MONDAY, rules)
    assert ref is not None and ref.day == date(2025, 9, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Tencent shares suffered a bigger-than-expected 2.9% drop in Hong Kong on Thursday.",
        "Tencent shares lost 2.9% in Hong Kong on Thursday ahead of the central bank's meeting.",
        "Die Tencent-Aktie verlor in Hongkong am Donnerstag vor der nächsten Notenbanksitzung 2,9 Prozent.",
        "Die Tencent-Aktie gab am Donnerstag in Hongkong stärker als erwartet um 2,9 Prozent nach.",
    ],
)
def test_a_coming_word_that_does_not_govern_the_weekday_leaves_it_in_the_past(tmp_path: Path, text: str) -> None:
    claims = _verdicts(tmp_path, text, "2025-09-22")
    move = next(c for q, c in claims.items() if q.startswith("2"))
    assert move["reference"] == {"date": "2025-09-18"}  # Thursday before publication (Tencent -2.95 %)
    assert move["verdict"] == "accurate"


@pytest.mark.parametrize(
    "text",
    [
        "The shares fell 3% and Tencent reports results next Thursday.",
        "Die Aktie fiel um 3 Prozent, am kommenden Donnerstag legt Tencent Zahlen vor.",
    ],
)
def test_a_coming_word_right_before_a_weekday_names_the_coming_day(text: str) -> None:
    ref = resolve_day(text, MONDAY, pipeline.load_rules())
    assert ref is not None and ref.day == date(2025, 9, 25)
