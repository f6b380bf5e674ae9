"""'seit dem Sommer', 'seit dem Frühjahr', 'seit Jahresmitte' name a look-back whose base no close fixes: a since-return
left unmeasured (unverifiable), as 'since the summer' was already; before, the German phrases left the move a day's
move, and a true figure could be called wrong against one session. 'auf Halbjahressicht', 'over the past half-year',
'in the past half year' are six months back, measured as 'in den vergangenen sechs Monaten' is (was a day's move in
German, a window without its length in English: unmeasured)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_by_quote, verdicts_true_and_altered

DAY = "2025-11-19"


@pytest.mark.parametrize("period", ("seit dem Sommer", "seit dem Frühjahr", "seit Jahresmitte"))
def test_a_season_is_a_look_back_without_a_fixed_base(tmp_path: Path, period: str) -> None:
    text = f"Die Alibaba-Aktie hat in Hongkong {period} 12,5 Prozent zugelegt."
    claim = claims_by_quote(text, date.fromisoformat(DAY))["12,5"]
    assert (claim.kind, claim.listing, claim.since_base) == ("since_return", "9988.HK", None)
    assert verdicts_by_quote(tmp_path, text, DAY)["12,5"] == "unverifiable"


@pytest.mark.parametrize(
    "text",
    (
        "Die Alibaba-Aktie hat in Hongkong auf Halbjahressicht {x} Prozent zugelegt.",
        "Alibaba's Hong Kong shares have gained {x}% over the past half-year.",
        "Alibaba's Hong Kong shares have gained {x}% in the past half year.",
    ),
)
def test_a_half_year_is_six_months_back(tmp_path: Path, text: str) -> None:
    # seeds/quotes/9988.HK.csv: 2025-11-13 close 162.00, six months before it 2025-05-13 close 126.10:
    # 162.00 / 126.10 - 1 = +28.47 % (a session of the days up to publication, which names none)
    true, quote = (text.format(x="28.5"), "28.5") if "%" in text else (text.format(x="28,5"), "28,5")
    claim = claims_by_quote(true, date.fromisoformat(DAY))[quote]
    assert (claim.kind, claim.window_back) == ("months_return", (6, "months"))
    altered = "12.5" if "%" in text else "12,5"  # no six months up to publication rose that little (+18.8 % at least)
    true_verdicts, altered_verdicts = verdicts_true_and_altered(tmp_path, text, DAY, quote, altered)
    assert true_verdicts[quote] == "accurate"
    assert altered_verdicts[altered] == "wrong"
