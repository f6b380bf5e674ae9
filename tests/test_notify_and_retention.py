"""The morning message without a server (no channel, a dead channel, a live SMTP server), the
fail-fast input check, and retention."""

from __future__ import annotations

import os
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from aiosmtpd.controller import Controller

from claimcheck.adapters import notify, retention
from claimcheck.core.discrepancies import discrepancies
from claimcheck.settings import Settings
from tests.helpers import run_cli


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_no_channel_no_message_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("CLAIMCHECK_"):
            monkeypatch.delenv(key)
    assert notify.channels(Settings()) == []
    assert notify.deliver("body", "subject", Settings()) == {}


def test_failed_delivery_is_retried_logged_and_never_raised(caplog: pytest.LogCaptureFixture) -> None:
    dead = _free_port()  # nothing listens there
    settings = Settings(
        webhook_url=f"http://127.0.0.1:{dead}/hook",
        smtp_host="127.0.0.1",
        smtp_port=dead,
        mail_to="desk@example.invalid",
        notify_attempts=2,
        notify_retry_seconds=0.01,
    )
    sent = notify.deliver("body", "subject", settings)
    assert sent == {"webhook": False, "email to desk@example.invalid": False}
    failures = [r.getMessage() for r in caplog.records if "morning message to" in r.getMessage()]
    assert len(failures) == 4 and sum("given up" in line for line in failures) == 2


def test_message_lists_each_discrepancy_with_its_link(seed_run: dict[str, Any]) -> None:
    results = seed_run["results"]
    items = discrepancies(results)
    expected = [c for a in results["articles"] for c in a["claims"] if c["verdict"] in ("wrong", "imprecise")]
    assert items and len(items) == len(expected)
    assert [i.verdict for i in items] == sorted((i.verdict for i in items), key=("wrong", "imprecise").index)
    _, text = notify.morning_text(results, items, "https://r.example.invalid/nightly/", "en")
    for item in items:
        assert item.quote in text and f"https://r.example.invalid/nightly/{item.page}" in text
    assert f"{len(items)} claims need a look" in text


