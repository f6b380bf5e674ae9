"""Rules added after trying the twenty-second batch of written English articles as an editor would
(tests/golden/articles en132..en136: a Reuters GLOBAL MARKETS wrap, an Investor's Business Daily piece on Alibaba's and
Baidu's ADRs, a Forbes 'Alibaba stock is down 35% from its high' explainer, a Hong Kong evening close report in The
Standard's style, a Zacks 'heading into today' note on Baidu). Each sentence here is written for the test, not
taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

WEDNESDAY = date(2026, 3, 25)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- an index's earlier day told in the pluperfect is background: the sentences after it stay on the day written ---

_INDEX_ASIDE_EN = (
    "Hong Kong's benchmark ended 272 points higher at 25,336. It had climbed 2.8% on Tuesday. "
    "Meituan jumped 13.9% to HK$90."
)
_INDEX_ASIDE_DE = (
    "Der Hang Seng schloss 272 Punkte höher bei 25.336 Zählern. Am Dienstag hatte der Index 2,8 Prozent zugelegt. "
    "Meituan sprang um 13,9 Prozent auf 90 HKD."
)


def test_an_index_move_of_an_earlier_day_in_the_pluperfect_dates_no_later_sentence() -> None:
    for text, earlier, move, price in (
        (_INDEX_ASIDE_EN, "2.8", "13.9", "90"),
        (_INDEX_ASIDE_DE, "2,8", "13,9", "90"),
    ):
        claims = _claims(text, WEDNESDAY)
        assert claims[earlier].kind == "index_move" and claims[earlier].reference == {"date": "2026-03-24"}, text
        assert claims[move].kind == "day_change" and claims[move].listing == "3690.HK", text
        assert claims[move].reference == {"date": "2026-03-25"}, text
        assert claims[price].reference == {"date": "2026-03-25"}, text


def test_a_stock_move_after_an_index_aside_is_checked_on_the_day_written(tmp_path: Path) -> None:
    # 3690.HK 2026-03-25: close 90.00 against 79.00 on Tuesday = +13.92 %; read on Tuesday (79.00 against 76.55,
    # +3.20 %) the true move would be called wrong
    verdicts = verdicts_by_quote(tmp_path, _INDEX_ASIDE_EN, "2026-03-25")
    assert verdicts["2.8"] == "accurate"
    assert verdicts["13.9"] == "accurate" and verdicts["90"] == "accurate"


# --- a house valuation per share ('We put its valuation at $160 a share') and its distance to the market price are
# forecasts, never prices or moves to check ---

_VALUATION_EN = (
    "Alibaba shares closed at $126.06 on Monday. We put Alibaba's valuation at $160 a share, "
    "roughly 27% above the current stock price."
)
_VALUATION_DE = (
    "Die Alibaba-Aktie schloss am Montag bei 126,06 Dollar. Wir sehen den fairen Wert bei 160 Dollar je Aktie, "
    "rund 27 Prozent über dem aktuellen Kurs."
)


def test_a_valuation_per_share_and_its_upside_are_no_market_figures() -> None:
    for text, close in ((_VALUATION_EN, "126.06"), (_VALUATION_DE, "126,06")):
        claims = _claims(text, date(2026, 3, 24))
        assert claims["160"].kind == "analyst_target" and not claims["160"].checkable, text
        assert claims["27"].kind == "analyst_target" and not claims["27"].checkable, text
        assert claims[close].kind == "close" and claims[close].reference == {"date": "2026-03-23"}, text


# --- a period word heading the sentence ('Year to date,') governs its percentages, but not one in a later clause naming
# a day of its own ('..., even after a 3% rebound on Monday') ---

_HEAD_PERIOD_EN = (
    "Alibaba's ADRs closed at $126.06 on Monday. So far this year, the stock has shed 14%, "
    "and it is down about 7% over twelve months, even after a 3% rebound on Monday."
)
_HEAD_PERIOD_DE = (
    "Die Alibaba-ADRs schlossen am Montag bei 126,06 Dollar. Seit Jahresbeginn, so ein Händler, hat die Aktie "
    "14 Prozent verloren, obwohl sie am Montag um 3 Prozent zulegte."
)


def test_a_later_clause_naming_its_own_day_is_not_governed_by_a_period_heading_the_sentence() -> None:
    for text, ytd, day in ((_HEAD_PERIOD_EN, "14", "3"), (_HEAD_PERIOD_DE, "14", "3")):
        claims = _claims(text, date(2026, 3, 24))
        assert claims[ytd].kind == "ytd_return" and claims[ytd].listing == "BABA", text
        assert claims[day].kind == "day_change" and claims[day].reference == {"date": "2026-03-23"}, text


def test_a_period_heading_the_sentence_still_governs_a_list_of_figures_without_days() -> None:
    claims = _claims("Year to date, Alibaba's ADRs are down 14%, Baidu's 9.1%.", date(2026, 3, 24))
    assert claims["14"].kind == "ytd_return" and claims["9.1"].kind == "ytd_return"


def test_the_day_move_after_a_heading_period_is_checked_on_its_day(tmp_path: Path) -> None:
    # BABA 2026-03-23: 126.06 against 122.41 on Friday = +2.98 %; the year to date -14.00 % (146.58 on 2025-12-31)
    verdicts = verdicts_by_quote(tmp_path, _HEAD_PERIOD_EN, "2026-03-24")
    assert verdicts["3"] == "accurate" and verdicts["14"] == "accurate" and verdicts["126.06"] == "accurate"


def test_a_bounce_is_a_rise_whatever_move_came_before() -> None:
    """'a 3% bounce' as a noun (directions.csv): it had taken the fall of the clause before it ('have lost 14%')."""
    text = "Year to date, Alibaba's ADRs have lost 14%, even after a 3% bounce on Monday."
    assert _claims(text, WEDNESDAY)["3"].direction == "up"
