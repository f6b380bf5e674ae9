"""The report in a real browser: Debian's Chromium driven by Playwright, headless, offline, on a
laptop (1,400 px) and a phone (390 px). Screenshots are kept as test artefacts in
$CLAIMCHECK_SCREENSHOTS, by default the temporary folder's claimcheck-screenshots/.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.mofile import read_mo

from claimcheck.adapters.wording import LOCALE_DIR

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LAPTOP, PHONE = {"width": 1400, "height": 1000}, {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (make test installs it with scripts/ensure-chromium.sh)",
)


@pytest.fixture(scope="module")
def english_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from claimcheck.paths import SEEDS_DIR
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check

    root = tmp_path_factory.mktemp("english")
    run_check(
        RunOptions(paths=[str(SEEDS_DIR)], out=str(root / "out"), db=str(root / "c.duckdb"), offline=True, lang="en")
    )
    return root / "out"


@pytest.fixture(scope="module")
def shots() -> Path:
    """Kept after the run (pytest's own temporary folders are pruned by later runs)."""
    folder = Path(os.environ.get("CLAIMCHECK_SCREENSHOTS") or Path(tempfile.gettempdir()) / "claimcheck-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser: Any, viewport: dict[str, int], requests: list[str]) -> Any:
    page = browser.new_page(viewport=viewport)
    page.on("request", lambda request: requests.append(request.url))
    return page


def leaving(requests: list[str], out: Path) -> list[str]:
    """Requests for anything but the report's own files (and the assets shared beside it)."""
    homes = (out.parent.as_uri() + "/", out.resolve().parent.as_uri() + "/", "data:")
    return [url for url in requests if not url.startswith(homes)]


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1400px", "390px"])
def test_editor_reads_index_and_article_without_a_click(
    seed_run: dict[str, Any], browser: Any, shots: Path, viewport: dict[str, int]
) -> None:
    out: Path = seed_run["out"]
    width = viewport["width"]
    requests: list[str] = []
    page = open_page(browser, viewport, requests)
    page.goto((out / "index.html").as_uri())
    assert page.locator("h1").inner_text().startswith("claimcheck")
    page.screenshot(path=str(shots / f"index-{width}.png"), full_page=True)
    assert_fits(page, width)

    # Articles by headline (the seeds have none: their file name stands in), most discrepancies
    # first, with their date.
    results = seed_run["results"]
    most = min(
        results["articles"],
        key=lambda a: (-sum(c["verdict"] in ("wrong", "imprecise") for c in a["claims"]), a["article"]),
    )
    first = page.locator("#articles a.headline").first
    assert first.is_visible() and first.inner_text() == most["article"]
    published = most["published"].split("-")
    assert ".".join(reversed(published)) in page.locator("#articles tr").nth(1).inner_text()
    # One list of every discrepancy of the run, each linking to its finding.
    listed = page.locator("#discrepancies + ul.discrepancy-list li")
    issues = sum(c["verdict"] in ("wrong", "imprecise") for a in results["articles"] for c in a["claims"])
    assert issues > 0 and listed.count() == issues
    # Technical notes are collapsed.
    assert not page.locator("#technical h3").first.is_visible()

    first.click()
    page.wait_for_load_state()
    assert page.url.endswith(most["page"])
    assert_fits(page, width)
    # Every finding is on the page beside its sentence without a click: the first highlighted number's
    # card follows its paragraph.
    cards = page.locator(".row .side .card")
    assert cards.count() == len(most["claims"])
    mark = page.locator(".row mark").first
    card = page.locator(f"#card-{mark.get_attribute('data-claim')}")
    assert card.is_visible()
    mark_box, card_box = mark.bounding_box(), card.bounding_box()
    if width < 760:  # on a phone the finding stands right below its paragraph
        assert 0 <= card_box["y"] - mark_box["y"] < 700
    else:  # on a laptop beside it
        assert card_box["x"] > mark_box["x"] and abs(card_box["y"] - mark_box["y"]) < 400
    page.screenshot(path=str(shots / f"article-{width}.png"), full_page=True)
    # A tap still focuses the finding, and it is in view.
    mark.click()
    assert "focused" in (card.get_attribute("class") or "")
    assert card.evaluate("el => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }")
    page.screenshot(path=str(shots / f"article-tapped-{width}.png"), full_page=False)
    # Verdicts are told by word, not colour alone; no internal keys.
    body = page.locator("body").inner_text()
    assert "falsch" in body or "ungenau" in body
    assert not re.search(r"\b(ytd_return|day_change|approx:\w+|twelve_month_return)\b", visible_text(page))
    # Charts carry dated and valued axes.
    chart = page.locator(".card figure svg").first
    assert chart.locator(".axis.x text").count() >= 2 and chart.locator(".axis.y text").count() >= 2
    assert re.search(r"\d+\.? ?\w+", chart.locator(".axis.x text").first.text_content() or "")
    axis_titles = chart.locator(".titles text.title").all_text_contents()
    assert "Handelstag" in axis_titles and any(t.startswith("Kurs von ") for t in axis_titles)

    if width < 760:
        assert_tap_targets(page)
        page.goto((out / "index.html").as_uri())
        assert_tap_targets(page)
    page.close()
    assert requests and leaving(requests, out) == []


@pytest.fixture(scope="module")
def cms_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seed as a newsroom's HTML page (entities, <title>, Open Graph, a <meta> date, JSON-LD)."""
    from claimcheck.paths import SEEDS_DIR
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check
    from tests.test_html_articles import SEED, as_cms_page

    root = tmp_path_factory.mktemp("cms")
    (root / "in").mkdir()
    (root / "in" / "minimax.html").write_text(as_cms_page((SEEDS_DIR / SEED).read_text(encoding="utf-8")), "utf-8")
    run_check(RunOptions(paths=[str(root / "in")], out=str(root / "out"), db=str(root / "c.duckdb"), offline=True))
    return root / "out"


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1400px", "390px"])
def test_the_index_shows_a_cms_articles_headline_source_and_date(
    cms_run: Path, browser: Any, shots: Path, viewport: dict[str, int]
) -> None:
    requests: list[str] = []
    page = open_page(browser, viewport, requests)
    page.goto((cms_run / "index.html").as_uri())
    headline = page.locator("#articles a.headline").first
    assert headline.is_visible() and headline.inner_text() == "Alibaba setzt auf MiniMax und eigene KI-Chips"
    row = page.locator("#articles tr").nth(1).inner_text()
    assert "Börsenblick" in row and "30.12.2025" in row
    assert_fits(page, viewport["width"])
    page.screenshot(path=str(shots / f"index-headline-{viewport['width']}.png"), full_page=True)
    headline.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Alibaba setzt auf MiniMax und eigene KI-Chips"
    assert_fits(page, viewport["width"])
    page.close()
    assert requests and leaving(requests, cms_run) == []


def assert_fits(page: Any, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"horizontal overflow: {scroll} px on a {width} px screen"


def assert_tap_targets(page: Any) -> None:
    small = page.evaluate(
        """() => [...document.querySelectorAll('a, button, input, summary, label')]
          .filter(el => el.offsetParent !== null && !(el.tagName === 'INPUT' && el.closest('label')))
          .map(el => { const r = el.getBoundingClientRect(); return [el.outerHTML.slice(0, 80), r.width, r.height]; })
          .filter(([, w, h]) => w < 44 || h < 44)"""
    )
    assert small == [], f"tap targets under 44 x 44 px: {small[:5]}"


def visible_text(page: Any) -> str:
    """The page's text without the article's own words (text, quotes, headline, source)."""
    return str(
        page.evaluate(
            """() => { const copy = document.body.cloneNode(true);
              copy.querySelectorAll('.article-text, script, svg').forEach(el => el.remove());
              return copy.innerText; }"""
        )
    )


def _forms(value: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """A message's id or text as its forms: one, or an entry's plural forms."""
    return (value,) if isinstance(value, str) else tuple(value)


def catalogue_phrases(lang: str, other: str) -> list[str]:
    """The fixed words of `lang`'s catalogue that `other` says differently (long enough to be words)."""
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.mo", "rb") as f:
        mine = {_forms(m.id)[0]: _forms(m.string) for m in read_mo(f) if m.id}
    with open(LOCALE_DIR / other / "LC_MESSAGES" / "messages.mo", "rb") as f:
        theirs = {_forms(m.id)[0]: _forms(m.string) for m in read_mo(f) if m.id}
    phrases = []
    for key, forms in mine.items():
        for text in forms:
            if text in theirs.get(key, ()):
                continue
            phrases.extend(part.strip() for part in re.split(r"%\(\w+\)s", text) if len(part.strip()) >= 6)
    # (a part both languages write, 'claimcheck:' heading the morning message in each, tells neither)
    said_by_both = "\n".join(text for forms in theirs.values() for text in forms)
    return [phrase for phrase in phrases if phrase not in said_by_both]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_ui_string_of_the_other_language(
    seed_run: dict[str, Any], english_run: Path, browser: Any, lang: str
) -> None:
    out = seed_run["out"] if lang == "de" else english_run
    other = "en" if lang == "de" else "de"
    foreign = catalogue_phrases(other, lang)
    assert len(foreign) > 50
    page = browser.new_page(viewport=LAPTOP)
    for name in ["index.html", *sorted(p.name for p in out.glob("article-*.html"))]:
        page.goto((out / name).as_uri())
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        text = visible_text(page)
        found = [p for p in foreign if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text)]
        assert found == [], f"{name} ({lang}) shows {other} UI strings: {found[:5]}"
        assert page.locator("html").get_attribute("lang") == lang
    page.close()


def test_gx_data_docs_render_styled_offline(seed_run: dict[str, Any], browser: Any, shots: Path) -> None:
    out: Path = seed_run["out"]
    docs = out / "gx" / "data-docs"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.html"))
    validations = [p for p in pages if p.startswith("validations/")]
    assert "index.html" in pages and validations
    assert all("/__none__/" not in p for p in validations)  # the run has a name
    requests: list[str] = []
    failed: list[str] = []
    page = open_page(browser, LAPTOP, requests)
    page.on("requestfailed", lambda request: failed.append(f"{request.url} {request.failure}"))
    for name in ["index.html", validations[0]]:
        page.goto((docs / name).as_uri())
        page.wait_for_load_state("load")
        # Bootstrap's stylesheet and jQuery are loaded from the shared assets.
        bootstrap_rule = "(() => { const e = document.createElement('div'); e.className = 'd-none';"
        bootstrap_rule += " document.body.appendChild(e); return getComputedStyle(e).display; })()"
        assert page.evaluate(bootstrap_rule) == "none"
        assert page.evaluate("typeof window.jQuery") == "function"
    page.screenshot(path=str(shots / "gx-validation-1400.png"), full_page=False)
    page.close()
    assert leaving(requests, out) == [] and failed == []
    # The shared assets hold the static files once; GX's unshown tutorial GIFs are not among them.
    shared = list((out.parent / ".claimcheck-assets").rglob("*"))
    assert any(p.name == "bootstrap.min.css" for p in shared)
    assert not any(p.suffix == ".gif" for p in shared)
