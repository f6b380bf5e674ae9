"""A move told in the present perfect up to now is not dated by the day a later conjunct tells in the simple past, and a
move 'over the same period' keeps the day its own clause names.

'Alibaba's Hong Kong shares have lost 12.5% since the end of January, and in New York the ADRs fell 9.9% over the same
period through Monday' (written on Wednesday morning): the Hong Kong move runs up to the time of writing (Tuesday's
close), the ADRs' to Monday's. Before, the Monday of the second conjunct ended the first conjunct's period too, and
the true Hong Kong figure was called wrong (tester138's en279 showed the class).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# 9988.HK: 2026-01-30 close 169.20, 2026-02-23 (Mon) 152.20, 2026-02-24 (Tue) 148.00: 148.00 / 169.20 - 1 = -12.53 %
# (to Monday it was 152.20 / 169.20 - 1 = -10.05 %). BABA: 2026-01-30 close 169.56, 2026-02-23 (Mon) 152.78:
# 152.78 / 169.56 - 1 = -9.90 %.
TEXT = (
    "Alibaba's Hong Kong shares have lost {hk}% since the end of January, and in New York the ADRs fell {ny}% over the "
    "same period through Monday."
)


def test_the_perfect_runs_to_now_and_the_conjunct_to_its_own_day() -> None:
    claims = claims_by_quote(TEXT.format(hk="12.5", ny="9.9"), date(2026, 2, 25))
    assert claims["12.5"].listing == "9988.HK" and claims["12.5"].reference == {
        "start": "2026-02-01",
        "end": "2026-02-25",
    }
    assert claims["9.9"].listing == "BABA" and claims["9.9"].reference == {"start": "2026-02-01", "end": "2026-02-23"}


def test_both_moves_are_judged_on_their_own_periods(tmp_path: Path) -> None:
    true, altered = verdicts_true_and_altered(
        tmp_path, TEXT, "2026-02-25", {"hk": "12.5", "ny": "9.9"}, {"hk": "15.2", "ny": "12.5"}
    )
    assert true["12.5"] == "accurate" and true["9.9"] == "accurate"
    assert altered["15.2"] == "wrong" and altered["12.5"] == "wrong"
