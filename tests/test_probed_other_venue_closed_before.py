"""A whole session told with its own move after 'zuvor' ('An der Heimatbörse in Hongkong hatten die Papiere zuvor 2,0
Prozent fester bei 165,10 HKD geschlossen') orders that venue's close before the trading the text reports (Hong Kong
closes before Frankfurt opens): the same day's session, not the previous one. A bare close after 'Zuvor' ('Zuvor hatte
sie bei 161,90 HKD geschlossen') stays the previous session's, the base of the move told.

Before, the move and the close were read on the session before and a true figure was called wrong (tester143, de296).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK closes: 2025-10-20 161.90, 2025-10-21 165.10 (+1.98 %).
HOME = (
    "Die Alibaba-Aktie gewann im Frankfurter Handel am Dienstag deutlich. An der Heimatbörse in Hongkong hatten die "
    "Papiere zuvor {x} Prozent fester bei {price} HKD geschlossen."
)
BASE = "Die Alibaba-Aktie stieg am Dienstag in Hongkong auf 165,10 HKD. Zuvor hatte sie bei 161,90 HKD geschlossen."


def test_the_other_venues_session_is_the_same_day() -> None:
    claims = claims_by_quote(HOME.format(x="2,0", price="165,10"), date(2025, 10, 21))
    assert claims["2,0"].reference == {"date": "2025-10-21"}
    assert claims["165,10"].reference == {"date": "2025-10-21"}


def test_a_bare_close_after_zuvor_stays_the_previous_session() -> None:
    assert claims_by_quote(BASE, date(2025, 10, 21))["161,90"].reference == {"date": "2025-10-20"}


def test_the_home_session_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, HOME, "2025-10-21", {"x": "2,0", "price": "165,10"}, {"x": "4,0", "price": "171,10"}
    )
    assert (true["2,0"], true["165,10"]) == ("accurate", "accurate")
    assert (altered["4,0"], altered["171,10"]) == ("wrong", "wrong")
