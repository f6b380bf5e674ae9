"""The development corpus of real articles (tests/golden/real): floors that record where the
extractor and the verdicts stand, so that a change can only move them up. They are the figures
measured when they were set, above the claim-frames issue's targets (recall 97 %, precision 95 %,
each slot 95 %, English within 3 points of German)."""

from __future__ import annotations

import pytest

from tests.evaluate_real import SLOTS, RealScore, evaluate_real, golden


@pytest.fixture(scope="module")
def scores() -> dict[str, RealScore]:
    return evaluate_real(with_verdicts=True)


def test_the_corpus_is_complete() -> None:
    docs = golden()
    assert len(docs) == 15 and sum(len(d["claims"]) for d in docs) == 84
    assert sum("accepted" in c for d in docs for c in d["claims"]) == 36


def test_no_true_claim_is_called_wrong(scores: dict[str, RealScore]) -> None:
    total = scores["all"]
    assert total.false_wrong == 0, [p for p in total.problems if "verdict wrong" in p]


def test_verdicts_lie_in_the_accepted_sets(scores: dict[str, RealScore]) -> None:
    total = scores["all"]
    assert total.verdicts[1] == 36
    # All of them since ts2's 'rund 80%igen YTD-Gewinn' of the ADRs, which names no day, is read as of the
    # session of BABA the text reported before (Monday 2025-11-24, +89.6 % since the end of 2024), no longer
    # on the Friday before (+80.4 %); the annotation accepts imprecise or wrong.
    assert total.verdicts[0] == 36, [p for p in total.problems if "verdict" in p]


def test_extraction_floors(scores: dict[str, RealScore]) -> None:
    total = scores["all"]
    # measured: recall 84/84, precision 84/84, listing, time and metric 100 % (German and English alike)
    assert total.recall >= 1.0 and total.precision >= 1.0, (total.recall, total.precision)
    floors = {"listing": 1.0, "time": 1.0, "metric": 1.0}
    for slot in SLOTS:
        assert total.slot_accuracy(slot) >= floors[slot], (slot, total.slot_accuracy(slot))


def test_english_is_at_parity_with_german(scores: dict[str, RealScore]) -> None:
    german, english = scores["de"], scores["en"]
    assert abs(german.precision - english.precision) <= 0.03, (german.precision, english.precision)
    assert abs(german.recall - english.recall) <= 0.03, (german.recall, english.recall)
    for slot in SLOTS:
        assert abs(german.slot_accuracy(slot) - english.slot_accuracy(slot)) <= 0.03, slot
