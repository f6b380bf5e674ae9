"""The report in a real browser: Debian's Chromium driven by Playwright, headless, offline.

Screenshots are kept in reports/test-screenshots/ (generated, not in git).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from claimcheck.paths import REPORTS_DIR

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = REPORTS_DIR / "test-screenshots"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (make test installs it with scripts/ensure-chromium.sh)",
)


def test_editor_opens_index_follows_article_and_clicks_a_claim(seed_run: dict[str, Any]) -> None:
    from playwright.sync_api import sync_playwright

    out: Path = seed_run["out"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.on("request", lambda request: requests.append(request.url))
        page.goto((out / "index.html").as_uri())
        assert page.locator("h1").inner_text().startswith("claimcheck")
        page.screenshot(path=str(SHOTS / "index.png"), full_page=True)

        # The article with the most discrepancies is listed first (seed 001: three imprecise euro figures).
        first = page.locator("#articles a").first
        assert first.inner_text() == "001_d027b862ed40befe.txt"
        page.locator("#articles a", has_text="000_cfc3d7df5ed72e45.txt").click()
        page.wait_for_load_state()
        assert page.url.endswith("article-000_cfc3d7df5ed72e45.txt.html")

        imprecise = page.locator("mark.v-imprecise").first
        assert imprecise.inner_text() == "17,3"
        imprecise.click()
        panel = page.locator("#panel")
        assert panel.get_attribute("data-claim") == "c003"
        # the nearest permitted reading is the derived euro one (seed golden 000: +16.89 %)
        assert "knapp daneben" in panel.inner_text() and "+16,89 %" in panel.inner_text()
        assert "abgeleitet" in panel.inner_text()
        assert panel.locator("table").count() == 1 and panel.locator("svg.chart").count() == 1
        page.screenshot(path=str(SHOTS / "article-claim-card.png"), full_page=False)

        quiet = page.locator(".card.quiet").first
        assert quiet.is_visible()
        page.locator("#only-issues").check()
        assert not quiet.is_visible() and page.locator(".card:not(.quiet)").first.is_visible()
        page.screenshot(path=str(SHOTS / "article-discrepancies-only.png"), full_page=True)
        browser.close()

    outside = [url for url in requests if not url.startswith(out.as_uri() + "/")]
    assert requests and outside == []
