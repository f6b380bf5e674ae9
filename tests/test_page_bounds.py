"""An article page is bounded whatever the file: the text up to the scan limit, at most
PAGE_CLAIMS claims drawn in full, a clipped ClaimReview sentence, and a visible note of what is
not shown (issue 12, part 4). results.json keeps everything."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimcheck.adapters import report
from claimcheck.paths import SEEDS_DIR
from tests.helpers import check_text

GOOD = "Die Alibaba-Aktie schloss am Montag bei 166,31 US-Dollar in New York. "


def closes(count: int) -> str:
    """`count` different true claims: BABA's real closes of the sessions before 2026-01-13
    (one figure said twice would be one claim and its repeat)."""
    rows = [line.split(",") for line in (SEEDS_DIR / "quotes" / "BABA.csv").read_text().splitlines()[1:]]
    held = [(day, float(close)) for day, _, _, _, close, *_ in rows if day < "2026-01-13"][-count:]
    return "".join(
        f"Die Alibaba-Aktie schloss am {day[8:]}.{day[5:7]}.{day[:4]} bei {close:.2f} US-Dollar in New York. ".replace(
            f"{close:.2f}", f"{close:.2f}".replace(".", ",")
        )
        for day, close in held
    )


def render_page(results: dict[str, Any], text: str) -> str:
    (article,) = results["articles"]
    files = report.render(results, {article["article"]: text}, [], {}, {}, "de")
    page = files[report.page_names([article["article"]])[article["article"]]]
    return page.decode("utf-8") if isinstance(page, bytes) else page


def test_a_text_longer_than_the_scan_limit_is_shown_up_to_it_and_the_page_says_so(tmp_path: Path) -> None:
    results = check_text(tmp_path, GOOD, "2026-01-13")
    text = GOOD + "Lorem ipsum dolor sit amet. " * 2_200_000  # 61.6 million characters
    page = render_page(results, text)
    assert len(page.encode()) < report.PAGE_TEXT_CHARS + 100_000  # the 60 MB file wrote a 97 MB page
    hidden = len(text) - report.PAGE_TEXT_CHARS
    assert (
        f"⚠ Der Text ist bis Zeichen 1.000.000 gezeigt (so weit wurde geprüft); "
        f"{hidden:,} weitere Zeichen sind nicht gezeigt.".replace(",", ".")
    ) in page
    assert '<mark class="v-accurate"' in page  # the claim inside the shown text is still marked


def test_a_page_draws_at_most_page_claims_in_full_and_lists_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = check_text(tmp_path, closes(120), "2026-01-13")
    claims = results["articles"][0]["claims"]
    assert len(claims) == 120 and {c["verdict"] for c in claims} == {"accurate"}
    monkeypatch.setattr(report, "PAGE_CLAIMS", 50)
    page = render_page(results, (tmp_path / "article.txt").read_text(encoding="utf-8"))
    assert len(re.findall(r'<div class="card v-accurate quiet"', page)) == 50
    assert len(re.findall(r"<mark ", page)) == 50
    listed = re.findall(
        r'<tr data-verdict="accurate" data-id="(c[0-9a-f]+)"><td>korrekt</td><td class="article-text">\d+,\d\d</td>'
        r"<td>Schlusskurs</td>",
        page,
    )
    shown = set(re.findall(r'id="card-(c[0-9a-f]+)"', page))
    assert len(listed) == 70 and shown.isdisjoint(listed) and shown | set(listed) == {c["id"] for c in claims}
    assert "die übrigen 70 stehen unten in einer Zeile je Befund" in page
    ld = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert len(json.loads(ld)) == 50


def test_issues_come_first_among_the_claims_drawn_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = "Die Alibaba-Aktie schloss am Montag bei 199,99 US-Dollar in New York. "
    results = check_text(tmp_path, GOOD * 5 + wrong, "2026-01-13")
    assert [c["verdict"] for c in results["articles"][0]["claims"]][-1] == "wrong"
    monkeypatch.setattr(report, "PAGE_CLAIMS", 1)
    page = render_page(results, (tmp_path / "article.txt").read_text(encoding="utf-8"))
    (card,) = re.findall(r'<div class="card[^"]*" id="card-c[0-9a-f]+" data-verdict="(\w+)"', page)
    assert card == "wrong"


def test_a_claim_review_quotes_a_long_sentence_clipped_around_its_claim() -> None:
    text = "1,1 % " * 10_000 + "schloss bei 166,31 US-Dollar " + "2,2 % " * 10_000
    at = text.index("166,31")
    claim = {"sentence_span": [0, len(text)], "span": [at, at + 6], "verdict": "accurate", "explanation": "x"}
    reviewed = report.reviewed_text(text, claim)
    assert "schloss bei 166,31 US-Dollar" in reviewed
    assert reviewed.startswith("…") and reviewed.endswith("…")
    assert len(reviewed) <= report.REVIEWED_CHARS + 2
    short = {"sentence_span": [0, 11], "span": [0, 6]}
    assert report.reviewed_text("166,31 USD. Rest", short) == "166,31 USD."
