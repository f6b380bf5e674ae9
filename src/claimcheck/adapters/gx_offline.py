"""GX Data Docs that render styled without a network: the stylesheets and scripts their pages load
from CDNs are shipped from adapters/gx_offline/ as static files (publication.split_shared then
writes them once into the report folder's shared assets), the pages are pointed at them, and what is
not shipped (icons, dark mode, Vega, GX's logo on S3) is no longer asked for. GX's tutorial
animations (3.3 MB of GIFs no page shows) are left out.
"""

from __future__ import annotations

import re
from pathlib import Path

_CORS_ATTRIBUTES = re.compile(r'\s(?:integrity|crossorigin)(?:="[^"]*")?', re.IGNORECASE)
VENDOR_DIR = Path(__file__).parent / "gx_offline"
VENDOR_PREFIX = "static/vendor/"
UNSHOWN = ("static/images/glossary_scroller.gif", "static/images/validation_failed_unexpected_values.gif")
_EXTERNAL_TAG = re.compile(
    r"<script\b[^>]*\bsrc=\"(?P<script>https?://[^\"]+)\"[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref=\"(?P<link>https?://[^\"]+)\"[^>]*>"
    r"|(?P<img_head><img\b[^>]*\bsrc=\")(?P<img>https?://[^\"]+)\"",
    re.IGNORECASE,
)


def vendored() -> dict[str, bytes]:
    """The shipped files under the Data Docs' static folder, by name."""
    return {
        VENDOR_PREFIX + path.name: path.read_bytes()
        for path in sorted(VENDOR_DIR.iterdir())
        if path.suffix in (".js", ".css")
    }


def local_name(url: str) -> str | None:
    """The shipped file a CDN address stands for ('…/bootstrap-table-filter-control.css' is the
    shipped .min.css of the same name; 'jquery-3.7.1.min.js' is 'jquery.min.js'), or None."""
    name = url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"-\d+(?:\.\d+)+(?=\.)", "", name)  # 'jquery-3.7.1.min.js' is 'jquery.min.js'
    names = {path.name for path in VENDOR_DIR.iterdir()}
    for candidate in (name, name.replace(".css", ".min.css"), name.replace(".js", ".min.js")):
        if candidate in names and candidate.endswith((".js", ".css")):
            return candidate
    return None


def offline_page(html: str) -> str:
    """A Data Docs page whose loaded resources are all local: './static/…' links, which
    publication.split_shared points at the shared copy whatever the page's depth."""

    def local(match: re.Match[str]) -> str:
        if match["img"]:  # GX's logo from S3: the same logo is among its static images
            return f'{match["img_head"]}./static/images/logo-long.png"'
        url = match["script"] or match["link"]
        name = local_name(url)
        if name is None:
            return ""  # not shipped: not asked for
        tag = match.group(0).replace(url, f"./{VENDOR_PREFIX}{name}")
        # A CDN tag's integrity and crossorigin attributes make Chromium refuse a file:// copy.
        return _CORS_ATTRIBUTES.sub("", tag)

    return _EXTERNAL_TAG.sub(local, html)


def offline_docs(files: dict[str, bytes]) -> dict[str, bytes]:
    """Data Docs files (relative path -> bytes) made to work offline."""
    result: dict[str, bytes] = {}
    for name, content in files.items():
        if name in UNSHOWN:
            continue
        if name.endswith(".html"):
            content = offline_page(content.decode("utf-8")).encode("utf-8")
        result[name] = content
    result.update(vendored())
    return result
