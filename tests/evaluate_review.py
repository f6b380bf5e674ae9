"""The checker scored against editors' decisions (issue 18): the JSON lines of `claimcheck review
--export FILE`, taken as truth for the verdicts and the extractor. `make eval DECISIONS=FILE`
prints it after the golden files (`python -m tests.evaluate_review FILE`).

A confirmed or corrected finding was a real discrepancy (the verdict was right); a dismissed one
was a false alarm (the verdict was wrong), and its reason says which step erred: another listing
or another day (the extractor's listing or time slot), another source or the wording (the claim
should not have been checked as read). The extractor is run again on each decided sentence: a
real finding should still be found, a claim dismissed for its wording should be found no more.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.core.extract import extract_claims
from claimcheck.model import Published
from claimcheck.rules import load_rules

STEP_OF_REASON = {
    "other_listing": "listing slot",
    "other_day": "time slot",
    "other_source": "scope (another source's figure)",
    "wording": "extraction (the wording claims no such thing)",
}


@dataclass
class ReviewScore:
    decided: Counter[str] = field(default_factory=Counter)  # per verdict
    right: Counter[str] = field(default_factory=Counter)  # per verdict: confirmed or corrected
    false_alarms: Counter[str] = field(default_factory=Counter)  # per reason
    real_still_found: list[int] = field(default_factory=lambda: [0, 0])  # found again, real findings
    wording_still_found: list[int] = field(default_factory=lambda: [0, 0])  # found again, dismissed for wording
    problems: list[str] = field(default_factory=list)

    def precision(self, verdict: str | None = None) -> float:
        """The share of decided findings that were real (of one verdict, or of all)."""
        decided = self.decided[verdict] if verdict else sum(self.decided.values())
        right = self.right[verdict] if verdict else sum(self.right.values())
        return right / decided if decided else 1.0


def found_again(sentence: str, quote: str) -> bool:
    """Whether the current extractor takes `quote` in `sentence` as a checkable claim."""
    claims, _ = extract_claims(sentence, Published(None, "unknown"), load_rules())
    return any(c.checkable and sentence[c.span[0] : c.span[1]] == quote for c in claims)


def score(lines: Iterable[str], where: str = "decisions") -> ReviewScore:
    result = ReviewScore()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            verdict, decision = str(row["verdict"]), str(row["decision"])
            sentence, quote = row.get("sentence"), row.get("claim")
        except (ValueError, KeyError, TypeError) as error:
            result.problems.append(f"{where}:{number}: not a decision line ({error})")
            continue
        result.decided[verdict] += 1
        if decision in ("confirmed", "corrected"):
            result.right[verdict] += 1
        else:
            result.false_alarms[str(row.get("reason"))] += 1
        if not (sentence and quote):
            continue
        if decision == "confirmed":
            tally = result.real_still_found
        elif decision == "dismissed" and row.get("reason") == "wording":
            tally = result.wording_still_found
        else:
            continue
        tally[0] += found_again(sentence, quote)
        tally[1] += 1
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.evaluate_review DECISIONS.jsonl (from claimcheck review --export)")
        return 2
    path = Path(argv[0])
    try:
        result = score(path.read_text(encoding="utf-8").splitlines(), str(path))
    except OSError as error:
        print(f"{path}: cannot be read ({error.strerror or error})")
        return 2
    print(f"\neditors' decisions in {path}: {sum(result.decided.values())}")
    for verdict, decided in sorted(result.decided.items()):
        real = result.right[verdict]
        print(f"  {verdict:10} {decided:5} decided, {real:5} real: precision {result.precision(verdict):.1%}")
    print(f"  {'all':10} precision {result.precision():.1%}")
    for reason, count in result.false_alarms.most_common():
        print(f"  false alarms, {reason}: {count} ({STEP_OF_REASON.get(reason, 'unknown reason')})")
    found, of = result.real_still_found
    print(f"  confirmed findings the extractor still finds: {found}/{of}")
    found, of = result.wording_still_found
    print(f"  findings dismissed for their wording it still takes: {found}/{of}")
    for problem in result.problems:
        print("  ", problem)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
