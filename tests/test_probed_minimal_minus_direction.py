"""A small move named by a compound of 'Minus' or 'Plus', 'ein Minimalminus von 0,1 Prozent', 'ein Miniplus', carries
its sign as the bare noun does (directions.csv). Before, it had no direction, and a true fall of 0.07 % stated as
'Minimalminus von 0,1 Prozent' was measured as a rise (called imprecise)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.helpers import claims_by_quote, verdicts_by_quote

# seeds/quotes/9988.HK.csv: 2026-02-26 close 143.00, 2026-02-27 close 142.90: -0.07 %
TEXT = "Die Alibaba-Aktie ging in Hongkong mit 142,90 HKD aus dem Handel, ein {word} von 0,1 Prozent zum Vortag."


def test_compound_minus_and_plus_carry_their_sign() -> None:
    assert claims_by_quote(TEXT.format(word="Minimalminus"), date(2026, 2, 27))["0,1"].direction == "down"
    assert claims_by_quote(TEXT.format(word="Miniplus"), date(2026, 2, 27))["0,1"].direction == "up"


def test_true_small_fall_is_accurate(tmp_path: Path) -> None:
    assert verdicts_by_quote(tmp_path, TEXT.format(word="Minimalminus"), "2026-02-27")["0,1"] == "accurate"
