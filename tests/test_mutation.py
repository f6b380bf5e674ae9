"""Mutation testing of the verdicts on the seed articles (tests/mutate.py says how): every mutant
must flip its verdict, a mutation score of 100 %."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.adapters.articles import read_manifest
from claimcheck.paths import SEEDS_DIR
from tests.mutate import Mutant, mutate


@pytest.fixture(scope="module")
def mutations(tmp_path_factory: pytest.TempPathFactory) -> list[Mutant]:
    manifest, _ = read_manifest(SEEDS_DIR)
    seeds = [(path, manifest[path.name]) for path in sorted(SEEDS_DIR.glob("*.txt"))]
    return mutate(seeds, Path(tmp_path_factory.mktemp("mutants")))


def test_mutation_score_is_complete(mutations: list[Mutant]) -> None:
    survivors = [m for m in mutations if not m.killed]
    print(f"\nmutation score: {len(mutations) - len(survivors)}/{len(mutations)}")
    for mutant in mutations:
        print("  ", mutant)
    assert len(mutations) >= 15
    assert survivors == []
