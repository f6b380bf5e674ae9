"""Draws a run's outputs: index.html, a page per article, results.json, claims.csv and the GX
artefacts, as file name -> content. adapters/publication.py puts them in place as a whole.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict
from functools import cache, partial
from typing import Any

import orjson
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from claimcheck.adapters.article_metadata import FIELDS as META_FIELDS
from claimcheck.adapters.articles import MAX_SCAN_CHARS, body_start
from claimcheck.adapters.charts import Point, history_chart, price_chart, source_chart
from claimcheck.adapters.page_pool import render_pages
from claimcheck.adapters.wording import Wording, translations, wording
from claimcheck.core.discrepancies import counted_verdict, is_discrepancy
from claimcheck.core.review import REASONS, closed
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
RATING = {"wrong": 1, "imprecise": 2, "unverifiable": 3, "accurate": 5}


def claim_record(claim: Claim, judged: Judgement, lang: str = "de") -> dict[str, Any]:
    """One claim in the results.json contract (extended with hedge_text, notes, diagnosis...); its
    explanation and diagnosis worded in the report's language."""
    words = wording(lang)
    record = extract_record(claim)
    record.update(
        verdict=judged.verdict,
        observed=_num(judged.observed),
        band=[_num(judged.band[0]), _num(judged.band[1])] if judged.band else None,
        rule=judged.rule,
        confidence=judged.confidence,
        explanation=words.say(judged.explanation),
        evidence=[asdict(e) for e in judged.evidence],
        reading=judged.reading,
        diagnosis=[words.say(line) for line in judged.diagnosis],
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
        "listing_source": claim.listing_source,  # added: text | earlier_sentence | home_default | none
        "distance_base": claim.distance_base,  # added: a distance to an extreme is a share of the extreme or the price
        "extreme_month": claim.extreme_month,
        "set_on": claim.set_on,  # added: the day the text says an extreme was set (ISO day) or null
        "year_extreme": claim.year_extreme,  # added: a distance's extreme named as the year's ('Jahreshoch')
        "extreme_on_closes": claim.extreme_on_closes,  # added: a 52-week extreme named a close ('record close')
        "sessions_counted": claim.sessions_counted,  # added: a week's move told over five sessions, not a week
        "week_span": claim.week_span,  # added: a week told as seven days ('within a week'), never the week so far
        # added: a moving average's window in sessions ('50-day', 'GD200') or null, and whether it is exponential
        "average_sessions": claim.average_sessions,
        "average_exponential": claim.average_exponential,
        # added: the sentence names no company, the subject was carried from the sentences before
        "subject_carried": claim.subject_carried,
        # added: a move over a trailing window its words count ('over the past three months'): [count, unit] or null
        "window_back": list(claim.window_back) if claim.window_back else None,
        "notes": claim.notes,
        "linked": claim.linked,
        "repeat_of": claim.repeat_of,
    }


def _num(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def results_document(
    info: dict[str, Any], errors: list[dict[str, str]], checked: list[CheckedArticle], lang: str = "de"
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
                # the publication instant where the article gives its time of day (added): null otherwise
                "published_at": item.article.published.at.isoformat() if item.article.published.at else None,
                # title, source, url, author: null where the article does not say (schema 2, added)
                **{name: item.article.meta.get(name) for name in META_FIELDS},
                "language": item.article.language,
                "warnings": item.article.warnings,
                "claims": [claim_record(c, item.judgements[c.id], lang) for c in item.article.claims],
            }
            for item in checked
        ],
    }


READABLE_MAX = 100  # characters of an article name kept in its page name (file names stop at 255 bytes)
# German letters spelled as a German reader spells them without umlauts; other accents are dropped (é: e)
_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"})


def results_json(results: dict[str, Any]) -> bytes:
    """results.json as UTF-8. orjson, not json: the standard encoder took 4 s of a 10k-article
    publish. Values are finite floats (explain.py bounds open band edges at ±1e308); orjson would
    write a stray NaN as null, where json with allow_nan=False raised."""
    return orjson.dumps(results, option=orjson.OPT_INDENT_2)


