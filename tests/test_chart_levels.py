"""Chart levels and the session before, found by probing sentences written for the test (no article copied): a support
or resistance named at a price ('Eine wichtige Unterstützung sehen Analysten bei 140 HKD', 'Support sits at HK$140')
is a chart view, not a fact about trading, and had been judged as a break of the level or as the day's price (a true
sentence called wrong); a break told by its verb ('hat die Unterstützung bei 145 HKD durchbrochen', 'broke below
support at HK$145', 'slipped below the HK$145 mark') is a claim, checked against the session that went from the
previous close to the close. And 'the session before', 'the day before.' (ending its clause, not 'the day before its
results'), 'am Tag zuvor', 'tags zuvor', 'in der vorangegangenen Sitzung' name the session before the day reported;
they had been read as that day.

Alibaba in Hong Kong (seeds/quotes/9988.HK.csv): close 148.30 on Wed 2026-02-25, 143.00 on Thu 2026-02-26
(the session fell through 145 and stayed above 140)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote

PUBLISHED = date(2026, 2, 26)
LEAD = "Alibaba fiel am Donnerstag in Hongkong um 3,6 Prozent. "
LEAD_EN = "Alibaba's Hong Kong shares fell 3.6% on Thursday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Eine wichtige Unterstützung sehen Analysten bei 140 HKD.",
        LEAD + "Unterstützung findet die Aktie bei 140 HKD.",
        LEAD + "Ein Widerstand liegt bei 150 HKD.",
        LEAD + "Die Marke von 150 HKD bleibt im Blick.",
        LEAD_EN + "Support sits at HK$140, resistance at HK$150.",
        LEAD_EN + "Key support comes in at HK$140.",
    ],
)
def test_a_level_named_without_a_break_is_a_chart_view(text: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    levels = [c for quote, c in claims.items() if quote.endswith(("140", "150"))]
    assert levels and all(c.kind == "level_forecast" and not c.checkable for c in levels)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Die Aktie hat die Unterstützung bei 145 HKD durchbrochen.",
        LEAD + "Die Aktie rutschte unter die Marke von 145 HKD.",
        LEAD + "Damit unterschritt das Papier die wichtige Marke von 145 HKD.",
        LEAD_EN + "The stock broke below support at HK$145.",
        LEAD_EN + "The stock slipped below the HK$145 mark.",
    ],
)
def test_a_break_told_by_its_verb_is_checked(text: str) -> None:
    claims = claims_by_quote(text, PUBLISHED)
    level = next(c for quote, c in claims.items() if quote.endswith("145"))
    assert level.kind == "level_break" and level.checkable and level.listing == "9988.HK"


def test_breaks_are_judged_and_a_support_named_is_not(tmp_path: Path) -> None:
    text = (
        LEAD + "Damit rutschte die Aktie unter die Marke von 145 HKD. Eine Unterstützung sehen Analysten bei 140 HKD. "
        "Am Donnerstag durchbrach die Aktie sogar die Unterstützung bei 160 HKD."
    )
    verdicts = verdicts_by_quote(tmp_path, text, PUBLISHED.isoformat())
    # 145 lies between the close before (148.30) and the close (143.00): broken that session
    assert verdicts["145"] == "accurate"
    assert verdicts["140"] == "out_of_scope"
    # 160 does not: the session started below it (no break on 2026-02-26)
    assert verdicts["160"] == "wrong"


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "They had lost 2% the session before.",
        LEAD_EN.replace(" on Thursday. ", " on Thursday, ") + "after losing 2% the day before.",
        LEAD + "Am Tag zuvor hatte die Aktie 2 Prozent verloren.",
        LEAD.replace("Prozent. ", "Prozent, ") + "nachdem sie tags zuvor 2 Prozent verloren hatte.",
        LEAD + "In der vorangegangenen Sitzung hatte die Aktie 2 Prozent verloren.",
    ],
)
def test_the_session_before_the_day_reported(text: str) -> None:
    # not Thursday's move: the session before it, Wednesday 2026-02-25
    move = claims_by_quote(text, PUBLISHED)["2"]
    assert move.kind == "day_change" and move.reference == {"date": "2026-02-25"}


def test_the_day_before_an_event_is_no_day_of_a_move() -> None:
    claims = claims_by_quote(LEAD_EN + "The shares fell 1.5% on Wednesday, the day before its results.", PUBLISHED)
    assert claims["1.5"].reference == {"date": "2026-02-25"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Relative-Stärke-Index (RSI) liegt bei 29 Punkten, der MACD bei -1,2.", "1,2"),
        ("The RSI stands at 29, while the stochastic oscillator reads 15.", "15"),
        ("Das Momentum liegt bei 12, der RSI bei 29.", "12"),
    ],
)
def test_another_indicator_beside_the_rsi_is_not_the_rsi(text: str, quote: str) -> None:
    claims = claims_by_quote(LEAD + text, PUBLISHED)
    assert claims["29"].kind == "rsi"
    assert claims[quote].kind == "indicator" and not claims[quote].checkable


@pytest.mark.parametrize(
    "text",
    [LEAD_EN + "Analysts see upside to HK$170.", LEAD + "Die Chance auf eine Erholung bis 170 HKD ist intakt."],
)
def test_a_price_the_stock_may_reach_is_no_price_it_traded_at(text: str) -> None:
    claim = claims_by_quote(text, PUBLISHED)["170"]
    assert not claim.checkable  # it had been the day's price, called wrong
