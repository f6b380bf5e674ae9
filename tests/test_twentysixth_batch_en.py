"""Rules added after trying the twenty-sixth batch of written English articles as an editor would
(tests/golden/articles en160..en164: an AP 'Asian shares' story, an Investor's Business Daily Nvidia chart analysis, a
Reuters GLOBAL MARKETS wrap, a TipRanks BABA analyst piece and an FT-style Hong Kong tech stocks piece). Each sentence
here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'up about 1% since Friday's close': the weekday after 'since' is the start of that return only ----------------


def test_a_weekday_right_after_since_dates_no_other_figure_of_the_sentence(tmp_path: Path) -> None:
    # ^NDX 2026-03-12 close 24533.58; 2026-03-11 24965.01: -1.728 %; Friday 2026-03-06 24643.02: -0.444 %
    english = (
        "Tech slides\n\nThe Nasdaq 100 closed 1.7% lower at 24,533.58, leaving it down about 0.4% since Friday's close."
    )
    claims = _claims(english, date(2026, 3, 12))
    assert claims["1.7"].kind == "index_move" and claims["1.7"].listing == "^NDX"
    assert claims["1.7"].reference != {"date": "2026-03-06"}
    assert claims["24,533.58"].reference != {"date": "2026-03-06"}
    assert claims["0.4"].reference == {"start": "2026-03-06", "end": "2026-03-12"}
    verdicts = verdicts_by_quote(tmp_path, english, "2026-03-12")
    assert verdicts["1.7"] == "accurate" and verdicts["24,533.58"] == "accurate" and verdicts["0.4"] == "accurate"
    german = (
        "Technologiewerte unter Druck\n\nDer Nasdaq 100 verlor 1,7 Prozent auf 24.533,58 Punkte und liegt seit "
        "Freitag rund 0,4 Prozent im Minus."
    )
    claims = _claims(german, date(2026, 3, 12))
    assert claims["1,7"].reference != {"date": "2026-03-06"}
    verdicts = verdicts_by_quote(tmp_path, german, "2026-03-12")
    assert verdicts["1,7"] == "accurate" and verdicts["24.533,58"] == "accurate"
