"""Two German session reports. An overnight word before a number in its own clause after the clause naming the day
('Die Alibaba-Aktie hat am Donnerstag in Hongkong 0,9 Prozent nachgegeben, nachdem die ADRs in New York am Vorabend
1,3 Prozent verloren hatten') dates that move to the session before the day named (`timing.scope_of`): it had been
read on Thursday's New York session, which had not traded when Hong Kong closed. 'Im Tief rutschte das Papier um 2,5
Prozent ab' is the session's trough, an intraday move (cues.csv), not the day's move: a true figure had been called
wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# A Thursday. seeds/quotes/BABA.csv closes: 2026-02-10 166.51, 2026-02-11 164.32 (-1.32 %), 2026-02-12 158.73
# (-3.40 %). seeds/quotes/9988.HK.csv: 2026-02-11 close 160.10; 2026-02-12 low 156.10 (-2.50 %), close 158.60 (-0.94 %).
PUBLISHED = "2026-02-12"
WEDNESDAY_IN_NEW_YORK = (164.32 / 166.51 - 1) * 100
THURSDAY_IN_NEW_YORK = (158.73 / 164.32 - 1) * 100
HONG_KONG_TROUGH = (156.10 / 160.10 - 1) * 100
HONG_KONG_MOVE = (158.60 / 160.10 - 1) * 100
REPORT = (
    "Die Alibaba-Aktie hat am Donnerstag in Hongkong 0,9 Prozent auf 158,60 HKD nachgegeben, nachdem die ADRs in New "
    "York am Vorabend {overnight} Prozent verloren hatten."
)
TROUGH = " Im Tief rutschte das Papier um {trough} Prozent ab."


def test_the_overnight_move_in_the_after_clause_is_the_session_before() -> None:
    assert round(WEDNESDAY_IN_NEW_YORK, 1) == -1.3 and round(THURSDAY_IN_NEW_YORK, 1) == -3.4
    claims = claims_by_quote(REPORT.format(overnight="1,3"), date.fromisoformat(PUBLISHED))
    assert (claims["1,3"].listing, claims["1,3"].reference) == ("BABA", {"date": "2026-02-11"})
    assert (claims["0,9"].listing, claims["0,9"].reference) == ("9988.HK", {"date": "2026-02-12"})


def test_the_trough_after_it_is_hong_kongs_intraday_move(tmp_path: Path) -> None:
    assert round(HONG_KONG_TROUGH, 1) == -2.5 and round(HONG_KONG_MOVE, 1) == -0.9
    text = REPORT + TROUGH
    claim = claims_by_quote(text.format(overnight="1,3", trough="2,5"), date.fromisoformat(PUBLISHED))["2,5"]
    assert (claim.kind, claim.listing, claim.reference) == ("intraday_move", "9988.HK", {"date": "2026-02-12"})
    true, altered = verdicts_true_and_altered(
        tmp_path, text, PUBLISHED, {"overnight": "1,3", "trough": "2,5"}, {"overnight": "3,4", "trough": "3,5"}
    )
    assert true == {"0,9": "accurate", "158,60": "accurate", "1,3": "accurate", "2,5": "accurate"}
    # Thursday's New York move and a trough deeper than Hong Kong's are wrong
    assert (altered["3,4"], altered["3,5"]) == ("wrong", "wrong")
