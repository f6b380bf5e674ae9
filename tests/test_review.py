"""Editors answer back (issue 18), on the command line: `claimcheck review` records decisions
(never overwritten), lists the audit trail, exports JSON lines, refuses an unknown claim id, and
the next run applies the latest decision per claim."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from claimcheck.adapters import review_server
from claimcheck.adapters.notify import morning_text
from claimcheck.adapters.review import decisions as review_decisions
from claimcheck.adapters.wording import Wording
from claimcheck.cli import EXIT_OK, EXIT_USAGE, main
from claimcheck.core.discrepancies import counted_verdict, discrepancies, verdict_counts
from claimcheck.paths import SEEDS_DIR
from claimcheck.pipeline import RunOptions
from claimcheck.settings import Settings
from flows.wiring import run_check

ARTICLES = ["001_d027b862ed40befe.txt", "002_04e0c9c290cb4d54.txt"]


def nightly(root: Path) -> dict[str, Any]:
    options = RunOptions(paths=[str(root / "articles")], out=str(root / "out"), db=str(root / "c.duckdb"), offline=True)
    return run_check(options)


def findings(results: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for a in results["articles"] for c in a["claims"] if c["verdict"] in ("wrong", "imprecise")]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("review")
    (root / "articles").mkdir()
    for name in [*ARTICLES, "manifest.csv"]:
        shutil.copy(SEEDS_DIR / name, root / "articles" / name)
    return root, nightly(root)


def review(root: Path, *args: str) -> int:
    return main(["review", *args, "--db", str(root / "c.duckdb")])


def test_unknown_claim_and_a_dismissal_without_reason_are_refused(
    first_run: tuple[Path, dict[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    root, results = first_run
    assert review(root, "cdeadbeef0000", "--confirm") == EXIT_USAGE
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"review: cdeadbeef0000: no such claim in the run history of {root / 'c.duckdb'}"
    ]
    caplog.clear()
    assert review(root, findings(results)[0]["id"], "--dismiss") == EXIT_USAGE
    assert "needs --reason" in caplog.text
    assert review(root, "--list", "--json") == EXIT_OK  # nothing was recorded by the refusals


def test_decisions_are_kept_and_the_next_run_applies_the_latest(
    first_run: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, results = first_run
    capsys.readouterr()
    dismissed, confirmed, corrected = (c["id"] for c in findings(results)[:3])
    monkeypatch.setenv("USER", "anna")
    assert review(root, dismissed, "--confirm") == EXIT_OK  # first confirmed, then dismissed: the latest applies
    assert review(root, dismissed, "--dismiss", "--reason", "other_day", "--note", "Schluss vom Freitag") == EXIT_OK
    assert review(root, confirmed, "--confirm", "--by", "ben") == EXIT_OK
    assert review(root, corrected, "--correct") == EXIT_OK

    assert review(root, "--list", "--json") == EXIT_OK
    trail = json.loads(capsys.readouterr().out)
    assert [(r["claim_id"], r["decision"], r["decided_by"]) for r in trail] == [
        (dismissed, "confirmed", "anna"),
        (dismissed, "dismissed", "anna"),
        (confirmed, "confirmed", "ben"),
        (corrected, "corrected", "anna"),
    ]
    assert trail[1]["reason"] == "other_day" and trail[1]["note"] == "Schluss vom Freitag"
    assert all(r["sentence"] and r["quote"] in r["sentence"] and r["via"] == "cli" for r in trail)

    export = root / "decisions.jsonl"
    assert review(root, "--export", str(export)) == EXIT_OK
    lines = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert {(line["claim_id"], line["decision"]) for line in lines} == {
        (dismissed, "dismissed"),
        (confirmed, "confirmed"),
        (corrected, "corrected"),
    }
    assert {"article", "sentence", "claim", "verdict", "decision", "reason"} <= set(lines[0])

    again = nightly(root)
    claims = {c["id"]: c for a in again["articles"] for c in a["claims"]}
    assert claims[dismissed]["review"]["decision"] == "dismissed"
    assert claims[dismissed]["review"]["by"] == "anna" and claims[dismissed]["review"]["reason"] == "other_day"
    assert claims[confirmed]["review"]["decision"] == "confirmed"
    listed = {item.claim_id: item for item in discrepancies(again)}
    assert dismissed not in listed and corrected not in listed and listed[confirmed].confirmed
    before, after = verdict_counts(results), verdict_counts(again)
    assert after["reviewed"] == 2
    assert (
        sum(after.get(v, 0) for v in ("wrong", "imprecise"))
        == sum(before.get(v, 0) for v in ("wrong", "imprecise")) - 2
    )
    _, message = morning_text(again, discrepancies(again), "https://r.example.invalid", "en")
    assert Wording("en").plural("morning.need_look", len(listed)) in message and ", confirmed]" in message

    page = (root / "out" / again["articles"][0]["page"]).read_text(encoding="utf-8")
    pages = "".join((root / "out" / a["page"]).read_text(encoding="utf-8") for a in again["articles"])
    assert "kein Fehler — geprüft von anna, am " in pages and "(anderer Tag)" in pages
    assert page.count('class="review-form"') >= 1
    for article in again["articles"]:  # no ClaimReview rates as false what an editor found to be no error
        html = (root / "out" / article["page"]).read_text(encoding="utf-8")
        ld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
        rated = [c for c in article["claims"] if c["verdict"] != "out_of_scope"]
        assert len(ld) == len([c for c in rated if c["id"] not in (dismissed, corrected)])
        counted = Counter(counted_verdict(c) for c in article["claims"])  # the page's badges leave closed ones out
        for verdict, label in (("wrong", "falsch"), ("imprecise", "ungenau")):
            badge = f'<span class="badge v-{verdict}">{label}: {counted[verdict]}</span>'
            assert (badge in html) == (counted[verdict] > 0), (article["article"], verdict)
    index = (root / "out" / "index.html").read_text(encoding="utf-8")
    for verdict, label in (("wrong", "falsch"), ("imprecise", "ungenau")):
        assert f"{label}: {after.get(verdict, 0)}</span>" in index, verdict
    assert index.count('<li class="v-') == len(listed)


def post(url: str, body: dict[str, Any], token: str | None = None) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json", **({"X-Claimcheck-Token": token} if token else {})}
    request = urllib.request.Request(url + "/api/review", json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_review_endpoint_needs_its_token_and_answers_with_the_new_state(
    first_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    root, results = first_run
    db = tmp_path / "copy.duckdb"
    shutil.copy(root / "c.duckdb", db)  # the other tests' audit trail stays as they expect it
    before = len(review_decisions(db))
    settings = Settings(review_token="s3cret")
    server = review_server.serve_reports(root / "out", db, "127.0.0.1", 0, settings)
    try:
        with urllib.request.urlopen(f"{server.url}/out/index.html", timeout=30) as answer:
            assert answer.status == 200 and b"claimcheck" in answer.read()
        claim = findings(results)[0]["id"]
        decision = {"claim_id": claim, "decision": "dismissed", "reason": "wording", "by": "carla", "lang": "en"}
        assert post(server.url, decision)[0] == 403
        assert post(server.url, decision, "wrong")[0] == 403
        assert post(server.url, {**decision, "reason": None}, "s3cret")[0] == 400
        assert post(server.url, {**decision, "claim_id": "c000000000000"}, "s3cret")[0] == 404
        status, answer = post(server.url, decision, "s3cret")
        assert status == 200 and answer["review"]["decision"] == "dismissed" and answer["review"]["by"] == "carla"
        assert answer["html"].startswith(
            '<p class="review review-dismissed" data-review="dismissed">no error — reviewed by'
        )
        assert "reviewed by carla on " in answer["html"] and answer["html"].endswith("(wording)</p>")
    finally:
        server.stop()
    trail = review_decisions(db)
    assert len(trail) == before + 1 and (trail[-1]["claim_id"], trail[-1]["decision"], trail[-1]["via"]) == (
        claim,
        "dismissed",
        "web",
    )


def test_serving_beyond_loopback_without_a_token_is_refused_before_anything_starts(
    first_run: tuple[Path, dict[str, Any]], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = first_run
    monkeypatch.delenv("CLAIMCHECK_REVIEW_TOKEN", raising=False)
    started = time.monotonic()
    assert main(["serve", "--articles", str(root / "articles"), "--bind", "0.0.0.0"]) == EXIT_USAGE
    assert time.monotonic() - started < 5 and "beyond loopback" in caplog.text
    with pytest.raises(review_server.ReviewServerRefused):
        review_server.start(root / "out", root / "c.duckdb", "0.0.0.0", 0, None)


def test_a_taken_reports_port_is_one_line_and_serve_goes_on(
    first_run: tuple[Path, dict[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    root, _ = first_run
    first = review_server.serve_reports(root / "out", root / "c.duckdb", "127.0.0.1", 0, Settings())
    assert first is not None
    try:
        port = int(first.url.rsplit(":", 1)[1])
        assert review_server.serve_reports(root / "out", root / "c.duckdb", "127.0.0.1", port, Settings()) is None
    finally:
        first.stop()
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and f"cannot be served on 127.0.0.1:{port}" in errors[0]
