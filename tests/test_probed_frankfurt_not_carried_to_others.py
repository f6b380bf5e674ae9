"""A German venue named for one foreign stock's euro quote ('Im Frankfurter Handel kosteten die Tencent-Aktien rund 72
Euro') is not carried to another company the next sentence tells without euros ('Meituan notiert nur noch rund 3
Prozent über dem 52-Wochen-Tief'): that one is spoken of at home (subjects.venue_or_inferred); a euro price of the other
company keeps the German venue. de216 had read Meituan's and Baidu's figures on their Frankfurt listings. The text here
is written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# 3690.HK: the lowest daily low of the 52 weeks to 2025-10-14 is 95.35 (2025-09-12); close 2025-10-14 98.30:
# 98.30 / 95.35 - 1 = +3.09 %
_TEXT = (
    "Tencent verlor am Dienstag in Hongkong 2,8 Prozent. Im Frankfurter Handel kosteten die Tencent-Aktien am "
    "Nachmittag rund 72 Euro. Meituan notiert nur noch rund 3 Prozent über dem 52-Wochen-Tief."
)


def test_another_company_after_a_frankfurt_price_is_read_at_home(tmp_path: Path) -> None:
    claims = claims_by_quote(_TEXT, date(2025, 10, 14))
    assert claims["72"].listing == "NNND.F" and claims["3"].listing == "3690.HK"
    assert verdicts_by_quote(tmp_path, _TEXT, "2025-10-14")["3"] == "accurate"
    assert (
        verdicts_by_quote(tmp_path, _TEXT.replace("rund 3 Prozent", "rund 20 Prozent"), "2025-10-14")["20"] == "wrong"
    )


def test_a_euro_price_of_another_company_keeps_the_german_venue() -> None:
    text = _TEXT + " Meituan-Aktien kosteten dort rund 11 Euro."
    assert claims_by_quote(text, date(2025, 10, 14))["11"].listing == "9MD.F"
