"""Rules added after trying the nineteenth batch of written English articles as an editor would (tests/golden/articles
en102..en106: a Kiplinger 'Stock Market Today' on Nvidia's earnings day, a TipRanks note on Baidu's ADR, a Morningstar
analyst note on Alibaba's ADR and Hong Kong shares, a The Standard Hong Kong market close, an IBD 'stock of the day' on
Nvidia). Each sentence here is written for the test, not taken from those articles. Before these rules: the weekday of
an event after a session's end ('posted results after Wednesday's close') was carried to the next paragraph, so the
whole story of the day after was read on the day before (five true figures called wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote

THURSDAY = date(2025, 11, 20)


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- the weekday of an event after a session's end dates the event, not the sessions told after it --------------------

_AFTER_CLOSE_EN = (
    "Nvidia reverses on Thursday\n\nNvidia turned sharply lower on Thursday.\n\n"
    "The chipmaker posted quarterly sales of $57 billion after Wednesday's close and guided above forecasts.\n\n"
    "The shares opened 5.1% higher but ended down 3.2% at $180.64.\n"
)
_AFTER_BELL_EN = (
    "Nvidia reverses on Thursday\n\nNvidia turned sharply lower on Thursday.\n\n"
    "The chipmaker posted quarterly sales of $57 billion following the closing bell on Wednesday.\n\n"
    "The shares ended down 3.2% at $180.64.\n"
)
_AFTER_CLOSE_DE = (
    "Nvidia dreht ins Minus\n\nNvidia ist am Donnerstag deutlich gefallen. "
    "Der Chipkonzern hat nach Börsenschluss am Mittwoch einen Quartalsumsatz von 57 Milliarden Dollar gemeldet. "
    "Die Aktie schloss 3,2 Prozent tiefer bei 180,64 Dollar.\n"
)


def test_an_event_after_a_close_does_not_carry_its_weekday() -> None:
    for text, move, price in (
        (_AFTER_CLOSE_EN, "3.2", "180.64"),
        (_AFTER_BELL_EN, "3.2", "180.64"),
        (_AFTER_CLOSE_DE, "3,2", "180,64"),
    ):
        claims = _claims(text, THURSDAY)
        assert claims[move].kind == "day_change" and claims[move].listing == "NVDA", text
        assert claims[move].reference == {"date": "2025-11-20"}, text
        assert claims[price].kind == "close" and claims[price].reference == {"date": "2025-11-20"}, text


def test_a_move_told_for_the_session_after_the_close_keeps_its_own_day() -> None:
    # the weekday a figure names itself still dates it
    claims = _claims(
        "Nvidia reverses\n\nThe chipmaker posted quarterly sales of $57 billion after Wednesday's close. "
        "On Wednesday the shares had gained 2.8% to $186.52.\n",
        THURSDAY,
    )
    assert claims["2.8"].reference == {"date": "2025-11-19"} and claims["186.52"].reference == {"date": "2025-11-19"}


def test_the_day_after_an_earnings_close_is_not_called_wrong(tmp_path: Path) -> None:
    verdicts = verdicts_by_quote(tmp_path, _AFTER_CLOSE_EN, "2025-11-20")
    assert verdicts["3.2"] == "accurate" and verdicts["180.64"] == "accurate" and verdicts["5.1"] == "accurate"
