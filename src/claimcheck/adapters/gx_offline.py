"""GX Data Docs that render styled without a network: the stylesheets and scripts their pages load
from CDNs come from the npm packages GX's pages name (assets/gx-data-docs/package.json, installed
by `make setup` with the lock file beside it), are written once into the report folder's shared
assets (publication.split_shared), the pages are pointed at them, and what is not shipped (icons,
dark mode, Vega, GX's logo on S3) is no longer asked for. GX's tutorial animations (3.3 MB of GIFs
no page shows) are left out. Without the installed packages the docs render unstyled (a warning).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from claimcheck.paths import PROJECT_ROOT

log = logging.getLogger(__name__)

_CORS_ATTRIBUTES = re.compile(r'\s(?:integrity|crossorigin)(?:="[^"]*")?', re.IGNORECASE)
NODE_MODULES = PROJECT_ROOT / "assets" / "gx-data-docs" / "node_modules"
# The file each CDN address stands for, and where its npm package (the version GX 1.24.1 asks for) keeps it
SHIPPED = {
    "bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
    "bootstrap.min.js": "bootstrap/dist/js/bootstrap.min.js",
    "jquery.min.js": "jquery/dist/jquery.min.js",
    "popper.min.js": "popper.js/dist/umd/popper.min.js",
    "bootstrap-table.min.css": "bootstrap-table/dist/bootstrap-table.min.css",
    "bootstrap-table.min.js": "bootstrap-table/dist/bootstrap-table.min.js",
    "bootstrap-table-filter-control.min.css": "bootstrap-table/dist/extensions/filter-control/"
    "bootstrap-table-filter-control.min.css",
    "bootstrap-table-filter-control.min.js": "bootstrap-table/dist/extensions/filter-control/"
    "bootstrap-table-filter-control.min.js",
    "bootstrap-datepicker.min.css": "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css",
    "bootstrap-datepicker.min.js": "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js",
}
VENDOR_PREFIX = "static/vendor/"
UNSHOWN = ("static/images/glossary_scroller.gif", "static/images/validation_failed_unexpected_values.gif")
_EXTERNAL_TAG = re.compile(
    r"<script\b[^>]*\bsrc=\"(?P<script>https?://[^\"]+)\"[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref=\"(?P<link>https?://[^\"]+)\"[^>]*>"
    r"|(?P<img_head><img\b[^>]*\bsrc=\")(?P<img>https?://[^\"]+)\"",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def vendored() -> dict[str, bytes]:
    """The installed files under the Data Docs' static folder, by name."""
    found = {name: NODE_MODULES / path for name, path in SHIPPED.items()}
    missing = sorted(name for name, path in found.items() if not path.is_file())
    if missing:
        log.warning("%s: %s not installed (make setup); GX Data Docs render unstyled", NODE_MODULES, ", ".join(missing))
    return {VENDOR_PREFIX + name: path.read_bytes() for name, path in found.items() if path.is_file()}


def local_name(url: str) -> str | None:
    """The shipped file a CDN address stands for ('…/bootstrap-table-filter-control.css' is the
    shipped .min.css of the same name; 'jquery-3.7.1.min.js' is 'jquery.min.js'), or None."""
    name = url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"-\d+(?:\.\d+)+(?=\.)", "", name)  # 'jquery-3.7.1.min.js' is 'jquery.min.js'
    names = set(SHIPPED)
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
