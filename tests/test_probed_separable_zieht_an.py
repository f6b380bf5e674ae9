"""'zieht ... an' / 'ziehen ... an', the separable verb in the present with its particle at the clause's end, tells a
rise as 'zog an' and 'angezogen' do (found by tester147's ticker de304: 'Baidu zieht um 4,3 Prozent an' was read as a
count without market meaning). Sentences written for the test; figures from seeds/quotes/9888.HK.csv: close 2025-09-24
128.60, 2025-09-25 131.60 (+2.33 %).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered


def test_zieht_an_is_a_rise() -> None:
    claims = claims_by_quote("Die Baidu-Aktie zieht in Hongkong um 2,3 Prozent an.", date(2025, 9, 25))
    assert claims["2,3"].kind == "day_change" and claims["2,3"].direction == "up"


def test_ziehen_an_without_a_figure_names_no_direction_of_another() -> None:
    # 'zieht Anleger an' (attracts investors) is no rise: its 'an' does not end the clause
    claims = claims_by_quote("Baidu zieht Anleger an, die Aktie fiel in Hongkong um 2 Prozent.", date(2025, 9, 25))
    assert claims["2"].direction == "down"


def test_zieht_an_is_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, "Baidu zieht in Hongkong um {x} Prozent auf 131,60 HKD an.", "2025-09-25", "2,3", "4,3"
    )
    assert true["2,3"] == "accurate" and altered["4,3"] == "wrong"
