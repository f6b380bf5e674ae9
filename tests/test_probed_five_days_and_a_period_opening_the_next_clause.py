"""'Über die letzten 5 Tage', 'In den vergangenen fünf Tagen', 'over the last 5 sessions': a move over the five sessions
before (a quote page's five-day performance), in German and with digits as the spelled English phrases were already.
And a period opening the next clause with its own figure ('verlor 4,3 Prozent, seit Jahresbeginn steht ein Plus von
87,8 Prozent') is that figure's, however many words lie between them: before, it was taken by the move of the clause
before (a true day's move called wrong as the year to date)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-10-14 close 155.60, 2025-10-13 close 162.60 (155.60 / 162.60 - 1 = -4.31 %); five
# sessions before the 14th (13, 10, 9, 8 and 6 October: the 7th was a Hong Kong holiday) the 6 October close 180.50:
# 155.60 / 180.50 - 1 = -13.80 %; the last close of 2024 (31 December) 82.85: 155.60 / 82.85 - 1 = +87.81 %
DAY = "2025-10-14"
FIVE_DAYS = (
    "Die Alibaba-Aktie schloss bei 155,60 HKD. Über die letzten 5 Tage verzeichnet die Aktie in Hongkong ein Minus von "
    "{x} Prozent.",
    "Die Alibaba-Aktie schloss bei 155,60 HKD. In den vergangenen fünf Tagen verlor sie in Hongkong {x} Prozent.",
    "Alibaba's Hong Kong shares closed at HK$155.60. Over the last 5 sessions they lost {x}%.",
)


@pytest.mark.parametrize("text", FIVE_DAYS)
def test_five_days_are_a_move_over_five_sessions(tmp_path: Path, text: str) -> None:
    quote, altered = ("13.8", "4.3") if "HK$" in text else ("13,8", "4,3")
    claim = claims_by_quote(text.format(x=quote), date.fromisoformat(DAY))[quote]
    assert (claim.kind, claim.listing, claim.direction) == ("week_return", "9988.HK", "down")
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, DAY, quote, altered)
    assert true_verdicts[quote] == "accurate"
    # the day's -4.31 % is not the five sessions' move
    assert altered_verdicts[altered] == "wrong"


@pytest.mark.parametrize("stop", (",", ";"))
def test_a_period_opening_the_next_clause_is_its_own_figures(tmp_path: Path, stop: str) -> None:
    text = f"Die Alibaba-Aktie verlor in Hongkong 4,3 Prozent{stop} seit Jahresbeginn steht ein Plus von 87,8 Prozent."
    claims = claims_by_quote(text, date.fromisoformat(DAY))
    assert claims["4,3"].kind == "day_change" and claims["4,3"].reference == {"date": DAY}
    assert claims["87,8"].kind == "ytd_return"
    verdicts = verdicts_by_quote(tmp_path, text, DAY)
    assert verdicts["4,3"] == verdicts["87,8"] == "accurate"
    (tmp_path / "altered").mkdir()
    altered = text.replace("4,3 Prozent", "6,3 Prozent")  # the day fell 4.31 %
    assert verdicts_by_quote(tmp_path / "altered", altered, DAY)["6,3"] == "wrong"


def test_a_figures_noun_after_a_fronted_phrase_still_reaches_back() -> None:
    # ('Nach 1,03 USD im Vorjahr, liegt die Dividenden-Schätzung ... bei 7,20 CNY': the dividend's noun is both's)
    text = "Nach 1,03 USD im Vorjahr, liegt die Dividenden-Schätzung für das laufende Jahr bei 7,20 CNY je Aktie."
    claims = claims_by_quote(text, date.fromisoformat(DAY))
    assert claims["1,03"].kind == claims["7,20"].kind == "financials"
    assert not claims["1,03"].checkable
