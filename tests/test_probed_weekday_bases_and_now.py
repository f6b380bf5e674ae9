"""A base or an extreme dated by a weekday, and a clause told as of now.

- 'liegt 5,1 Prozent unter dem Schlusskurs vom Montag', 'are 5.1% below Monday's close' in a text of Friday naming no
  day of its own: a move since that day's close (frames._across_sessions_since), as one told of a named day already
  was, where Monday's close is before the session before Friday's (so before any day the text may report). Before, it
  was read as the day's move and a true figure called wrong. Told while the session trades, the price of that moment
  counts: the session's range against the base is a permitted reading (readings._since_base_readings).
- 'the HK$167.90 high hit on Monday', 'Monday's HK$167.90 high': that day's high (cues.csv day_high, day_low).
- 'Alibaba shares now trade at HK$155, below the HK$167.90 high hit on Monday': the clause saying 'now' is of the time
  of writing, not of the day another clause names (timing.scope_of). Before, HK$155 was read on Monday and called wrong.

Figures from seeds/quotes/9988.HK.csv: Mon 2026-02-02 high 167.90, close 163.30; Fri 2026-02-06 low 153.20,
high 156.80, close 155.00. 155.00 / 163.30 - 1 = -5.08 %; the Friday's range against Monday's close:
153.20 / 163.30 - 1 = -6.18 % to 156.80 / 163.30 - 1 = -3.98 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote, verdicts_true_and_altered

FRIDAY = "2026-02-06"


@pytest.mark.parametrize(
    ("text", "quote"),
    (
        ("Die Alibaba-Aktie liegt in Hongkong nun {x} Prozent unter dem Schlusskurs vom Montag.", "5,1"),
        ("Alibaba shares are {x}% below Monday's close.", "5.1"),
        ("Alibaba shares are down {x}% from Monday's close.", "5.1"),
    ),
)
def test_a_move_since_a_weekdays_close(tmp_path: Path, text: str, quote: str) -> None:
    claim = claims_by_quote(text.format(x=quote), date.fromisoformat(FRIDAY))[quote]
    assert claim.kind == "since_return" and claim.since_base == ("close", "2026-02-02")
    altered = "8,4" if "," in quote else "8.4"
    true, wrong = verdicts_true_and_altered(tmp_path, text, FRIDAY, quote, altered)
    assert true == {quote: "accurate"} and wrong == {altered: "wrong"}


def test_told_while_the_session_trades_the_price_of_that_moment_counts(tmp_path: Path) -> None:
    # 04:00 in Germany is 11:00 in Hong Kong: the Friday's session trading; -5.5 % lies in its range against Monday's
    # close, not at its close (-5.08 %)
    head = "---\npublished: 2026-02-06T04:00:00+01:00\n---\n"
    text = head + "Die Alibaba-Aktie notiert in Hongkong derzeit {x} Prozent unter dem Schlusskurs vom Montag.\n"
    verdicts = {}
    for figure in ("5,5", "8,4"):
        (tmp_path / figure).mkdir()
        result = check_text(tmp_path / figure, text.format(x=figure), "")
        verdicts.update({c["quote"]: c["verdict"] for c in result["articles"][0]["claims"]})
    assert verdicts == {"5,5": "accurate", "8,4": "wrong"}


@pytest.mark.parametrize(
    "text",
    (
        "Alibaba shares now trade at HK$155, below the HK${x} high hit on Monday.",
        "Alibaba shares are below Monday's HK${x} high.",
    ),
)
def test_a_price_before_high_and_its_weekday_is_that_days_high(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text.format(x="167.90"), date.fromisoformat(FRIDAY))["167.90"]
    assert claim.kind == "day_high" and claim.reference == {"date": "2026-02-02"}
    true, altered = verdicts_true_and_altered(tmp_path, text, FRIDAY, "167.90", "163.30")
    assert true["167.90"] == "accurate" and altered["163.30"] == "wrong"  # Monday's close, not its high


def test_a_clause_saying_now_is_of_the_time_of_writing(tmp_path: Path) -> None:
    template = "Alibaba shares now trade at HK${x}, below the HK$167.90 high hit on Monday."
    claim = claims_by_quote(template.format(x="155"), date.fromisoformat(FRIDAY))["155"]
    assert claim.reference == {"date": FRIDAY}
    true, altered = verdicts_true_and_altered(tmp_path, template, FRIDAY, "155", "140")
    assert true["155"] == "accurate" and altered["140"] == "wrong"  # Friday ranged 153.20 to 156.80
