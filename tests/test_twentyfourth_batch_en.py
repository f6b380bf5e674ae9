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


# --- 'its low for the past year': the 52-week low, whatever day the low was set ---------------------------------------


def test_a_low_for_the_past_year_is_the_52_week_low(tmp_path: Path) -> None:
    # 3690.HK: lowest daily low 2025-03-21..2026-03-20 is 73.60 on 2026-03-04; close 2026-03-20 79.15
    english = (
        "Meituan steadies\n\nMeituan (3690.HK) touched its low for the past year at HK$73.60 on March 4, "
        "and has since recovered."
    )
    claims = _claims(english, date(2026, 3, 20))
    assert claims["73.60"].kind == "low_52w" and claims["73.60"].listing == "3690.HK"
    assert claims["73.60"].reference == {"date": "2026-03-20"}
    assert verdicts_by_quote(tmp_path, english, "2026-03-20")["73.60"] == "accurate"
    wrong = english.replace("73.60", "71.60")
    assert verdicts_by_quote(tmp_path, wrong, "2026-03-20")["71.60"] in ("wrong", "imprecise")
    german = (
        "Meituan stabilisiert sich\n\nDie Meituan-Aktie (3690.HK) fiel am 4. März auf 73,60 Hongkong-Dollar, "
        "den tiefsten Stand der letzten zwölf Monate."
    )
    claims = _claims(german, date(2026, 3, 20))
    assert claims["73,60"].kind == "low_52w" and claims["73,60"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, german, "2026-03-20")["73,60"] == "accurate"


def test_a_high_for_the_past_year_is_the_52_week_high(tmp_path: Path) -> None:
    # 3690.HK: highest daily high 2025-03-21..2026-03-20 is 172.40 on 2025-03-21
    english = "Meituan (3690.HK) is far below its high for the past 12 months of HK$172.40."
    claims = _claims(english, date(2026, 3, 20))
    assert claims["172.40"].kind == "high_52w" and claims["172.40"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, english, "2026-03-20")["172.40"] == "accurate"