def test_email_reaches_a_real_smtp_server() -> None:
    received: list[bytes] = []

    class Mailbox:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd's hook name
            received.append(envelope.content)
            return "250 OK"

    port = _free_port()
    controller = Controller(Mailbox(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = Settings(smtp_host="127.0.0.1", smtp_port=port, mail_to="a@example.invalid, b@example.invalid")
        assert notify.deliver("2 claims need a look", "claimcheck: 1 wrong", settings) == {
            "email to a@example.invalid, b@example.invalid": True
        }
    finally:
        controller.stop()
    assert b"Subject: claimcheck: 1 wrong" in received[0] and b"2 claims need a look" in received[0]


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_nothing_to_check_is_a_usage_error_and_replaces_nothing(tmp_path: Path, make: str) -> None:
    report = tmp_path / "o"
    report.mkdir()
    (report / "index.html").write_text("last night", encoding="utf-8")
    target = tmp_path / "articles"
    if make == "empty":
        target.mkdir()
    started = time.monotonic()
    done = run_cli("run", "--articles", str(target), "--out", str(report), "--db", str(tmp_path / "c.duckdb"))
    assert done.returncode == 2, done.stderr
    assert time.monotonic() - started < 10  # under a second unloaded; the child's interpreter start counted
    assert done.stderr.count("\n") == 1 and str(target) in done.stderr
    assert (report / "index.html").read_text(encoding="utf-8") == "last night"
    assert not (tmp_path / "c.duckdb").exists()


def test_retention_prunes_old_on_demand_reports_and_runs(seed_run: dict[str, Any], tmp_path: Path) -> None:
    import shutil

    reports = tmp_path / "reports"
    for name in ("old-1", "new-1"):
        (reports / "on-demand" / f".{name}.versions" / "v").mkdir(parents=True)
        (reports / "on-demand" / name).symlink_to(f".{name}.versions/v")
    old = time.time() - 40 * 86400
    os.utime(reports / "on-demand" / "old-1", (old, old), follow_symlinks=False)
    db = tmp_path / "c.duckdb"
    shutil.copy(seed_run["db"], db)
    assert retention.prune(reports, db, days=30) == (["old-1"], 0)  # the seed run is of today
    assert sorted(p.name for p in (reports / "on-demand").iterdir()) == [".new-1.versions", "new-1"]
    assert retention.prune(reports, db, days=30, now=datetime.now(UTC) + timedelta(days=31)) == (["new-1"], 1)
    assert list((reports / "on-demand").iterdir()) == []
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM claim_results").fetchall() == [(0,)]


def test_the_morning_message_is_worded_in_one_language_with_the_readers_numbers() -> None:
    """A user tester read 'the data say -1.8152 percent' and '1 out_of_scope' in an English frame
    around German sentences: the message is in the report's language, numbers formatted by Babel."""
    from claimcheck.adapters.notify import morning_text
    from claimcheck.core.discrepancies import Discrepancy

    claims = [{"verdict": "wrong"}, {"verdict": "imprecise"}, {"verdict": "out_of_scope"}]
    results = {"articles": [{"claims": claims}], "errors": []}
    items = [
        Discrepancy(
            "a.txt", "Alibaba fällt", "article-a.html", "-2,5 %", "day_change", "wrong", -1.8152, "percent", "Satz."
        ),
        Discrepancy(
            "a.txt", "Alibaba fällt", "article-a.html", "0,9 %", "day_change", "imprecise", 0.870106, "percent", "S."
        ),
    ]
    subject, body = morning_text(results, items, "https://r.example.invalid/nightly", "de")
    assert subject == "claimcheck: 1 falsch, 1 ungenau"
    assert "1 falsch, 1 ungenau, 1 keine Marktdaten." in body and "2 Aussagen brauchen einen Blick:" in body
    assert "die Daten sagen -1,82\u00a0%. Satz. https://r.example.invalid/nightly/article-a.html" in body
    assert "0,87\u00a0%" in body and "Bericht: https://r.example.invalid/nightly/index.html" in body
    assert not {"out_of_scope", "percent", "1.8152", "the data say", "claims need"} & set(
        body.replace(".", " ").split()
    )
    subject, body = morning_text(results, items, "https://r.example.invalid/nightly", "en")
    assert subject == "claimcheck: 1 wrong, 1 imprecise claim" and "the data say -1.82\u00a0%." in body


def test_counts_of_one_are_singular_in_both_languages() -> None:
    """A user tester read '1 articles' and '1 claims need a look' in the morning message: each count
    takes the plural form its number asks for (gettext plural forms), German too ('1 Artikel')."""
    from claimcheck.adapters.notify import morning_text
    from claimcheck.core.discrepancies import Discrepancy

    results = {"articles": [{"claims": [{"verdict": "wrong"}]}], "errors": []}
    items = [Discrepancy("a.txt", "A", "article-a.html", "-2,5 %", "day_change", "wrong", -1.8, "percent", "S.")]
    subject, body = morning_text(results, items, "https://r.example.invalid/nightly", "en")
    assert subject == "claimcheck: 1 wrong, 0 imprecise claims"
    assert body.startswith("claimcheck: 1 article, 0 not readable; 1 wrong.\n1 claim needs a look:")
    subject, body = morning_text(results, items, "https://r.example.invalid/nightly", "de")
    assert body.startswith("claimcheck: 1 Artikel, 0 nicht lesbar; 1 falsch.\n1 Aussage braucht einen Blick:")
    two = {"articles": [{"claims": [{"verdict": "wrong"}]}] * 2, "errors": []}
    _, body = morning_text(two, items * 2, "https://r.example.invalid/nightly", "en")
    assert body.startswith("claimcheck: 2 articles, 0 not readable; 2 wrong.\n2 claims need a look:")


def test_findings_closed_by_an_editor_are_counted_with_their_noun() -> None:
    """'1 wrong, 2 closed by an editor' read oddly (a user tester): the count of closed findings is a
    phrase of its own, its noun in the number's form, in both languages."""
    from claimcheck.adapters.notify import morning_text

    dismissed = {"verdict": "wrong", "review": {"decision": "dismissed"}}
    claims = [{"verdict": "wrong"}, dismissed, {**dismissed, "verdict": "imprecise"}, {"verdict": "accurate"}]
    results = {"articles": [{"claims": claims}], "errors": []}
    counts = {
        "en": "1 wrong, 2 findings closed by editors, 1 accurate.",
        "de": "1 falsch, 2 Befunde von der Redaktion geschlossen, 1 korrekt.",
    }
    for lang, expected in counts.items():
        _, body = morning_text(results, [], "https://r.example.invalid/nightly", lang)
        assert body.splitlines()[0].endswith(expected), body
    results["articles"][0]["claims"] = [dismissed]
    _, body = morning_text(results, [], "https://r.example.invalid/nightly", "de")
    assert body.splitlines()[0].endswith("; 1 Befund von der Redaktion geschlossen.")
    _, body = morning_text(results, [], "https://r.example.invalid/nightly", "en")
    assert body.splitlines()[0].endswith("; 1 finding closed by an editor.")
