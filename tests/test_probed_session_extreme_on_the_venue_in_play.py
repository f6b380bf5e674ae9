"""A session's peak or trough told right after a sentence reporting that session on a named venue ('Shares of Alibaba
slipped 0.9% to HK$158.60 in Hong Kong on Thursday. The stock fell as much as 2.5% in early trade.') is that venue's:
only its range decides (`measure._reported_on_venue_in_play`). Before, the company's other listings were permitted
readings as for a listing the text leaves open, and New York's range of the same date (a session later, -4.48 % to
-0.58 %) passed a wrong 3.5 % as accurate. An earlier session of another venue told after the one reported ('...,
after the company's U.S.-listed shares lost 1.3% overnight') is background: the venue in play stays the one reported
(`context._reported_before_asides`); it had become New York's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import claims_by_quote, verdicts_true_and_altered

# A Thursday. seeds/quotes/9988.HK.csv: 2026-02-11 close 160.10; 2026-02-12 low 156.10, close 158.60.
# seeds/quotes/BABA.csv: 2026-02-11 close 164.32; 2026-02-12 low 156.96.
PUBLISHED = "2026-02-12"
HONG_KONG_TROUGH = (156.10 / 160.10 - 1) * 100  # -2.50 %
HONG_KONG_MOVE = (158.60 / 160.10 - 1) * 100  # -0.94 %
NEW_YORK_TROUGH = (156.96 / 164.32 - 1) * 100  # -4.48 %
NEW_YORK_OVERNIGHT = (164.32 / 166.51 - 1) * 100  # BABA 2026-02-11 against 2026-02-10's 166.51: -1.32 %
REPORT = "Shares of Alibaba Group slipped 0.9% to HK$158.60 in Hong Kong on Thursday"
ASIDE = ", after the company's U.S.-listed shares lost 1.3% overnight"


@pytest.mark.parametrize("aside", ("", ASIDE))
def test_the_trough_is_read_on_the_venue_reported(tmp_path: Path, aside: str) -> None:
    assert round(HONG_KONG_TROUGH, 1) == -2.5 and round(HONG_KONG_MOVE, 1) == -0.9
    assert round(NEW_YORK_TROUGH, 1) < -3.5 and round(NEW_YORK_OVERNIGHT, 1) == -1.3  # New York's would pass 3.5 %
    text = REPORT + aside + ". The stock fell as much as {x}% in early trade."
    assert claims_by_quote(text.format(x="2.5"), date.fromisoformat(PUBLISHED))["2.5"].listing == "9988.HK"
    true, altered = verdicts_true_and_altered(tmp_path, text, PUBLISHED, "2.5", "3.5")
    overnight = {"1.3": "accurate"} if aside else {}
    assert true == {"0.9": "accurate", "158.60": "accurate", "2.5": "accurate", **overnight}
    assert altered["3.5"] == "wrong"
