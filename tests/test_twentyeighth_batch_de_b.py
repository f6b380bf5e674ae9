"""Rules added after trying the twenty-eighth batch of written German articles as an editor would, second set
(tests/golden/articles de189..de193: a Das Investment fund manager's column on January's holdings, an Aktiencheck.de
technical note on Baidu, an FAZ Finanzen week in review of the Dax, the Nasdaq and Chinese stocks, an NZZ report on
Asia's markets in Swiss style, a Smartbroker+ Magazin 'Chartcheck' of Nvidia). Each sentence here is written for the
test, not taken from those articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.model import Claim
from tests.helpers import claims_by_quote, verdicts_by_quote


def _claims(text: str, published: date) -> dict[str, Claim]:
    return claims_by_quote(text, published)


# --- Swiss 'Höchst' / 'Tiefst': 'Jahreshöchst', 'unter ihrem Höchst vom 2. Oktober' ------------------------------


def test_swiss_jahreshoechst_is_the_years_high_and_its_distance(tmp_path: Path) -> None:
    # ^HSI 2025-10-20: high of 2025 27381.84 on 2025-10-02; close 2025-10-20 25858.83: 25858.83 / 27381.84 - 1 = -5.56 %
    text = (
        "Der Hang-Seng-Index schloss am Montag bei 25 859 Punkten. Das Jahreshöchst liegt bei 27 382 Punkten; "
        "vom Jahreshöchst ist das Börsenbarometer damit 5,6% entfernt."
    )
    claims = _claims(text, date(2025, 10, 20))
    assert claims["27 382"].kind == "year_high" and claims["27 382"].listing == "^HSI"
    assert claims["5,6"].kind == "distance_52w_high" and claims["5,6"].direction == "down"
    verdicts = verdicts_by_quote(tmp_path, text, "2025-10-20")
    assert verdicts["27 382"] == "accurate" and verdicts["5,6"] == "accurate"
    altered = verdicts_by_quote(tmp_path, text.replace("27 382", "28 382").replace("5,6%", "8,6%"), "2025-10-20")
    assert altered["28 382"] == "wrong" and altered["8,6"] == "wrong"


def test_swiss_jahrestiefst_is_the_years_low(tmp_path: Path) -> None:
    # 3690.HK lowest low of 2026 up to 2026-03-06: 73.60 on 2026-03-04
    text = "Meituan fielen am Mittwoch in Hongkong auf ein Jahrestiefst von 73,60 Hongkong-Dollar."
    claims = _claims(text, date(2026, 3, 6))
    assert claims["73,60"].kind == "year_low" and claims["73,60"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, text, "2026-03-06")["73,60"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("73,60", "78,60"), "2026-03-06")["78,60"] == "wrong"


def test_below_a_dated_swiss_hoechst_is_the_move_since_that_days_high(tmp_path: Path) -> None:
    # 9888.HK high 2025-10-02 141.40; close 2025-10-17 112.90: 112.90 / 141.40 - 1 = -20.16 %
    text = "Baidu schlossen am Freitag in Hongkong bei 112,90 Hongkong-Dollar, gut 20% unter ihrem Höchst vom 2. Oktober."
    claims = _claims(text, date(2025, 10, 17))
    assert claims["20"].kind == "since_return" and claims["20"].direction == "down"
    assert claims["20"].reference == {"start": "2025-10-02", "end": "2025-10-17"}
    assert verdicts_by_quote(tmp_path, text, "2025-10-17")["20"] == "accurate"
    assert verdicts_by_quote(tmp_path, text.replace("gut 20%", "gut 26%"), "2025-10-17")["26"] == "wrong"
