"""A pluperfect whose bracket holds a date with its ordinal dot ('Ihr Monatshoch hatte die Aktie am 13. Januar bei 639
Hongkong-Dollar markiert', 'hatte am 13.01. ... geschlossen') is told in the pluperfect: the earlier day is background,
and the sentences after it go on from the day in play.

Before, the dot after '13' ended the search for the participle, the sentence was read as reporting 13 January, and the
next paragraph's 'Alibaba büßten 2,4 Prozent auf 169,20 Hongkong-Dollar ein' was judged on 13 January (tester140's
de295 showed the class: true figures called wrong).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 0700.HK: 2026-01-29 close 622.00, 2026-01-30 close 606.00 (-2.57 %), January high 639.00 on 2026-01-13.
# 9988.HK: 2026-01-29 close 173.30, 2026-01-30 close 169.20 (-2.37 %), range 167.00..170.70.
TEMPLATE = (
    "Tencent gaben um 2,6 Prozent auf 606 Hongkong-Dollar nach. Ihr Monatshoch hatte die Aktie {when} bei 639 "
    "Hongkong-Dollar markiert.\n\nAlibaba büßten 2,4 Prozent auf {price} Hongkong-Dollar ein."
)


@pytest.mark.parametrize("when", ["am 13. Januar", "am 13.01."])
def test_the_next_paragraph_goes_on_from_the_day_in_play(when: str) -> None:
    claims = claims_by_quote(TEMPLATE.format(when=when, price="169,20"), date(2026, 1, 30))
    assert claims["2,4"].reference == {"date": "2026-01-30"}
    assert claims["169,20"].reference == {"date": "2026-01-30"}


def test_the_move_after_the_aside_is_judged_on_the_day_in_play(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path,
        TEMPLATE,
        "2026-01-30",
        {"when": "am 13. Januar", "price": "169,20"},
        {"when": "am 13. Januar", "price": "176,10"},
    )
    assert true["2,4"] == "accurate"
    assert true["169,20"] == "accurate"
    assert altered["176,10"] == "wrong"
