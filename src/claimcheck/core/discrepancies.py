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


def page_link(base_url: str, item: Discrepancy) -> str:
    return f"{base_url.rstrip('/')}/{item.page}" if item.page else f"{base_url.rstrip('/')}/index.html"


def observed_text(item: Discrepancy) -> str:
    if item.observed is None:
        return "no data"
    return f"{item.observed:g}{' ' + item.unit if item.unit else ''}"


def message_text(results: dict[str, Any], items: list[Discrepancy], base_url: str) -> str:
    """The morning message in plain text: the counts, then one line per discrepancy."""
    counts = verdict_counts(results)
    summary = ", ".join(f"{n} {verdict}" for verdict, n in counts.items()) or "no claims"
    lines = [
        f"claimcheck: {len(results['articles'])} articles, {len(results['errors'])} not readable; {summary}.",
        f"{len(items)} claims need a look:" if items else "No wrong or imprecise claim.",
    ]
    for item in items:
        marked = f"{item.verdict}, confirmed" if item.confirmed else item.verdict
        lines.append(
            f"- [{marked}] {item.title}: '{item.quote}' - the data say {observed_text(item)}. "
            f"{item.explanation} {page_link(base_url, item)}".replace("  ", " ")
        )
    lines.append(f"Report: {base_url.rstrip('/')}/index.html")
    return "\n".join(lines)
