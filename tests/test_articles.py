from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from claimcheck.adapters.articles import ArticleError, discover, load_article, read_manifest
from claimcheck.paths import SEEDS_DIR

TODAY = date(2026, 11, 22)


def test_seed_folder_discovery_excludes_manifest_and_snapshot() -> None:
    found, refused = discover(SEEDS_DIR)
    assert [p.name for p in found] == [
        f"00{i}_{h}.txt"
        for i, h in enumerate(
            [
                "cfc3d7df5ed72e45",
                "d027b862ed40befe",
                "04e0c9c290cb4d54",
                "a9b9239995e7daa0",
                "e364ef39556d80bb",
            ]
        )
    ]
    assert refused == []


def test_symlink_outside_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Alibaba", encoding="utf-8")
    os.symlink(outside, folder / "b.txt")
    found, refused = discover(folder)
    assert [p.name for p in found] == ["a.txt"]
    assert refused[0][0] == "b.txt" and "outside" in refused[0][1]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"  \n", "empty file"), (b"\x00\x01binary", "binary file")],
)
def test_unprocessable_inputs_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as raised:
        load_article(path, None, {}, TODAY)
    assert str(path) in str(raised.value)


def test_oversize_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(ArticleError, match="over the limit"):
        load_article(path, None, {}, TODAY, max_bytes=1024)


def test_windows_1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Die Aktie gewann 5 Prozent – für Anleger größer.".encode("cp1252"))
    article = load_article(path, None, {}, TODAY)
    assert "größer" in article.text and "–" in article.text
    assert any("Windows-1252" in w for w in article.warnings)


def test_bom_is_removed_and_nothing_else_changes(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfAlibaba\r\nschloss")
    assert load_article(path, None, {}, TODAY).text == "Alibaba\r\nschloss"


def test_publication_date_precedence(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2026-01-10\n---\ndate 2026-01-05 Text vom 3. Januar", encoding="utf-8")
    manifest = {"a.md": date(2026, 1, 8)}
    assert load_article(path, date(2026, 1, 12), manifest, TODAY).published.source == "option"
    assert load_article(path, None, manifest, TODAY).published.date == date(2026, 1, 10)
    path.write_text("date 2026-01-05 Analyse vom 3. Januar", encoding="utf-8")
    assert load_article(path, None, manifest, TODAY).published.source == "manifest"
    got = load_article(path, None, {}, TODAY).published
    assert (got.date, got.source) == (date(2026, 1, 5), "text")
    path.write_text("Neue Analyse vom 3. Januar liefert die Antwort", encoding="utf-8")
    got = load_article(path, None, {}, TODAY).published
    assert (got.date, got.source) == (date(2026, 1, 3), "guess")
    path.write_text("Kein Datum", encoding="utf-8")
    assert load_article(path, None, {}, TODAY).published.source == "unknown"


def test_malformed_front_matter_and_manifest_are_warnings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: [unclosed\n---\nText", encoding="utf-8")
    assert any("malformed front matter" in w for w in load_article(path, None, {}, TODAY).warnings)
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,not-a-date\n", encoding="utf-8")
    dates, problems = read_manifest(tmp_path)
    assert dates == {} and "manifest.csv:2" in problems[0]


def test_markup_in_a_text_file_is_blanked_but_offsets_kept(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Alibaba <script>var x = '99 %';</script>stieg um 3 %", encoding="utf-8")
    article = load_article(path, None, {}, TODAY)
    assert len(article.scan_text) == len(article.text) and "99 %" not in article.scan_text
    assert any("markup" in w for w in article.warnings)


def test_an_html_page_is_read_for_its_main_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<p>Alibaba <script>var x = '99 %';</script>stieg um 3&nbsp;%</p>", encoding="utf-8")
    article = load_article(path, None, {}, TODAY)
    assert article.text == article.scan_text == "Alibaba stieg um 3\xa0%"


def test_text_over_the_scan_limit_is_cut_at_a_line_break_and_the_cut_is_named(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "Die Alibaba-Aktie schloss gestern bei 166,31 US-Dollar.\n"
    path.write_text(line * 100, encoding="utf-8")
    loaded = load_article(path, None, {}, TODAY, max_chars=10 * len(line) + 5)
    assert loaded.text == line * 10  # ten whole lines: no sentence is cut in half
    assert loaded.scan_text == loaded.text
    assert loaded.warnings[0] == (
        f"long.txt: {100 * len(line):,} characters; only the first {10 * len(line):,} were checked for claims "
        f"(limit {10 * len(line) + 5:,}), the remaining {90 * len(line):,} were not read: split the file to check them"
    )
