"""Rules added after trying the fourth batch of written articles as an editor would (tests/golden/
articles de38..de43, en32..en37). Each sentence here is written for the test, not taken from those
articles. Before these rules: an earlier session's move looked back on in a trailing clause
("..., erasing Tuesday's 2.4% drop") dated the whole sentence and the sentences after it to that
session, so the day's own close was judged against the day before; 'X% lower than a week ago' was
read with the period word of the figure before it ('down 4.1% this year and ...'), and that figure
became the day's move."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published

PUBLISHED = date(2025, 9, 27)  # a Saturday: every weekday named is a session before


def _all_claims(text: str) -> dict[str, Claim]:
    claims, _ = extract_claims(text, Published(PUBLISHED, "option"), pipeline.load_rules())
    return {c.quote: c for c in claims}


def test_an_earlier_sessions_move_in_a_trailing_clause_dates_only_itself() -> None:
    claims = _all_claims(
        "On Wednesday, Hong Kong stocks rallied. Tencent closed at HK$520.00, erasing Tuesday's 2.4% drop. "
        "Meituan closed at HK$101.50."
    )
    assert claims["2.4"].reference == {"date": "2025-09-23"}  # its own session, Tuesday
    assert claims["520.00"].reference == {"date": "2025-09-24"}  # the sentence reports Wednesday
    assert claims["101.50"].reference == {"date": "2025-09-24"}  # and so does the next one


@pytest.mark.parametrize(
    ("text", "period", "week"),
    [
        ("Even so, Meituan is down 4.1% this year and 2.3% lower than a week ago.", "4.1", "2.3"),
        ("Tencent liegt seit Jahresbeginn 3,5 % im Plus und 1,2 % tiefer als vor einer Woche.", "3,5", "1,2"),
    ],
)
def test_a_move_against_a_week_ago_is_the_weeks_and_leaves_the_year_to_the_figure_before(
    text: str, period: str, week: str
) -> None:
    claims = _all_claims(text)
    assert claims[period].kind == "ytd_return"
    assert claims[week].kind == "week_return"
