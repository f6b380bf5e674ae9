"""Three readings a monthly review published after the month's end showed wrong (tester138):

- 'over the month' is the month's move, as 'for the month' is (a day's move read on the last session had called a true
  monthly fall of 15.5 % wrong); 'over the month of ...' is left to the month's name;
- a review headed by a month's name ('Alibaba in review: February', 'February in review') is that month's review: the
  moves it tells without a day of their own are the month's, as 'month in review' makes them;
- a level right after its number 'at the end of January' ('down from HK$169.20 at the end of January') is the month's
  close, its last session's, as 'at the end of 2025' is a year's: it had been read on the as-of day; a record 'set at
  the end of October' stays a window of days."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

# a Sunday after February 2026; seeds/quotes/9988.HK.csv: 2026-01-30 close 169.20, 2026-02-27 close 142.90
SUNDAY = date(2026, 3, 1)


def test_over_the_month_is_the_months_move() -> None:
    claim = claims_by_quote("Alibaba's Hong Kong shares lost 15.5% over the month.", SUNDAY)["15.5"]
    assert claim.kind == "month_return"
    assert claim.reference is not None and claim.reference["start"] == "2026-02-01"


def test_a_review_headed_by_a_months_name() -> None:
    for heading in ("Alibaba in review: February", "February in review"):
        text = f"{heading}\n\nAlibaba's Hong Kong shares dropped 15.5%, while the Hang Seng Index slipped 2.8%."
        claims = claims_by_quote(text, SUNDAY)
        assert claims["15.5"].kind == "month_return", heading
        assert claims["2.8"].reference is not None and claims["2.8"].reference["start"] == "2026-02-01", heading


def test_a_level_at_the_end_of_a_month_is_its_close() -> None:
    text = "Alibaba's shares fell to HK$142.90, down from HK$169.20 at the end of January."
    claims = claims_by_quote(text, SUNDAY)
    assert claims["169.20"].reference == {"date": "2026-01-30"}
    assert claims["142.90"].reference == {"date": "2026-02-27"}
