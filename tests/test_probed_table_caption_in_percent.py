"""A table whose caption, the line right above its header, gives its figures in per cent ('Die Woche in Zahlen
(Schlusskurse vom 24.10., Veränderung in Prozent)', 'change in %') holds moves in per cent under a period's header cell
naming no unit ('| Woche |'): '| Baidu | 117,80 HKD | +4,3 |' is Baidu's move over the week. Without such a caption a
bare figure there stays unread (it may be an index's points).

Before, the bare figures under 'Woche' were no claims at all: a wrong weekly move in such a table went unjudged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# Closes from seeds/quotes: 9988.HK 154.40 (2025-10-17) -> 168.30 (2025-10-24): 168.30 / 154.40 - 1 = +9.00 %;
# 9888.HK 112.90 -> 117.80: 117.80 / 112.90 - 1 = +4.34 %.
GERMAN = """Hongkong: Die Woche der China-Techs

Die Woche in Zahlen (Schlusskurse vom 24.10., Veränderung in Prozent)

Wert | Schluss | Woche
Alibaba | 168,30 HKD | +{alibaba}
Baidu | 117,80 HKD | +{baidu}
"""
ENGLISH = """Hong Kong: China tech's week

The week in numbers (closing prices on Oct. 24, change in %)

Stock | Close | Week
Alibaba | HK$168.30 | +{alibaba}
Baidu | HK$117.80 | +{baidu}
"""
PUBLISHED = "2025-10-25"


@pytest.mark.parametrize(("template", "alibaba", "baidu"), [(GERMAN, "9,0", "4,3"), (ENGLISH, "9.0", "4.3")])
def test_a_period_column_captioned_in_percent_holds_moves(template: str, alibaba: str, baidu: str) -> None:
    move = claims_by_quote(template.format(alibaba=alibaba, baidu=baidu), date(2025, 10, 25))[baidu]
    assert (move.kind, move.listing, move.unit) == ("week_return", "9888.HK", "percent")
    assert move.reference == {"start": "2025-10-17", "end": "2025-10-24"}


def test_the_captioned_moves_are_judged(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, GERMAN, PUBLISHED, {"alibaba": "9,0", "baidu": "4,3"}, {"alibaba": "9,0", "baidu": "6,3"}
    )
    assert (true["9,0"], true["4,3"]) == ("accurate", "accurate")
    assert altered["6,3"] == "wrong"


def test_without_a_caption_in_percent_a_bare_figure_stays_unread() -> None:
    text = GERMAN.replace(", Veränderung in Prozent", "").format(alibaba="9,0", baidu="4,3")
    assert "4,3" not in claims_by_quote(text, date(2025, 10, 25))
