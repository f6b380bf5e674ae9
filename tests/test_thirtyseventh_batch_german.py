"""Rules added after trying the thirty-seventh batch of written German articles as an editor would
(tests/golden/articles de229..de230: a Der-Aktionär-style 'Aktien-Check' on Alibaba and Baidu with Xetra and
Tradegate euro prices in the morning, and an ARD 'Börse vor acht' TV script in short spoken sentences on the Dax, Asia
and Nvidia). Each sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'Am Ende standen 25.278 Punkte auf der Tafel': points after a form of 'stehen' are the level -------------------

_DAX_STOOD = (
    "Der Dax legte am Mittwoch 1,1 Prozent zu. Zum Handelsschluss standen {level} Punkte auf der Kurstafel. "
    "Zwischenzeitlich stand der Index {move} Punkte im Plus."
)


def test_points_after_a_form_of_stehen_are_the_index_level(tmp_path: Path) -> None:
    # ^GDAXI close 2026-02-18 25278.21 vs 2026-02-17 24998.40: +1.12 %, +279.81 points (high 25315.01: +316.61)
    text = _DAX_STOOD.format(level="25.278", move="300")
    claims = _claims(text, date(2026, 2, 18))
    assert claims["25.278"].kind == "index_level" and claims["25.278"].listing == "^GDAXI"
    assert claims["300"].kind == "index_move"  # 'stand ... Punkte im Plus': a move, not a level
    assert verdicts_by_quote(tmp_path, text, "2026-02-18")["25.278"] == "accurate"
    altered = _DAX_STOOD.format(level="25.578", move="300")
    assert verdicts_by_quote(tmp_path, altered, "2026-02-18")["25.578"] == "wrong"


def test_points_notiert_higher_stay_a_move() -> None:
    text = "Der Dax notierte am Mittwoch zuletzt 280 Punkte höher."
    assert _claims(text, date(2026, 2, 18))["280"].kind == "index_move"
