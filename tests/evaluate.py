"""Precision and recall of the extractor per claim kind on every golden answer file.

`make eval` prints the table. A golden claim counts as found when a checkable claim starts at
its number with the same kind; listing, day, hedge and direction are scored on the found ones.
Golden files: tests/golden/seeds/*.json (the seed articles) and tests/golden/articles/*.json
(articles written for the tests, text beside them). The editor's set (de11..de20, en06..en15, written
after trying the product as an editor would, each answer noting how its figure was computed from
seeds/quotes and whether the article's number is true) is also scored on its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article
from claimcheck.paths import SEEDS_DIR

GOLDEN = Path(__file__).parent / "golden"
DETAILS = ("listing", "reference", "hedge", "direction")


@dataclass
class Score:
    found: int = 0
    missed: int = 0
    spurious: int = 0
    detail_errors: list[str] = field(default_factory=list)

    @classmethod
    def total(cls, scores: dict[str, Score]) -> Score:
        return cls(
            sum(s.found for s in scores.values()),
            sum(s.missed for s in scores.values()),
            sum(s.spurious for s in scores.values()),
            [e for s in scores.values() for e in s.detail_errors],
        )

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.spurious) if self.found + self.spurious else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0


def golden_files() -> list[tuple[Path, Path]]:
    seeds = [(p, SEEDS_DIR / p.name.replace(".json", ".txt")) for p in sorted((GOLDEN / "seeds").glob("*.json"))]
    own = [(p, p.with_suffix(".txt")) for p in sorted((GOLDEN / "articles").glob("*.json"))]
    return seeds + own


def is_editor_set(text_path: Path) -> bool:
    """de11..de20 and en06..en15: the articles written while trying the product as an editor."""
    language, number = text_path.name[:2], text_path.name[2:4]
    return text_path.parent.name == "articles" and number.isdigit() and int(number) >= (11 if language == "de" else 6)


def evaluate(files: list[tuple[Path, Path]] | None = None) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for golden_path, text_path in golden_files() if files is None else files:
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        article = pipeline.extract(load_article(text_path, date.fromisoformat(golden["published"]), {}, date.today()))
        text, cursor, wanted = article.text, 0, {}
        for claim in golden["claims"]:
            start = text.index(claim["quote"], cursor)
            cursor = start + len(claim["quote"])
            if claim["kind"] not in pipeline.load_rules().scope_reasons:
                wanted[start] = claim
        got = {c.span[0]: c for c in article.claims if c.checkable}
        for start, claim in wanted.items():
            score = scores.setdefault(claim["kind"], Score())
            found = got.get(start)
            if found is None or found.kind != claim["kind"]:
                score.missed += 1
                continue
            score.found += 1
            for key in DETAILS:
                if key in claim and getattr(found, key) != claim[key]:
                    score.detail_errors.append(f"{text_path.name} {claim['quote']}: {key} {getattr(found, key)!r}")
        for start, found in got.items():
            if start not in wanted or wanted[start]["kind"] != found.kind:
                scores.setdefault(found.kind, Score()).spurious += 1
    return scores


def main() -> None:
    editor = [pair for pair in golden_files() if is_editor_set(pair[1])]
    print_table(evaluate(), f"files: {len(golden_files())}")
    print("\nthe editor's set alone:")
    print_table(evaluate(editor), f"files: {len(editor)}")


def print_table(scores: dict[str, Score], files: str) -> None:
    total = Score.total(scores)
    print(f"{'kind':22} {'found':>5} {'missed':>6} {'spurious':>8} {'precision':>9} {'recall':>7}")
    for kind, score in [*sorted(scores.items()), ("ALL (checkable)", total)]:
        print(
            f"{kind:22} {score.found:5} {score.missed:6} {score.spurious:8} {score.precision:9.1%} {score.recall:7.1%}"
        )
    print(f"\n{files}; detail errors on found claims: {len(total.detail_errors)}")
    for error in total.detail_errors:
        print("  ", error)


if __name__ == "__main__":
    main()
