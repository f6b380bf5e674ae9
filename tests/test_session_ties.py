"""A day's low or high naming no day, beside a move and price of the same listing naming none either, is of the
session that move and price report (core/session_ties.py). Sentences written for the test (no article copied).

Quotes (seeds/quotes/0700.HK.csv), Tencent in Hong Kong: 2026-03-23 low 495.20, close 498.40; 2026-03-24 low 500.00,
close 514.00; 2026-03-25 open 519.00, high 521.50, low 502.00, close 505.50 (-1.65 %, 505.50 / 514.00 - 1). Read on
the window of sessions up to Wednesday 2026-03-25, 'as low as HK$495.20' had matched Monday's low.

A text stamped after its listing's close (with its zone) names that session's extremes when it names no day
(`frames.number_claim`: `Claim.not_before` is that session): they had been read on it and the session before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import verdicts_by_quote

WEDNESDAY = "2026-03-25"


@pytest.mark.parametrize(
    ("low", "verdict"),
    [
        ("495.20", "wrong"),  # Monday's low: Wednesday's, the session the move and price report, was 502.00
        ("502", "accurate"),
    ],
)
def test_an_undated_low_is_read_on_the_session_its_move_reports(tmp_path: Path, low: str, verdict: str) -> None:
    text = f"Tencent shares slid 1.7% to HK$505.50 in Hong Kong after touching an intraday low of HK${low}."
    verdicts = verdicts_by_quote(tmp_path, text, WEDNESDAY)
    assert verdicts["1.7"] == "accurate" and verdicts["505.50"] == "accurate"
    assert verdicts[low] == verdict


def test_a_low_beside_figures_that_hold_on_no_session_keeps_the_window(tmp_path: Path) -> None:
    # the move and price fix no session (3.5 % and HK$480 hold on none): the low is still read on the window, where
    # Monday's 495.20 is a low of a session the text may mean
    text = "Tencent shares slid 3.5% to HK$480 in Hong Kong after touching an intraday low of HK$495.20."
    assert verdicts_by_quote(tmp_path, text, WEDNESDAY)["495.20"] == "accurate"


def test_one_figure_beside_the_low_does_not_fix_its_session(tmp_path: Path) -> None:
    # a price alone may be the stale figure of the sentence: the low keeps the window (Monday's 495.20 holds there)
    text = "Tencent shares closed at HK$505.50 in Hong Kong after touching an intraday low of HK$495.20."
    assert verdicts_by_quote(tmp_path, text, WEDNESDAY)["495.20"] == "accurate"


# --- a text stamped after the listing's close: the day's extremes it names without a day are that session's -------
# 9988.HK: 2025-10-30 low 169.00, high 174.80; 2025-10-31 low 165.10, high 170.60 (seeds/quotes/9988.HK.csv).


@pytest.mark.parametrize(("low", "verdict"), [("169.00", "wrong"), ("165.10", "accurate")])
def test_a_low_in_a_text_stamped_after_the_close_is_that_sessions(tmp_path: Path, low: str, verdict: str) -> None:
    # 16:40 HKT, after Hong Kong's close: the low of Thursday (169.00) had passed on the window of the session before
    text = f"Alibaba\n\n2025/10/31 16:40 HKT\n\nAlibaba's Hong Kong shares touched a low of HK${low} during the day.\n"
    assert verdicts_by_quote(tmp_path, text, "2025-10-31")[low] == verdict
