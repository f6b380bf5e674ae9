"""A large run's article pages are rendered in forked workers: the same pages, in the same order,
as rendering them one after the other; a page that fails fails the report as it would here."""

from __future__ import annotations

import os
from functools import partial

import pytest

from claimcheck.adapters import page_pool


def page(number: int) -> str:
    if number == 13:
        raise ValueError("page 13 cannot be drawn")
    return f"<p>Seite {number} · {os.getpid()}</p>"


def test_workers_render_the_pages_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setenv("CLAIMCHECK_PAGE_WORKERS", "2")
    pages = [partial(page, n) for n in range(20, 80)]
    rendered = [content.decode("utf-8") for content in page_pool.render_pages(pages)]
    assert [text.split(" · ")[0] for text in rendered] == [f"<p>Seite {n}" for n in range(20, 80)]
    drawn_by = [text.split(" · ")[1][:-4] for text in rendered]
    assert drawn_by[0] == str(os.getpid()) and drawn_by[-1] != str(os.getpid())  # this process, then a worker


def test_a_small_run_or_one_page_worker_renders_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_PAGE_WORKERS", "2")
    rendered = page_pool.render_pages([partial(page, 1), partial(page, 2)])
    assert rendered == [f"<p>Seite {n} · {os.getpid()}</p>".encode() for n in (1, 2)]
    monkeypatch.setattr(page_pool, "PARALLEL_FROM", 2)
    monkeypatch.setenv("CLAIMCHECK_PAGE_WORKERS", "1")  # the default
    assert page_pool.render_pages([partial(page, n) for n in range(3)]) == [
        f"<p>Seite {n} · {os.getpid()}</p>".encode() for n in range(3)
    ]


def test_a_failing_page_fails_as_it_would_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setenv("CLAIMCHECK_PAGE_WORKERS", "2")
    with pytest.raises(ValueError, match="page 13"):
        page_pool.render_pages([partial(page, n) for n in range(40)])