def page_names(articles: Iterable[str]) -> dict[str, str]:
    """A page file name per article name, unique in the run whatever the names are. A name of
    safe characters keeps its form ("article-a_b.txt.html"); any other ("a b.txt", "x/a.txt",
    markup, "Börse.txt") gets its readable form (umlauts spelled out, "Boerse.txt", accents
    dropped) plus a digest of the full name; a clash that is left (also one of case only, for
    case-insensitive file systems) gets a counter, in sorted order."""
    pages: dict[str, str] = {}
    taken: set[str] = set()
    for article in sorted(set(articles)):
        readable = re.sub(r"[^A-Za-z0-9_.-]", "_", _spelled(article))
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


def _spelled(name: str) -> str:
    """A name in ASCII letters where it has Latin ones: 'Börsenbericht_Straße' 'Boersenbericht_Strasse',
    'Café' 'Cafe' (also as a file system writes them decomposed); any other character is left to be replaced."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", name).translate(_SPELLED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


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
            "alternateName": wording(lang).verdict(claim["verdict"]),
        },
        "reviewBody": claim["explanation"],
        "author": {"@type": "Organization", "name": "claimcheck"},
        "datePublished": article.get("checked"),
    }


class _ReportEnvironment(Environment):
    """Jinja's environment, with `c.verdict` on a dict read as the item at once. Jinja tries the
    attribute first and reads the item only after an AttributeError; the report's values are
    dicts, so each of a 10k-article report's ~2 million `x.y` raised and caught one. A name that
    is an attribute of dict (`items`, `get`...) still goes Jinja's way, so every lookup answers
    what it answered before."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


