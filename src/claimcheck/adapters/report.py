"""Draws a run's outputs: index.html, a page per article, results.json, claims.csv and the GX
artefacts, as file name -> content. adapters/publication.py puts them in place as a whole.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, select_autoescape

from claimcheck.adapters.article_metadata import FIELDS as META_FIELDS
from claimcheck.adapters.articles import MAX_SCAN_CHARS
from claimcheck.core.explain import LOCALES
from claimcheck.model import Claim, Judgement
from claimcheck.paths import SUITES_DIR
from claimcheck.pipeline import CheckedArticle

# The version of the results.json document: 1 is the unversioned document of the releases up to
# a17ae09; 2 adds this field and each article's `page`. Fields are only ever added.
RESULTS_SCHEMA_VERSION = 2

# What one article page may hold, so that no file makes a page explode (a 60 MB text wrote a 97 MB
# page, a 689 kB line of numbers 42 MB: every ClaimReview quoted the whole line). results.json and
# claims.csv keep everything; the page says what it leaves out.
PAGE_TEXT_CHARS = MAX_SCAN_CHARS  # the text shown: what was searched for claims
PAGE_CLAIMS = 500  # claims drawn in full (highlight, card, chart, ClaimReview), issues first
REVIEWED_CHARS = 400  # a ClaimReview's claimReviewed: the claim's sentence, clipped around it

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
TEXTS = {
    "de": {
        "title": "Prüfbericht",
        "run": "Lauf",
        "of": "vom",
        "snapshot": "Kursdaten aus dem Offline-Snapshot",
        "live": "Kursdaten live (Yahoo Finance)",
        "prefect": "über Prefect",
        "no_prefect": "ohne Prefect-Server",
        "errors": "Nicht verarbeitete Eingaben",
        "articles": "Artikel (nach Zahl der Abweichungen)",
        "article": "Artikel",
        "published": "veröffentlicht",
        "unknown": "unbekannt",
        "notes": "Hinweis(e)",
        "no_articles": "Keine Artikel in diesem Lauf.",
        "sources": "Datenquellen",
        "listing": "Notierung",
        "first": "erste Sitzung",
        "last": "letzte Sitzung",
        "rows": "Zeilen",
        "source": "Quelle",
        "fetched": "geladen",
        "no_data": "keine Daten",
        "gaps": "Lücken",
        "history": "Abweichungen pro Lauf",
        "history_none": "Noch keine Lauf-Historie.",
        "machine": "Maschinenlesbar",
        "technical": "Technische Sicht",
        "back": "← Übersicht",
        "language": "Sprache",
        "findings": "Befunde",
        "only_issues": "nur Abweichungen zeigen",
        "text": "Text",
        "observed": "beobachtet",
        "band": "Band",
        "rule": "Regel",
        "confidence": "Sicherheit",
        "date": "Datum",
        "field": "Feld",
        "value": "Wert",
        "pick": "Eine markierte Zahl anklicken, um ihren Befund zu sehen.",
        "chart": "Kurs um den Stichtag: Tagesspanne (grau), Schluss (Linie), "
        "behauptet (gestrichelt), beobachtet (Punkt)",
        "runs": "Läufe",
        "most": "höchstens",
        "per_run": "Abweichungen (falsch + ungenau) in einem Lauf",
        "text_cut": "Der Text ist hier bis Zeichen {shown} gezeigt (so weit wurde nach Behauptungen gesucht); "
        "{hidden} weitere Zeichen sind nicht gezeigt.",
        "claims_cut": "Die ersten {shown} Befunde (Abweichungen zuerst) sind ausführlich gezeigt und im Text markiert; "
        "die übrigen {hidden} stehen unten in einer Zeile je Befund, vollständig in results.json und claims.csv.",
        "more_claims": "Weitere Befunde",
    },
    "en": {
        "title": "Fact-check report",
        "run": "Run",
        "of": "of",
        "snapshot": "quotes from the offline snapshot",
        "live": "live quotes (Yahoo Finance)",
        "prefect": "through Prefect",
        "no_prefect": "without a Prefect server",
        "errors": "Inputs not processed",
        "articles": "Articles (most discrepancies first)",
        "article": "Article",
        "published": "published",
        "unknown": "unknown",
        "notes": "note(s)",
        "no_articles": "No articles in this run.",
        "sources": "Data sources",
        "listing": "Listing",
        "first": "first session",
        "last": "last session",
        "rows": "rows",
        "source": "source",
        "fetched": "fetched",
        "no_data": "no data",
        "gaps": "gaps",
        "history": "Discrepancies per run",
        "history_none": "No run history yet.",
        "machine": "Machine-readable",
        "technical": "Technical view",
        "back": "← Overview",
        "language": "language",
        "findings": "Findings",
        "only_issues": "show discrepancies only",
        "text": "Text",
        "observed": "observed",
        "band": "band",
        "rule": "rule",
        "confidence": "confidence",
        "date": "date",
        "field": "field",
        "value": "value",
        "pick": "Click a highlighted number to see its finding.",
        "chart": "Price around the session: daily range (grey), close (line), claimed (dashed), observed (dot)",
        "runs": "runs",
        "most": "at most",
        "per_run": "discrepancies (wrong + imprecise) in one run",
        "text_cut": "The text is shown up to character {shown} (as far as claims were searched); "
        "{hidden} more characters are not shown.",
        "claims_cut": "The first {shown} findings (discrepancies first) are shown in full and marked in the text; "
        "the other {hidden} are listed below, one line each, and in full in results.json and claims.csv.",
        "more_claims": "More findings",
    },
}


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
        confidence_reasons=judged.confidence_reasons,
        derived=judged.derived,
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
        "time_source": claim.time_source,
        "extreme_month": claim.extreme_month,
        "notes": claim.notes,
        "linked": claim.linked,
    }


def _num(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def results_document(
    info: dict[str, Any], errors: list[dict[str, str]], checked: list[CheckedArticle]
) -> dict[str, Any]:
    pages = page_names(item.article.article for item in checked)
    return {
        "schema_version": RESULTS_SCHEMA_VERSION,
        "run": info,
        "errors": errors,
        "articles": [
            {
                "article": item.article.article,
                "page": pages[item.article.article],
                "published": item.article.published.date.isoformat() if item.article.published.date else None,
                "published_source": item.article.published.source,
                # title, source, url, author: null where the article does not say (schema 2, added)
                **{name: item.article.meta.get(name) for name in META_FIELDS},
                "language": item.article.language,
                "warnings": item.article.warnings,
                "claims": [claim_record(c, item.judgements[c.id]) for c in item.article.claims],
            }
            for item in checked
        ],
    }


Point = tuple[str, float | None, float | None, float | None]


def price_chart(points: list[Point], session: str, claimed: float | None, observed: float | None) -> str:
    """A small self-contained SVG: daily ranges, closes, the claimed and the observed value."""
    values = [v for _, lo, hi, c in points for v in (lo, hi, c) if v is not None]
    values += [v for v in (claimed, observed) if v is not None]
    if len(points) < 2 or not values:
        return ""
    width, height, pad = 360, 120, 6
    top, bottom = max(values), min(values)
    span = (top - bottom) or 1.0
    step = (width - 2 * pad) / (len(points) - 1)

    def y(v: float) -> float:
        return pad + (top - v) / span * (height - 2 * pad)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    closes = []
    for i, (day, lo, hi, close) in enumerate(points):
        x = pad + i * step
        if day == session:
            parts.append(f'<rect x="{x - step / 2:.1f}" y="0" width="{step:.1f}" height="{height}" fill="#eef3ff"/>')
        if lo is not None and hi is not None:
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y(hi):.1f}" y2="{y(lo):.1f}" stroke="#bbb" stroke-width="3"/>'
            )
        if close is not None:
            closes.append(f"{x:.1f},{y(close):.1f}")
    parts.append(f'<polyline fill="none" stroke="#333" stroke-width="1.5" points="{" ".join(closes)}"/>')
    if claimed is not None:
        parts.append(
            f'<line x1="0" x2="{width}" y1="{y(claimed):.1f}" y2="{y(claimed):.1f}" '
            'stroke="#c0392b" stroke-dasharray="5,4"/>'
        )
    days = [p[0] for p in points]
    if observed is not None and session in days:
        x = pad + days.index(session) * step
        parts.append(f'<circle cx="{x:.1f}" cy="{y(observed):.1f}" r="4" fill="#1f6feb"/>')
    parts.append("</svg>")
    return "".join(parts)


READABLE_MAX = 100  # characters of an article name kept in its page name (file names stop at 255 bytes)


def page_names(articles: Iterable[str]) -> dict[str, str]:
    """A page file name per article name, unique in the run whatever the names are. A name of
    safe characters keeps its form ("article-a_b.txt.html"); any other ("a b.txt", "x/a.txt",
    markup) gets its readable form plus a digest of the full name; a clash that is left (also one
    of case only, for case-insensitive file systems) gets a counter, in sorted order."""
    pages: dict[str, str] = {}
    taken: set[str] = set()
    for article in sorted(set(articles)):
        readable = re.sub(r"[^A-Za-z0-9_.-]", "_", article)
        base = f"article-{readable}"
        if readable != article or len(readable) > READABLE_MAX:
            digest = hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest()[:10]
            base = f"article-{readable[:READABLE_MAX]}-{digest}"
        page, count = base, 1
        while page.lower() in taken:
            count += 1
            page = f"{base}-{count}"
        taken.add(page.lower())
        pages[article] = page + ".html"
    return pages


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


def reviewed_text(text: str, claim: dict[str, Any]) -> str:
    """The claim's sentence; one longer than REVIEWED_CHARS (a line of numbers) is clipped to the
    characters around the claim, marked with '…'."""
    start, end = claim["sentence_span"]
    if end - start <= REVIEWED_CHARS:
        return text[start:end]
    claim_start, claim_end = claim["span"]
    margin = max(0, (REVIEWED_CHARS - (claim_end - claim_start)) // 2)
    lo = max(start, claim_start - margin)
    hi = min(end, max(claim_end, lo + REVIEWED_CHARS))
    return ("…" if lo > start else "") + text[lo:hi] + ("…" if hi < end else "")


def claim_review(article: dict[str, Any], claim: dict[str, Any], text: str, lang: str) -> dict[str, Any]:
    """schema.org ClaimReview for one checked claim."""
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": reviewed_text(text, claim),
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


def _environment(pages: dict[str, str], lang: str = "de") -> Environment:
    env = Environment(
        loader=PackageLoader("claimcheck.adapters", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["page"] = pages.__getitem__
    env.filters["num"] = lambda v: _number(v, lang)
    env.filters["jsonld"] = _script_json
    return env


def _number(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    if abs(value) >= 1e300:  # the open side of a one-sided band ('stieg': 0 … ∞)
        return "∞" if value > 0 else "−∞"
    return format_decimal(value, format="#,##0.####", locale=LOCALES[lang])


def _count(n: int, lang: str) -> str:
    return format_decimal(n, format="#,##0", locale=LOCALES[lang])


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
    charts: dict[str, dict[str, list[Point]]] | None = None,
    lang: str = "de",
) -> dict[str, str | bytes]:
    """File name -> content of every file the report owns (the run's GX artefacts under gx/)."""
    pages = page_names(article["article"] for article in results["articles"])
    env = _environment(pages, lang)
    charts = charts or {}
    common = {
        "labels": LABELS[lang],
        "t": TEXTS[lang],
        "lang": lang,
        "verdicts": VERDICTS,
        "run": results["run"],
    }
    counts = {v: 0 for v in VERDICTS}
    summaries = []
    for article in results["articles"]:
        c = {v: 0 for v in VERDICTS}
        for claim in article["claims"]:
            c[claim["verdict"]] += 1
            counts[claim["verdict"]] += 1
        summaries.append({"article": article, "counts": c, "issues": c["wrong"] + c["imprecise"]})
    summaries.sort(key=lambda s: (-s["issues"], s["article"]["article"]))
    files: dict[str, str | bytes] = {
        "index.html": env.get_template("index.html").render(
            results=results, counts=counts, summaries=summaries, history=_history_chart(history), **common
        ),
        "results.json": json.dumps(results, ensure_ascii=False, indent=1, allow_nan=False),
        "claims.csv": claims_csv(results),
        **gx_artefacts(validation),
    }
    order = {v: i for i, v in enumerate(VERDICTS)}
    for article in results["articles"]:
        text = texts[article["article"]]
        article_view = {**article, "checked": results["run"]["started"][:10]}
        ordered = sorted(article["claims"], key=lambda c: (order[c["verdict"]], c["span"][0]))
        full, rest = ordered[:PAGE_CLAIMS], ordered[PAGE_CLAIMS:]
        shown = text[:PAGE_TEXT_CHARS]
        cuts = []
        if len(text) > len(shown):
            cuts.append(
                TEXTS[lang]["text_cut"].format(
                    shown=_count(len(shown), lang), hidden=_count(len(text) - len(shown), lang)
                )
            )
        if rest:
            cuts.append(TEXTS[lang]["claims_cut"].format(shown=_count(len(full), lang), hidden=_count(len(rest), lang)))
        reviews = [claim_review(article_view, c, text, lang) for c in full if c["verdict"] != "out_of_scope"]
        svgs = {
            c["id"]: price_chart(
                points,
                c["evidence"][0]["date"] if c["evidence"] else "",
                c["value"] if c["unit"] in ("HKD", "USD", "EUR") else None,
                c["observed"] if c["unit"] in ("HKD", "USD", "EUR") else None,
            )
            for c in full
            if (points := charts.get(article["article"], {}).get(c["id"]))
        }
        files[pages[article["article"]]] = env.get_template("article.html").render(
            article=article,
            segments=_segments(shown, [c for c in full if c["span"][1] <= len(shown)]),
            claims=full,
            more_claims=rest,
            cuts=cuts,
            reviews=reviews,
            charts=svgs,
            **common,
        )
    return files


def gx_artefacts(validation: dict[str, Any]) -> dict[str, str | bytes]:
    """The claims suite, the frame it judged, both validation results (enough to re-run the
    judgement) and GX's Data Docs of it."""
    frame = validation.get("claims_frame")
    results = {k: v for k, v in validation.items() if k in ("claims", "quotes")}
    docs = {f"gx/data-docs/{name}": content for name, content in validation.get("data_docs", {}).items()}
    if validation.get("claims_one_by_one"):  # a small run: the readable per-claim suite behind the docs
        docs["gx/claims-one-by-one-suite.json"] = json.dumps(
            validation["claims_one_by_one"], ensure_ascii=False, indent=1
        )
    return {
        **docs,
        "gx/claims-suite.json": (SUITES_DIR / "claims.json").read_text(encoding="utf-8"),
        "gx/quotes-suite.json": (SUITES_DIR / "quotes.json").read_text(encoding="utf-8"),
        "gx/claims-frame.csv": frame.to_csv(index=False) if frame is not None else "",
        "gx/validation.json": json.dumps(results, ensure_ascii=False, indent=1, default=str),
    }


def _history_chart(history: list[dict[str, Any]]) -> dict[str, Any]:
    """Points of a small inline SVG line: discrepancies (wrong + imprecise) per past run."""
    values = [int(h["wrong"] or 0) + int(h["imprecise"] or 0) for h in history]
    if not values:
        return {"points": "", "runs": []}
    top = max(max(values), 1)
    step = 300 / max(len(values) - 1, 1)
    points = " ".join(f"{i * step:.1f},{60 - v / top * 55:.1f}" for i, v in enumerate(values))
    return {"points": points, "runs": history, "top": top}
