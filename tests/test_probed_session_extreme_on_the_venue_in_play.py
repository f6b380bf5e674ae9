"""A session's peak or trough told right after a sentence reporting that session on a named venue ('Shares of Alibaba
slipped 0.9% to HK$158.60 in Hong Kong on Thursday. The stock fell as much as 2.5% in early trade.') is that venue's:
only its range decides (`measure._reported_on_venue_in_play`). Before, the company's other listings were permitted
readings as for a listing the text leaves open, and New York's range of the same date (a session later, -4.48 % to
-0.58 %) passed a wrong 3.5 % as accurate."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_by_quote

# A Thursday. seeds/quotes/9988.HK.csv: 2026-02-11 close 160.10; 2026-02-12 low 156.10, close 158.60.
# seeds/quotes/BABA.csv: 2026-02-11 close 164.32; 2026-02-12 low 156.96.
PUBLISHED = "2026-02-12"
HONG_KONG_TROUGH = (156.10 / 160.10 - 1) * 100  # -2.50 %
HONG_KONG_MOVE = (158.60 / 160.10 - 1) * 100  # -0.94 %
NEW_YORK_TROUGH = (156.96 / 164.32 - 1) * 100  # -4.48 %
TEXT = (
    "Shares of Alibaba Group slipped 0.9% to HK$158.60 in Hong Kong on Thursday. "
    "The stock fell as much as {x}% in early trade."
)


def test_the_trough_is_read_on_the_venue_reported(tmp_path: Path) -> None:
    assert round(HONG_KONG_TROUGH, 1) == -2.5 and round(HONG_KONG_MOVE, 1) == -0.9
    assert round(NEW_YORK_TROUGH, 1) < -3.5  # New York's trough would pass 3.5 %
    (tmp_path / "true").mkdir(), (tmp_path / "altered").mkdir()
    true = verdicts_by_quote(tmp_path / "true", TEXT.format(x="2.5"), PUBLISHED)
    assert true == {"0.9": "accurate", "158.60": "accurate", "2.5": "accurate"}
    assert verdicts_by_quote(tmp_path / "altered", TEXT.format(x="3.5"), PUBLISHED)["3.5"] == "wrong"
