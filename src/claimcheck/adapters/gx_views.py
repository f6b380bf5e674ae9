"""GX Data Docs views that keep their compiled Jinja templates for the life of the process.

GX builds a new Jinja environment for every page view, so each report compiled some hundred
templates again (about 1.3 s of a one-article on-demand run). These views are GX's own, given a
shared bytecode cache through the site's `view` setting (gx_validation.data_docs): the templates
are compiled once per process, and a page renders from the same template source as before."""

from __future__ import annotations

import threading
from typing import Any

from great_expectations.render.view.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates by Jinja's key (template name and source checksum), in memory."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        with self._lock:
            self._code[bucket.key] = code


COMPILED = MemoryBytecodeCache()


class CachedPageView(DefaultJinjaPageView):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED


class CachedIndexPageView(DefaultJinjaIndexPageView):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED


def site_views() -> dict[str, Any]:
    """The `site_config` entries that select these views for every section and the index."""
    view = {"module_name": __name__, "class_name": CachedPageView.__name__}
    return {
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": {"module_name": __name__, "class_name": CachedIndexPageView.__name__},
        },
        "site_section_builders": {name: {"view": view} for name in ("expectations", "validations", "profiling")},
    }
