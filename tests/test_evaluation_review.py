"""`make eval DECISIONS=FILE`: the verdicts and the extractor scored against editors' decisions."""

from __future__ import annotations

import json
from pathlib import Path

from tests.evaluate_review import main, score

REAL = "Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar."
TARGET = "Analysten sehen das Kursziel der Alibaba-Aktie bei 200 US-Dollar."


def line(verdict: str, decision: str, reason: str | None = None, sentence: str = REAL, claim: str = "166,31") -> str:
    row = {"article": "a.txt", "sentence": sentence, "claim": claim, "claim_id": "c0", "verdict": verdict}
    return json.dumps(row | {"decision": decision, "reason": reason})


def test_decisions_score_the_verdicts_and_the_extractor() -> None:
    result = score(
        [
            line("wrong", "confirmed"),
            line("wrong", "corrected"),
            line("wrong", "dismissed", "other_day"),
            line("imprecise", "dismissed", "wording", TARGET, "200"),
            "",
            "{not json",
        ]
    )
    assert (result.decided["wrong"], result.right["wrong"], result.decided["imprecise"]) == (3, 2, 1)
    assert result.precision("wrong") == 2 / 3 and result.precision() == 2 / 4
    assert result.false_alarms == {"other_day": 1, "wording": 1}
    assert result.real_still_found == [1, 1]  # the confirmed close is still a checkable claim
    assert result.wording_still_found == [0, 1]  # an analyst target is not checked as a price
    assert len(result.problems) == 1 and result.problems[0].startswith("decisions:6: not a decision line")


def test_the_command_reads_an_exported_file(tmp_path: Path, capsys: object) -> None:
    exported = tmp_path / "decisions.jsonl"
    exported.write_text(line("wrong", "confirmed") + "\n", encoding="utf-8")
    assert main([str(exported)]) == 0
    assert main([str(tmp_path / "missing.jsonl")]) == 2
