"""Issue 18, "Done when", end to end in one session of `claimcheck serve` bound beyond loopback
with a token: the nightly run's report opened in Chromium (Playwright) over serve's own HTTP
server, a finding dismissed with a reason through the page's buttons (no reload; the page asks
for the token once), the nightly run triggered again, and the finding shown as reviewed, out of
the counts and out of the morning message the local SMTP server (aiosmtpd) receives; a POST
without the token is refused; `claimcheck review --list` lists every decision."""

from __future__ import annotations

import email
import email.policy
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from claimcheck.paths import PROJECT_ROOT
from tests import test_browser, test_service
from tests.test_browser import CHROMIUM
from tests.test_service import Mailbox, free_port, seed_folder, serve_environment, start_serve, wait_for

# The fixtures of the serve and browser tests, shared rather than copied.
smtp = test_service.smtp
browser = test_browser.browser
shots = test_browser.shots

pytestmark = [
    pytest.mark.prefect,
    pytest.mark.slow,
    pytest.mark.timeout(900),  # end to end through five processes: five minutes on busy shared cores
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"),
]
TOKEN = "review-token-for-the-test"


def mail_text(raw: bytes) -> str:
    body = email.message_from_bytes(raw, policy=email.policy.default).get_body()  # type: ignore[attr-defined]
    return str(body.get_content())


def findings(results: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, c) for a in results["articles"] for c in a["claims"] if c["verdict"] in ("wrong", "imprecise")]


def test_an_editor_dismisses_a_finding_on_the_served_page_and_the_next_night_remembers(
    tmp_path: Path,
    smtp: tuple[Mailbox, int],
    browser: Any,
    shots: Path,
) -> None:
    mailbox, smtp_port = smtp
    articles, reports = tmp_path / "articles", tmp_path / "reports"
    seed_folder(articles)
    port, reports_port = free_port(), free_port()
    environment = serve_environment(tmp_path, reports, port, smtp_port) | {"CLAIMCHECK_REVIEW_TOKEN": TOKEN}
    db = tmp_path / "c.duckdb"
    service, lines = start_serve(
        [
            "--articles",
            str(articles),
            "--out",
            str(reports / "nightly"),
            "--db",
            str(db),
            "--offline",
            "--bind",
            "0.0.0.0",
            "--reports-port",
            str(reports_port),
        ],
        environment,
    )
    site = f"http://127.0.0.1:{reports_port}"
    client = {k: v for k, v in environment.items() if k != "PREFECT_HOME"} | {
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"
    }

    def nightly() -> dict[str, Any]:
        command = [sys.executable, "-m", "prefect", "deployment", "run", "claimcheck-nightly/nightly", "--watch"]
        done = subprocess.run(command, env=client, capture_output=True, text=True, timeout=600, cwd=tmp_path)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return json.loads((reports / "nightly" / "results.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    try:
        wait_for("serve to start", lambda: any("serving claimcheck-nightly" in line for line in lines))
        assert any(f"reports: http://0.0.0.0:{reports_port}/nightly/index.html" in line for line in lines), lines
        first = nightly()
        first_mail = mail_text(wait_for("the first morning message", lambda: mailbox.messages, timeout=120)[0])
        quotes = [c["quote"] for _, c in findings(first)]
        article, claim = next((a, c) for a, c in findings(first) if quotes.count(c["quote"]) == 1)
        # (the message is in the report's language, German by default)
        assert f": '{claim['quote']}' –" in first_mail and f"{len(quotes)} Aussagen brauchen einen Blick" in first_mail

        # A write without the token is refused (serve is bound beyond loopback).
        refused = urllib.request.Request(
            site + "/api/review",
            json.dumps({"claim_id": claim["id"], "decision": "confirmed"}).encode(),
            {"Content-Type": "application/json"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(refused, timeout=30)
        assert error.value.code == 403

        page = browser.new_page(viewport=test_browser.LAPTOP)
        asked: list[str] = []
        page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept(TOKEN)))
        page.goto(f"{site}/nightly/{article['page']}")
        page.evaluate("window.notReloaded = true")
        card = page.locator(f"#card-{claim['id']}")
        card.locator("select[name=reason]").select_option("other_day")
        card.locator("input[name=note]").fill("Schlusskurs vom Vortag gemeint")
        card.locator("input[name=by]").fill("Anna")
        card.locator("button[value=dismissed]").click()
        card.locator(".review").wait_for(timeout=30_000)
        assert card.locator(".review").inner_text().startswith("kein Fehler — geprüft von Anna, am ")
        assert "(anderer Tag)" in card.locator(".review").inner_text()
        assert page.evaluate("window.notReloaded") is True and asked == ["prompt"]
        card.screenshot(path=str(shots / "review-dismissed-in-place.png"))

        second = nightly()
        messages = wait_for("the second morning message", lambda: mailbox.messages[1:], timeout=120)
        second_mail = mail_text(messages[0])
        assert f": '{claim['quote']}' –" not in second_mail
        assert f"{len(quotes) - 1} Aussagen brauchen einen Blick" in second_mail
        again = {c["id"]: c for a in second["articles"] for c in a["claims"]}
        assert again[claim["id"]]["review"] == {
            "decision": "dismissed",
            "by": "Anna",
            "at": again[claim["id"]]["review"]["at"],
            "reason": "other_day",
            "note": "Schlusskurs vom Vortag gemeint",
        }
        page.goto(f"{site}/nightly/{article['page']}")  # the new night's page, drawn by the run
        assert card.locator(".review").inner_text().startswith("kein Fehler — geprüft von Anna, am ")
        assert page.locator(f".discrepancy-list a[data-claim='{claim['id']}']").count() == 0
        page.screenshot(path=str(shots / "review-next-night.png"), full_page=True)
        page.goto(f"{site}/nightly/index.html")
        assert page.locator(f"a[href$='#card-{claim['id']}']").count() == 0
        page.close()

        listed = subprocess.run(
            [sys.executable, "-m", "claimcheck.cli", "review", "--list", "--json", "--db", str(db)],
            env=client,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=PROJECT_ROOT,
        )
        assert listed.returncode == 0, listed.stderr
        assert [(r["claim_id"], r["decision"], r["decided_by"], r["via"]) for r in json.loads(listed.stdout)] == [
            (claim["id"], "dismissed", "Anna", "web")
        ]
    finally:
        service.send_signal(signal.SIGTERM)
        try:
            service.wait(timeout=90)
        finally:
            if service.poll() is None:
                service.kill()
    assert service.returncode == 0, "".join(lines)[-3000:]
