"""Rules added after trying the twenty-fourth batch of written English articles as an editor would
(tests/golden/articles en147..en149: a CNBC 'Asia markets' story on the Hang Seng, Tencent, Meituan, Alibaba and the
Nasdaq 100 overnight, a Yahoo Finance quote summary of BIDU and a Kiplinger-style history of Baidu's stock). Each
sentence here is written for the test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- 'in its final hour of trade': a move caught during the session, not the close ------------------------------------


def test_a_move_in_the_final_hour_is_checked_against_the_day_range(tmp_path: Path) -> None:
    # ^HSI 2026-02-23: range 26798.97..27156.28, close 27081.91, the day before 26413.35: +1.46 %..+2.81 %, close
    # +2.53 %; 2.7 % lies inside the range but is not the close
    english = (
        "Hong Kong stocks jump\n\n"
        "Hong Kong stocks rallied on Monday. The Hang Seng index was up 2.7% in its final hour of trading."
    )
    claims = _claims(english, date(2026, 2, 23))
    assert claims["2.7"].kind == "index_move" and claims["2.7"].listing == "^HSI"
    assert claims["2.7"].reference == {"date": "2026-02-23"}
    assert verdicts_by_quote(tmp_path, english, "2026-02-23")["2.7"] == "accurate"
    german = (
        "Hongkonger Börse mit kräftigen Gewinnen\n\n"
        "Hongkong - Der Hang-Seng-Index lag am Montag in der letzten Handelsstunde 2,7 Prozent im Plus."
    )
    assert verdicts_by_quote(tmp_path, german, "2026-02-23")["2,7"] == "accurate"
