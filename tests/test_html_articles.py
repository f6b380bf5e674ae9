"""Articles as a CMS exports them: an HTML page with entities, a headline, a <meta> publication
date and JSON-LD is checked like its plain-text twin, and its metadata reach results.json."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from claimcheck.paths import SEEDS_DIR
from tests.helpers import check_text

SEED = "003_a9b9239995e7daa0.txt"  # published 2025-12-30 (manifest): eight claims, judged
PUBLISHED = "2025-12-30"


def as_cms_page(text: str) -> str:
    """The seed as a newsroom's HTML: paragraphs, boilerplate around them, and the spaces between
    a number and its unit written as the entities CMS editors type (&nbsp;, &#160;)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = []
    for i, paragraph in enumerate(paragraphs):
        escaped = html.escape(paragraph, quote=False)
        entity = "&nbsp;" if i % 2 else "&#160;"
        escaped = re.sub(r"(\d) (%|Prozent|HKD|US-Dollar|Euro)", rf"\1{entity}\2", escaped)
        body.append(f"<p>{escaped}</p>")
    return f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Alibaba: MiniMax-Deal und KI-Chips | Börsenblick</title>
<meta property="og:title" content="Alibaba setzt auf MiniMax und eigene KI-Chips">
<meta property="og:site_name" content="Börsenblick">
<meta property="og:url" content="https://boersenblick.example/alibaba-minimax">
<meta property="article:published_time" content="{PUBLISHED}T09:15:00+01:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Alibaba setzt auf MiniMax", "datePublished": "{PUBLISHED}",
 "author": {{"@type": "Person", "name": "Erika Muster"}}}}</script>
<script>var tracking = "99 % der Leser";</script>
</head><body><nav><a href="/">Start</a> · <a href="/maerkte">Märkte 24 %</a></nav>
<article>{"".join(body)}</article>
<footer>© 2026 Börsenblick · Impressum</footer></body></html>"""


def claims_of(results: dict[str, Any]) -> list[tuple[Any, ...]]:
    (article,) = results["articles"]
    return [
        (" ".join(c["quote"].split()), c["kind"], c["value"], c["listing"], c["verdict"], c["observed"])
        for c in article["claims"]
    ]


def test_an_html_page_is_checked_like_its_plain_text_twin(tmp_path: Path) -> None:
    text = (SEEDS_DIR / SEED).read_text(encoding="utf-8")
    (tmp_path / "plain").mkdir()
    plain = check_text(tmp_path / "plain", text, PUBLISHED, name="twin.txt")
    page = as_cms_page(text)
    assert "&nbsp;" in page and "&#160;" in page
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "twin.html").write_text(page, encoding="utf-8")
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check

    html_run = run_check(
        RunOptions(
            paths=[str(tmp_path / "page" / "twin.html")],
            out=str(tmp_path / "page" / "o"),
            db=str(tmp_path / "page" / "d.duckdb"),
            offline=True,
            kind="on-demand",
        )
    )
    twin = claims_of(plain)
    assert sum(claim[4] in ("accurate", "imprecise", "wrong") for claim in twin) >= 4
    assert claims_of(html_run) == twin  # every claim found, read and judged as in the text file

    (article,) = html_run["articles"]
    assert article["published"] == PUBLISHED and article["published_source"] == "metadata"
    assert article["title"] == "Alibaba setzt auf MiniMax und eigene KI-Chips"
    assert article["source"] == "Börsenblick"
    assert article["url"] == "https://boersenblick.example/alibaba-minimax"
    assert article["author"] == "Erika Muster"
    assert html_run["errors"] == []
    # The index names the article by its headline and source, and counts its discrepancies per source.
    index = (tmp_path / "page" / "o" / "index.html").read_text(encoding="utf-8")
    assert "Alibaba setzt auf MiniMax und eigene KI-Chips</a>" in index
    assert any(claim[4] in ("wrong", "imprecise") for claim in twin)
    chart = index.split('<figure class="by-source">')[1].split("</figure>")[0]
    assert "Börsenblick" in chart and "ungenau" in chart
    # Neither the tracking script's nor the navigation's numbers are claims.
    assert not any(quote.startswith(("99", "24")) for quote, *_ in claims_of(html_run))


def test_front_matter_metadata_reach_results_json(tmp_path: Path) -> None:
    text = "---\ntitle: Alibaba schließt fester\npublisher: Marktbrief\nauthor: Max Beispiel\n---\n"
    text += "Die Alibaba-Aktie schloss am Montag in Hongkong bei 150,70 HKD."
    results = check_text(tmp_path, text, "2026-01-13")
    (article,) = results["articles"]
    assert (article["title"], article["source"], article["author"], article["url"]) == (
        "Alibaba schließt fester",
        "Marktbrief",
        "Max Beispiel",
        None,
    )
