"""Rules added after trying the sixteenth batch of English articles as an editor would (tests/golden/articles
en82..en87: a Benzinga-style premarket movers item, a Reuters-style Hong Kong close, an Investing.com-style 52-week
low alert, a CNBC-style midday movers list, an earnings preview with an options-implied move and price targets, a
long valuation piece). Each sentence here is written for the test, not taken from those articles.

Before these rules: 'after the print on Wednesday evening sent them 6.8% lower on Thursday' read the move on
Wednesday (a true figure called wrong); '3.1% below its Oct. 2 peak' was measured from that day's intraday high only
(a true figure, computed from the closing high, called imprecise); in an alert dated the day a 52-week low was set,
'down 2.3% on the day' in the next sentence named no day and passed on the session before (a wrong day let through);
'The tech sector rose 1.6%' was the move of the stock in play (called wrong); 'Micron Technology — The memory
chipmaker slumped 6%' was Nvidia's (the epithet's one company named in the text), and so was 'Arm Holdings — Shares
of the chip designer rose 4.1%'; 'Analysts polled by FactSet' made FactSet the subject of the next figures; an
options-implied move in dollars and an analysts' average target were read as prices."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck import pipeline
from claimcheck.core.dates import publication_instant
from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from tests.helpers import check_text, claims_by_quote


def _verdicts(tmp_path: Path, text: str, published: str) -> dict[str, dict[str, Any]]:
    tmp_path.mkdir()
    return {c["quote"]: c for c in check_text(tmp_path, text, published)["articles"][0]["claims"]}


# 0700.HK closed 550.5 on Wednesday 2026-03-18, 513.0 on Thursday (-6.81 %), 508.0 on Friday
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Tencent's Hong Kong shares closed at HK$508 on Friday, down 7.2% for the week, after the fourth-quarter "
            "print on Wednesday evening sent them 6.8% lower on Thursday.",
            "6.8",
        ),
        (
            "Tencent closed at HK$508 on Friday after results on Wednesday evening knocked the stock 6.8% lower on "
            "Thursday.",
            "6.8",
        ),
        (
            "Tencent schloss am Freitag bei 508 HKD, nachdem die Zahlen vom Mittwochabend die Aktie 6,8 Prozent tiefer "
            "am Donnerstag schickten.",
            "6,8",
        ),
    ],
)
def test_the_day_right_after_a_move_is_its_own_not_the_earlier_event_s(tmp_path: Path, text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 22))[quote]
    assert (claim.kind, claim.listing, claim.reference) == ("day_change", "0700.HK", {"date": "2026-03-19"})


def test_a_move_s_day_after_an_earlier_event_is_judged_on_it(tmp_path: Path) -> None:
    text = (
        "Tencent's Hong Kong shares closed at HK$508 on Friday, after the fourth-quarter print on Wednesday evening "
        "sent them 6.8% lower on Thursday. On Wednesday itself the shares had edged up 0.1%."
    )
    judged = _verdicts(tmp_path / "a", text, "2026-03-22")
    assert judged["6.8"]["verdict"] == "accurate"
    # the day written before the number still governs a number without a day right after it (550.5 vs 550.0)
    assert judged["0.1"]["verdict"] == "accurate"


# ^HSI 2025-10-02: high 27381.84, close 27287.12 (the closing high); 2025-10-27 close 26433.70: -3.13 % from the
# close, -3.46 % from the high
_HSI = "The Hang Seng closed at 26,433.70 on Monday, "
_ALIBABA = "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 159,10 HKD. "


@pytest.mark.parametrize(
    ("text", "published", "quote", "expected"),
    [
        (_HSI + "still 3.1% below its Oct. 2 peak.", "2025-10-27", "3.1", ("^HSI", "high_or_close", "2025-10-02")),
        (_HSI + "3.1% below its October 2 high.", "2025-10-27", "3.1", ("^HSI", "high_or_close", "2025-10-02")),
        (_HSI + "3.5% below its Oct. 2 intraday high.", "2025-10-27", "3.5", ("^HSI", "high", "2025-10-02")),
        (_HSI + "3.1% below its Oct. 2 closing high.", "2025-10-27", "3.1", ("^HSI", "close", "2025-10-02")),
        (
            "Der Hang Seng schloss am Montag bei 26.433,70 Punkten und lag damit 3,1 Prozent unter dem Hoch vom 2. "
            "Oktober.",
            "2025-10-27",
            "3,1",
            ("^HSI", "high_or_close", "2025-10-02"),
        ),
        (
            _ALIBABA + "Vom Tagestief am 9. April gerechnet beträgt das Plus gut 66 Prozent.",
            "2025-09-22",
            "66",
            ("9988.HK", "low", "2025-04-09"),
        ),
        (
            _ALIBABA + "Vom Tief am 9. April gerechnet beträgt das Plus gut 66 Prozent.",
            "2025-09-22",
            "66",
            ("9988.HK", "low_or_close", "2025-04-09"),
        ),
    ],
)
def test_a_dated_peak_named_without_intraday_is_its_high_or_its_close(
    text: str, published: str, quote: str, expected: tuple[str, str, str]
) -> None:
    claim = claims_by_quote(text, date.fromisoformat(published))[quote]
    assert (claim.kind, claim.listing, *(claim.since_base or ())) == ("since_return", *expected)


def test_a_peak_is_judged_on_the_day_s_high_and_its_close(tmp_path: Path) -> None:
    closing = "The Hang Seng closed at 26,433.70 on Monday, still 3.1% below its Oct. 2 peak."
    intraday = "The Hang Seng closed at 26,433.70 on Monday, still 3.5% below its Oct. 2 peak."
    wrong = "The Hang Seng closed at 26,433.70 on Monday, still 8% below its Oct. 2 peak."
    only_high = "The Hang Seng closed at 26,433.70 on Monday, still 3.1% below its Oct. 2 intraday high."
    assert _verdicts(tmp_path / "a", closing, "2025-10-27")["3.1"]["verdict"] == "accurate"
    assert _verdicts(tmp_path / "b", intraday, "2025-10-27")["3.5"]["verdict"] == "accurate"
    assert _verdicts(tmp_path / "c", wrong, "2025-10-27")["8"]["verdict"] == "wrong"
    assert _verdicts(tmp_path / "d", only_high, "2025-10-27")["3.1"]["verdict"] != "accurate"


# 3690.HK 2026-03-04 (Wednesday): low 73.60 (a 52-week low), close 75.40, -0.33 %; Tuesday's move was -2.26 %
@pytest.mark.parametrize(
    "text",
    [
        "Meituan stock touched a 52-week low of 73.6 HKD on Wednesday. The shares closed the session at 75.4 HKD, "
        "down 2.3% on the day.",
        "Meituan hit a fresh 52-week low of HK$73.60 on Wednesday. The stock ended 2.3% lower at HK$75.40.",
    ],
)
def test_an_extreme_set_on_the_day_written_dates_the_sentences_after_it(tmp_path: Path, text: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 4))["2.3"]
    assert (claim.kind, claim.listing, claim.reference, claim.time_source) == (
        "day_change",
        "3690.HK",
        {"date": "2026-03-04"},
        "earlier_sentence",
    )
    assert _verdicts(tmp_path / "a", text, "2026-03-04")["2.3"]["verdict"] == "wrong"
    assert _verdicts(tmp_path / "b", text.replace("2.3%", "0.3%"), "2026-03-04")["0.3"]["verdict"] == "accurate"


def test_an_extreme_set_on_an_earlier_day_still_dates_its_own_number_only() -> None:
    text = "Meituan shares hit a 52-week low of HK$73.60 on Wednesday. The stock rose 2.2% to HK$76.85."
    claim = claims_by_quote(text, date(2026, 3, 6))["2.2"]
    assert claim.time_source == "publication_default"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Published 03/04/2026, 10:12 AM GMT", "2026-03-04T10:12:00+00:00"),
        ("Updated 04/03/2026 10:12 PM HKT", "2026-03-04T22:12:00+08:00"),
        ("03/04/2026, 18:12 HKT", "2026-03-04T18:12:00+08:00"),
    ],
)
def test_a_date_in_slashes_with_its_clock_and_zone_is_the_time_of_writing(head: str, expected: str) -> None:
    found = publication_instant(head, date(2026, 3, 4))
    assert found is not None and found.isoformat() == expected
    assert publication_instant("Published 03/05/2026, 10:12 AM GMT", date(2026, 3, 4)) is None  # another day
    assert publication_instant("Published 03/04/2026, 10:12", date(2026, 3, 4)) is None  # no zone


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Baidu jumped 6.2% on Monday. The tech sector rose 1.6%, the financial sector sub-index gained 0.6% and "
            "the property sector added 1.2%.",
            ("1.6", "0.6", "1.2"),
        ),
        ("Alibaba climbed 3.1% on Monday, while the energy sector fell 0.9%.", ("0.9",)),
        ("Alibaba climbed 3.1% on Monday. The technology sector's gain of 1.6% led the market.", ("1.6",)),
    ],
)
def test_a_sector_heading_its_move_is_a_subject_of_its_own(tmp_path: Path, text: str, quotes: tuple[str, ...]) -> None:
    claims = claims_by_quote(text, date(2025, 10, 27))
    assert [(claims[q].kind, claims[q].listing) for q in quotes] == [("index_move", None)] * len(quotes)
    judged = _verdicts(tmp_path / "a", text, "2025-10-27")
    assert {judged[q]["verdict"] for q in quotes} == {"unverifiable"}


def test_a_sector_named_without_its_move_takes_no_figure() -> None:
    claims = claims_by_quote("In the tech sector, Alibaba rose 3.1% on Monday.", date(2025, 10, 27))
    assert (claims["3.1"].kind, claims["3.1"].listing) == ("day_change", "9988.HK")


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        ("Nvidia — Shares slid 3%.\n\nMicron Technology — The memory chipmaker slumped 6% on its outlook.", "6", "MU"),
        (
            "Nvidia — Shares slid 3%.\n\nArm Holdings — Shares of the chip designer rose 4.1% on Arm's forecast.",
            "4.1",
            "ARM",
        ),
        ("Nvidia shares slid 3%. Micron Technology, the memory chipmaker, fell 6%.", "6", "MU"),
        ("Nvidia shares slid 3%. Micron Technology: the memory chipmaker fell 6%.", "6", "MU"),
        # an epithet after another company's clause still names the one it fits
        ("Nvidia shares slid 3% on Monday. Alibaba rose 2%, while the chipmaker fell 1%.", "1", "NVDA"),
        (
            "Nvidia-Aktien verloren 3 Prozent. Alibaba stieg um 2 Prozent, der Chipkonzern fiel um 1 Prozent.",
            "1",
            "NVDA",
        ),
    ],
)
def test_an_epithet_right_after_a_company_s_name_describes_that_company(text: str, quote: str, listing: str) -> None:
    assert claims_by_quote("Stocks making the biggest moves\n\n" + text, date(2026, 3, 26))[quote].listing == listing


@pytest.mark.parametrize(
    "source",
    [
        "Analysts polled by FactSet expect revenue of $65.6 billion.",
        "According to FactSet, analysts expect revenue of $65.6 billion.",
        "Estimates from FactSet put revenue at $65.6 billion.",
        "Laut FactSet erwarten Analysten einen Umsatz von 65,6 Milliarden Dollar.",
    ],
)
def test_a_data_source_is_no_subject_of_the_figures_after_it(source: str) -> None:
    text = f"Nvidia reports results on Wednesday.\n\n{source}\n\nThe stock closed at $189.82 on Friday."
    assert claims_by_quote(text, date(2026, 2, 23))["189.82"].listing == "NVDA"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Options prices imply a move of about 7% in either direction after the report, or roughly $13 a share.",
            ("7", "13"),
        ),
        ("The options market is pricing in a 9% swing for Nvidia shares after the results.", ("9",)),
        ("Nvidia's implied move is 6.5%, below its average post-earnings move.", ("6.5",)),
        ("Die Optionspreise implizieren für die Nvidia-Aktie eine Bewegung von 8 Prozent nach den Zahlen.", ("8",)),
    ],
)
def test_an_options_implied_move_is_a_forecast(text: str, quotes: tuple[str, ...]) -> None:
    claims = claims_by_quote("Nvidia closed at $189.82 on Friday. " + text, date(2026, 2, 23))
    assert [claims[q].kind for q in quotes] == ["forecast"] * len(quotes)
    assert not any(claims[q].checkable for q in quotes)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("- Average of 54 analysts: $262.40, about 38% above Friday's close", ("262.40", "38")),
        ("The mean of 40 analysts is $255, some 34% above the stock's price.", ("255",)),
        ("The analysts' consensus target of $262 implies upside of 38%.", ("262",)),
        ("- Durchschnitt von 30 Analysten: 250 Dollar", ("250",)),
    ],
)
def test_an_analysts_average_is_a_price_target(text: str, quotes: tuple[str, ...]) -> None:
    claims = claims_by_quote("Nvidia closed at $189.82 on Friday.\n\nPrice targets\n" + text, date(2026, 2, 23))
    assert [claims[q].kind for q in quotes] == ["analyst_target"] * len(quotes)


def test_an_analysts_consensus_of_earnings_stays_a_financial_figure() -> None:
    text = "Nvidia closed at $189.82 on Friday. Analysts' consensus estimate is earnings of $1.52 a share."
    claims, _ = extract_claims(text, Published(date(2026, 2, 23), "option"), pipeline.load_rules())
    assert {c.quote: c.kind for c in claims}["1.52"] != "analyst_target"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Futu Holdings Ltd shares rose 7.4% in pre-market trading after the broker posted earnings of $3.12 per "
            "share, beating estimates of $2.86 per share.",
            "2.86",
        ),
        ("Alibaba posted adjusted earnings of $2.10 a share, below analysts' estimates of $2.25.", "2.25"),
        ("Baidu earned $1.58 per ADS versus the consensus estimate of $1.46.", "1.46"),
        ("Tencent verdiente 7,10 Yuan je Aktie und übertraf damit die Schätzungen von 6,80 Yuan.", "6,80"),
    ],
)
def test_an_earnings_estimate_is_no_price(text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 25))[quote]
    assert (claim.kind, claim.checkable) == ("financials", False)


@pytest.mark.parametrize(
    ("text", "quote", "listing"),
    [
        ("U.S. stock futures were higher, with the Nasdaq 100 futures gaining around 0.9%.", "0.9", "^NDX"),
        ("Nasdaq futures rose 0.8% before the opening bell on Wednesday.", "0.8", "^IXIC"),
        ("Ahead of the open, Hang Seng index futures were up 0.4%.", "0.4", "^HSI"),
    ],
)
def test_index_futures_are_no_reading_of_the_index_session(tmp_path: Path, text: str, quote: str, listing: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 25))[quote]
    assert (claim.kind, claim.listing) == ("premarket", listing)
    # the session's close (^NDX +0.67 %) is no reading of the futures before it: never accurate, never wrong
    assert _verdicts(tmp_path / "a", text, "2026-03-25")[quote]["verdict"] == "unverifiable"


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia shares rose 1% on Friday. Rival Advanced Micro Devices slipped 1.5%.",
        "Nvidia shares rose 1% on Friday, while Advanced Micro Devices slipped 1.5%.",
        "Die Nvidia-Aktie stieg am Freitag um 1 Prozent, die AMD-Aktie gab 1,5 Prozent nach.",
    ],
)
def test_amd_named_in_full_is_a_company_of_its_own(tmp_path: Path, text: str) -> None:
    quote = "1,5" if "Prozent" in text else "1.5"
    assert claims_by_quote(text, date(2026, 2, 23))[quote].listing == "AMD"
    # no quotes held: unverifiable, never Nvidia's +1.02 % called wrong
    assert _verdicts(tmp_path / "a", text, "2026-02-23")[quote]["verdict"] == "unverifiable"


# ^HSI closed 25277.32 on Friday 2026-03-20: -1.38 % this year (+1.54 % as of 2026-03-18, in the window before)
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Tencent's Hong Kong shares closed at HK$508 on Friday. The Hang Seng index, by contrast, is up 1.4% "
            "this year.",
            "1.4",
        ),
        (
            "Tencent schloss am Freitag in Hongkong bei 508 HKD. Der Hang Seng liegt seit Jahresanfang 1,4 Prozent "
            "im Plus.",
            "1,4",
        ),
    ],
)
def test_a_session_reported_binds_the_period_moves_of_its_market(tmp_path: Path, text: str, quote: str) -> None:
    claim = claims_by_quote(text, date(2026, 3, 22))[quote]
    assert (claim.listing, claim.not_before, claim.reference) == (
        "^HSI",
        "2026-03-20",
        {"start": "2026-01-01", "end": "2026-03-20"},
    )
    assert _verdicts(tmp_path / "a", text, "2026-03-22")[quote]["verdict"] == "wrong"
    right = text.replace("up 1.4%", "down 1.4%").replace("1,4 Prozent im Plus", "1,4 Prozent im Minus")
    assert _verdicts(tmp_path / "b", right, "2026-03-22")[quote]["verdict"] == "accurate"
