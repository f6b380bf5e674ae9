"""The extractor and the verdicts against the development corpus of real articles (tests/golden/real).

Per language and per article: recall and precision of market claims (a golden claim is found when
a checkable claim starts at its number), slot accuracy on the found claims (listing, time, metric),
counted only where the annotation fixes the slot (a `null` listing or time means the text leaves it
open), and the share of verdicts that lie in the annotated accepted set (36 claims carry one).
`python -m tests.evaluate_real` prints the table; `make eval` runs it after the older golden files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article
from claimcheck.core.kinds import VOLUME_KINDS
from claimcheck.model import Claim

REAL = Path(__file__).parent / "golden" / "real"
# The corpus annotates numeric stock-price claims (its INDEX.md), never a trading volume: its claim
# 1.8 quotes 'fast 200 Millionen Aktien den Besitzer wechselten' and annotates the day's range only.
# A volume the extractor finds there is no claim the corpus denies, so it is not counted as spurious.
NOT_ANNOTATED_KINDS = VOLUME_KINDS
SLOTS = ("listing", "time", "metric")


@dataclass
class RealScore:
    found: int = 0
    missed: int = 0
    spurious: int = 0
    slots: dict[str, list[int]] = field(default_factory=lambda: {slot: [0, 0] for slot in SLOTS})  # right, counted
    verdicts: list[int] = field(default_factory=lambda: [0, 0])  # in the accepted set, judged
    false_wrong: int = 0  # judged wrong although the accepted set does not allow it
    problems: list[str] = field(default_factory=list)

    def add(self, other: RealScore) -> None:
        self.found += other.found
        self.missed += other.missed
        self.spurious += other.spurious
        for slot in SLOTS:
            self.slots[slot] = [a + b for a, b in zip(self.slots[slot], other.slots[slot], strict=True)]
        self.verdicts = [a + b for a, b in zip(self.verdicts, other.verdicts, strict=True)]
        self.false_wrong += other.false_wrong
        self.problems += other.problems

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.spurious) if self.found + self.spurious else 1.0

    def slot_accuracy(self, slot: str) -> float:
        right, counted = self.slots[slot]
        return right / counted if counted else 1.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdicts[0] / self.verdicts[1] if self.verdicts[1] else 1.0


def golden() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def _time(claim: Claim) -> dict[str, str] | None:
    return claim.reference


def _slot_values(claim: Claim) -> dict[str, Any]:
    return {"listing": claim.listing, "time": _time(claim), "metric": claim.kind}


def _score_slots(score: RealScore, name: str, want: dict[str, Any], got: Claim) -> None:
    values = _slot_values(got)
    for slot in SLOTS:
        expected = want[slot]
        if expected is None:
            continue  # the text leaves this slot open
        right = values[slot] in expected if slot == "metric" else values[slot] == expected
        score.slots[slot][1] += 1
        score.slots[slot][0] += int(right)
        if not right:
            score.problems.append(f"{name} {want['id']} {want['quote']!r}: {slot} {values[slot]!r}, want {expected!r}")


def score_article(doc: dict[str, Any], judged: dict[int, str] | None = None) -> RealScore:
    """Extraction (and, given the verdict per claim start, verdicts) of one golden article."""
    score = RealScore()
    path = REAL / doc["article"]
    article = pipeline.extract(load_article(path, date.fromisoformat(doc["published"]), {}, date(2026, 11, 29)))
    got = {c.span[0]: c for c in article.claims if c.checkable}
    wanted = {c["start"]: c for c in doc["claims"]}
    for start, want in wanted.items():
        found = got.get(start)
        if found is None:
            score.missed += 1
            score.problems.append(f"{doc['article'][:2]} {want['id']} {want['quote']!r}: not found")
            continue
        score.found += 1
        _score_slots(score, doc["article"][:2], want, found)
        if judged is not None and "accepted" in want:
            verdict = judged.get(start)
            score.verdicts[1] += 1
            if verdict in want["accepted"]:
                score.verdicts[0] += 1
            else:
                score.false_wrong += int(verdict == "wrong")
                where = f"{doc['article'][:2]} {want['id']} {want['quote']!r}"
                score.problems.append(f"{where}: verdict {verdict}, accepted {want['accepted']}")
    for start, claim in got.items():
        if start not in wanted and claim.kind not in NOT_ANNOTATED_KINDS:
            score.spurious += 1
            score.problems.append(f"{doc['article'][:2]} {claim.quote!r} ({claim.kind}): not a market claim")
    return score


def verdicts_by_start(workdir: Path) -> dict[str, dict[int, str]]:
    """Check the whole corpus folder once, offline, against the project's snapshot (publication
    dates from its manifest.csv); the verdict per article and claim start."""
    from flows.wiring import run_check

    options = pipeline.RunOptions(
        paths=[str(REAL)],
        out=str(workdir / "report"),
        db=str(workdir / "eval.duckdb"),
        offline=True,
        kind="on-demand",
    )
    results = run_check(options)
    return {a["article"]: {c["span"][0]: c["verdict"] for c in a["claims"]} for a in results["articles"]}


def evaluate_real(with_verdicts: bool = False, workdir: Path | None = None) -> dict[str, RealScore]:
    """Scores per article file name, plus 'de', 'en' and 'all'."""
    import tempfile

    scores: dict[str, RealScore] = {"de": RealScore(), "en": RealScore(), "all": RealScore()}
    with tempfile.TemporaryDirectory(prefix="claimcheck-eval-") as scratch:
        judged = verdicts_by_start(workdir or Path(scratch)) if with_verdicts else {}
        for doc in golden():
            score = score_article(doc, judged.get(doc["article"]) if with_verdicts else None)
            scores[doc["article"]] = score
            scores[doc["language"]].add(score)
            scores["all"].add(score)
    return scores


def main() -> None:
    scores = evaluate_real(with_verdicts=True)
    header = f"{'article':44} {'found':>5} {'miss':>4} {'spur':>4} {'recall':>7} {'prec':>6}"
    print(header + "".join(f" {s:>8}" for s in SLOTS) + f" {'verdicts':>9} {'false wrong':>11}")
    for name, score in scores.items():
        slots = "".join(f" {score.slot_accuracy(s):8.0%}" for s in SLOTS)
        judged = f"{score.verdicts[0]}/{score.verdicts[1]}"
        print(
            f"{name[:44]:44} {score.found:5} {score.missed:4} {score.spurious:4} {score.recall:7.1%} "
            f"{score.precision:6.1%}{slots} {judged:>9} {score.false_wrong:11}"
        )
    print("\nproblems:")
    for problem in scores["all"].problems:
        print("  ", problem)
    print_mutation_scores()


def print_mutation_scores() -> None:
    """The mutation score (tests/mutate.py) per article, on the seeds and the corpus."""
    import tempfile

    from claimcheck.adapters.articles import read_manifest
    from claimcheck.paths import SEEDS_DIR
    from tests.mutate import mutate

    articles = []
    for folder in (SEEDS_DIR, REAL):
        manifest, _ = read_manifest(folder)
        articles += [(path, manifest[path.name]) for path in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory(prefix="claimcheck-mutants-") as scratch:
        mutants = mutate(articles, Path(scratch))
    print(f"\nmutation score: {sum(m.killed for m in mutants)}/{len(mutants)}")
    for path, _ in articles:
        mine = [m for m in mutants if m.article == path.name]
        if mine:
            print(f"  {path.name[:44]:44} {sum(m.killed for m in mine):3}/{len(mine)}")
    for mutant in mutants:
        if not mutant.killed:
            change = f"{mutant.claim} -> {mutant.new}: {mutant.before}"
            print(f"  survivor: {mutant.article[:2]} {change}, want {mutant.want}, got {mutant.got}")


if __name__ == "__main__":
    main()
