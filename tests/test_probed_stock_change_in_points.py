"""A stock's move in percent said again as its change in 'points' ('Tencent Holdings Ltd (HK:0700) rose 2.1%, or 13.50
points, to 656.00', as Investing.com's automated Hong Kong close writes it) is the share's change in its listing's
currency, a price change (frames._stock_change_in_points). Before, points on a stock were read as a count and set out
of scope; an index's points stay an index move."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_by_quote

PUBLISHED = date(2025, 10, 28)


def test_a_stocks_points_after_its_percent_move_are_its_change_in_money() -> None:
    text = "Hong Kong\n\nTencent Holdings Ltd (HK:0700) lost 1.68%, or 11.00 points, to trade at 645.00 at the close."
    claim = claims_by_quote(text, PUBLISHED)["11.00"]
    assert (claim.kind, claim.listing, claim.unit, claim.checkable) == ("price_change", "0700.HK", "HKD", True)
    assert claim.direction == "down"


def test_an_index_keeps_its_points() -> None:
    text = "Hong Kong\n\nAt the close in Hong Kong, the Hang Seng Index fell 0.33%, or 87.56 points, to 26,346.14."
    claim = claims_by_quote(text, PUBLISHED)["87.56"]
    assert (claim.kind, claim.listing) == ("index_move", "^HSI")


def test_points_without_a_percent_move_before_them_stay_as_they_were() -> None:
    text = "Hong Kong\n\nTencent Holdings Ltd (HK:0700) has a score of 11.00 points in the survey."
    assert "11.00" not in claims_by_quote(text, PUBLISHED) or claims_by_quote(text, PUBLISHED)["11.00"].kind != (
        "price_change"
    )
