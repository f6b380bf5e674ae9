"""Mutation testing of the verdicts on the seed articles (copies, never the seeds themselves).

- every claim found accurate: its number pushed far beyond the allowance of every permitted
  reading (every session, listing and metric variant its words permit) must become wrong;
- every claim found wrong or imprecise: the observed value written at the claim's precision
  (for a one-sided hedge, on the side the hedge allows) must become accurate.
The mutation score must be 100 %.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article, read_manifest
from claimcheck.core.band import claim_band
from claimcheck.model import Claim
from claimcheck.paths import SEEDS_DIR
from claimcheck.rules import Rules, load_rules

ARTICLES = sorted(p.name for p in SEEDS_DIR.glob("*.txt"))


def _verdicts(path: Path, published: Any, db: str) -> list[dict[str, Any]]:
    article = pipeline.extract(load_article(path, published, {}, published))
    market = pipeline.prepare_market(db, True, pipeline.listings_needed([article]), "2026-11-22")
    checked, _, _ = pipeline.verify([article], db, market, "en")
    return [{"claim": c, "judged": checked[0].judgements[c.id]} for c in article.claims]


def _written(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


# A claim without a number is mutated by turning its direction round.
OPPOSITES = {"Kursanstieg": "Kursrückgang", "höchsten": "tiefsten", "stiegen": "fielen", "stieg": "fiel"}
OPPOSITES |= {down: up for up, down in OPPOSITES.items()}


def _turned(quote: str) -> str:
    word = next(w for w in OPPOSITES if w in quote)
    return quote.replace(word, OPPOSITES[word], 1)


def _right_side(claim: Claim, observed: float, rules: Rules) -> tuple[float, int]:
    """A value the claim's hedge allows for the observed magnitude, at the claim's precision (one
    digit more when no value at that precision does: 'knapp 10' cannot say 11.04)."""
    magnitude = abs(observed)
    signed = observed if claim.unit not in ("percent", "percentage_points") else magnitude
    for decimals in (claim.decimals, claim.decimals + 1):
        step = 10.0**-decimals
        for value in (
            round(magnitude, decimals),
            math.floor(magnitude / step) * step,
            math.ceil(magnitude / step) * step,
        ):
            band = claim_band(replace(claim, value=value, value_high=None, decimals=decimals), rules)
            if band.lo <= (signed if claim.direction != "down" else -magnitude) <= band.hi:
                return value, decimals
    return round(magnitude, claim.decimals), claim.decimals


@pytest.fixture(scope="module")
def mutations(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, str]]:
    rules = load_rules()
    root = tmp_path_factory.mktemp("mutants")
    db = str(root / "m.duckdb")
    manifest, _ = read_manifest(SEEDS_DIR)
    outcomes: list[tuple[str, str, str, str]] = []
    for name in ARTICLES:
        text = (SEEDS_DIR / name).read_text(encoding="utf-8")
        published = manifest[name]
        for item in _verdicts(SEEDS_DIR / name, published, db):
            claim, judged = item["claim"], item["judged"]
            if judged.verdict == "accurate":
                new = _turned(claim.quote) if claim.value is None else _written(claim.value * 3 + 10, claim.decimals)
                want = "wrong"
            elif judged.verdict in ("wrong", "imprecise") and claim.value is None:
                new, want = _turned(claim.quote), "accurate"
            elif judged.verdict in ("wrong", "imprecise"):
                new = _written(*_right_side(claim, judged.observed, rules))
                want = "accurate"
            else:
                continue
            start, end = claim.span
            mutant = root / f"{name[:3]}-{claim.id}.txt"
            mutant.write_text(text[:start] + new + text[end:], encoding="utf-8")
            got = next(i["judged"].verdict for i in _verdicts(mutant, published, db) if i["claim"].span[0] == start)
            outcomes.append((f"{name} {claim.id} {claim.quote} -> {new}", judged.verdict, want, got))
    return outcomes


def test_mutation_score_is_complete(mutations: list[tuple[str, str, str, str]]) -> None:
    killed = [m for m in mutations if m[2] == m[3]]
    survivors = [m for m in mutations if m[2] != m[3]]
    print(f"\nmutation score: {len(killed)}/{len(mutations)}")
    for mutant in mutations:
        print("  ", *mutant)
    assert len(mutations) >= 15
    assert survivors == []
