"""Rules added after trying the eighteenth batch of written English articles as an editor would (tests/golden/articles
en97..en101: an AASTOCKS quote note of ALIBABA-W (09988) and BIDU-SW (09888) with its prices in bare '$', a Nikkei
Asia piece on Meituan and Tencent in Hong Kong and US dollars, an SCMP Hang Seng midday and close wrap with the Hang
Seng Tech index, a Caixin results-day story with the reaction in Hong Kong and New York, an RTHK radio wrap). Each
sentence here is written for the test, not taken from those articles. Before these rules: Hong Kong's own press writes
its dollar as '$' beside the HKEX code ('ALIBABA-W (09988.HK) closed at $172.1'); the sign was read as the US dollar,
so the ADR was checked and every true Hong Kong price and move of the note called wrong or imprecise."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from claimcheck.core.dates import publication_instant
from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

OCT_30 = date(2025, 10, 30)
MARCH_24 = date(2026, 3, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the HKEX code in brackets names Hong Kong, and the bare '$' beside it is the Hong Kong dollar --------------------


@pytest.mark.parametrize(
    ("text", "price", "move", "listing"),
    [
        ("MEITUAN-W (03690) closed at $79, up 3.2%, after a choppy session.", "79", "3.2", "3690.HK"),
        ("TENCENT (00700.HK) rose 3.13% to end the day at $514.", "514", "3.13", "0700.HK"),
        ("Shares of MEITUAN-W (03690.HK) finished at $79, a gain of 3.2% on the day.", "79", "3.2", "3690.HK"),
    ],
)
def test_a_bare_dollar_beside_a_hong_kong_code_is_the_hong_kong_dollar(
    text: str, price: str, move: str, listing: str
) -> None:
    claims = _claims(text, MARCH_24)
    assert claims[price].listing == listing and claims[price].unit == "HKD", text
    assert claims[move].listing == listing, text


def test_the_bare_dollar_stays_hong_kong_while_hong_kong_is_carried_on() -> None:
    claims = _claims(
        "BABA-W (09988.HK) ended at $172.1, a gain of 0.64%.\n\n"
        "The counter now sits 7.6% under its 52-week high of $186.2, set early in October.",
        OCT_30,
    )
    assert claims["186.2"].listing == "9988.HK" and claims["186.2"].kind == "high_52w"
    assert claims["7.6"].listing == "9988.HK" and claims["7.6"].kind == "distance_52w_high"


def test_the_dollar_sign_alone_is_still_the_us_dollar_elsewhere() -> None:
    # no Hong Kong in play: the ADR
    assert _claims("Alibaba closed at $172.10 on Wednesday.", OCT_30)["172.10"].listing == "BABA"
    # a sentence writing the Hong Kong dollar itself sets the bare sign apart from it: a conversion to US dollars
    converted = _claims("At HK$120.60 a share in Hong Kong, eight Baidu shares come to about $124.20.", OCT_30)
    assert converted["124.20"].unit == "USD"
    # Hong Kong carried on from a sentence that wrote its dollar as 'HK$': the bare sign after it is the US dollar
    carried = _claims(
        "Baidu's Hong Kong shares fell 2.7% to HK$120.60.\n\nThe ADRs had closed at $127.60 the day before.", OCT_30
    )
    assert carried["127.60"].listing == "BIDU"


def test_a_hong_kong_code_names_the_venue_in_german_too() -> None:
    claims = _claims("Alibaba (09988.HK) legte am Donnerstag um 0,64 Prozent auf 172,10 Dollar zu.", OCT_30)
    assert claims["0,64"].listing == "9988.HK" and claims["172,10"].listing == "9988.HK"


def test_a_quote_note_in_bare_dollars_is_judged_on_the_hong_kong_listing(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(
        tmp_path,
        "BABA-W (09988.HK) closed at $172.1, up 0.64%, on Thursday.\n\n"
        "BIDU-SW (09888.HK) lost 2.66% to $120.6, trading between $119.2 and $124.9.",
        "2025-10-30",
    )
    assert verdicts["172.1"] == "accurate" and verdicts["0.64"] == "accurate"
    assert verdicts["120.6"] == "accurate" and verdicts["2.66"] == "accurate"


# --- 'below the peak' is a distance to the high, not the day's move --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba closed at HK$154.80 on Wednesday, about 17% below the peak of HK$186.20 it touched on Oct. 3.",
        "At HK$154.80, Alibaba's Hong Kong stock is now some 17% under the peak it reached on Oct. 3.",
        "Alibaba ended Wednesday at HK$154.80, leaving the shares about 17% off the recent peak set on Oct. 3.",
    ],
)
def test_a_move_below_the_peak_is_the_distance_to_the_high(text: str, tmp_path: Path) -> None:
    claims = _claims(text, date(2025, 11, 26))
    assert claims["17"].kind == "distance_52w_high" and claims["17"].listing == "9988.HK", text
    assert claims["17"].direction == "down", text
    assert verdicts_by_quote(tmp_path, text, "2025-11-26")["17"] == "accurate", text


# --- a move in per cent restated in money after 'or' ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sum_", "direction"),
    [
        ("Tencent finished at HK$514, up 3.13% or HK$15.6, on Tuesday.", "15.6", "up"),
        ("Tencent ended Tuesday at HK$514, up 3.1 per cent, or HK$15.60.", "15.60", "up"),
        ("Die Tencent-Aktie schloss am Dienstag bei 514 HKD, ein Plus von 3,13 Prozent oder 15,60 HKD.", "15,60", "up"),
    ],
)
def test_a_sum_after_or_restates_the_move(text: str, sum_: str, direction: str, tmp_path: Path) -> None:
    claims = _claims(text, MARCH_24)
    assert claims[sum_].kind == "price_change" and claims[sum_].listing == "0700.HK", text
    assert claims[sum_].direction == direction, text
    assert verdicts_by_quote(tmp_path, text, "2026-03-24")[sum_] == "accurate", text


def test_a_price_after_or_is_still_a_price() -> None:
    # no move in per cent before 'or': a second price, not a sum moved
    claims = _claims("Tencent could end the week at HK$514 or HK$520, traders said.", MARCH_24)
    assert claims["520"].kind != "price_change"


# --- 'touched a high of ... and a low of ...': the day's extremes ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "high", "low"),
    [
        ("Tencent ended at HK$514 on Tuesday. The stock touched a high of HK$520 and a low of HK$500.", "520", "500"),
        ("Tencent closed at HK$514 on Tuesday, after hitting a low of HK$500 and a high of HK$520.", "520", "500"),
        ("Tencent ended at HK$514. It reached a session high of HK$520 and set a low of HK$500.", "520", "500"),
    ],
)
def test_a_high_and_a_low_touched_are_the_days_extremes(text: str, high: str, low: str, tmp_path: Path) -> None:
    claims = _claims(text, MARCH_24)
    assert claims[high].kind == "day_high" and claims[low].kind == "day_low", text
    assert claims[high].listing == "0700.HK" and claims[high].reference == {"date": "2026-03-24"}, text
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-24")
    assert verdicts[high] == "accurate" and verdicts[low] == "accurate", text


# --- '10-day SMA', '20-day EMA': a moving average named by its abbreviation after the window -------------------------


@pytest.mark.parametrize(
    ("text", "distance", "average"),
    [
        ("Tencent closed at HK$505.50 on Wednesday, about 10% below its 50-day SMA of HK$559.3.", "10", "559.3"),
        ("Tencent ended at HK$505.50 on Wednesday. It sits some 10% under the 50-day MA at HK$559.3.", "10", "559.3"),
    ],
)
def test_an_average_abbreviated_after_its_window_is_a_moving_average(
    text: str, distance: str, average: str, tmp_path: Path
) -> None:
    claims = _claims(text, date(2026, 3, 25))
    assert claims[distance].kind == "moving_average_distance" and claims[average].kind == "moving_average", text
    assert claims[average].average_sessions == 50 and claims[average].listing == "0700.HK", text
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-25")
    assert verdicts[distance] == "accurate" and verdicts[average] == "accurate", text


# --- '2025/10/30 16:25 HKT': a Hong Kong wire's stamp, the year first in slashes, is the time of writing ------------


def test_a_year_first_slash_stamp_with_its_zone_is_the_time_of_writing() -> None:
    assert publication_instant("ET Net\n2025/10/30 16:25 HKT", OCT_30) == datetime(
        2025, 10, 30, 16, 25, tzinfo=ZoneInfo("Asia/Hong_Kong")
    )
    assert publication_instant("Market wrap 2025/10/30 09:05 CET", OCT_30) == datetime(
        2025, 10, 30, 9, 5, tzinfo=ZoneInfo("Europe/Berlin")
    )
    assert publication_instant("2025/10/30 16:25", OCT_30) is None  # no zone: not told
    assert publication_instant("2025/10/29 16:25 HKT", OCT_30) is None  # another day's stamp


def test_a_move_stamped_after_the_close_is_the_whole_session(tmp_path: Path) -> None:
    text = (
        "Hang Seng close\n2025/10/30 16:25 HKT\n\n"
        "The HSI closed down 63 points, or 0.42%, at 26,282.69.\n\n"
        "The Hang Seng Index fell 0.24% on the day."
    )
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-30")
    # 0.42% lies inside the day's range against the previous close, but not at its close (-0.24%)
    assert verdicts["0.42"] in ("wrong", "imprecise") and verdicts["0.24"] == "accurate"


# --- '178.56 US dollars': the currency written out after the number -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Overnight in New York, Nvidia lost 1 percent to 178.56 US dollars.",
        "Overnight in New York, Nvidia lost 1 percent to 178.56 U.S. dollars.",
    ],
)
def test_a_price_in_us_dollars_written_out_is_the_close_the_move_ended_on(text: str, tmp_path: Path) -> None:
    claims = _claims(text, date(2026, 3, 20))
    assert claims["178.56"].kind == "close" and claims["178.56"].listing == "NVDA", text
    assert claims["178.56"].reference == {"date": "2026-03-19"}, text
    assert claims["1"].completed_session, text
    verdicts = verdicts_by_quote(tmp_path, text, "2026-03-20")
    assert verdicts["178.56"] == "accurate" and verdicts["1"] == "accurate", text
    # the whole session's move, not a moment of its range: -1.02 % at the close, -2.56 % at the low
    (tmp_path / "w").mkdir()
    wrong = verdicts_by_quote(tmp_path / "w", text.replace("lost 1 percent", "lost 1.8 percent"), "2026-03-20")
    assert wrong["1.8"] in ("wrong", "imprecise"), text


# --- the overnight session is the day the sentences after it go on from, up to a new paragraph ------------------------


@pytest.mark.parametrize(
    ("text", "adr", "home"),
    [
        (
            "Hong Kong stocks rose on Tuesday. Tencent climbed 3.1 per cent to HK$514.\n\n"
            "Overnight in New York, Nvidia gained 1.7 per cent to US$175.64. Alibaba's American depositary receipts "
            "rose 3 per cent.\n\nMeituan added 3.2 per cent to HK$79.",
            "3",
            "3.2",
        ),
        (
            "Am Dienstag legten die Hongkonger Aktien zu. Tencent gewann 3,1 Prozent auf 514 HKD.\n\n"
            "Über Nacht hatte Nvidia in New York 1,7 Prozent auf 175,64 Dollar gewonnen. Die Alibaba-ADRs legten um "
            "3 Prozent zu.\n\nMeituan stieg um 3,2 Prozent auf 79 HKD.",
            "3",
            "3,2",
        ),
    ],
)
def test_a_sentence_after_an_overnight_one_speaks_of_that_session(text: str, adr: str, home: str) -> None:
    claims = _claims(text, MARCH_24)
    assert claims[adr].listing == "BABA" and claims[adr].reference == {"date": "2026-03-23"}, text
    assert claims[home].listing == "3690.HK" and claims[home].reference == {"date": "2026-03-24"}, text


def test_a_move_after_an_overnight_sentence_is_judged_on_that_session(tmp_path: Path) -> None:
    text = (
        "Published: 6:05pm, 24 Mar 2026\n\nHong Kong stocks rose on Tuesday.\n\n"
        "Overnight in New York, Nvidia gained 1.7 per cent to US$175.64. Alibaba's ADRs rose 3.9 per cent."
    )
    # Monday's close is +2.98 %; +3.9 % lies within Monday's range against Friday's close, not at its close
    assert verdicts_by_quote(tmp_path, text, "2026-03-24")["3.9"] in ("wrong", "imprecise")


# --- 'the tech gauge' is the technology index named before, never the Hang Seng beside it -----------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The Hang Seng Tech Index rose 3.6 per cent on Tuesday.\n\n"
            "By noon the Hang Seng was 2.3 per cent higher, with the tech gauge up 3.1 per cent.",
            "3.1",
        ),
        (
            "The Hang Seng Tech Index rose 3.6 per cent on Tuesday.\n\n"
            "The Hang Seng gained 2.8 per cent, while the tech index climbed 3.4 per cent.",
            "3.4",
        ),
        (
            "Der Hang Seng Tech stieg am Dienstag um 3,6 Prozent.\n\n"
            "Der Hang Seng legte 2,8 Prozent zu, der Tech-Index gewann 3,4 Prozent.",
            "3,4",
        ),
    ],
)
def test_the_tech_gauge_is_the_technology_index(text: str, quote: str, tmp_path: Path) -> None:
    claims = _claims(text, MARCH_24)
    assert claims[quote].listing == "^HSTECH", text
    # no quotes of the Hang Seng Tech are held: never judged against the Hang Seng
    assert verdicts_by_quote(tmp_path, text, "2026-03-24")[quote] == "unverifiable", text
