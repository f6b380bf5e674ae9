"""Rules added after trying the twentieth batch of written English articles as an editor would (tests/golden/articles
en112..en116: an AP markets wrap on Wall Street and Asia, an FT 'Markets live' post on Alibaba in Hong Kong and New
York, a Dow Jones Market Talk on Baidu's results day, a Nasdaq.com pre-market movers list, a Barron's stocks-to-watch
piece on Meituan and Tencent). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

FRIDAY = date(2026, 3, 20)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'ended the week' is the week up to its Friday, not up to a weekday told before it in the sentence ----------------

_WEEK_END_EN = "Nvidia slipped 0.7% on Tuesday and 0.8% on Wednesday, and it closed the week 4.2% lower."
_WEEK_END_DE = (
    "Die Nvidia-Aktie verlor am Dienstag 0,7 Prozent und am Mittwoch 0,8 Prozent und beendete die Woche "
    "mit einem Minus von 4,2 Prozent."
)


def test_the_week_a_sentence_ends_runs_to_its_friday() -> None:
    for text, move in ((_WEEK_END_EN, "4.2"), (_WEEK_END_DE, "4,2")):
        claims = _claims(text, FRIDAY)
        assert claims[move].kind == "week_return" and claims[move].listing == "NVDA", text
        assert claims[move].reference == {"start": "2026-03-13", "end": "2026-03-20"}, text
        assert claims[move].direction == "down", text


def test_a_week_end_not_yet_come_keeps_the_day_told() -> None:
    # written on Thursday: the Friday of that week had not come, so the words speak of the week up to the day in play
    claims = _claims(_WEEK_END_EN, date(2026, 3, 19))
    assert claims["4.2"].kind == "week_return"
    assert claims["4.2"].reference == {"start": "2026-03-11", "end": "2026-03-18"}


def test_the_week_ended_is_checked_on_its_friday(tmp_path: Path) -> None:
    # NVDA 2026-03-20 172.70 vs 2026-03-13 180.25: -4.19 %; up to Wednesday it would be -3.03 %
    verdicts = verdicts_by_quote(tmp_path, _WEEK_END_EN, "2026-03-20")
    assert verdicts["4.2"] == "accurate"
    assert verdicts["0.7"] == "accurate" and verdicts["0.8"] == "accurate"


# --- 'the closing high it set in October' is October's high; 'from which it trades 16% lower' the distance to it

_PEAK_SET_IN = (
    "Tencent ended Wednesday at HK$505.50 in Hong Kong. That leaves the stock well off the HK$677.50 closing high "
    "it set in October, from which it now trades about 25% lower."
)


def test_a_high_it_set_in_a_month_is_that_months_high() -> None:
    claims = _claims(_PEAK_SET_IN, date(2026, 3, 25))
    assert claims["677.50"].kind == "period_high" and claims["677.50"].listing == "0700.HK"
    assert claims["677.50"].reference == {"start": "2025-10-01", "end": "2025-10-31"}
    assert claims["25"].kind == "distance_past_peak" and claims["25"].direction == "down"
    # a closing low so set, and a month's own move beside it, keep their readings
    claims = _claims(
        "Meituan rose 9% in March. The shares are now 21% above the HK$74.50 closing low they hit in March.",
        date(2026, 3, 25),
    )
    assert claims["9"].kind == "month_return"
    assert claims["74.50"].kind == "period_low" and claims["74.50"].reference == {
        "start": "2026-03-01",
        "end": "2026-03-25",
    }


def test_a_clause_pointing_back_to_a_52_week_high_tells_the_distance_to_it() -> None:
    claims = _claims(
        "Nvidia closed at $171.24 on Thursday, far below its 52-week high of $212.19, from which it now sits "
        "about 19% lower.",
        date(2026, 3, 26),
    )
    assert claims["19"].kind == "distance_52w_high" and claims["19"].listing == "NVDA"
    assert claims["19"].reference == {"date": "2026-03-26"}


def test_the_high_set_in_a_month_is_checked_on_that_month(tmp_path: Path) -> None:
    # 0700.HK highest close of October 2025: 677.50 on 2025-10-06; read as the close it would be called wrong
    verdicts = verdicts_by_quote(tmp_path, _PEAK_SET_IN, "2026-03-25")
    assert verdicts["677.50"] == "accurate"
    assert verdicts["25"] != "wrong"


# --- a bond yield's earlier level ('eased to 4.21% from 4.24%') is the yield's too, not a stock's move


def test_a_yields_earlier_level_stays_out_of_scope() -> None:
    claims = _claims(
        "Alibaba's ADRs gained 3%. In the bond market, the yield on the 10-year Treasury climbed to 4.18% "
        "from 4.12% late Wednesday.",
        date(2026, 2, 6),
    )
    assert claims["3"].kind == "day_change" and claims["3"].listing == "BABA"
    for quote in ("4.18", "4.12"):
        assert claims[quote].kind == "macro" and not claims[quote].checkable


# --- a price told in the past tense as what the other listing 'was worth' is a conversion, not a quote ----------------


def test_a_value_that_was_worth_per_share_is_a_conversion() -> None:
    claims = _claims(
        "Baidu's ADRs closed at $115.60 in New York on Wednesday. Each ADR, equal to eight Hong Kong shares, "
        "was worth roughly HK$113 a share at that price.",
        date(2026, 3, 26),
    )
    assert claims["115.60"].kind == "close" and claims["115.60"].listing == "BIDU"
    assert claims["113"].kind == "price_conversion" and not claims["113"].checkable
    claims = _claims(
        "Die ADRs von Baidu schlossen am Mittwoch in New York bei 115,60 Dollar; das entsprach rund 113 "
        "Hongkong-Dollar je Aktie.",
        date(2026, 3, 26),
    )
    assert claims["113"].kind == "price_conversion" and not claims["113"].checkable


# --- a scale glued to its number as the FT writes it ('70mn shares', '$2.5bn') is a number with its scale


def test_a_scale_glued_to_its_number_is_read() -> None:
    claims = _claims(
        "Tencent fell 1.7pc in Hong Kong on Wednesday, with more than 37mn Tencent shares changing hands in Hong Kong. "
        "The group spent $2.5bn on buybacks last year.",
        date(2026, 3, 25),
    )
    assert claims["37"].kind == "volume" and claims["37"].listing == "0700.HK" and claims["37"].hedge == "more_than"
    assert claims["37"].scale == 1e6
    assert not claims["2.5"].checkable and claims["2.5"].scale == 1e9
    # a name's digits stay no number ('the 5G network', 'H20 chips')
    assert "5" not in _claims("Tencent fell 1.7pc on its 5G plans and H20 chips.", date(2026, 3, 25))


def test_a_glued_volume_is_checked(tmp_path: Path) -> None:
    # 0700.HK volume 2026-03-25: 37,353,909 shares
    verdicts = verdicts_by_quote(
        tmp_path,
        "Tencent fell 1.7pc on Wednesday, with more than 37mn Tencent shares changing hands in Hong Kong.",
        "2026-03-25",
    )
    assert verdicts["37"] == "accurate"


# --- 'near' right before a number hedges it as 'about' does ('sits near HK$88', 'in der Nähe von 88 HKD')


def test_near_before_a_number_is_an_approximate_hedge() -> None:
    claims = _claims(
        "Meituan jumped 13.9% on Wednesday and now trades above its 50-day moving average, near HK$88.",
        date(2026, 3, 25),
    )
    assert claims["88"].kind == "moving_average" and claims["88"].hedge == "approx"
    claims = _claims(
        "Meituan sprang am Mittwoch um 13,9 Prozent und notiert nun über der 50-Tage-Linie, die in der Nähe von 88 HKD "
        "verläuft.",
        date(2026, 3, 25),
    )
    assert claims["88"].hedge == "approx"
    # 'nearly' keeps its own meaning
    assert _claims("Meituan is down nearly 14% this year.", date(2026, 3, 25))["14"].hedge == "just_under"
