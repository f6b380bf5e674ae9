"""Rules added after trying the eighteenth batch of written English articles as an editor would (tests/golden/articles
en92..en96: a MarketWatch-style automated note on Baidu's ADRs against competitors, a Zacks 'What You Should Know'
close note on Alibaba, a Yahoo Finance trending-ticker piece with a premarket and an after-hours move, a Barron's
column on the Nasdaq 100 and Nvidia over four weeks, a CNN-style markets live page with entries stamped in ET). Each
sentence here is written for the test, not taken from those articles. Before these rules: a live page stamped
'Updated 4:20 p.m. ET, Wed March 25, 2026' above its first entry '4:10 a.m. ET - ...' was taken as published at
4:10 a.m. (the dateline's date ran across the blank line into the entry's clock, and the stamp with its weekday was
not read), so every New York figure of the day's later entries was read on the session before (seven true figures
called wrong)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from claimcheck.core.dates import publication_instant
from tests.helpers import check_text, claims_by_quote, verdicts_by_quote

NEW_YORK = ZoneInfo("America/New_York")
SATURDAY = date(2026, 3, 28)


# --- a live page's stamp: clock first with the weekday, and a dateline never runs into the first entry's clock --------


def test_a_clock_first_stamp_with_its_weekday_is_the_publication_time() -> None:
    for head, day, expected in (
        ("Updated 11:15 a.m. ET, Thu March 19, 2026", date(2026, 3, 19), datetime(2026, 3, 19, 11, 15)),
        ("Updated 6:02 PM EDT, Friday, March 20, 2026", date(2026, 3, 20), datetime(2026, 3, 20, 18, 2)),
        ("Published 9:40 AM EST, Tue. Feb. 24, 2026", date(2026, 2, 24), datetime(2026, 2, 24, 9, 40)),
    ):
        assert publication_instant(head, day) == expected.replace(tzinfo=NEW_YORK), head


def test_a_dateline_does_not_take_the_clock_of_the_entry_after_a_blank_line() -> None:
    # the date alone on its line, the first entry's stamp after a blank line: no time of publication from it
    head = "Markets live, March 19, 2026\n\n4:05 a.m. ET - Hong Kong closes"
    assert publication_instant(head, date(2026, 3, 19)) is None
    # a clock on the line right after the date is still the dateline's
    assert publication_instant("March 19, 2026\n5:45 PM EDT", date(2026, 3, 19)) == datetime(
        2026, 3, 19, 17, 45, tzinfo=NEW_YORK
    )


def test_a_live_page_updated_after_the_close_reads_its_closing_entry_on_that_day(tmp_path: Path) -> None:
    results = check_text(
        tmp_path,
        "Stock market today: chip stocks slip\n\n"
        "Updated 4:30 p.m. ET, Thu March 19, 2026\n\n"
        "4:05 a.m. ET - Hong Kong ends lower\n"
        "Alibaba's Hong Kong shares moved little in the afternoon.\n\n"
        "4:02 p.m. ET - Closing bell\n"
        "Nvidia closed 1% lower at $178.56.\n",
        "2026-03-19",
    )
    claims = {c["quote"]: c for c in results["articles"][0]["claims"]}
    assert claims["178.56"]["listing"] == "NVDA" and claims["178.56"]["reference"] == {"date": "2026-03-19"}
    assert claims["178.56"]["verdict"] == "accurate"
    assert claims["1"]["verdict"] == "accurate"


# --- an index called by its character: 'the tech-heavy index', 'the broader index' ------------------------------------


def test_the_tech_heavy_index_is_the_last_index_named() -> None:
    for role in ("The tech-heavy index", "The broader index", "The technology-heavy gauge"):
        claims = claims_by_quote(
            "Nvidia kept sliding, and the Nasdaq 100 went with it.\n\n"
            f"{role} fell 1.9% on Friday to 23,132.77, while Nvidia lost 2.2%.",
            SATURDAY,
        )
        assert claims["1.9"].listing == "^NDX" and claims["1.9"].kind == "index_move", role
        assert claims["23,132.77"].listing == "^NDX" and claims["23,132.77"].kind == "index_level", role
        assert claims["2.2"].listing == "NVDA", role


def test_the_broader_index_in_german_too() -> None:
    claims = claims_by_quote(
        "Die Nvidia-Aktie gab weiter nach, der Nasdaq 100 ebenso.\n\n"
        "Der breiter gefasste Index verlor am Freitag 1,9 Prozent auf 23.132,77 Punkte.",
        SATURDAY,
    )
    assert claims["1,9"].listing == "^NDX" and claims["23.132,77"].listing == "^NDX"


# --- a week told as 'this past week' or 'the week ended March 13': a week's move, not the day's -----------------------


def test_this_past_week_in_a_saturday_column_is_the_week_to_friday(tmp_path: Path) -> None:
    # BABA 2026-03-20 122.41 vs 2026-03-13 135.21: -9.47 %
    text = "Alibaba's ADRs slumped 9.5% this past week, their worst week since October.\n"
    claims = claims_by_quote(text, date(2026, 3, 21))
    assert claims["9.5"].kind == "week_return" and claims["9.5"].listing == "BABA"
    assert verdicts_by_quote(tmp_path, text, "2026-03-21")["9.5"] == "accurate"


def test_the_week_ended_a_date_is_that_week(tmp_path: Path) -> None:
    # BABA 2026-03-13 135.21 vs 2026-03-06 130.79: +3.38 %; ^NDX 2026-03-20 23898.15 vs 2026-03-13 24380.73: -1.98 %
    for text, quote, listing, window in (
        ("Alibaba's ADRs rose 3.4% in the week ended March 13.", "3.4", "BABA", ("2026-03-06", "2026-03-13")),
        ("The Nasdaq 100 lost 2% for the week ending March 20.", "2", "^NDX", ("2026-03-13", "2026-03-20")),
    ):
        claim = claims_by_quote(text, SATURDAY)[quote]
        assert claim.kind == "week_return" and claim.listing == listing, text
        assert claim.reference == {"start": window[0], "end": window[1]}, text
        (folder := tmp_path / listing.lstrip("^")).mkdir()
        assert verdicts_by_quote(folder, text, "2026-03-28")[quote] == "accurate", text


# --- a weekday with its date beside it: that date, not the latest such weekday ----------------------------------------


def test_a_weekday_with_its_date_is_that_date(tmp_path: Path) -> None:
    # NVDA close 2026-03-20 172.70 (2026-03-27: 167.52); BABA 2026-03-20 122.41
    for text, quote in (
        ("Nvidia closed at $172.70 on Friday, March 20, its lowest close in a month.", "172.70"),
        ("Nvidia ended the session on Friday, March 20 at $172.70.", "172.70"),
        ("Die Alibaba-ADRs schlossen am Freitag, 20. März, bei 122,41 Dollar.", "122,41"),
        ("Am Freitag, den 20. März, schlossen die Alibaba-ADRs bei 122,41 Dollar.", "122,41"),
    ):
        assert claims_by_quote(text, SATURDAY)[quote].reference == {"date": "2026-03-20"}, text
    assert verdicts_by_quote(tmp_path, "Nvidia closed at $172.70 on Friday, March 20.", "2026-03-28")["172.70"] == (
        "accurate"
    )


def test_a_weekday_and_a_date_of_another_weekday_keep_their_readings() -> None:
    # March 19 is a Thursday: 'on Friday, March 19' names no one day; the weekday goes on being read as before
    claims = claims_by_quote("Nvidia closed at $167.52 on Friday, March 19.", SATURDAY)
    assert claims["167.52"].reference == {"date": "2026-03-27"}
    # a comma after a weekday still ends its clause where no date follows
    claims = claims_by_quote("Nvidia fell 2.2% on Friday, a day after it had lost 4.2%.", SATURDAY)
    assert claims["2.2"].reference == {"date": "2026-03-27"} and claims["4.2"].reference == {"date": "2026-03-26"}


# --- 'its Oct. 29 record close': the date is the record's, the distance is as of the text's day -----------------------


def test_a_dated_record_close_dates_the_record_only(tmp_path: Path) -> None:
    # ^NDX 2026-03-27 23132.77 vs the record close 26119.85 of 2025-10-29: -11.44 %; year to date -8.38 %
    text = "The Nasdaq 100 is down 8.4% this year and sits 11.4% below its Oct. 29 record close of 26,119.85."
    claims = claims_by_quote(text, SATURDAY)
    assert claims["11.4"].listing == "^NDX" and claims["11.4"].reference == {"date": "2026-03-27"}
    assert claims["8.4"].kind == "ytd_return"
    assert claims["8.4"].reference == {"start": "2026-01-01", "end": "2026-03-27"}
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-28")
    assert verdicts["11.4"] == "accurate" and verdicts["8.4"] == "accurate"


def test_a_dated_all_time_closing_high_in_a_stock_sentence() -> None:
    claims = claims_by_quote("Nvidia ended the week 19% below its Oct. 29 all-time closing high.", SATURDAY)
    assert claims["19"].listing == "NVDA" and claims["19"].reference == {"date": "2026-03-27"}


# --- 'down 10.2% for 2026': the year so far, as 'in 2026'; 'for 2025' a whole past year ------------------------------


def test_a_move_for_the_year_named(tmp_path: Path) -> None:
    # NVDA 2026-03-27 167.52 vs 2025-12-31 186.50: -10.18 %
    text = "Nvidia's stock is down 10.2% for 2026, trailing the market."
    claim = claims_by_quote(text, SATURDAY)["10.2"]
    assert claim.kind == "ytd_return" and claim.listing == "NVDA"
    assert verdicts_by_quote(tmp_path, text, "2026-03-28")["10.2"] == "accurate"
    past = claims_by_quote("Alibaba's ADRs gained 78% for 2025 as a whole.", SATURDAY)["78"]
    assert past.kind == "calendar_year_return" and past.reference == {"start": "2025-01-01", "end": "2025-12-31"}


# --- "from Tuesday's close of $175.20": a session's close, judged as one ----------------------------------------------


def test_a_weekdays_close_of_a_price_is_that_close(tmp_path: Path) -> None:
    # NVDA 2026-03-24 close 175.20 (2026-03-23: 175.64, inside the 24th's range 173.98..176.22)
    for text in (
        "Nvidia opened at $177.10, up 1.1% from Tuesday's close of $175.64.",
        "Nvidia gained 2% against the previous close of $175.64.",
    ):
        claim = claims_by_quote(text, date(2026, 3, 25))["175.64"]
        assert claim.kind == "close" and claim.listing == "NVDA", text
    text = "Nvidia opened at $177.10, up 1.1% from Tuesday's close of $175.64."
    assert claims_by_quote(text, date(2026, 3, 25))["175.64"].reference == {"date": "2026-03-24"}
    # a stale close (Monday's) is no longer let through as a price inside Tuesday's range
    assert verdicts_by_quote(tmp_path, text, "2026-03-25")["175.64"] in ("wrong", "imprecise")
    # a record close stays the record's
    record = claims_by_quote("Its record close of $207.04 came on Oct. 29.", SATURDAY).get("207.04")
    assert record is None or record.kind != "close"


def test_a_weekdays_close_in_german_is_a_close_already() -> None:
    text = "Nvidia eröffnete bei 177,10 Dollar, 1,1 Prozent über dem Schlusskurs vom Dienstag von 175,20 Dollar."
    assert claims_by_quote(text, date(2026, 3, 25))["175,20"].kind == "close"


# --- the figure of an index's name is no quantity: 'the Nasdaq 100's RSI stands near 31' ------------------------------


def test_the_number_of_an_index_name_is_not_a_claim() -> None:
    for text, figure in (
        ("The Nasdaq 100's RSI stands near 31, close to oversold.", "31"),
        ("The relative strength index of the S&P 500 is 45.", "45"),
        ("Der RSI des Nasdaq-100 liegt bei 31.", "31"),
        ("Der RSI des Nikkei 225 lag zuletzt bei 38.", "38"),
    ):
        claims = claims_by_quote(text, SATURDAY)
        assert set(claims) == {figure}, text
        assert claims[figure].kind == "rsi", text
    # a figure after an index name that is not the name's own stays a figure
    claims = claims_by_quote("The Nasdaq 100 closed at 23,132.77, and the S&P 500 lost 1.7%.", SATURDAY)
    assert claims["23,132.77"].listing == "^NDX" and "1.7" in claims


# --- a clause going on with the role's verb alone: ', and has dropped 7.3% since ...' ---------------------------------


def test_a_clause_with_its_subject_left_out_is_the_roles() -> None:
    claims = claims_by_quote(
        "Nvidia slid again, and the Nasdaq 100 had a rough month.\n\n"
        "The technology-heavy index lost 2.4% on Thursday, its worst day since January, and has dropped 7.3% since "
        "the end of February. It slid 2% in the week ended March 20.",
        SATURDAY,
    )
    assert claims["2.4"].listing == "^NDX" and claims["7.3"].listing == "^NDX"
    assert claims["2"].listing == "^NDX" and claims["2"].kind == "week_return"


def test_a_clause_naming_another_subject_after_the_role_is_that_subjects() -> None:
    claims = claims_by_quote(
        "Nvidia slid again, and the Nasdaq 100 had a rough month.\n\n"
        "The index fell 1.9% on Friday, and Nvidia lost 2.2%.",
        SATURDAY,
    )
    assert claims["1.9"].listing == "^NDX" and claims["2.2"].listing == "NVDA"
