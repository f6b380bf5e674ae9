"""What a newsroom stores with an article besides its text: title, source, URL, author and the
publication date, from front matter, the folder's manifest or the HTML page itself.

HTML is read with trafilatura (main text without navigation and boilerplate, entities decoded;
metadata from <title>, Open Graph, article:published_time and JSON-LD NewsArticle), not with
regular expressions: a CMS export's '&nbsp;' inside '4,88&nbsp;%' must reach the number reader as
the no-break space it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The metadata an article may carry, under the names results.json uses.
FIELDS = ("title", "source", "url", "author")
# Other names newsrooms use for them (front matter keys, manifest columns, CMS exports).
ALIASES = {
    "title": ("title", "headline", "titel"),
    "source": ("source", "publisher", "sitename", "site", "quelle"),
    "url": ("url", "link", "canonical"),
    "author": ("author", "authors", "byline", "autor"),
}
MAX_FIELD_CHARS = 300  # a title or author longer than this is a paste error, kept clipped


def pick_fields(values: Mapping[str, Any]) -> dict[str, str]:
    """The known fields of a front matter mapping or manifest row, under their results.json names."""
    lowered = {str(k).strip().lower(): v for k, v in values.items() if k is not None}
    picked: dict[str, str] = {}
    for name, keys in ALIASES.items():
        for key in keys:
            value = lowered.get(key)
            if isinstance(value, str) and value.strip():
                picked[name] = " ".join(value.split())[:MAX_FIELD_CHARS]
                break
    return picked


@dataclass
class HtmlArticle:
    text: str  # the main text, paragraphs on lines of their own; claim offsets index into it
    meta: dict[str, str] = field(default_factory=dict)
    published: str | None = None  # as the page states it (ISO date, with its time where stated), checked by the caller


def read_html(html: str) -> HtmlArticle:
    """The page's main text and metadata. A page trafilatura finds no main text in (a fragment
    without <body>, a table only) falls back to all its text, so that no claim is lost unseen."""
    import trafilatura  # imported here: it takes 0.3 s, and most runs read no HTML

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
        config=_config(),
        # the time of day too where the page states it with its offset ('article:published_time',
        # JSON-LD datePublished: '2026-02-27T07:30:00+0800'): a session not yet traded when the page
        # was written is not one its figures speak of; a date alone comes as midnight without an
        # offset, which is no time (core.dates.publication_instant)
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        text = _all_text(html)

    def found(name: str) -> Any:
        return getattr(document, name, None)  # a Document; None when nothing was extracted

    meta = pick_fields(
        {
            key: value
            for key, value in {
                "title": found("title"),
                "source": found("sitename") or found("hostname"),
                "url": found("url"),
                "author": found("author"),
            }.items()
            if value
        }
    )
    published = found("date")
    return HtmlArticle(text, meta, published or None)


_CONFIG: list[Any] = []


def _config() -> Any:
    """trafilatura's defaults, except that a short article (a wire report of two sentences) is
    still an article: its minimum sizes are for crawling the web, not for files given to us."""
    if not _CONFIG:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
        config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
        config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal handlers: we may run in a worker thread
        _CONFIG.append(config)
    return _CONFIG[0]


def _all_text(html: str) -> str:
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # lxml raises ParserError or ValueError on a page without elements
        return ""
    for element in root.xpath("//script|//style|//noscript"):
        element.drop_tree()
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
