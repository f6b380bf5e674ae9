"""A move during the session told with the price it went to ('stieg zeitweise um 9,7 Prozent auf 174,90 HKD', 'fell as
much as 4.9% to HK$81.85') was told of one moment: the move is the one to that price, against the previous close, not
any move the day's range passed through. Before, every move inside the day's range was accurate, so a move that does
not fit the stated price (5 % to a price 9.7 % up) was too (linking._moves_to_a_moments_price,
readings._readings_at)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import verdicts_true_and_altered

# seeds/quotes/9988.HK.csv: 2025-09-23 close 159.40; 2025-09-24 low 157.60, high 174.90 (174.90 / 159.40 - 1 = +9.72 %)
PUBLISHED = "2025-09-24"


def test_a_move_told_with_its_price_is_the_move_to_that_price_de(tmp_path: Path) -> None:
    template = "Die Alibaba-Aktie stieg in Hongkong am Mittwoch zeitweise um {x} Prozent auf 174,90 HKD."
    true, altered = verdicts_true_and_altered(tmp_path, template, PUBLISHED, "9,7", "5,0")
    assert true["9,7"] == "accurate"
    assert altered["5,0"] == "wrong"


def test_a_move_told_with_its_price_is_the_move_to_that_price_en(tmp_path: Path) -> None:
    template = "Alibaba's Hong Kong shares jumped as much as {x}% to HK$174.90 on Wednesday."
    true, altered = verdicts_true_and_altered(tmp_path, template, PUBLISHED, "9.7", "6.0")
    assert true["9.7"] == "accurate"
    assert altered["6.0"] == "wrong"


def test_a_move_without_a_price_may_be_any_inside_the_range(tmp_path: Path) -> None:
    template = "Die Alibaba-Aktie stieg in Hongkong am Mittwoch zeitweise um {x} Prozent."
    true, altered = verdicts_true_and_altered(tmp_path, template, PUBLISHED, "5,0", "12,0")
    assert true["5,0"] == "accurate"
    assert altered["12,0"] == "wrong"
