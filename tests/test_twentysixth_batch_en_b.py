"""Rules added after trying the twenty-sixth batch of written English articles as an editor would, second set
(tests/golden/articles en165..en169: a Business Insider piece on Nvidia's record high and $5 trillion market value, a
Caixin Global Hang Seng brief after the Chung Yeung holiday, a Forbes 'Alibaba stock is up 12% this year' piece with
the Hong Kong listing, a Dow Jones Market Talk roundup with four-digit ET stamps, and a Yahoo Finance live blog of the
Nasdaq 100, Nvidia and Alibaba through the day). Each sentence here is written for the test, not taken from those
articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.core.extract.sentences import opens_ticker_entry
from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- '1240 ET - ...': a newswire's four-digit stamp opens an entry of the publication day --------------------------


def test_a_four_digit_wire_stamp_starts_its_entry_from_the_publication_day(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-17 (Tuesday): close 23730.92 vs Monday 23564.01 = +0.71 %; Monday 03-16 vs 03-13: +0.50 %.
    # The entry before told Monday's session: the DAX item was read on Monday and its true close called wrong
    english = (
        "Market Talk\n\nTue 17 Mar 2026\n\n"
        "0655 ET - Tencent Music's ADRs rose in after-hours trade on Monday after the results.\n\n"
        "1245 ET - The DAX closes 0.7% higher at 23,730.92 as carmakers recover."
    )
    claims = _claims(english, date(2026, 3, 17))
    assert claims["0.7"].reference == {"date": "2026-03-17"} and claims["0.7"].listing == "^GDAXI"
    assert claims["23,730.92"].reference == {"date": "2026-03-17"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-17")
    assert verdicts["0.7"] == "accurate" and verdicts["23,730.92"] == "accurate"
    german = (
        "Marktgeflüster\n\nDienstag, 17. März 2026\n\n"
        "1255 MEZ - Die ADRs von Tencent Music legten am Montag nachbörslich zu.\n\n"
        "1745 MEZ - Der DAX schloss 0,7 Prozent höher bei 23.730,92 Punkten."
    )
    claims = _claims(german, date(2026, 3, 17))
    assert claims["0,7"].reference == {"date": "2026-03-17"} and claims["23.730,92"].reference == {"date": "2026-03-17"}
    # four digits are a stamp only with their zone: a year heading a line is none
    assert opens_ticker_entry("1240 ET - Stocks rise.", 0)
    assert not opens_ticker_entry("2026 - The year so far.", 0)
    assert not opens_ticker_entry("1240 - Stocks rise.", 0)


# --- 'a loss of 0.4% earlier in the session', 'down about 0.9% around midday': a point of the day's range ----------


def test_a_moment_named_after_the_move_reads_it_in_the_days_range(tmp_path: Path) -> None:
    # ^GDAXI 2026-03-17: low 23464.84 vs 23564.01 = -0.42 %, close +0.71 %; ^NDX 2026-03-18: range -1.47 % .. -0.07 %
    # vs 24780.42, close -1.43 %: read as the close, the DAX's loss was called wrong, the Nasdaq's figure imprecise
    english = (
        "Europe close\n\nThe DAX ended Tuesday up 0.7%, recovering from a drop of 0.4% earlier in the session. "
        "Shares of carmakers led."
    )
    claims = _claims(english, date(2026, 3, 17))
    assert claims["0.4"].hedge == "intraday" and claims["0.4"].reference == {"date": "2026-03-17"}
    assert claims["0.7"].hedge is None
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-17")
    assert verdicts["0.4"] == "accurate" and verdicts["0.7"] == "accurate"
    midday = "Wall Street\n\nThe Nasdaq 100 was down about 0.9% around midday on Wednesday as chip stocks slid."
    claims = _claims(midday, date(2026, 3, 18))
    assert claims["0.9"].hedge == "intraday" and claims["0.9"].listing == "^NDX"
    assert verdicts_by_quote(tmp_path, midday, "2026-03-18")["0.9"] == "accurate"
    # a moment before the number is not needed, and a period after it is none ('down 3% earlier this year')
    period = "Wall Street\n\nThe Nasdaq 100 fell 1.4% on Wednesday and is down 3.3% so far this year."
    assert _claims(period, date(2026, 3, 18))["3.3"].kind == "ytd_return"


# --- 'heading into Thursday's report': a coming event's day dates no move ----------------------------------------


def test_heading_into_a_weekdays_report_dates_no_move(tmp_path: Path) -> None:
    # NVDA 2026-03-18 close 180.40 vs 2025-12-31 186.50 = -3.27 %; the Thursday before (2026-03-12) 183.14: -1.80 %.
    # 'Thursday's report' was taken as the day the period ended, the past Thursday, and the true figure called wrong
    english = (
        "What we're watching\n\nNvidia is down 3.3% this year heading into Thursday's report from its top customer."
    )
    claims = _claims(english, date(2026, 3, 18))
    assert claims["3.3"].kind == "ytd_return" and claims["3.3"].reference == {
        "start": "2026-01-01",
        "end": "2026-03-18",
    }
    assert verdicts_by_quote(tmp_path, english, "2026-03-18")["3.3"] == "accurate"
    for lead in ("going into", "in the lead-up to"):
        other = english.replace("heading into", lead)
        assert _claims(other, date(2026, 3, 18))["3.3"].reference == {"start": "2026-01-01", "end": "2026-03-18"}


# --- 'The market was closed Wednesday for the Chung Yeung Festival.': a holiday is no day in play ------------------


def test_a_day_the_market_was_closed_is_no_day_the_figures_after_it_are_of(tmp_path: Path) -> None:
    # 9988.HK 2025-10-30 (Thursday): 172.10 vs 2025-10-28 171.00 = +0.64 %; Hong Kong had no session on Wednesday
    # 2025-10-29 (Chung Yeung): the list after the holiday's sentence was dated to it and its true figures called wrong
    english = (
        "Hong Kong close\n\nHong Kong stocks ended lower on Thursday. Trading was suspended on Wednesday for the "
        "Chung Yeung holiday.\n\n- Alibaba added 0.6% to HK$172.10.\n- Tencent rose 0.9% to HK$651."
    )
    claims = _claims(english, date(2025, 10, 30))
    assert claims["0.6"].reference == {"date": "2025-10-30"} and claims["172.10"].reference == {"date": "2025-10-30"}
    verdicts = verdicts_by_quote(tmp_path, english, "2025-10-30")
    assert verdicts["0.6"] == "accurate" and verdicts["172.10"] == "accurate" and verdicts["0.9"] == "accurate"
    german = (
        "Hongkong Schluss\n\nDie Börse in Hongkong schloss am Donnerstag etwas leichter. Am Mittwoch blieb sie wegen "
        "des Chung-Yeung-Fests geschlossen.\n\n- Alibaba gewann 0,6 Prozent auf 172,10 HKD."
    )
    claims = _claims(german, date(2025, 10, 30))
    assert claims["0,6"].reference == {"date": "2025-10-30"} and claims["172,10"].reference == {"date": "2025-10-30"}
    # a trading day named so still dates what follows ('On Tuesday, the market rallied.')
    tuesday = "Hong Kong close\n\nThe Hong Kong market rallied on Tuesday.\n\n- Alibaba rose 2.1% to HK$171.00."
    assert _claims(tuesday, date(2025, 10, 30))["2.1"].reference == {"date": "2025-10-28"}


# --- 'closes down 1.8% at $121.80': a newswire's present tense of a finished session -----------------------------


def test_a_wire_present_tense_close_makes_the_price_the_close(tmp_path: Path) -> None:
    # BIDU 2026-03-16 (Monday): close 121.80 (-1.83 % vs 124.07), range 121.34 .. 126.71. Read as a price during the
    # session, a stale close inside the day's range ($124.07, Friday's) was let through as accurate
    stale = (
        "Market Talk\n\n0650 ET - Baidu's ADRs edge up after hours on Monday after the stock closes down 1.8% at "
        "$124.07 in regular trading."
    )
    claims = _claims(stale, date(2026, 3, 17))
    assert claims["124.07"].kind == "close" and claims["124.07"].reference == {"date": "2026-03-16"}
    assert verdicts_by_quote(tmp_path, stale, "2026-03-17")["124.07"] == "wrong"
    right = stale.replace("$124.07", "$121.80")
    assert verdicts_by_quote(tmp_path, right, "2026-03-17")["121.80"] == "accurate"
    # 'closes at 4 p.m.' names no finished move
    hours = "Note\n\nThe Nasdaq closes at 4 p.m. in New York; Nvidia traded 1.2% higher at noon on Monday."
    assert _claims(hours, date(2026, 3, 16))["1.2"].kind != "close"


# --- 'rises 0.8% premarket, adding to Monday's 1.6% gain to $183.22': the earlier day's move and close -------------


def test_premarket_words_do_not_reach_a_clause_naming_another_day(tmp_path: Path) -> None:
    # NVDA 2026-03-16 (Monday): 183.22 vs 180.25 = +1.65 %; Tuesday's premarket is not in the daily quotes
    english = "Nvidia\n\n0710 ET - Nvidia climbs 0.8% premarket to $184.70, adding to Monday's 1.6% gain to $183.22."
    claims = _claims(english, date(2026, 3, 17))
    assert claims["0.8"].kind == "premarket" and claims["184.70"].kind == "premarket"
    assert claims["1.6"].kind == "day_change" and claims["1.6"].reference == {"date": "2026-03-16"}
    assert claims["183.22"].kind == "close" and claims["183.22"].reference == {"date": "2026-03-16"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-17")
    assert verdicts["1.6"] == "accurate" and verdicts["183.22"] == "accurate" and verdicts["0.8"] == "unverifiable"
    german = (
        "Nvidia\n\nNvidia steigt vorbörslich um 0,8 Prozent auf 184,70 Dollar, nachdem die Aktie am Montag um "
        "1,6 Prozent auf 183,22 Dollar zugelegt hatte."
    )
    claims = _claims(german, date(2026, 3, 17))
    assert claims["1,6"].kind == "day_change" and claims["183,22"].reference == {"date": "2026-03-16"}


# --- 'expect the index to end the year at 26,000 points': a forecast, no market figure ----------------------------


def test_a_year_end_level_expected_is_no_market_figure(tmp_path: Path) -> None:
    english = (
        "Europe\n\nGermany's DAX closed 0.7% higher at 23,730.92 on Tuesday. Strategists at one bank expect the "
        "benchmark to end the year at 25,500 points."
    )
    claims = _claims(english, date(2026, 3, 17))
    assert claims["25,500"].kind == "level_forecast" and not claims["25,500"].checkable  # since tester66
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-17")
    assert verdicts["25,500"] == "out_of_scope" and verdicts["23,730.92"] == "accurate"
    german = (
        "Europa\n\nDer Dax schloss am Dienstag 0,7 Prozent höher bei 23.730,92 Punkten. Die Strategen einer Bank "
        "erwarten, dass der Leitindex das Jahr bei 25.500 Punkten beendet."
    )
    claims = _claims(german, date(2026, 3, 17))
    assert claims["25.500"].kind == "analyst_target" and not claims["25.500"].checkable
