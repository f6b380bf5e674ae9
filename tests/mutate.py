"""Mutation testing of the verdicts on real text (copies of the articles, never the originals).

- every claim judged accurate: its number pushed far beyond the allowance of every permitted
  reading (every session, listing and metric variant its words permit) must come out wrong;
  a claim without a number has its direction turned round;
- every claim judged wrong or imprecise: set to the value of the reading the verdict rests on,
  at the claim's precision (one digit more where no value at that precision fits its hedge),
  must come out accurate.
All originals are judged in one batch and all mutants in another, as a nightly run would.
Used by tests/test_mutation.py (the seeds) and tests/evaluate_real.py (the corpus, per article).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from claimcheck import pipeline
from claimcheck.adapters.articles import load_article
from claimcheck.core.band import claim_band
from claimcheck.model import Claim, ExtractedArticle, Judgement
from claimcheck.rules import Rules, load_rules

# A claim without a number is mutated by turning its direction round.
OPPOSITES = {"Kursanstieg": "Kursrückgang", "höchsten": "tiefsten", "stiegen": "fielen", "stieg": "fiel"}
OPPOSITES |= {"rose": "fell", "gained": "lost", "highest": "lowest"}
OPPOSITES |= {down: up for up, down in OPPOSITES.items()}


@dataclass
class Mutant:
    article: str
    claim: str  # id and quote
    new: str
    before: str  # the original's verdict
    want: str
    got: str = ""

    @property
    def killed(self) -> bool:
        return self.want == self.got


def _written(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _turned(quote: str) -> str | None:
    word = next((w for w in OPPOSITES if w in quote), None)
    return quote.replace(word, OPPOSITES[word], 1) if word else None


def right_side(claim: Claim, observed: float, rules: Rules) -> tuple[float, int]:
    """A value the claim's hedge allows for the observed value, at the claim's precision (one digit
    more when no value at that precision does: 'knapp 10' cannot say 11.04)."""
    magnitude = abs(observed)
    target = -magnitude if claim.direction == "down" else observed
    for decimals in (claim.decimals, claim.decimals + 1):
        step = 10.0**-decimals
        nearest = (round(magnitude, decimals), math.floor(magnitude / step) * step, math.ceil(magnitude / step) * step)
        for value in nearest:
            band = claim_band(replace(claim, value=value, value_high=None, decimals=decimals), rules)
            if band.lo <= target <= band.hi:
                return value, decimals
    return round(magnitude, claim.decimals), claim.decimals


def _judge(articles: list[ExtractedArticle], db: str) -> dict[str, dict[str, Judgement]]:
    market = pipeline.prepare_market(db, True, pipeline.listings_needed(articles), "2026-11-29")
    checked, _, _ = pipeline.verify(articles, db, market, "en")
    return {item.article.article: item.judgements for item in checked}


def _extract(path: Path, published: date) -> ExtractedArticle:
    return pipeline.extract(load_article(path, published, {}, published))


def _rsi_far_end(claim: Claim) -> float:
    """A lower bound ('above 78') pushed to the top, an upper bound to the bottom, a value across."""
    assert claim.value is not None
    if claim.hedge in ("more_than", "just_over"):
        return 99.0
    if claim.hedge in ("less_than", "just_under", "up_to"):
        return 1.0
    return 5.0 if claim.value > 50 else 95.0


def _sign_contradicts(claim: Claim, observed: float) -> bool:
    """'Verlust von 15 Prozent' where the data show a gain: its word, not its number, is wrong, so
    no number written in its place can make it accurate (the mutant would be meaningless)."""
    return (claim.direction == "down" and observed > 0) or (claim.direction == "up" and observed < 0)


def _mutation(claim: Claim, judged: Judgement, rules: Rules) -> tuple[str, str] | None:
    """(the new words, the verdict they must get), or None for a claim not mutated."""
    if judged.verdict == "accurate":
        if claim.value is None:
            turned = _turned(claim.quote)
            return (turned, "wrong") if turned else None
        if claim.kind == "rsi":  # an oscillator from 0 to 100: its far end, still an RSI
            return _written(_rsi_far_end(claim), claim.decimals), "wrong"
        return _written(claim.value * 3 + 10, claim.decimals), "wrong"
    if judged.verdict in ("wrong", "imprecise"):
        if claim.value is None:
            turned = _turned(claim.quote)
            return (turned, "accurate") if turned else None
        if judged.observed is None or _sign_contradicts(claim, judged.observed):
            return None
        return _written(*right_side(claim, judged.observed, rules)), "accurate"
    return None


def mutate(articles: list[tuple[Path, date]], workdir: Path) -> list[Mutant]:
    """Every mutant of every article, judged."""
    rules = load_rules()
    db = str(workdir / "mutants.duckdb")
    originals = {path: _extract(path, published) for path, published in articles}
    judged = _judge(list(originals.values()), db)
    mutants: list[tuple[Mutant, Path, date, int]] = []
    for (path, published), article in zip(articles, originals.values(), strict=True):
        text = path.read_text(encoding="utf-8")
        for claim in article.claims:
            verdict = judged[article.article][claim.id]
            change = _mutation(claim, verdict, rules)
            if change is None:
                continue
            new, want = change
            copy = workdir / f"{path.stem}--{claim.id}{path.suffix}"
            copy.write_text(text[: claim.span[0]] + new + text[claim.span[1] :], encoding="utf-8")
            mutant = Mutant(path.name, f"{claim.id} {claim.quote}", new, verdict.verdict, want)
            mutants.append((mutant, copy, published, claim.span[0]))
    changed = [_extract(copy, published) for _, copy, published, _ in mutants]
    verdicts = _judge(changed, db)
    for (mutant, copy, _, start), article in zip(mutants, changed, strict=True):
        at = next((c for c in article.claims if c.span[0] == start), None)
        mutant.got = verdicts[copy.name][at.id].verdict if at else "not found"
    return [m for m, *_ in mutants]
