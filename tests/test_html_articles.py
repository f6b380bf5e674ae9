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


def test_a_pages_stated_time_of_day_bounds_the_sessions_its_figures_speak_of(tmp_path: Path) -> None:
    """JSON-LD's datePublished with its time and offset (as htmldate reads it): a page written at 07:30 in Hong Kong on
    27 February 2026 speaks of New York's session of the 26th, its last one; before, only the date was kept and the
    27th's session, not yet traded, passed a wrong figure. BABA closed 169.56 on 2026-01-30, 148.05 on 2026-02-26
    (-12.69 %) and 144.11 on 2026-02-27 (-15.01 %)."""

    def page(figure: str) -> str:
        return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alibaba ADRs slide</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Alibaba ADRs slide", "datePublished": "2026-02-27T07:30:00+08:00"}}</script></head>
<body><article><p>Alibaba's ADRs in New York are down {figure}% since the end of January, and the shares of the
company have lagged the market.</p></article></body></html>"""

    verdicts = {}
    for figure in ("13", "15"):
        (tmp_path / figure).mkdir()
        results = check_text(tmp_path / figure, page(figure), "", name="page.html")
        (article,) = results["articles"]
        assert article["published"] == "2026-02-27" and article["published_at"].startswith("2026-02-27T07:30:00+08")
        verdicts[figure] = article["claims"][0]["verdict"]
    assert verdicts == {"13": "accurate", "15": "wrong"}
