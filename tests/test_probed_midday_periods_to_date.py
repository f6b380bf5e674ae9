"""A midday note (its clock time inside the New York session) telling a stock's move of the running session reports
that session: a week's move to date in it runs to the session trading when written, not to the close of the day
before an earlier sentence named (linking.bound_period_windows); so does one in a conjunct told in the present
(', and it is down about 4% this week' after 'had closed at $121.87 on Wednesday': timing.scope_of), as one with
'now' already did. Before, both were read up to Wednesday's close and a true week-to-date figure was called wrong.
Also: 'a day after ending at 24,452.09' is the close of the day before (session_words.csv session_ended), not any
level of its range, and an amount 'analysts had expected' beside earnings is an estimate (cues.csv, financials)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from tests.helpers import claims_by_quote, load_rules, verdicts_by_quote

PUBLISHED = "2026-03-19"
DATELINE = "Published Thu, Mar 19 2026 12:40 PM EDT\n\n"
AT = Published(date(2026, 3, 19), "option", datetime(2026, 3, 19, 12, 40, tzinfo=ZoneInfo("America/New_York")))


def test_a_week_to_date_after_a_live_move_runs_to_the_running_session() -> None:
    # seeds/quotes/NVDA.csv: 2026-03-13 close 180.25, 2026-03-18 close 180.40, 2026-03-19 range 175.785 .. 179.98
    text = (
        "Nvidia — The chipmaker lost 1.5% to $177.70. It had finished Wednesday's session at $180.40. "
        "The shares are now 1.4% lower week to date."
    )
    claims, _ = extract_claims(text, AT, load_rules())
    week = next(c for c in claims if c.quote == "1.4")
    assert week.kind == "week_to_date_return" and week.reference == {"start": "2026-03-16", "end": "2026-03-19"}


def test_a_present_conjunct_after_a_past_close_is_a_period_to_now(tmp_path: Path) -> None:
    # seeds/quotes/BIDU.csv: 2026-03-13 close 124.07; 2026-03-19 range 116.47 .. 120.24 (-6.13 % .. -3.09 %); the
    # close of Wednesday 2026-03-18 121.87 is only -1.77 %
    text = DATELINE + (
        "Baidu — The stock slid 2.5% to $118.80. "
        "It had closed at $121.87 on Wednesday, and it is down about 4% this week."
    )
    claims, _ = extract_claims(text, AT, load_rules())
    week = next(c for c in claims if c.quote == "4")
    assert week.reference == {"start": "2026-03-16", "end": "2026-03-19"}
    assert verdicts_by_quote(tmp_path, text, PUBLISHED)["4"] == "accurate"


def test_a_past_conjunct_keeps_the_day_its_sentence_names() -> None:
    text = "Baidu — The stock had closed at $121.87 on Wednesday, and was down 1.8% week to date."
    claims, _ = extract_claims(text, AT, load_rules())
    assert next(c for c in claims if c.quote == "1.8").reference == {"start": "2026-03-16", "end": "2026-03-18"}


def test_a_level_after_ending_at_is_the_close_of_the_day_before(tmp_path: Path) -> None:
    # seeds/quotes/^NDX.csv: 2026-03-18 close 24425.09, range 24417.38 .. 24763.58
    text = DATELINE + "Stocks making moves at midday. The Nasdaq 100 was down 0.6%, a day after ending at {x}."
    assert verdicts_by_quote(tmp_path, text.format(x="24,452.09"), PUBLISHED)["24,452.09"] == "wrong"
    assert verdicts_by_quote(tmp_path, text.format(x="24,425.09"), PUBLISHED)["24,425.09"] == "accurate"


def test_an_amount_analysts_had_expected_is_an_estimate() -> None:
    text = "Nvidia earned $1.62 a share, above the $1.55 analysts had expected."
    claim = claims_by_quote(text, date.fromisoformat(PUBLISHED))["1.55"]
    assert claim.kind == "financials" and not claim.checkable