@cache
def _environment(lang: str) -> Environment:
    """One template environment per language (templates compiled once per process), its gettext
    the language's catalogue: templates say {{ _("key") }}, never the words themselves."""
    env = _ReportEnvironment(
        loader=PackageLoader("claimcheck.adapters", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
        # the templates ship with the package: no look at their files' times on every page (each
        # page's extends and import asked twice, 20,000 file checks for 10k pages)
        auto_reload=False,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.globals["_"] = env.globals["gettext"] = _page_gettext(lang)
    words = wording(lang)
    env.globals["w"] = words
    env.globals["review_reasons"] = REASONS
    env.filters["num"] = words.number
    env.filters["jsonld"] = _script_json
    return env


def _page_gettext(lang: str) -> Callable[..., Markup]:
    """The templates' `_`, worded as Jinja's newstyle gettext words it in an autoescaped template
    (the message is markup, its values escaped into it, `%%` a percent sign), without its three
    context calls per use and with each message without values formatted once: a 10k-article report
    says `_("...")` some 400,000 times, and the pages' templates are all autoescaped (.html)."""
    catalogue = translations(lang)

    @cache
    def constant(key: str) -> Markup:
        return Markup(catalogue.gettext(key)) % {}

    def gettext(key: str, **values: Any) -> Markup:
        return Markup(catalogue.gettext(key)) % values if values else constant(key)

    return gettext


def review_state(claim: dict[str, Any], lang: str) -> str:
    """A finding's review line as its article page draws it (templates/review.html), for the
    answer of serve's review endpoint, which puts it in place of the old one."""
    return str(_environment(lang).get_template("review.html").module.state(claim))  # type: ignore[attr-defined]


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open markup."""
    text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
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


DISCREPANCIES = ("wrong", "imprecise")
# A chart costs ~10 ms to draw and ~20 kB of SVG, so a small run (an on-demand article) charts every
# checked claim, a large one its discrepancies only (wrong first), up to a budget per run and per page;
# every finding keeps its evidence table.
CHART_ALL_UP_TO = 200  # checked claims in a run up to which every one gets a chart
CHART_BUDGET = 100  # charts in a large run (~11 ms each: 1 s)
CHART_CLAIMS = 30  # charts on one page


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
    env = _environment(lang)
    words = wording(lang)
    charts = charts or {}
    common = {"lang": lang, "verdicts": VERDICTS, "run": results["run"], "pages": pages}
    counts = {v: 0 for v in VERDICTS}
    summaries = []
    discrepancies = []
    for article in results["articles"]:
        c = {v: 0 for v in VERDICTS}
        for claim in article["claims"]:
            if (counted := counted_verdict(claim)) not in c:
                continue  # a finding an editor dismissed or saw corrected is not counted
            c[counted] += 1
            counts[counted] += 1
            if is_discrepancy(claim):
                discrepancies.append((article, claim))
        summaries.append({"article": article, "counts": c, "issues": c["wrong"] + c["imprecise"]})
    summaries.sort(key=lambda s: (-s["issues"], s["article"]["article"]))
    # The index's count agrees with results.json: every claim, and of them those judged (not out
    # of scope; a finding an editor closed was judged, though no longer counted by its verdict).
    claims = [claim for article in results["articles"] for claim in article["claims"]]
    figures = {"claims": len(claims), "checked": sum(claim["verdict"] != "out_of_scope" for claim in claims)}
    discrepancies.sort(key=lambda pair: (pair[1]["verdict"] != "wrong", pair[0]["article"], pair[1]["span"][0]))
    files: dict[str, str | bytes] = {
        "index.html": env.get_template("index.html").render(
            results=results,
            counts=counts,
            figures=figures,
            summaries=summaries,
            discrepancies=discrepancies,
            history=history_chart(_nights(history), words),
            by_source=source_chart(_sources(summaries, words), words),
            **common,
        ),
        "results.json": results_json(results),
        "claims.csv": claims_csv(results),
        **gx_artefacts(validation),
    }
    template = env.get_template("article.html")
    charted = _charted(results["articles"], discrepancies, charts)
    jobs = []
    for article in results["articles"]:
        points = {k: v for k, v in charts.get(article["article"], {}).items() if (article["article"], k) in charted}
        jobs.append(partial(_article_page, template, article, texts[article["article"]], points, words, common))
    for article, content in zip(results["articles"], render_pages(jobs), strict=True):
        files[pages[article["article"]]] = content
    return files


def _charted(
    articles: list[dict[str, Any]],
    discrepancies: list[tuple[dict[str, Any], dict[str, Any]]],
    charts: dict[str, dict[str, list[Point]]],
) -> set[tuple[str, str]]:
    """(article, claim id) of the claims that get a chart (see CHART_ALL_UP_TO)."""
    checked = [
        (a["article"], c["id"])
        for a in articles
        for c in a["claims"]
        if c["verdict"] != "out_of_scope" and c["id"] in charts.get(a["article"], {})
    ]
    if len(checked) <= CHART_ALL_UP_TO:
        return set(checked)
    chosen = [(a["article"], c["id"]) for a, c in discrepancies if c["id"] in charts.get(a["article"], {})]
    return set(chosen[:CHART_BUDGET])


def _article_page(
    template: Any,
    article: dict[str, Any],
    text: str,
    points: dict[str, list[Point]],
    wording: Wording,
    common: dict[str, Any],
) -> str:
    order = {v: i for i, v in enumerate(VERDICTS)}
    article_view = {**article, "checked": common["run"]["started"][:10]}
    ordered = sorted(article["claims"], key=lambda c: (order[c["verdict"]], c["span"][0]))
    full, rest = ordered[:PAGE_CLAIMS], ordered[PAGE_CLAIMS:]
    shown = text[:PAGE_TEXT_CHARS]
    cuts = []
    if len(text) > len(shown):
        hidden = len(text) - len(shown)
        cuts.append(
            wording.plural("article.text_cut", hidden, shown=wording.count(len(shown)), hidden=wording.count(hidden))
        )
    if rest:
        cuts.append(
            wording.plural(
                "article.claims_cut", len(rest), shown=wording.count(len(full)), hidden=wording.count(len(rest))
            )
        )
    reviews = [  # no ClaimReview rates as false what an editor found to be no error
        claim_review(article_view, c, text, wording.lang)
        for c in full
        if c["verdict"] != "out_of_scope" and not closed(c)
    ]
    svgs = {
        c["id"]: price_chart(points[c["id"]], c, wording)
        for c in [c for c in full if c["verdict"] != "out_of_scope" and c["id"] in points][:CHART_CLAIMS]
    }
    # The article's body: a front matter block ('---\ntitle: ...\n---') is its metadata, shown in the
    # page's head (title, source, author, date), not as text. A figure the extractor found inside it is
    # carried by the body's first paragraph.
    start = body_start(shown)
    if not shown[start:].strip():
        start = 0
    return str(
        template.render(
            article=article,
            counts=Counter(counted_verdict(c) for c in article["claims"]),  # closed findings are not counted
            paragraphs=paragraphs(shown, [c for c in full if c["span"][1] <= len(shown)], start),
            claims=full,
            discrepancies=[c for c in full if is_discrepancy(c)],
            more_claims=rest,
            cuts=cuts,
            reviews=reviews,
            charts=svgs,
            **common,
        )
    )


_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str, claims: list[dict[str, Any]], start: int = 0) -> list[dict[str, Any]]:
    """The text from `start` as paragraphs (its lines), each cut into plain and claim pieces and
    carrying its claims in text order, so that a page shows each finding beside its sentence. A
    claim that crosses a line break is carried by the paragraph it starts in and not highlighted;
    one before `start` by the first paragraph, not highlighted."""
    by_start = sorted(claims, key=lambda c: c["span"][0])
    result: list[dict[str, Any]] = []
    index = 0
    for match in _PARAGRAPH.finditer(text, start):
        start, end = match.span()
        mine = []
        while index < len(by_start) and by_start[index]["span"][0] < end:
            mine.append(by_start[index])
            index += 1
        pieces: list[tuple[str, dict[str, Any] | None]] = []
        cursor = start
        for claim in mine:
            c_start, c_end = claim["span"]
            if c_start < cursor or c_end > end:
                continue
            pieces.append((text[cursor:c_start], None))
            pieces.append((text[c_start:c_end], claim))
            cursor = c_end
        pieces.append((text[cursor:end], None))
        result.append({"pieces": pieces, "claims": mine})
    if index < len(by_start) and result:  # claims in trailing blank space: kept with the last paragraph
        result[-1]["claims"].extend(by_start[index:])
    return result


MAX_SOURCES = 15  # sources drawn in the per-source chart, most discrepancies first


def _sources(summaries: list[dict[str, Any]], words: Wording) -> list[tuple[str, int, int]]:
    """Wrong and imprecise claims of this run per article source, most discrepancies first."""
    totals: dict[str, list[int]] = {}
    for summary in summaries:
        name = summary["article"].get("source") or words.text("index.unknown_source")
        counts = totals.setdefault(name, [0, 0])
        counts[0] += summary["counts"]["wrong"]
        counts[1] += summary["counts"]["imprecise"]
    ranked = sorted(totals.items(), key=lambda item: (-sum(item[1]), item[0]))
    return [(name, wrong, imprecise) for name, (wrong, imprecise) in ranked[:MAX_SOURCES] if wrong + imprecise]


def _nights(history: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    """Wrong and imprecise claims per night of the run history (the latest run of each day)."""
    nights: dict[str, tuple[int, int]] = {}
    for run in history:
        day = str(run.get("started") or "")[:10]
        if day:
            nights[day] = (int(run.get("wrong") or 0), int(run.get("imprecise") or 0))
    return [(day, wrong, imprecise) for day, (wrong, imprecise) in sorted(nights.items())]


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
