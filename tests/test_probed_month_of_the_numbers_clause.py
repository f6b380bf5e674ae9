"""A month's move takes the month its own clause names ('..., but it is up 3.1 per cent so far in March'), not a part of
a month another clause of the sentence names for something else ('below its record close from late October'): en206 had
read October (timing.reference_of, dates.names_month_in_clause). And the month so far ends on the day the text is about
where that day lies in the month ('gained 2.7 per cent on Monday. ... up 3.1 per cent so far in March' in Tuesday's
morning paper), not on publication's day (dates.named_month_window). The texts here are written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# NVDA closes 2026-02-27 (February's last session) 177.19, 2026-03-09 (Monday, publication) 182.64: +3.08 %
_TEXT = (
    "Nvidia shares gained on Monday. The stock remains well below its record close from late October, but it is up "
    "3.1 per cent so far in March."
)


def test_the_month_of_the_numbers_own_clause(tmp_path: Path) -> None:
    claim = claims_by_quote(_TEXT, date(2026, 3, 9))["3.1"]
    assert claim.kind == "month_return" and claim.reference is not None
    assert claim.reference["start"] == "2026-03-01"
    assert verdicts_by_quote(tmp_path, _TEXT, "2026-03-09")["3.1"] == "accurate"
    # twice March's move is not it
    assert verdicts_by_quote(tmp_path, _TEXT.replace("3.1 per", "6.2 per"), "2026-03-09")["6.2"] == "wrong"


# NVDA close 2026-03-10 (Tuesday) 184.76: the month so far to Tuesday 184.76 / 177.19 - 1 = +4.27 %
_MORNING = "Nvidia shares gained 2.7 per cent on Monday. The stock is up 3.1 per cent so far in March."


def test_the_month_so_far_ends_on_the_day_the_text_is_about(tmp_path: Path) -> None:
    # Tuesday's paper, written before New York opened, tells the month so far to Monday's close
    assert claims_by_quote(_MORNING, date(2026, 3, 10))["3.1"].reference == {"start": "2026-03-01", "end": "2026-03-09"}
    assert verdicts_by_quote(tmp_path, _MORNING, "2026-03-10")["3.1"] == "accurate"
    # the month to Tuesday's close is not the one told
    assert verdicts_by_quote(tmp_path, _MORNING.replace("3.1 per", "4.3 per"), "2026-03-10")["4.3"] == "wrong"
