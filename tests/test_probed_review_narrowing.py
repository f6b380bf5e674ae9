"""Sentences a review of this session's rules found misread, each true and checked on the real quotes: a distance below
a weekday's high is only a percentage right before it ('rose 3% on Monday but stayed far below Wednesday's high' keeps
its day's move); 'were still' tells the day of the move, no earlier state (tenses.csv earlier_state has no English
row); 'on Monday against Friday's close' keeps 'against' a base word; 'slipped 0.5% from that level' after another move
points back to the level that move left, not to the close before it (linking.moves_from_named_level); a price told of a
half day whose row holds only its close has no reading (readings._readings_at); a percentage after 'as low as' is the
move at the low only when it is measured from a close."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/BABA.csv: 2026-03-20 close 122.41, 03-23 126.06 (+2.98 %), 03-24 125.48 (-0.46 %);
# 2026-03-09 close 132.64, 03-10 136.85 (+3.17 %); seeds/quotes/9988.HK.csv: 2026-02-20 close 147.10, 02-23 152.20
# (+3.47 %)
CASES = (
    ("2026-03-24", "Alibaba's ADRs rose {x}% on Monday but stayed far below Wednesday's high.", "3", "6"),
    (
        "2026-03-20",
        "Alibaba's ADRs climbed {x}% to $136.85, when traders were still betting on a strong quarter on March 10.",
        "3.2",
        "6.2",
    ),
    (
        "2026-02-24",
        "Alibaba's Hong Kong shares ended up 3.5% on Monday against Friday's close of HK${x}.",
        "147.10",
        "152.10",
    ),
    (
        "2026-03-25",
        "Alibaba's ADRs closed at $122.41 on Friday. On Monday they rose 3%, and on Tuesday they slipped {x}% from"
        " that level.",
        "0.5",
        "2.5",
    ),
)


@pytest.mark.parametrize(("published", "template", "true", "wrong"), CASES)
def test_true_figures_the_review_found_misread(
    tmp_path: Path, published: str, template: str, true: str, wrong: str
) -> None:
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, published, true, wrong)
    assert all(verdict == "accurate" for verdict in verdicts.values()), verdicts
    assert altered[wrong] == "wrong"


# seeds/quotes/9988.HK.csv: 2025-12-31, a half day, holds its close (142.80) only; 2025-12-30's range 143.20-145.70
def test_a_price_told_of_a_close_only_half_day_has_no_reading(tmp_path: Path) -> None:
    text = (
        "Alibaba's Hong Kong shares were trading at HK$145.20 on Wednesday morning, before the half-day session ended."
    )
    assert verdicts_by_quote(tmp_path, text, "2026-01-02") == {"145.20": "unverifiable"}


def test_a_distance_after_a_session_extreme_is_a_move_only_from_a_close() -> None:
    # 'as low as $121.16, roughly 10% below Wednesday's close' is the move at the low (cues.csv intraday_move); one
    # below a moving average is that average's distance
    text = "Alibaba's ADRs fell as low as $121.16 on Thursday, some 13% below their 50-day moving average."
    assert claims_by_quote(text, date(2026, 3, 20))["13"].kind == "moving_average_distance"
    text = "Alibaba's ADRs fell as low as $121.16 on Thursday, roughly 10% below Wednesday's close."
    assert claims_by_quote(text, date(2026, 3, 20))["10"].kind == "intraday_move"


# seeds/quotes/BABA.csv: 2026-03-18 close 134.43, 03-19 124.90, 03-20 122.41 (-1.99 %)
BASES = (
    ("2026-03-20", "Alibaba's ADRs closed at ${x}, down from $134.43 on March 18.", "122.41", "127.41"),
    ("2026-03-21", "Alibaba's ADRs fell {x}% against Thursday's close of $124.90.", "2", "3.5"),
)


@pytest.mark.parametrize(("published", "template", "true", "wrong"), BASES)
def test_a_base_dated_after_on_or_named_after_against_owns_its_day(
    tmp_path: Path, published: str, template: str, true: str, wrong: str
) -> None:
    # 'down from $134.43 on March 18': the date is the base's own, not the close's before it (bindings._BASE_TO_DAY);
    # 'against Thursday's close of $124.90' is a base as 'below' it is (comparisons.csv)
    verdicts, altered = verdicts_true_and_altered(tmp_path, template, published, true, wrong)
    assert all(verdict == "accurate" for verdict in verdicts.values()), verdicts
    assert altered[wrong] == "wrong"
