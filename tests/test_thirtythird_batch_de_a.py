"""Rules added after trying the thirty-third batch's first set of written German articles as an editor would
(tests/golden/articles de214..de216: an Onvista 'Chartanalyse' of Nvidia the morning after a US holiday, an NZZ
'Börsenbericht' from Zurich with Asia and New York, a Börsen-Zeitung 'Marktbericht Asien' with a table of closes).
Each sentence here is written for the test, not taken from those articles; the expected values are computed from
seeds/quotes, the computation in a comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# --- 'Nach der Handelspause am Dienstag ... am Mittwoch': the closed weekday dates no figure ------------------------

AFTER_BREAK_DE = (
    "Nach der Handelspause am Dienstag gaben die Tencent-Aktien am Mittwoch in Hongkong {} Prozent auf 675 HKD nach."
)


def test_a_trading_break_with_der_before_the_sessions_weekday_dates_nothing(tmp_path: Path) -> None:
    # Hong Kong was closed on Tuesday 2025-10-07 (the day after Mid-Autumn); 0700.HK 675.0 (Wednesday 2025-10-08) /
    # 677.5 (2025-10-06) - 1 = -0.37 %
    claim = claims_by_quote(AFTER_BREAK_DE.format("0,4"), date(2025, 10, 8))["0,4"]
    assert claim.kind == "day_change" and claim.reference == {"date": "2025-10-08"}
    assert verdicts_by_quote(tmp_path, AFTER_BREAK_DE.format("0,4"), "2025-10-08")["0,4"] == "accurate"
    assert verdicts_by_quote(tmp_path, AFTER_BREAK_DE.format("1,4"), "2025-10-08")["1,4"] == "wrong"


def test_a_break_named_alone_stays_the_sessions_day() -> None:
    # 'Nach der Feiertagspause am Dienstag legte der Dax ... zu' names no other weekday: Tuesday is the first session
    # after Easter (Xetra closed 2025-04-18 and 2025-04-21); DAX 21293.53 (2025-04-22) / 21205.86 (2025-04-17) - 1
    # = +0.41 %
    text = "Nach der Feiertagspause am Dienstag legte der Dax 0,4 Prozent zu."
    claim = claims_by_quote(text, date(2025, 4, 23))["0,4"]
    assert claim.reference == {"date": "2025-04-22"}
