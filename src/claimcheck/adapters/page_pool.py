"""Renders many report pages at once: a large run's article pages are independent of each other,
so this process and forked worker processes share them out (Jinja and Babel hold the GIL: threads
would not help). The workers inherit the pages' inputs through the fork, nothing is sent to them,
and each sends back its pages as UTF-8 bytes. Only with CLAIMCHECK_PAGE_WORKERS above 1; small runs, machines
with one core or without fork, and a pool that breaks render in this process, with the same result.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from claimcheck.settings import Settings

log = logging.getLogger(__name__)

Page = Callable[[], str]

PARALLEL_FROM = 400  # pages; fewer render faster here than a fork and the bytes sent back cost
MAX_WORKERS = 4
CHUNKS_PER_WORKER = 4  # pages differ in size: smaller shares keep every worker busy to the end

_pages: Sequence[Page] = ()  # what the forked workers render, set only while a pool runs
_one_pool_at_a_time = threading.Lock()


def render_pages(pages: Sequence[Page]) -> list[bytes]:
    """Each page's content, in order. This process renders the first share itself while
    `workers - 1` forked processes render the rest (one fork on two cores: each fork's resident
    memory counts again in a summed RSS)."""
    workers = min(Settings().page_workers, os.cpu_count() or 1, MAX_WORKERS)
    if len(pages) < PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [page().encode("utf-8") for page in pages]
    global _pages
    with _one_pool_at_a_time:
        _pages = pages
        try:
            own = len(pages) // workers
            step = -(-(len(pages) - own) // ((workers - 1) * CHUNKS_PER_WORKER))
            shares = [(start, min(start + step, len(pages))) for start in range(own, len(pages), step)]
            with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
                theirs = pool.map(_render_share, shares)
                mine = _render_share((0, own))
                return mine + [content for share in theirs for content in share]
        except (BrokenProcessPool, OSError) as error:  # a worker killed (memory) or no fork: done here
            log.warning("rendering pages in worker processes failed (%s); rendering them here", error)
            return [page().encode("utf-8") for page in pages]
        finally:
            _pages = ()


def _render_share(bounds: tuple[int, int]) -> list[bytes]:
    start, end = bounds
    return [_pages[i]().encode("utf-8") for i in range(start, end)]
