"""A day's move naming no day in a text written while its listing's session trades (a midday movers list stamped
'1:05 PM EDT') is a move of that moment: kind intraday_move, as the editor's set names every such figure (28 of 28),
judged on the session's range so far (`Claim.open_session_day`), never as the finished session's move. Before, it kept
the kind day_change (judged the same way, but named as the close's move in the report and missed by kind in the
evaluation). It is named so last (`extract._moves_of_the_moment`): the price it went to stays the price of the moment,
and a lede's move told again stays a repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import check_text

# seeds/quotes/NVDA.csv 2026-03-10: low 182.01 .. high 186.44 against the close before 182.64: -0.34 % .. +2.08 %
# (2026-03-09's range against 177.81: -1.27 % .. +2.87 %): +1.8 % lies inside, +4.5 % in neither
TEMPLATE = """Stocks making the biggest moves midday

Published Tue, Mar 10 2026 1:05 PM EDT

Nvidia — The chipmaker climbed {x}% as investors looked ahead to its developer conference.
"""


@pytest.mark.parametrize(("figure", "verdict"), (("1.8", "accurate"), ("4.5", "wrong")))
def test_a_move_told_at_midday_is_of_the_moment(tmp_path: Path, figure: str, verdict: str) -> None:
    (claim,) = check_text(tmp_path, TEMPLATE.format(x=figure), "2026-03-10")["articles"][0]["claims"]
    assert (claim["quote"], claim["kind"], claim["verdict"]) == (figure, "intraday_move", verdict)


def test_the_price_it_went_to_stays_the_price_of_the_moment(tmp_path: Path) -> None:
    text = TEMPLATE.replace("climbed {x}%", "climbed 1.8% to $185.90")
    claims = {c["quote"]: c for c in check_text(tmp_path, text, "2026-03-10")["articles"][0]["claims"]}
    assert (claims["1.8"]["kind"], claims["185.90"]["kind"]) == ("intraday_move", "last_price")
    assert (claims["1.8"]["verdict"], claims["185.90"]["verdict"]) == ("accurate", "accurate")
