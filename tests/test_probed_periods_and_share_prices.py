"""Readings found by probing the product with sentences written for it (twelfth session).

Figures from seeds/quotes:
- BABA closes: 2026-03-02 142.56, 2026-03-03 135.59 (-4.889 %), 2026-02-10 166.51, 2026-02-11 164.32.
- ECB EUR/USD 2026-02-11 1.19; EUR/HKD 2026-02-11 9.3013. 9988.HK close 2026-02-11 160.10.
- One Alibaba ADR holds eight shares of 9988.HK (listings.csv ratio), so one share in euros on 2026-02-11 is
  164.32 / 1.19 / 8 = 17.26 (New York's close) or 160.10 / 9.3013 = 17.21 (Hong Kong's close); the ADR in euros
  is 164.32 / 1.19 = 138.08.
- BIDU close 2026-02-11 145.12: one of its eight shares in euros 145.12 / 1.19 / 8 = 15.24.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import check_text, claims_by_quote, verdicts_by_quote


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba shares rose 9% in January and fell 6% in February.",
        "Im Januar legte die Alibaba-Aktie in Hongkong um 9 Prozent zu, im Februar verlor sie 6 Prozent.",
        "In January, Alibaba's ADRs gained 9%; they lost 6% in February.",
    ],
)
def test_each_move_takes_the_month_of_its_own_clause(text: str) -> None:
    claims = claims_by_quote(text, date(2026, 3, 4))
    assert claims["9"].kind == claims["6"].kind == "month_return"
    assert claims["9"].reference == {"start": "2026-01-01", "end": "2026-01-31"}
    assert claims["6"].reference == {"start": "2026-02-01", "end": "2026-02-28"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's shares, which had climbed 4% in the first weeks of the year, fell 4.9% on Tuesday.", "4"),
        ("Die Alibaba-Aktie, die in den ersten Wochen des Jahres um 4 Prozent gestiegen war, fiel am Dienstag.", "4"),
        ("Alibaba's ADRs gained 4% early in the year before sliding 4.9% on Tuesday.", "4"),
        ("Zu Jahresbeginn hatte die Alibaba-Aktie noch 4 Prozent zugelegt; am Dienstag fiel sie um 4,9 Prozent.", "4"),
    ],
)
def test_a_move_early_in_the_year_is_an_undated_period_not_the_days_move(text: str, quote: str) -> None:
    # it had been read as Tuesday's move (-4.89 % for BABA) and called wrong
    assert claims_by_quote(text, date(2026, 3, 4))[quote].kind == "since_return"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Alibaba's ADRs gained 4% this year before sliding 4.9% on Tuesday.", "4.9"),
        ("Alibaba's ADRs gained 4% early in the year before sliding 4.9% on Tuesday.", "4.9"),
        ("Alibaba's ADRs gained 4% in January before sliding 4.9% on Tuesday.", "4.9"),
        (
            "Die ADRs von Alibaba haben seit Jahresbeginn 2 Prozent gewonnen, bevor sie am Dienstag 4,9 % abgaben.",
            "4,9",
        ),
    ],
)
def test_a_period_before_the_next_predicate_does_not_reach_its_dated_move(text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 4))[quote]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "BABA", {"date": "2026-03-03"})


@pytest.mark.parametrize(
    "text",
    [
        "Zu Jahresbeginn kostete die Alibaba-Aktie in New York noch 146 Dollar.",
        "Anfang des Jahres lag die Alibaba-Aktie in New York noch bei 146 Dollar.",
        "At the start of the year, Alibaba's ADRs cost $146.58.",
    ],
)
def test_a_price_at_the_start_of_the_year_is_read_on_the_sessions_around_new_year(text: str) -> None:
    claim = next(c for q, c in claims_by_quote(text, date(2026, 3, 4)).items() if q.startswith("146"))
    assert claim.reference == {"start": "2025-12-31", "end": "2026-01-02"}


def test_a_euro_price_of_one_share_is_read_beside_the_adr_in_euros(tmp_path: Path) -> None:
    text = (
        "Alibaba-Aktie: Am Mittwochmorgen notierte die Aktie auf Tradegate bei etwa 17,20 Euro.\n\n"
        "Am Mittwochabend kostete die Alibaba-Aktie in Frankfurt 137,70 Euro.\n\n"
        "Die Baidu-Aktie notierte am Mittwoch auf Tradegate bei 13,10 Euro.\n"
    )
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-02-11")["articles"][0]["claims"]}
    # 17.20 is one share (17.21 .. 17.26, derived); 137.70 the ADR (138.08, derived); 13.10 neither for Baidu (15.24)
    assert claims["17,20"]["verdict"] == "accurate" and claims["17,20"]["derived"]
    assert "÷ 8" in claims["17,20"]["explanation"]
    assert claims["137,70"]["verdict"] == "accurate"
    assert claims["13,10"]["verdict"] == "wrong"


def test_a_wrong_euro_price_is_not_passed_by_the_share_reading(tmp_path: Path) -> None:
    # 21.50 euros is neither one share (17.2 .. 17.5) nor the ADR (about 138)
    verdicts = verdicts_by_quote(
        tmp_path, "Die Alibaba-Aktie kostete am Mittwoch auf Tradegate 21,50 Euro.", "2026-02-11"
    )
    assert verdicts["21,50"] == "wrong"


@pytest.mark.parametrize(
    "text",
    [
        "Die Alibaba-Aktie notiert bei 17,22 EUR. 25,4 Prozent Plus fehlen der Alibaba-Aktie, um das 52-Wochen-Hoch "
        "zu erreichen.",
        "Die Alibaba-Aktie notiert bei 17,22 EUR. Knapp 25 Prozent fehlen ihr, um das 52-Wochen-Hoch zu erreichen.",
    ],
)
def test_a_rise_needed_told_after_the_number_is_the_distance_to_the_extreme_of_its_purpose_clause(text: str) -> None:
    # had been the day's move (a true distance called wrong)
    claim = next(c for q, c in claims_by_quote(text, date(2026, 2, 11)).items() if q.startswith("25"))
    assert (claim.kind, claim.distance_base) == ("distance_52w_high", "price")


def test_a_purpose_clause_alone_makes_no_distance() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie stieg am Mittwoch um 2 Prozent, um das Minus auszugleichen.", date(2026, 2, 11)
    )
    assert claims["2"].kind == "day_change"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Alibaba's ADRs lost 3.4% on Thursday and fell a further 1.9% on Friday.", "3.4", "1.9"),
        ("Alibaba's ADRs lost 3.4% on Thursday and another 1.9% on Friday.", "3.4", "1.9"),
        ("Die ADRs von Alibaba verloren am Donnerstag 3,4 Prozent und am Freitag weitere 1,9 Prozent.", "3,4", "1,9"),
    ],
)
def test_two_days_in_one_clause_each_date_their_own_conjunct(text: str, first: str, second: str) -> None:
    # the second move had taken the first day named (Thursday's -3.40 % instead of Friday's -1.89 %)
    claims = claims_by_quote(text, date(2026, 2, 14))
    assert claims[first].reference == {"date": "2026-02-12"}
    assert claims[second].reference == {"date": "2026-02-13"}


@pytest.mark.parametrize(
    "text", ["Alibaba's ADRs are up 5% since Monday.", "Die Alibaba-ADRs haben seit Montag 5 Prozent gewonnen."]
)
def test_a_move_since_a_bare_weekday_is_a_period_not_that_days_move(text: str) -> None:
    # 'seit Montag' had been Monday's move (a true 5 % since then judged against Monday's alone); the period is not
    # measured yet (from Monday's open or the close before it: the words do not say)
    assert claims_by_quote(text, date(2026, 2, 14))["5"].kind == "since_return"


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        ("Alibaba fell 3.4% in U.S. trading on Thursday.", "3.4", "BABA"),
        ("Alibaba's stock fell 3.4% in the U.S. on Thursday.", "3.4", "BABA"),
        (
            "Im US-Handel verlor Alibaba 3,4 Prozent; in Fernost gaben die Titel am Freitag um 2 Prozent nach.",
            "2",
            "9988.HK",
        ),
    ],
)
def test_venue_words_of_wire_copy(text: str, quote: str, listing: str) -> None:
    assert claims_by_quote(text, date(2026, 2, 13))[quote].listing == listing


def test_a_dollar_named_without_its_country_is_the_one_a_hong_kong_only_company_trades_in() -> None:
    # 3690.HK 2026-03-06: close 76.85, high 77.95 (HKD); Meituan has no listing in US dollars
    text = (
        "Meituan legten um 3,2 Prozent auf 76,85 Hongkong-Dollar zu. "
        "Im Tageshoch hatten die Meituan-Papiere bei 77,95 Dollar gelegen."
    )
    high = claims_by_quote(text, date(2026, 3, 6))["77,95"]
    assert (high.kind, high.listing, high.unit) == ("day_high", "3690.HK", "HKD")
    # a dollar named with its country stays the US dollar: no listing to read it against
    converted = claims_by_quote("Umgerechnet kostet eine Meituan-Aktie rund 9,80 US-Dollar.", date(2026, 3, 6))["9,80"]
    assert (converted.listing, converted.unit) == (None, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "Die ADRs von Alibaba notieren 7,5 Prozent tiefer als zum Jahreswechsel.",
        "Seit dem Jahreswechsel haben die Alibaba-ADRs 7,5 Prozent verloren.",
        "Die ADRs von Alibaba notieren 7,5 Prozent tiefer als zu Jahresbeginn.",
        "Alibaba's ADRs are 7.5% lower than at the start of the year.",
        "Since the turn of the year, Alibaba's ADRs have lost 7.5%.",
    ],
)
def test_a_move_since_the_turn_of_the_year_is_the_year_to_date(text: str) -> None:
    # BABA 2026-03-03 close 135.59 vs 2025-12-31 146.58: -7.50 % (had been read as the day's move, called wrong)
    claim = claims_by_quote(text, date(2026, 3, 4))["7,5" if "7,5" in text else "7.5"]
    assert (claim.kind, claim.listing) == ("ytd_return", "BABA")


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba's ADRs fell 1.7% in the previous trading session.",
        "Alibaba's ADRs fell 1.7% on the prior trading day.",
        "Alibaba's ADRs fell 1.7% in the preceding session.",
    ],
)
def test_the_previous_trading_session_is_the_one_before_publication(text: str) -> None:
    # BABA 2026-03-04: 133.27 vs 135.59 = -1.71 % (had been read on the day of publication, 2026-03-05)
    assert claims_by_quote(text, date(2026, 3, 5))["1.7"].reference == {"date": "2026-03-04"}


def test_a_markets_benchmark_named_by_its_place_is_that_index() -> None:
    # ^HSI 2026-02-06: 26,559.95, -1.21 % (the figures had been set aside as counts)
    claims = claims_by_quote("Hong Kong's benchmark ended 1.2% lower on Friday at 26,559.95.", date(2026, 2, 7))
    assert (claims["1.2"].kind, claims["1.2"].listing) == ("index_move", "^HSI")
    assert (claims["26,559.95"].kind, claims["26,559.95"].listing) == ("index_level", "^HSI")


def test_a_bare_dollar_on_the_hong_kong_venue_is_the_hong_kong_dollar() -> None:
    # 0700.HK 2026-03-06 close 519.00 HKD; TCEHY, its US-dollar ADR, traded near 66 dollars
    claims = claims_by_quote("In Hongkong legten Tencent um 3,4 Prozent auf 519 Dollar zu.", date(2026, 3, 6))
    assert (claims["519"].listing, claims["519"].unit) == ("0700.HK", "HKD")
    adr = claims_by_quote("In New York legten die Alibaba-ADRs um 3,4 Prozent auf 155 Dollar zu.", date(2026, 3, 6))
    assert (adr["155"].listing, adr["155"].unit) == ("BABA", "USD")


# NVDA: 2025-10-29 high 212.19 (the all-time high held); 2025-12-31 close 186.50; 2026-03-13 close 180.25;
# 2026-03-19 close 178.56; 2026-03-20 close 172.70 (-3.28 %, -$5.86; -4.19 % on the week; -7.40 % this year;
# 18.6 % below the high)
NVIDIA_WEEK = date(2026, 3, 21)


def test_a_weekly_wraps_figures() -> None:
    text = (
        "Shares of Nvidia (NASDAQ: NVDA) tumbled this week, losing 4.2% from last Friday's close. The decline deepened "
        "on Friday, when the stock dropped 3.3% to $172.70, erasing $5.86 per share.\n\n"
        "Nvidia's stock has now given up 7.4% since the start of the year and sits roughly 19% below the all-time "
        "intraday high of $212.19 it reached on Oct. 29.\n\n"
        "Should you invest $1,000 in Nvidia right now?"
    )
    claims = claims_by_quote(text, NVIDIA_WEEK)
    # the week's move, its base restated: not Friday's move (had been called imprecise)
    assert claims["4.2"].kind == "week_to_date_return"
    assert (claims["5.86"].kind, claims["5.86"].reference) == ("price_change", {"date": "2026-03-20"})
    # the day the high was set dates neither the year's move nor the distance (both had been read on 2025-10-29)
    assert (claims["7.4"].kind, claims["7.4"].direction) == ("ytd_return", "down")
    assert claims["7.4"].reference in (
        {"start": "2026-01-01", "end": "2026-03-20"},  # the day the text reported, carried
        {"start": "2026-01-01", "end": "2026-03-21"},
    )
    # (a high set within the 52 weeks: the 52-week high's distance, as the record's)
    assert claims["19"].kind in ("distance_52w_high", "distance_past_peak")
    assert claims["19"].reference == {"date": "2026-03-20"}
    assert claims["212.19"].kind in ("high_52w", "all_time_high")
    assert not claims["1,000"].checkable  # a sum to invest, no quote (had been called wrong as a price)


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia's stock sits roughly 19% below the all-time high of $212.19 it reached on Oct. 29.",
        "Nvidia's stock sits roughly 19% below its Oct. 29 record high.",
    ],
)
def test_the_day_an_extreme_was_set_dates_no_distance(text: str) -> None:
    assert claims_by_quote(text, NVIDIA_WEEK)["19"].reference == {"date": "2026-03-20"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Monatsverlust der Alibaba-Aktie in Hongkong summiert sich auf 6 Prozent.",
        "Alibaba's ADRs are headed for a monthly loss of 6%.",
    ],
)
def test_a_months_move_named_by_its_noun_is_a_period_not_the_days_move(text: str) -> None:
    # (the month so far or the last month: the words do not say which; not measured yet)
    assert claims_by_quote(text, date(2026, 2, 11))["6"].kind == "since_return"


def test_shares_that_traded_hands_are_the_sessions_volume() -> None:
    # BABA 2026-03-03 volume 18,476,800 (MarketBeat's phrasing; had been no claim)
    text = (
        "Alibaba Group Holding Limited (NYSE:BABA) shares traded down 4.9% during mid-day trading on Tuesday. "
        "18,476,800 shares of the stock traded hands, compared to its average volume of 11,334,052."
    )
    claim = claims_by_quote(text, date(2026, 3, 4))["18,476,800"]
    assert (claim.kind, claim.listing, claim.reference) == ("volume", "BABA", {"date": "2026-03-03"})


def test_a_portfolios_gain_and_a_stop_price_are_no_session_figures() -> None:
    claims = claims_by_quote(
        "Die Alibaba-Aktie ist im Real-Depot von DER AKTIONÄR mit einem Plus von 35 Prozent vertreten. "
        "Mutige Anleger setzen mit einem Stoppkurs bei 105 Euro auf eine Erholung der Alibaba-Aktie.",
        date(2026, 3, 4),
    )
    # a holding's gain since it was bought (unmeasured), had been the day's move; a stop price had been a quote
    assert claims["35"].kind == "since_return"
    assert claims["105"].kind == "level_forecast" and not claims["105"].checkable


def test_a_price_between_a_leading_period_and_its_percentage_does_not_push_the_period_away() -> None:
    text = "Seit dem Börsengang 2014 zum Ausgabepreis von 68 Dollar haben die Alibaba-ADRs rund 99 Prozent gewonnen."
    # (had been the day's move, called wrong; a move since the listing is not measured yet)
    assert claims_by_quote(text, date(2026, 3, 4))["99"].kind == "since_return"
