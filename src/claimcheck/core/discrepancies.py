"""The wrong and imprecise claims of a run, built once from its results document and shared by
the Prefect artifact and the morning message, so they can never disagree. A finding an editor
has dismissed or seen corrected (core/review.py) is not among them and not counted by its
verdict; a confirmed one is, marked confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.core.review import closed, confirmed

DISCREPANT = ("wrong", "imprecise")


@dataclass(frozen=True)
class Discrepancy:
    article: str
    title: str
    page: str  # the article's page file in the report folder
    quote: str
    kind: str
    verdict: str
    observed: float | None
    unit: str | None
    explanation: str
    claim_id: str = ""
    confirmed: bool = False  # an editor has confirmed the discrepancy


def discrepancies(results: dict[str, Any]) -> list[Discrepancy]:
    """Wrong claims first, then imprecise ones, each in article order."""
    found = [
        Discrepancy(
            article=article["article"],
            title=str(article.get("title") or article["article"]),  # a title when the article has one
            page=str(article.get("page") or ""),
            quote=claim["quote"],
            kind=claim["kind"],
            verdict=claim["verdict"],
            observed=claim.get("observed"),
            unit=claim.get("unit"),
            explanation=claim.get("explanation") or "",
            claim_id=claim["id"],
            confirmed=confirmed(claim),
        )
        for article in results["articles"]
        for claim in article["claims"]
        if is_discrepancy(claim)
    ]
    return sorted(found, key=lambda item: DISCREPANT.index(item.verdict))


def is_discrepancy(claim: dict[str, Any]) -> bool:
    """Wrong or imprecise, and not closed by an editor."""
    return claim["verdict"] in DISCREPANT and not closed(claim)


def counted_verdict(claim: dict[str, Any]) -> str:
    """What a claim counts as: its verdict, or `reviewed` for a finding an editor has closed."""
    return "reviewed" if claim["verdict"] in DISCREPANT and closed(claim) else str(claim["verdict"])


def verdict_counts(results: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for article in results["articles"]:
        for claim in article["claims"]:
            counted = counted_verdict(claim)
            counts[counted] = counts.get(counted, 0) + 1
    return dict(sorted(counts.items()))


def counted(n: int, noun: str) -> str:
    """'1 article', '2 articles': a count in the English of the logs and the Prefect artifacts (the
    report and the morning message word theirs by the catalogues' plural forms)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def page_link(base_url: str, item: Discrepancy) -> str:
    return f"{base_url.rstrip('/')}/{item.page}" if item.page else f"{base_url.rstrip('/')}/index.html"
