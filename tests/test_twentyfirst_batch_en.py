"""Rules added after trying the twenty-first batch of written English articles as an editor would (tests/golden/articles
en122..en126: a Reuters Hong Kong midday report on Meituan, Tencent and Alibaba, an Investopedia Markets News piece on
Nvidia and the Nasdaq 100, a Motley Fool 'Why Baidu stock sank today', a Bloomberg Asia stocks brief before Hong Kong's
open, a Seeking Alpha news item on Alibaba's and Baidu's ADRs premarket). Each sentence here is written for the test,
not taken from those articles."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

TUESDAY = date(2026, 2, 24)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- a relative clause in the simple past between commas tells an earlier session: its day is not the main clause's ---

_RELATIVE_EN = "Tencent, which closed at HK$538 on Monday, fell 3.5% to HK$519. Alibaba dropped 2.9% to HK$147.80."
_RELATIVE_DE = (
    "Tencent, die am Montag bei 538 HKD schloss, fiel um 3,5 Prozent auf 519 HKD. "
    "Alibaba verlor 2,9 Prozent auf 147,80 HKD."
)


def test_a_relative_clause_in_the_past_dates_only_its_own_figure() -> None:
    for text, close, move, price, later in (
        (_RELATIVE_EN, "538", "3.5", "519", "147.80"),
        (_RELATIVE_DE, "538", "3,5", "519", "147,80"),
    ):
        claims = _claims(text, TUESDAY)
        assert claims[close].kind == "close" and claims[close].reference == {"date": "2026-02-23"}, text
        assert claims[move].kind == "day_change" and claims[move].listing == "0700.HK", text
        assert claims[move].reference == {"date": "2026-02-24"}, text
        # the clause's 'closed'/'schloss' ends Monday's session, not Tuesday's: the main clause's price and the next
        # sentence's stay prices of a session that may still trade
        assert claims[price].kind == "last_price" and claims[price].reference == {"date": "2026-02-24"}, text
        assert claims[later].kind == "last_price" and claims[later].listing == "9988.HK", text


def test_a_relative_clause_in_the_past_perfect_still_reads_as_before() -> None:
    claims = _claims("Meituan, whose shares had jumped 5.3% on Monday, lost 4.6% to HK$81.10.", TUESDAY)
    assert claims["5.3"].reference == {"date": "2026-02-23"}
    assert claims["4.6"].reference == {"date": "2026-02-24"} and claims["81.10"].reference == {"date": "2026-02-24"}


def test_the_main_clause_after_a_past_relative_clause_is_checked_on_its_own_session(tmp_path: Path) -> None:
    # 0700.HK 2026-02-24: low 516.0, high 534.5, close 520.00 against 538.00 (Monday): 519 and -3.5 % lie in the range;
    # read on Monday they would be wrong (Monday gained 3.07 %)
    verdicts = verdicts_by_quote(tmp_path, _RELATIVE_EN, "2026-02-24")
    assert verdicts["538"] == "accurate"
    assert verdicts["3.5"] == "accurate" and verdicts["519"] == "accurate"


# --- a price set against a close the words name ('well below Wednesday's close of $132.65'): that day is the close's -

_BELOW_CLOSE_EN = "Baidu's ADRs opened at $129.20, well below Wednesday's close of $132.65."
_BELOW_CLOSE_DE = (
    "Die Baidu-ADRs eröffneten bei 129,20 Dollar, deutlich unter dem Schlusskurs vom Mittwoch von 132,65 Dollar."
)


def test_a_price_below_a_named_close_keeps_the_day_reported() -> None:
    thursday = date(2026, 2, 26)
    for text, opened, close in ((_BELOW_CLOSE_EN, "129.20", "132.65"), (_BELOW_CLOSE_DE, "129,20", "132,65")):
        claims = _claims(text, thursday)
        assert claims[opened].kind == "open_price" and claims[opened].listing == "BIDU", text
        assert claims[opened].reference == {"date": "2026-02-26"}, text
        assert claims[close].kind == "close" and claims[close].reference == {"date": "2026-02-25"}, text
    claims = _claims("Tencent traded at HK$519 by midday, above Friday's closing price of HK$515.", TUESDAY)
    assert claims["519"].reference == {"date": "2026-02-24"}
    assert claims["515"].reference == {"date": "2026-02-20"}


def test_the_open_below_a_named_close_is_checked_on_its_own_session(tmp_path: Path) -> None:
    # BIDU opened 2026-02-26 at 129.20 (2026-02-25 opened at 132.80) and closed 2026-02-25 at 132.65
    verdicts = verdicts_by_quote(tmp_path, _BELOW_CLOSE_EN, "2026-02-26")
    assert verdicts["129.20"] == "accurate" and verdicts["132.65"] == "accurate"


# --- an index's move in points caught during the session is read on the session's range, as one in per cent is ------


def test_an_index_move_in_points_at_midday_lies_in_the_sessions_range(tmp_path: Path) -> None:
    # ^HSI 2026-02-24: low 26480.86, high 26913.68, close 26590.32; 2026-02-23 close 27081.91: down 168.23 .. 601.05
    # points over the session, 491.59 at the close
    for text, published, points in (
        (
            "At the lunch break, the Hang Seng index was down 500.12 points, or 1.8%, at 26,581.79.",
            "2026-02-24",
            "500.12",
        ),
        (
            "Der Hang Seng lag am Dienstag zur Mittagspause mit einem Minus von 500 Punkten bei 26.581 Punkten.",
            "2026-02-25",
            "500",
        ),
    ):
        folder = tmp_path / published
        folder.mkdir()
        verdicts = verdicts_by_quote(folder, text, published)
        assert verdicts[points] == "accurate", text


def test_an_index_move_in_points_on_a_session_told_closed_reads_its_close(tmp_path: Path) -> None:
    # 560 points lies inside the session's range, not at its close (491.59 points down)
    for text, points in (
        ("The Hang Seng index closed down 560.00 points on Tuesday at 26,590.32.", "560.00"),
        ("Der Hang Seng schloss am Dienstag mit einem Minus von 560 Punkten bei 26.590,32 Punkten.", "560"),
    ):
        folder = tmp_path / points.replace(".", "_")
        folder.mkdir()
        verdicts = verdicts_by_quote(folder, text, "2026-02-25")
        assert verdicts[points] == "wrong", text


# --- a level or price named as a close by its noun ('from a close of 23,132.77 on Monday') is that session's close ----

_CLOSE_NOUN_INDEX_EN = (
    "The Nasdaq 100 rose 3.4% to 23,740.19 on Tuesday, recovering from a close of 23,132.77 on Monday."
)
_CLOSE_NOUN_INDEX_DE = (
    "Der Nasdaq 100 stieg am Dienstag um 3,4 Prozent auf 23.740 Punkte, nach einem Schlussstand von 23.133 Punkten "
    "am Montag."
)
_CLOSE_NOUN_STOCK_EN = "Nvidia rose 5.6% on Tuesday, recovering from a close of $167.52 on Monday."


def test_a_close_named_by_its_noun_is_the_close() -> None:
    tuesday = date(2026, 3, 31)
    for text, level in ((_CLOSE_NOUN_INDEX_EN, "23,132.77"), (_CLOSE_NOUN_INDEX_DE, "23.133")):
        claims = _claims(text, tuesday)
        assert claims[level].kind == "index_level" and claims[level].listing == "^NDX", text
        assert claims[level].reference == {"date": "2026-03-30"} and claims[level].completed_session, text
    claims = _claims(_CLOSE_NOUN_STOCK_EN, tuesday)
    assert claims["167.52"].kind == "close" and claims["167.52"].reference == {"date": "2026-03-30"}


def test_a_stale_close_named_by_its_noun_is_wrong(tmp_path: Path) -> None:
    # ^NDX closed 2026-03-30 at 22953.38 (range 22841.42 .. 23356.75; 23132.77 is 2026-03-27's close); NVDA closed
    # 2026-03-30 at 165.17 (range 164.27 .. 169.45; 167.52 is 2026-03-27's close): inside the range, not the close
    for text, quote in (
        (_CLOSE_NOUN_INDEX_EN, "23,132.77"),
        (_CLOSE_NOUN_INDEX_DE, "23.133"),
        (_CLOSE_NOUN_STOCK_EN, "167.52"),
    ):
        folder = tmp_path / quote.replace(",", "_").replace(".", "_")
        folder.mkdir()
        assert verdicts_by_quote(folder, text, "2026-03-31")[quote] == "wrong", text
    folder = tmp_path / "true"
    folder.mkdir()
    verdicts = verdicts_by_quote(
        folder,
        "The Nasdaq 100 ended Tuesday at 23,740.19, up from a closing level of 22,953.38 on Monday.",
        "2026-03-31",
    )
    assert verdicts["22,953.38"] == "accurate" and verdicts["23,740.19"] == "accurate"


# --- a stamp's offset after GMT ('8:05 AM GMT+8') is its zone, not Greenwich: before Hong Kong's open, not after it ---


def test_an_offset_after_gmt_is_the_stamps_zone() -> None:
    from datetime import datetime, timedelta, timezone

    from claimcheck.core.dates import publication_instant

    thursday = date(2026, 3, 26)
    eight_hours = timezone(timedelta(hours=8))
    assert publication_instant("March 26, 2026 at 8:05 AM GMT+8", thursday) == datetime(
        2026, 3, 26, 8, 5, tzinfo=eight_hours
    )
    assert publication_instant("26 March 2026, 08:05 GMT+08:00", thursday) == datetime(
        2026, 3, 26, 8, 5, tzinfo=eight_hours
    )
    assert publication_instant("March 26, 2026 at 8:05 AM GMT", thursday) == datetime(2026, 3, 26, 8, 5, tzinfo=UTC)


def test_a_hong_kong_figure_stamped_before_the_open_is_the_session_before() -> None:
    text = (
        "Asian Stocks Set for a Quiet Start\n\nMarch 26, 2026 at 7:50 AM GMT+8\n\n"
        "Meituan jumped 14% to HK$90 in Hong Kong after its results."
    )
    from claimcheck.core.dates import publication_instant
    from claimcheck.core.extract import extract_claims
    from claimcheck.model import Published
    from claimcheck.pipeline import load_rules

    thursday = date(2026, 3, 26)
    found, _ = extract_claims(text, Published(thursday, "option", publication_instant(text, thursday)), load_rules())
    claims = {c.quote: c for c in found}
    assert claims["14"].listing == "3690.HK" and claims["14"].reference == {"date": "2026-03-25"}
    assert claims["90"].reference == {"date": "2026-03-25"}


# --- a hedge between a comparison and its base ('from about 34 on Monday'): the day is still the base's own --------

_HEDGED_BASE_EN = "Nvidia's 14-day relative strength index rose to 46 from about 34 on Monday."
_HEDGED_BASE_DE = "Der 14-Tage-RSI der Nvidia-Aktie stieg auf 46 gegenüber rund 34 am Montag."


def test_a_hedged_base_keeps_its_day_to_itself() -> None:
    tuesday = date(2026, 3, 31)
    for text in (_HEDGED_BASE_EN, _HEDGED_BASE_DE):
        claims = _claims(text, tuesday)
        assert claims["46"].kind == "rsi" and claims["46"].reference == {"date": "2026-03-31"}, text
        assert claims["34"].kind == "rsi" and claims["34"].reference == {"date": "2026-03-30"}, text
        assert claims["34"].hedge == "approx", text
    claims = _claims("Tencent rose 1.2% to HK$519, up from about HK$513 on Friday.", TUESDAY)
    assert claims["519"].reference == {"date": "2026-02-24"} and claims["513"].reference == {"date": "2026-02-20"}


def test_the_rsi_after_a_hedged_base_is_checked_on_its_own_day(tmp_path: Path) -> None:
    # NVDA RSI(14), Wilder: 45.78 on 2026-03-31, 34.00 on 2026-03-30
    verdicts = verdicts_by_quote(tmp_path, _HEDGED_BASE_EN, "2026-03-31")
    assert verdicts["46"] == "accurate" and verdicts["34"] == "accurate"
