"""The report renders for every kind of run and never lets article text through unescaped."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from claimcheck.adapters import articles, publication, report
from claimcheck.pipeline import RunOptions
from flows.wiring import run_check


def _run(tmp_path: Path, paths: list[str], **extra: Any) -> dict[str, Any]:
    options = RunOptions(
        paths=paths,
        out=str(tmp_path / "out"),
        db=str(tmp_path / "d.duckdb"),
        offline=True,
        kind="on-demand",
        **extra,
    )
    return run_check(options)


def test_hostile_article_renders_as_text(tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(
        "<script>alert(1)</script> Alibaba <img src=x onerror=alert(2)> stieg "
        "am Montag in New York um 10 Prozent. </script><b>",
        encoding="utf-8",
    )
    _run(tmp_path, [str(article)], published="2026-01-13")
    page = (tmp_path / "out" / report.page_names(["evil.txt"])["evil.txt"]).read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    ld = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(ld)[0]["reviewRating"]["alternateName"] == "korrekt"


def test_run_with_no_readable_article_renders(tmp_path: Path) -> None:
    """(An empty folder is a usage error and replaces no report; a folder of unreadable files is a run.)"""
    folder = tmp_path / "unreadable"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not an article")
    results = _run(tmp_path, [str(folder)])
    assert results["articles"] == [] and len(results["errors"]) == 1
    assert "Keine Artikel" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_run_with_only_out_of_scope_claims_renders(tmp_path: Path) -> None:
    article = tmp_path / "targets.txt"
    article.write_text("Nomura hob das Kursziel für Alibaba auf 193 US-Dollar.", encoding="utf-8")
    results = _run(tmp_path, [str(article)], published="2026-01-13")
    assert [c["verdict"] for c in results["articles"][0]["claims"]] == ["out_of_scope"]
    assert "keine Marktdaten" in (tmp_path / "out" / "article-targets.txt.html").read_text(encoding="utf-8")


def test_claim_review_has_the_schema_org_fields() -> None:
    article = {"article": "a.txt", "published": "2026-01-13", "checked": "2026-11-22"}
    claim = {"sentence_span": [0, 5], "verdict": "wrong", "explanation": "x."}
    review = report.claim_review(article, claim, "Hallo Welt", "de")
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == "Hallo"
    assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["datePublished"] == "2026-01-13"
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"], rating["alternateName"]) == (
        1,
        5,
        1,
        "falsch",
    )
    assert review["author"]["name"] and review["datePublished"] == "2026-11-22"


def test_a_folder_with_files_that_are_not_a_report_is_refused_and_left_alone(tmp_path: Path) -> None:
    """The report path is replaced as a whole, so a folder holding anything else is never taken."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = pytest.raises(publication.ReportNotWritten, match=r"not part of a report: notes\.txt")
    with refused, publication.staged(out, {"index.html": "<p>new</p>"}) as staged:
        staged.switch("r1")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me" and not out.is_symlink()


