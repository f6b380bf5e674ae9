"""Rules added after trying the twenty-second batch of written German articles as an editor would
(tests/golden/articles de136..de140: a finanzen.net afternoon update on Alibaba with Tradegate in euros, New York the
evening before and Hong Kong, a WirtschaftsWoche piece on Baidu with its year to date, three months, two weeks and
distance to the January high, a wallstreet-online chart analysis on Meituan with its day's range, GD 50/200, RSI and
52-week high, a FAZ 'Asiens Börsen' report on the Hang Seng, Tencent, Alibaba, Meituan and the Nikkei, a weekly
outlook on Nvidia, the Nasdaq 100 and the DAX). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a German subordinate clause's verb last: 'der 2,0 Prozent einbüßte' is a fall ---------------------------------


def test_a_relative_clause_ending_on_einbuesste_is_a_fall(tmp_path: Path) -> None:
    text = (
        "Hongkong, 13. Februar. Die Börse in Hongkong schloss schwächer. Besonders traf es Alibaba, das 2,0 Prozent "
        "auf 155,40 Hongkong-Dollar einbüßte."
    )
    claims = _claims(text, date(2026, 2, 13))
    assert claims["2,0"].kind == "day_change" and claims["2,0"].listing == "9988.HK"
    assert claims["2,0"].direction == "down" and claims["2,0"].reference == {"date": "2026-02-13"}
    # 155.40 vs 158.60 on 2026-02-12: -2.02 %
    assert verdicts_by_quote(tmp_path, text, "2026-02-13")["2,0"] == "accurate"


def test_plural_einbuessten_after_a_named_day_is_a_fall_too() -> None:
    claims = _claims(
        "Unter Druck standen die Papiere von Tencent, die am Donnerstag 1,0 Prozent einbüßten, und Meituan.",
        date(2026, 3, 14),
    )
    assert claims["1,0"].direction == "down" and claims["1,0"].listing == "0700.HK"
    assert claims["1,0"].reference == {"date": "2026-03-12"}


# --- a German report of the day's Asian close, dated without a clock: its later past-tense moves are whole sessions --


HANG_SENG_CLOSED = "Hongkong, 12. März. Der Hang-Seng-Index schloss 0,7 Prozent tiefer bei 25.717 Punkten. "


def test_a_stock_move_after_the_hang_seng_closed_ends_on_the_close(tmp_path: Path) -> None:
    text = HANG_SENG_CLOSED + "Tencent verlor 1,0 Prozent auf 546,50 Hongkong-Dollar."
    claims = _claims(text, date(2026, 3, 12))
    assert claims["0,7"].completed_session and claims["25.717"].completed_session
    assert claims["546,50"].kind == "close" and claims["546,50"].listing == "0700.HK"
    assert claims["546,50"].reference == {"date": "2026-03-12"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-12")
    # ^HSI 25716.76 vs 25898.76: -0.70 %; 0700.HK 546.50 vs 552.00: -1.00 %
    assert verdicts["0,7"] == "accurate" and verdicts["25.717"] == "accurate"
    assert verdicts["1,0"] == "accurate" and verdicts["546,50"] == "accurate"


def test_the_days_low_given_as_the_price_a_move_went_to_after_the_close_is_not_accurate(tmp_path: Path) -> None:
    # 543.00 is the session's low, not the close 546.50 (0.6 % off): inside the day's range, not where the day ended
    text = HANG_SENG_CLOSED + "Tencent verlor 1,0 Prozent auf 543,00 Hongkong-Dollar."
    assert verdicts_by_quote(tmp_path, text, "2026-03-12")["543,00"] in ("imprecise", "wrong")


def test_without_the_close_announced_a_same_day_price_keeps_the_range() -> None:
    # no sentence says Hong Kong's session ended: a German text of that day may have been written during it
    claims = _claims("Hongkong, 12. März. Tencent verlor 1,0 Prozent auf 543,00 Hongkong-Dollar.", date(2026, 3, 12))
    assert claims["543,00"].kind == "last_price" and not claims["543,00"].completed_session


def test_a_new_york_close_announced_in_a_german_text_of_the_same_day_is_not_taken_as_over_by_midday() -> None:
    # a German text without a clock is taken as written by midday: New York's session of that day had not opened
    claims = _claims(
        "New York, 12. März. Der Nasdaq 100 schloss 1,7 Prozent tiefer. Nvidia verlor 1,6 Prozent auf 183,14 Dollar.",
        date(2026, 3, 12),
    )
    assert not claims["183,14"].completed_session


def test_a_count_of_shares_beside_umsatz_is_a_volume_not_revenue() -> None:
    """'Umsatz' names a company's revenue and a session's turnover; a number counted in shares ('Millionen Stück') is
    the turnover (volumes.counted_in_shares): tester37's 'Mit 18,8 Millionen Stück war der Umsatz der niedrigste seit
    Wochen' had been set out of scope as a business figure."""
    friday = date(2026, 3, 13)
    text = "Mit 18,8 Millionen Stück war der Umsatz in Meituan-Aktien in Hongkong der niedrigste seit Wochen."
    assert (_claims(text, friday)["18,8"].kind, _claims(text, friday)["18,8"].listing) == ("volume", "3690.HK")
    revenue = _claims("Der Umsatz von Meituan stieg im Quartal auf 95 Milliarden Yuan.", friday)["95"]
    assert revenue.kind == "financials"
