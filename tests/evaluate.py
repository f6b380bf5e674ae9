"""Precision and recall of the extractor per claim kind on every golden answer file.

`make eval` prints the table. A golden claim counts as found when a checkable claim starts at
its number with the same kind; listing, day, hedge and direction are scored on the found ones.
Golden files: tests/golden/seeds/*.json (the seed articles) and tests/golden/articles/*.json
(articles written for the tests, text beside them). The editor's set (de11..de67, en06..en63, written
after trying the product as an editor would, each answer noting how its figure was computed from
seeds/quotes and whether the article's number is true) is also scored on its own.
"""

from __future__ import annotations

import json
import re
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
    """de11 and on, en06 and on: the articles written while trying the product as an editor."""
    numbered = re.match(r"(de|en)(\d+)_", text_path.name)  # de100 and on: the number has three digits
    if text_path.parent.name != "articles" or numbered is None:
        return False
    language, number = numbered.groups()
    return int(number) >= (11 if language == "de" else 6)


def evaluate(files: list[tuple[Path, Path]] | None = None) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for golden_path, text_path in golden_files() if files is None else files:
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        article = pipeline.extract(load_article(text_path, date.fromisoformat(golden["published"]), {}, date.today()))
        text, cursor, wanted = article.text, 0, {}
        for claim in golden["claims"]:
            start = text.index(claim["quote"], cursor)
            cursor = start + len(claim["quote"])
            # a number the answer calls no market claim is never wanted, whatever its kind says
            # ('retracted': the figure a correction withdraws, 'nicht 7 Prozent, wie zunächst gemeldet')
            if claim["kind"] not in pipeline.load_rules().scope_reasons and claim.get("truth") != "not a market claim":
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
    import tempfile

    with tempfile.TemporaryDirectory(prefix="claimcheck-eval-") as scratch:
        for mistake, claims in editor_verdict_problems(Path(scratch)).items():
            print(f"  {mistake}: {len(claims)}", *claims, sep="\n    ")


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


def editor_verdict_problems(workdir: Path) -> dict[str, list[str]]:
    """Check the editor's set once, offline, against the project's snapshot (publication dates from
    the answer files) and compare each verdict with the answer's truth. Returns, per class of
    mistake, one line per claim: 'true called wrong', 'true called imprecise' (a true number
    accused), 'wrong called accurate' (a wrong number let through), 'missed' (a market number
    given no verdict), 'set out of scope' (a market number given out_of_scope: as good as missed),
    'non-claim checked' (a number that is no market claim judged)."""
    import shutil

    from flows.wiring import run_check

    folder = workdir / "articles"
    folder.mkdir()
    answers = {
        text.name: json.loads(golden.read_text(encoding="utf-8"))
        for golden, text in golden_files()
        if is_editor_set(text)
    }
    for name in answers:
        shutil.copy(GOLDEN / "articles" / name, folder / name)
    (folder / "manifest.csv").write_text(
        "file,published\n" + "".join(f"{name},{answer['published']}\n" for name, answer in answers.items()),
        encoding="utf-8",
    )
    options = pipeline.RunOptions(
        paths=[str(folder)],
        out=str(workdir / "report"),
        db=str(workdir / "eval.duckdb"),
        offline=True,
        kind="on-demand",
    )
    problems: dict[str, list[str]] = {
        k: []
        for k in (
            "true called wrong",
            "true called imprecise",
            "wrong called accurate",
            "missed",
            "set out of scope",
            "non-claim checked",
        )
    }
    for article in run_check(options)["articles"]:
        text = (folder / article["article"]).read_text(encoding="utf-8")
        judged = {c["span"][0]: c for c in article["claims"]}
        cursor = 0
        for claim in answers[article["article"]]["claims"]:
            start = text.index(claim["quote"], cursor)
            cursor = start + len(claim["quote"])
            verdict = judged[start]["verdict"] if start in judged else None
            where = f"{article['article']} {claim['quote']}"
            if claim["truth"] == "true" and verdict in ("wrong", "imprecise"):
                problems[f"true called {verdict}"].append(where)
            elif claim["truth"] == "wrong" and verdict == "accurate":
                problems["wrong called accurate"].append(where)
            elif claim["truth"] != "not a market claim" and verdict is None:
                problems["missed"].append(where)
            elif claim["truth"] != "not a market claim" and verdict == "out_of_scope":
                problems["set out of scope"].append(where)
            elif claim["truth"] == "not a market claim" and verdict not in (None, "out_of_scope"):
                problems["non-claim checked"].append(where)
    return problems


if __name__ == "__main__":
    main()