def test_english_report_by_option(tmp_path: Path) -> None:
    article = tmp_path / "en.txt"
    article.write_text("Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar.", encoding="utf-8")
    results = _run(tmp_path, [str(article)], published="2026-01-13", lang="en")
    claim = results["articles"][0]["claims"][0]
    assert claim["explanation"] == "The closing price “166,31” holds: close on 12 Jan 2026 (BABA) was 166.31."
    page = (tmp_path / "out" / "article-en.txt.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "accurate" in page


def test_page_names_are_unique_whatever_the_article_names_are() -> None:
    names = [
        "a b.txt",
        "a_b.txt",
        "A_B.txt",
        "x/a.txt",
        "y/a.txt",
        "<img src=x onerror=alert(1)>.txt",
        "é" * 300,
        "c.txt",
    ]
    pages = report.page_names(names)
    assert len({p.lower() for p in pages.values()}) == len(names)  # also on case-insensitive file systems
    assert pages["c.txt"] == "article-c.txt.html"  # a safe name keeps its page name
    assert all(re.fullmatch(r"article-[A-Za-z0-9_.-]+\.html", p) and len(p.encode()) < 255 for p in pages.values())
    assert report.page_names(reversed(names)) == pages  # the same names give the same pages


def test_clashing_and_hostile_names_get_their_own_pages_and_the_gx_docs_escape_them(tmp_path: Path) -> None:
    text = "Die Alibaba-Aktie schloss am Montag in New York bei {} US-Dollar."
    hostile = "<img src=x onerror=alert(1)>.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, price in (("a b.txt", "166,31"), ("a_b.txt", "170,00"), (hostile, "166,31")):
        (folder / name).write_text(text.format(price), encoding="utf-8")
    results = _run(
        tmp_path, [str(folder / n) for n in sorted(p.name for p in folder.iterdir())], published="2026-01-13"
    )
    out = tmp_path / "out"
    assert results["schema_version"] == report.RESULTS_SCHEMA_VERSION == 2
    pages = {a["article"]: a["page"] for a in results["articles"]}
    assert len(set(pages.values())) == 3
    # each claim's listing is the one its sentence names ('in New York'), said in the typed field (added)
    assert {(c["listing"], c["listing_source"]) for a in results["articles"] for c in a["claims"]} == {("BABA", "text")}
    for name, price in (("a b.txt", "166,31"), ("a_b.txt", "170,00")):
        page = (out / pages[name]).read_text(encoding="utf-8")
        assert price in page and f'href="{pages[name]}"' in (out / "index.html").read_text(encoding="utf-8")
    docs = [p for p in (out / "gx" / "data-docs").rglob("*.html")]
    assert docs and not [p for p in docs if "<img src=x" in p.read_text(encoding="utf-8")]
    hostile = re.compile(r"&lt;img src=x onerror=alert\(1\)&gt;\.txt#c[0-9a-f]{12}")  # a stable claim id
    assert any(hostile.search(p.read_text(encoding="utf-8")) for p in docs)
    # The Data Docs' static files are shared beside the report, not copied into it.
    assert not (out / "gx" / "data-docs" / "static").exists()
    index = (out / "gx" / "data-docs" / "index.html").read_text(encoding="utf-8")
    favicon = re.search(r'href="([^"]*favicon.ico)"', index)
    assert favicon and (tmp_path / os.path.normpath(f"out/gx/data-docs/{favicon.group(1)}")).is_file()


def test_a_run_whose_report_is_not_switched_in_stays_out_of_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import pipeline

    article = tmp_path / "a.txt"
    article.write_text("Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar.", encoding="utf-8")

    def killed(self: publication.Publication, name: str) -> Path:
        raise publication.ReportNotWritten("stand-in for a run killed between recording and switching")

    with monkeypatch.context() as patch:
        patch.setattr(publication.Publication, "switch", killed)
        with pytest.raises(publication.ReportNotWritten):
            _run(tmp_path, [str(article)], published="2026-01-13")
    assert not (tmp_path / "out").exists()
    db = str(tmp_path / "d.duckdb")
    assert pipeline.history(db) == []
    results = _run(tmp_path, [str(article)], published="2026-01-13")
    assert [h["run_id"] for h in pipeline.history(db)] == [results["run"]["run_id"]]


def test_the_index_counts_the_figures_of_results_json_and_says_how_many_were_checked(tmp_path: Path) -> None:
    """'258 geprüfte Zahlen' counted out-of-scope figures too, and the English index after reviews
    left the closed findings out (found by a user tester): the count is results.json's claims,
    and of them those judged."""
    article = tmp_path / "a.txt"
    text = (
        "Nomura hob das Kursziel für Alibaba auf 193 US-Dollar. "
        "Die Aktie schloss gestern in New York bei 200 US-Dollar."
    )
    article.write_text(text, encoding="utf-8")
    results = _run(tmp_path, [str(article)], published="2026-01-13")
    verdicts = [c["verdict"] for c in results["articles"][0]["claims"]]
    assert verdicts[0] == "out_of_scope" and len(verdicts) == 2 and "out_of_scope" not in verdicts[1:]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "1 Artikel, 2 Zahlen, davon 1 geprüft" in index
    results["articles"][0]["claims"][1]["review"] = {"decision": "dismissed", "reason": "other_day"}
    english = report.render(results, {"a.txt": text}, [], {}, {}, "en")["index.html"]
    assert "1 article, 2 figures, 1 of them checked" in str(english)  # '1 articles' before (a user tester)


def test_an_article_page_shows_the_body_and_its_front_matter_as_metadata(tmp_path: Path) -> None:
    """A user tester saw a file's front matter ('---', 'title: ...', 'published: ...') as the first
    lines of the article text: the page shows the body as text and the metadata in its head; the
    claims (offsets into the whole file, front matter included) are the same."""
    article = tmp_path / "dax.txt"
    body = "Der Dax schloss am Montag bei 25.405 Punkten.\n\nEr legte damit leicht zu.\n"
    article.write_text(f"---\ntitle: Dax im Plus\nsource: Testblatt\npublished: 2026-01-13\n---\n{body}", "utf-8")
    results = _run(tmp_path, [str(article)])
    (checked,) = results["articles"]
    assert (checked["title"], checked["source"], checked["published"]) == ("Dax im Plus", "Testblatt", "2026-01-13")
    ((start, end),) = [c["span"] for c in checked["claims"]]
    assert article.read_text(encoding="utf-8")[start:end] == "25.405"  # offsets into the whole file, as before
    page = (tmp_path / "out" / checked["page"]).read_text(encoding="utf-8")
    text = page.split('<div class="text">')[1].split("<script")[0]
    assert "title:" not in text and "published:" not in text and "---" not in text
    assert '<p class="para article-text">Der Dax schloss am Montag bei <mark' in text
    head = page.split('<div class="text">')[0]
    assert '<h1 class="article-text">Dax im Plus</h1>' in head and "Testblatt" in head and "13.01.2026" in head
    # a malformed block is no metadata (ignored, with a note): it stays text, as the reader read it
    malformed = "---\n- a list\n---\nText.\n"
    assert articles.body_start(malformed) == 0 and report.paragraphs(malformed, [])[0]["pieces"] == [("---", None)]


def test_page_names_spell_umlauts_out_and_the_index_links_them(tmp_path: Path) -> None:
    """A user tester found 'article-B_rsenbericht__berblick_Stra_e.txt-….html' for 'Börsenbericht Überblick
    Straße.txt': umlauts and ß are spelled out (ae, oe, ue, ss), other accents dropped, also in a name a file
    system wrote decomposed; the digest still tells such a name from its spelled-out twin."""
    import unicodedata

    name = "Börsenbericht Überblick Straße.txt"
    pages = report.page_names([name, "Boersenbericht_Ueberblick_Strasse.txt", "Café.txt"])
    assert re.fullmatch(r"article-Boersenbericht_Ueberblick_Strasse\.txt-[0-9a-f]{10}\.html", pages[name])
    assert pages["Boersenbericht_Ueberblick_Strasse.txt"] == "article-Boersenbericht_Ueberblick_Strasse.txt.html"
    assert pages["Café.txt"].startswith("article-Cafe.txt-")
    decomposed = unicodedata.normalize("NFD", name)
    assert report.page_names([decomposed])[decomposed].startswith("article-Boersenbericht_Ueberblick_Strasse.txt-")
    article = tmp_path / name
    article.write_text("Die Alibaba-Aktie schloss am Montag in New York bei 166,31 US-Dollar.", encoding="utf-8")
    results = _run(tmp_path, [str(article)], published="2026-01-13")
    page = results["articles"][0]["page"]
    assert page == report.page_names([name])[name] and (tmp_path / "out" / page).is_file()
    assert f'href="{page}"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
