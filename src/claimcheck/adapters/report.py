"""Writes a run's outputs into one folder: index.html, a page per article, results.json, claims.csv.

All entries are first written to a temporary folder inside the target and then renamed into
place, so a reader never sees half a report; files the report does not own are left alone.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from claimcheck.model import Claim, Judgement
from claimcheck.pipeline import CheckedArticle

VERDICTS = ("wrong", "imprecise", "unverifiable", "accurate", "out_of_scope")
LABELS = {
    "de": {
        "wrong": "falsch",
        "imprecise": "ungenau",
        "unverifiable": "nicht prüfbar",
        "accurate": "korrekt",
        "out_of_scope": "außerhalb des Prüfbereichs",
    },
    "en": {
        "wrong": "wrong",
        "imprecise": "imprecise",
        "unverifiable": "unverifiable",
        "accurate": "accurate",
        "out_of_scope": "out of scope",
    },
}
RATING = {"wrong": 1, "imprecise": 2, "unverifiable": 3, "accurate": 5}


def claim_record(claim: Claim, judged: Judgement) -> dict[str, Any]:
    """One claim in the results.json contract (extended with hedge_text, notes, diagnosis...)."""
    record = extract_record(claim)
    record.update(
        verdict=judged.verdict,
        observed=_num(judged.observed),
        band=[_num(judged.band[0]), _num(judged.band[1])] if judged.band else None,
        rule=judged.rule,
        confidence=judged.confidence,
        explanation=judged.explanation,
        evidence=[asdict(e) for e in judged.evidence],
        reading=judged.reading,
        diagnosis=judged.diagnosis,
    )
    return record


def extract_record(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "span": list(claim.span),
        "quote": claim.quote,
        "sentence_span": list(claim.sentence_span),
        "value": claim.value,
        "value_high": claim.value_high,
        "scale": claim.scale,
        "direction": claim.direction,
        "unit": claim.unit,
        "kind": claim.kind,
        "checkable": claim.checkable,
        "scope_reason": claim.scope_reason,
        "hedge": claim.hedge,
        "hedge_text": claim.hedge_text,
        "subject": claim.subject,
        "listing": claim.listing,
        "reference": claim.reference,
        "date_basis": claim.date_basis,
        "notes": claim.notes,
        "linked": claim.linked,
    }


def _num(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def results_document(
    info: dict[str, Any], errors: list[dict[str, str]], checked: list[CheckedArticle]
) -> dict[str, Any]:
    return {
        "run": info,
        "errors": errors,
        "articles": [
            {
                "article": item.article.article,
                "published": item.article.published.date.isoformat() if item.article.published.date else None,
                "published_source": item.article.published.source,
                "language": item.article.language,
                "warnings": item.article.warnings,
                "claims": [claim_record(c, item.judgements[c.id]) for c in item.article.claims],
            }
            for item in checked
        ],
    }


def _page_name(article: str) -> str:
    return "article-" + re.sub(r"[^A-Za-z0-9_.-]", "_", article) + ".html"


def _segments(text: str, claims: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """The article text cut into plain pieces and claim pieces, for highlighting."""
    pieces: list[tuple[str, dict[str, Any] | None]] = []
    cursor = 0
    for claim in sorted(claims, key=lambda c: c["span"][0]):
        start, end = claim["span"]
        if start < cursor:
            continue
        pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], claim))
        cursor = end
    pieces.append((text[cursor:], None))
    return pieces


def claim_review(article: dict[str, Any], claim: dict[str, Any], text: str, lang: str) -> dict[str, Any]:
    """schema.org ClaimReview for one checked claim."""
    start, end = claim["sentence_span"]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": text[start:end],
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {"@type": "CreativeWork", "name": article["article"]},
            "datePublished": article["published"],
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[claim["verdict"]],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": LABELS[lang][claim["verdict"]],
        },
        "reviewBody": claim["explanation"],
        "author": {"@type": "Organization", "name": "claimcheck"},
        "datePublished": article.get("checked"),
    }


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimcheck.adapters", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["page"] = _page_name
    env.filters["jsonld"] = _script_json
    return env


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open markup."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def claims_csv(results: dict[str, Any]) -> str:
    buffer = io.StringIO()
    fields = [
        "article",
        "id",
        "quote",
        "kind",
        "listing",
        "value",
        "unit",
        "hedge",
        "verdict",
        "observed",
        "rule",
        "confidence",
        "explanation",
    ]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for article in results["articles"]:
        for claim in article["claims"]:
            writer.writerow({"article": article["article"], **claim})
    return buffer.getvalue()


def render(
    results: dict[str, Any],
    texts: dict[str, str],
    history: list[dict[str, Any]],
    validation: dict[str, Any],
    lang: str = "de",
) -> dict[str, str]:
    """File name -> content of every file the report owns."""
    env = _environment()
    labels = LABELS[lang]
    counts = {v: 0 for v in VERDICTS}
    summaries = []
    for article in results["articles"]:
        c = {v: 0 for v in VERDICTS}
        for claim in article["claims"]:
            c[claim["verdict"]] += 1
            counts[claim["verdict"]] += 1
        summaries.append({"article": article, "counts": c, "issues": c["wrong"] + c["imprecise"]})
    summaries.sort(key=lambda s: (-s["issues"], s["article"]["article"]))
    files = {
        "index.html": env.get_template("index.html").render(
            results=results,
            counts=counts,
            summaries=summaries,
            labels=labels,
            verdicts=VERDICTS,
            history=_history_chart(history),
            lang=lang,
        ),
        "results.json": json.dumps(results, ensure_ascii=False, indent=1, allow_nan=False),
        "claims.csv": claims_csv(results),
        "validation.json": json.dumps(validation, ensure_ascii=False, indent=1, default=str),
    }
    checked_on = results["run"]["started"][:10]
    for article in results["articles"]:
        text = texts[article["article"]]
        article_view = {**article, "checked": checked_on}
        reviews = [
            claim_review(article_view, c, text, lang)
            for c in article["claims"]
            if c["verdict"] != "out_of_scope"
        ]
        order = {v: i for i, v in enumerate(VERDICTS)}
        files[_page_name(article["article"])] = env.get_template("article.html").render(
            article=article,
            segments=_segments(text, article["claims"]),
            labels=labels,
            claims=sorted(article["claims"], key=lambda c: (order[c["verdict"]], c["span"][0])),
            reviews=reviews,
            run=results["run"],
            lang=lang,
        )
    return files


def _history_chart(history: list[dict[str, Any]]) -> dict[str, Any]:
    """Points of a small inline SVG line: discrepancies (wrong + imprecise) per past run."""
    values = [int(h["wrong"] or 0) + int(h["imprecise"] or 0) for h in history]
    if not values:
        return {"points": "", "runs": []}
    top = max(max(values), 1)
    step = 300 / max(len(values) - 1, 1)
    points = " ".join(f"{i * step:.1f},{60 - v / top * 55:.1f}" for i, v in enumerate(values))
    return {"points": points, "runs": history, "top": top}


def write_report(out: Path, files: dict[str, str]) -> None:
    """Atomic per entry: write everything to a temporary folder in `out`, then rename into place."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=out))
    try:
        for name, content in files.items():
            (staging / name).write_text(content, encoding="utf-8")
        for name in files:
            os.replace(staging / name, out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
