"""Four readings of ts2.tech-style explainers.

- A 52-week range whose venue is named in brackets ('52-week range (Hong Kong): HK$80.10 to HK$140.00') is that
  range's low and high, as '52-week range (HK):' was (cues.csv); before, its low was read as a price change and its
  high as the last price (true figures called wrong).
- A run counted back from the time of writing ('over the past five sessions', 'in den vergangenen zehn Handelstagen'),
  told in the present in a conjunct of its own after a clause naming an earlier day, ends now, as 'this month' does
  (`timing._TO_DATE`); told in the past it keeps the earlier clause's day.
- A period to date told in the present perfect in a conjunct naming no day ('has climbed 40% this year and hit a
  high on Monday') is as of the time of writing, not of the day the other conjunct names (`timing._to_date_conjunct`).
- The upper end of a range a price target opened ('die Spanne reicht von 120 bis 210 Dollar', 'targets ranging from
  $120 to $210') is a target too (`linking.figures_by_ellipsis`), not the day's high."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_by_quote

THURSDAY = date(2025, 9, 25)
LEAD = "Baidu (9888.HK, BIDU) ended Thursday's session at HK$131.60.\n\n"


@pytest.mark.parametrize("venue", ["Hong Kong", "New York", "U.S."])
def test_a_52_week_range_with_its_venue_in_brackets(venue: str) -> None:
    claims = claims_by_quote(LEAD + f"- 52-week range ({venue}): HK$80.10 to HK$140.00.\n", THURSDAY)
    assert (claims["80.10"].kind, claims["140.00"].kind) == ("low_52w", "high_52w")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the stock dropped 3.1%, and over the past five sessions it is up 2.2%.",
        "On Monday the stock dropped 3.1%, and in the last five sessions it has gained 2.2%.",
    ],
)
def test_a_run_to_now_in_a_present_conjunct_ends_now(sentence: str) -> None:
    claim = claims_by_quote(LEAD + sentence, THURSDAY)["2.2"]
    assert (claim.kind, claim.reference["end"]) == ("week_return", "2025-09-25")


def test_a_run_told_in_the_past_keeps_the_earlier_day() -> None:
    claim = claims_by_quote(
        LEAD + "On Monday the stock dropped 3.1%, and over the past five sessions it was up 2.2%.", THURSDAY
    )["2.2"]
    assert claim.reference["end"] == "2025-09-22"


def test_a_period_to_date_in_the_present_perfect_is_as_of_now() -> None:
    text = LEAD + "In New York, the ADR has climbed about 40% this year and hit a 52-week high of $141.60 on Monday."
    claims = claims_by_quote(text, THURSDAY)
    assert (claims["40"].kind, claims["40"].reference["end"]) == ("ytd_return", "2025-09-25")
    assert claims["141.60"].reference == {"date": "2025-09-22"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das durchschnittliche Kursziel liegt bei 180 Dollar, die Spanne reicht von 120 bis 210 Dollar.",
        "The average price target is $180, with targets ranging from $120 to $210.",
    ],
)
def test_the_upper_end_of_a_target_range_is_a_target(sentence: str) -> None:
    claims = claims_by_quote("Alibaba (BABA) closed at $175.66 on Wednesday.\n\n" + sentence, date(2026, 1, 29))
    assert claims["120"].kind == claims["210"].kind == "analyst_target"
