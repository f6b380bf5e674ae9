"""A German peak told by the part of the day it came in ('Am Vormittag war sie noch bis auf 164,80 HKD gestiegen', 'am
Nachmittag bis auf ... geklettert'): the session's high, as 'im frühen Handel bis auf' is, not its latest price or close
(found by tester147's ticker de304). Sentences written for the test; figures from seeds/quotes/9988.HK.csv:
2025-09-18 open 162.10, high 164.80, low 156.30, close 158.40; 2025-09-17 close 161.60.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

_TEXT = (
    "Schluss in Hongkong: Die Alibaba-Aktie schließt 2,0 Prozent tiefer bei 158,40 HKD. {when} war sie noch bis auf "
    "{x} HKD gestiegen."
)


def test_a_peak_in_the_morning_is_the_days_high() -> None:
    for when in ("Am Vormittag", "Am Morgen", "Am frühen Nachmittag"):
        claims = claims_by_quote(_TEXT.format(when=when, x="164,80"), date(2025, 9, 18))
        assert claims["164,80"].kind == "day_high", when
        assert claims["164,80"].reference == {"date": "2025-09-18"}


def test_the_morning_peak_is_judged_against_the_high(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, _TEXT.replace("{when}", "Am Vormittag"), "2025-09-18", "164,80", "168,80"
    )
    assert true["164,80"] == "accurate" and altered["168,80"] == "wrong"
