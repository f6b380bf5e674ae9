"""The wrong and imprecise claims of a run, built once from its results document and shared by
the Prefect artifact and the morning message, so they can never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
        )
        for article in results["articles"]
        for claim in article["claims"]
        if claim["verdict"] in DISCREPANT
    ]
    return sorted(found, key=lambda item: DISCREPANT.index(item.verdict))


def verdict_counts(results: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for article in results["articles"]:
        for claim in article["claims"]:
            counts[claim["verdict"]] = counts.get(claim["verdict"], 0) + 1
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
        lines.append(
            f"- [{item.verdict}] {item.title}: '{item.quote}' - the data say {observed_text(item)}. "
            f"{item.explanation} {page_link(base_url, item)}".replace("  ", " ")
        )
    lines.append(f"Report: {base_url.rstrip('/')}/index.html")
    return "\n".join(lines)
