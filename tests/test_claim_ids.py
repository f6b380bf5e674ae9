"""Stable claim ids (issue 18): a review decision must meet the same claim in the next run."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from claimcheck import pipeline
from claimcheck.model import ExtractedArticle

TODAY = date(2026, 11, 22).isoformat()
TEXT = (
    "Die Alibaba-Aktie schloss am Montag bei 166,31 US-Dollar.\n"
    "Die Tencent-Aktie fiel am Montag um 2,5 Prozent und um 2,5 Prozent in der Vorwoche.\n"
)


def extracted(folder: Path) -> list[ExtractedArticle]:
    options = pipeline.RunOptions(paths=[str(folder)], out="", db="", offline=True, today=TODAY, published=TODAY)
    return [pipeline.extract(article) for article in pipeline.load_inputs(options).articles]


def ids(article: ExtractedArticle) -> dict[str, str]:
    """Claim id by (quote, character offset)."""
    return {f"{c.quote}@{c.span[0]}": c.id for c in article.claims}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_same_ids_across_runs_and_new_ids_for_a_changed_sentence(tmp_path: Path) -> None:
    folder = write(tmp_path / "a", "x.txt", TEXT)
    first, second = extracted(folder)[0], extracted(folder)[0]
    assert ids(first) == ids(second) and len(first.claims) >= 3
    assert all(re.fullmatch(r"c[0-9a-f]{12}", c.id) for c in first.claims)
    assert len({c.id for c in first.claims}) == len(first.claims)  # the two '2,5 Prozent' differ
    # Only the first sentence changes: its claims get new ids, the second sentence's keep theirs.
    write(folder, "x.txt", TEXT.replace("166,31", "166,30"))
    changed = extracted(folder)[0]
    old_first = {c.id for c in first.claims if c.sentence_span[0] == 0}
    new_first = {c.id for c in changed.claims if c.sentence_span[0] == 0}
    assert old_first and not old_first & new_first
    assert {c.id for c in first.claims} - old_first == {c.id for c in changed.claims} - new_first


def test_linked_claims_and_repeats_point_at_the_stable_ids(tmp_path: Path) -> None:
    text = TEXT + "Am Montag verlor die Tencent-Aktie 2,5 Prozent.\n"  # the Monday move said again
    article = extracted(write(tmp_path / "a", "x.txt", text))[0]
    known = {c.id for c in article.claims}
    linked = [other for c in article.claims for other in c.linked]
    assert linked and set(linked) <= known
    repeats = [c for c in article.claims if c.kind == "repeat"]
    assert repeats and all(c.repeat_of in known and c.repeat_of != c.id for c in repeats)


def test_the_url_is_the_article_identity_and_else_the_file_name(tmp_path: Path) -> None:
    with_url = "---\nurl: https://news.example.invalid/alibaba\n---\n" + TEXT
    one = extracted(write(tmp_path / "a", "x.txt", with_url))[0]
    renamed = extracted(write(tmp_path / "b", "renamed.txt", with_url))[0]
    assert [c.id for c in one.claims] == [c.id for c in renamed.claims]
    plain_x = extracted(write(tmp_path / "c", "x.txt", TEXT))[0]
    plain_y = extracted(write(tmp_path / "d", "y.txt", TEXT))[0]
    assert not {c.id for c in plain_x.claims} & {c.id for c in plain_y.claims}
