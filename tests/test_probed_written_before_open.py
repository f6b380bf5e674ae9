"""A period's move naming no day after a session the text reports is as of that session, the later sessions up to
publication staying permitted (linking.bound_period_windows, `Claim.latest`): only those that had opened when the text
was written. A German morning text stamped 06:30 on Wednesday 25 March 2026 is written before New York's session of
that day, so Nvidia's year to date may end on Tuesday only; one stamped 22:30 after New York's close may end on
Wednesday too. (tests/golden/articles/de169 had let a wrong 'rund 4 Prozent' pass on Wednesday's close: 178.68 / 186.50
- 1 = -4.19 %; to Tuesday's 175.20 it is -6.06 %.) Text written for the test (no article copied)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from claimcheck.core.extract.linking import bound_period_windows
from claimcheck.model import Claim, Published
from claimcheck.rules import Rules

TEXT = "Am Dienstag schloss die Aktie bei 175,20 Dollar. Seit Jahresbeginn steht ein Minus von rund 4 Prozent."
SECOND = TEXT.index("Seit")
CLOSE = Claim(
    id="c001",
    span=(TEXT.index("175,20"), TEXT.index("175,20") + 6),
    quote="175,20",
    sentence_span=(0, SECOND - 1),
    value=175.2,
    value_high=None,
    scale=1.0,
    direction=None,
    unit="USD",
    kind="close",
    checkable=True,
    scope_reason=None,
    hedge=None,
    hedge_text=None,
    subject="Nvidia",
    listing="NVDA",
    reference={"date": "2026-03-24"},
    date_basis="stated",
    time_source="text",
)


@pytest.mark.parametrize(("hour", "latest"), [(5, "2026-03-24"), (21, "2026-03-25")])
def test_the_later_sessions_permitted_are_those_opened_when_written(hour: int, latest: str, rules: Rules) -> None:
    at = TEXT.index(" 4 ") + 1
    year = replace(
        CLOSE,
        id="c002",
        span=(at, at + 1),
        quote="4",
        sentence_span=(SECOND, len(TEXT)),
        value=4.0,
        unit="percent",
        kind="ytd_return",
        reference={"start": "2026-01-01", "end": "2026-03-25"},
        date_basis="implied",
        time_source="publication_default",
    )
    written = datetime(2026, 3, 25, hour, 30, tzinfo=UTC)
    bound_period_windows([CLOSE, year], TEXT, Published(date(2026, 3, 25), "manifest", at=written), rules)
    assert year.reference == {"start": "2026-01-01", "end": "2026-03-24"}
    assert year.latest == latest
