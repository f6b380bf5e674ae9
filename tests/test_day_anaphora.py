"""A day referred back to ('an diesem Tag', 'on that day', 'damals'): the day an earlier sentence of the
paragraph named, even a year back, where an earlier day otherwise dates no later sentence. Found in the
'so much would an investment have earned' pieces portals generate: a true close of a year ago had been
judged against the sessions up to publication and called wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from tests.helpers import check_text

THANKSGIVING = date(2025, 11, 27)  # a Thursday; New York closed, its last session the Wednesday before


def _claim(text: str, quote: str, published: date = THANKSGIVING) -> Claim:
    claims, _ = extract_claims(text, Published(published, "option"), pipeline.load_rules())
    return next(c for c in claims if c.quote == quote)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Am 27.11.2024 wurde die Alibaba-Aktie an der NYSE gehandelt. "
            "Zum Handelsschluss kostete ein Papier an diesem Tag 86,59 USD.",
            "86,59",
        ),
        ("Am 27.11.2024 notierte die Alibaba-Aktie an der NYSE. Damals kostete sie 86,59 US-Dollar.", "86,59"),
        ("On Nov. 27, 2024, Alibaba's ADRs traded on the NYSE. They closed that day at $86.59.", "86.59"),
        ("Alibaba's ADRs traded on the NYSE on Nov. 27, 2024. At that time a share cost $86.59.", "86.59"),
    ],
)
def test_a_day_referred_back_is_the_day_the_sentence_before_named(text: str, quote: str) -> None:
    claim = _claim(text, quote)
    assert (claim.listing, claim.reference) == ("BABA", {"date": "2024-11-27"})
    assert claim.time_source == "earlier_sentence" and claim.date_basis == "stated"


def test_without_the_anaphor_a_year_old_day_dates_no_later_sentence() -> None:
    text = "Am 27.11.2024 wurde die Alibaba-Aktie an der NYSE gehandelt. Zuletzt kostete sie 157,60 USD."
    claim = _claim(text, "157,60")
    assert claim.reference == {"date": "2025-11-26"} and claim.time_source == "publication_default"


def test_an_anaphor_does_not_reach_into_the_paragraph_before() -> None:
    # nor is it the publication day: the time it refers to is left unresolved
    text = "Am 27.11.2024 wurde die Alibaba-Aktie an der NYSE gehandelt.\n\nAn diesem Tag kostete sie 157,60 USD."
    assert (_claim(text, "157,60").reference, _claim(text, "157,60").date_basis) == (None, "unresolved")


def test_a_day_of_its_own_wins_over_the_one_referred_back() -> None:
    text = "Am 27.11.2024 wurde die Alibaba-Aktie gehandelt. Damals wie am 26.11.2025 kostete sie in New York 157,60 $."
    assert _claim(text, "157,60").reference == {"date": "2025-11-26"}


def test_the_close_of_the_day_referred_back_is_judged_on_that_day(tmp_path: Path) -> None:
    # BABA closed at 86.59 on 2024-11-27 (seeds/quotes/BABA.csv); 96.59 is ten dollars off it
    text = (
        "Am 27.11.2024 wurde die Alibaba-Aktie an der NYSE gehandelt. Zum Handelsschluss kostete ein Papier "
        "an diesem Tag 86,59 USD.\n\nAm 27.11.2024 notierte die Alibaba-Aktie an der NYSE. Damals kostete sie "
        "zum Schluss 96,59 USD."
    )
    results = check_text(tmp_path, text, THANKSGIVING.isoformat())
    claims = {c["quote"]: c for c in results["articles"][0]["claims"]}
    assert (claims["86,59"]["verdict"], claims["86,59"]["observed"]) == ("accurate", pytest.approx(86.59))
    # 'zum Schluss' right before the price makes it that day's close (a quote box's label, nineteenth session; before,
    # 'kostete' read a price of the session, whose nearest value that day was the high, 87.54)
    assert (claims["96,59"]["verdict"], claims["96,59"]["observed"]) == ("wrong", pytest.approx(86.59))
    assert {e["date"] for c in claims.values() for e in c["evidence"]} == {"2024-11-27"}


def test_a_time_referred_back_that_no_sentence_dates_is_unresolved(tmp_path: Path) -> None:
    # 'in 2014' names no day: 'back then' is a past time all the same, never the sessions up to publication,
    # against which the true first-day price would have been called wrong
    text = "Alibaba listed in New York in 2014. Back then, a share of Alibaba cost $93.89."
    claim = _claim(text, "93.89", date(2025, 10, 15))
    assert (claim.reference, claim.date_basis) == (None, "unresolved")
    assert "'Back then' refers to a time the text does not date" in claim.notes
    verdict = check_text(tmp_path, text, "2025-10-15")["articles"][0]["claims"][0]["verdict"]
    assert verdict == "unverifiable"
