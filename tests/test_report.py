"""The report renders for every kind of run and never lets article text through unescaped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.adapters import publication, report
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


def test_run_with_no_articles_renders(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    results = _run(tmp_path, [str(empty)])
    assert results["articles"] == [] and results["errors"] == []
    assert "Keine Artikel" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_run_with_only_out_of_scope_claims_renders(tmp_path: Path) -> None:
    article = tmp_path / "targets.txt"
    article.write_text("Nomura hob das Kursziel für Alibaba auf 193 US-Dollar.", encoding="utf-8")
    results = _run(tmp_path, [str(article)], published="2026-01-13")
    assert [c["verdict"] for c in results["articles"][0]["claims"]] == ["out_of_scope"]
    assert "außerhalb des Prüfbereichs" in (tmp_path / "out" / "article-targets.txt.html").read_text(encoding="utf-8")


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
    assert claim["explanation"] == "The closing price „166,31“ holds: close on 2026-01-12 (BABA) was 166.31."
    page = (tmp_path / "out" / "article-en.txt.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "accurate" in page
