"""A return since a dated base is measured from the typed `Claim.since_base` the extractor sets, never
from its note (review 6, item 10): the note 'measured from the close of ...' is for display only.
9988.HK closed at 159.10 on 2025-09-19 and at 101.30 on 2025-04-07: +57.06 %."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck import pipeline
from claimcheck.core.extract import extract_claims
from claimcheck.model import Claim, Published
from tests.helpers import check_text

TEXT = (
    "Die Alibaba-Aktie schloss am Freitag in Hongkong bei 159,10 HKD, rund 57 Prozent über dem Schlusskurs "
    "vom 7. April. Vom Tagestief am 9. April gerechnet beträgt das Plus gut 66 Prozent."
)


def test_the_extractor_types_the_base_and_words_the_note_from_it() -> None:
    claims = {
        c.quote: c for c in extract_claims(TEXT, Published(date(2025, 9, 22), "option"), pipeline.load_rules())[0]
    }
    assert [claims[q].since_base for q in ("57", "66")] == [("close", "2025-04-07"), ("low", "2025-04-09")]
    assert "measured from the close of 2025-04-07" in claims["57"].notes
    assert claims["159,10"].since_base is None


def _measured_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: Any) -> dict[str, Any]:
    real_measure = pipeline.measure

    def measure(claims: list[Claim], *args: Any, **kwargs: Any) -> Any:
        return real_measure([change(c) if c.kind == "since_return" else c for c in claims], *args, **kwargs)

    monkeypatch.setattr(pipeline, "measure", measure)
    results = check_text(tmp_path, TEXT, "2025-09-22", lang="en")
    return {c["quote"]: c for c in results["articles"][0]["claims"]}


def test_measure_reads_the_typed_base_without_the_note(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    claims = _measured_with(monkeypatch, tmp_path, lambda c: replace(c, notes=[]))
    assert claims["57"]["verdict"] == "accurate" and round(claims["57"]["observed"], 2) == 57.06


def test_a_note_alone_measures_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    claims = _measured_with(monkeypatch, tmp_path, lambda c: replace(c, since_base=None))
    assert claims["57"]["verdict"] == "unverifiable"
