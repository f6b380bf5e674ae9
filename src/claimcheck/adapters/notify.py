"""The morning message: sent to the channels an operator configured (email over SMTP, a webhook
that takes a JSON body with a plain `text` field, as Slack's does), each a Prefect notification
block. Secrets come from environment variables or Prefect Secret blocks, never from files. No
channel: no message, no error. A failed delivery is logged and retried, and never raises."""

from __future__ import annotations

import logging
import smtplib
import time
from email.message import EmailMessage
from typing import Any, cast

from prefect.blocks.core import Block
from prefect.blocks.notifications import CustomWebhookNotificationBlock
from pydantic import Field, SecretStr

from claimcheck.adapters.wording import Wording, wording
from claimcheck.core.discrepancies import Discrepancy, page_link, verdict_counts
from claimcheck.settings import Settings

log = logging.getLogger("claimcheck.notify")


class SmtpEmail(Block):
    """Plain SMTP (optionally STARTTLS and login), a block like Prefect's notification blocks:
    Prefect's core has no email block, and prefect-email would add a package for these few lines
    of the standard library."""

    _block_type_name = "claimcheck SMTP email"

    host: str
    port: int = 25
    sender: str
    recipients: list[str]
    username: str | None = None
    password: SecretStr | None = None
    starttls: bool = False
    timeout: float = Field(default=20.0)

    def notify(self, body: str, subject: str | None = None) -> None:
        message = EmailMessage()
        message["From"], message["To"] = self.sender, ", ".join(self.recipients)
        message["Subject"] = subject or "claimcheck"
        message.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as server:
            if self.starttls:
                server.starttls()
            if self.username and self.password is not None:
                server.login(self.username, self.password.get_secret_value())
            server.send_message(message)


def secret_value(value: str | None, block: str | None) -> str | None:
    """An environment variable's value, else the named Prefect Secret block's."""
    if value:
        return value
    if not block:
        return None
    from prefect.blocks.system import Secret

    secret = cast(Secret[str], Secret.load(block))  # synchronous here: no event loop runs
    return str(secret.get())


def channels(settings: Settings) -> list[tuple[str, Any]]:
    """The configured channels as (name, notification block); none configured is an empty list."""
    found: list[tuple[str, Any]] = []
    webhook = secret_value(settings.webhook_url, settings.webhook_url_block)
    if webhook:
        block = CustomWebhookNotificationBlock(
            name="claimcheck", url=webhook, json_data={"text": "{{body}}"}, headers=None, cookies=None
        )
        found.append(("webhook", block))
    if settings.smtp_host and settings.mail_to:
        password = secret_value(settings.smtp_password, settings.smtp_password_block)
        email = SmtpEmail(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.mail_from,
            recipients=[address.strip() for address in settings.mail_to.split(",") if address.strip()],
            username=settings.smtp_user,
            password=SecretStr(password) if password else None,
            starttls=settings.smtp_starttls,
        )
        found.append((f"email to {settings.mail_to}", email))
    return found


def deliver(body: str, subject: str, settings: Settings) -> dict[str, bool]:
    """Send to every configured channel; each is tried `notify_attempts` times, a failure is
    logged (one line naming the channel and the error) and never raised. Returns what went out."""
    try:
        targets = channels(settings)
    except Exception as error:  # a Secret block that cannot be read: said, and the run goes on
        log.error("the morning message was not sent: its channels could not be set up (%s)", error)
        return {}
    sent: dict[str, bool] = {}
    for name, block in targets:
        sent[name] = False
        for attempt in range(1, settings.notify_attempts + 1):
            try:
                block.notify(body, subject)
                sent[name] = True
                break
            except Exception as error:
                last = attempt == settings.notify_attempts
                log.log(
                    logging.ERROR if last else logging.WARNING,
                    "morning message to %s failed (attempt %d of %d): %s: %s%s",
                    name,
                    attempt,
                    settings.notify_attempts,
                    type(error).__name__,
                    error,
                    "; given up, the run goes on" if last else "; retrying",
                )
                if not last:
                    time.sleep(settings.notify_retry_seconds)
    return sent


_ORDER = {verdict: at for at, verdict in enumerate(("wrong", "imprecise", "reviewed", "unverifiable", "accurate"))}


def _count(words: Wording, verdict: str, n: int) -> str:
    """'3 falsch', '1 korrekt'; a count whose verdict is no adjective has its own phrase with its noun
    ('1 Befund von der Redaktion geschlossen', '2 findings closed by editors', not '2 closed by an editor')."""
    key = f"morning.count.{verdict}"
    if words.known_plural(key):
        return words.plural(key, n)
    return words.text("morning.count", n=words.count(n), verdict=words.verdict(verdict))


def morning_text(results: dict[str, Any], items: list[Discrepancy], base_url: str, lang: str) -> tuple[str, str]:
    """(subject, body) of the morning message in the report's language, whose catalogue words
    every part of it (the claims' explanations in results.json are already in it) and whose
    Babel formats write the numbers: '−1,82 %', not '-1.8152 percent'."""
    words = wording(lang)
    counts = ", ".join(
        _count(words, verdict, n)
        for verdict, n in sorted(verdict_counts(results).items(), key=lambda pair: _ORDER.get(pair[0], len(_ORDER)))
    )
    lines = [
        words.plural(
            "morning.summary",
            len(results["articles"]),
            articles=words.count(len(results["articles"])),
            errors=words.count(len(results["errors"])),
            counts=counts or words.text("morning.no_claims"),
        ),
        words.plural("morning.need_look", len(items)) if items else words.text("morning.all_clear"),
    ]
    for item in items:
        verdict = words.verdict(item.verdict)
        observed = words.value(item.observed, item.unit) if item.observed is not None else None
        line = words.text(
            "morning.item",
            verdict=words.text("morning.confirmed", verdict=verdict) if item.confirmed else verdict,
            title=item.title,
            quote=item.quote,
            observed=observed or words.text("morning.no_data"),
            explanation=item.explanation,
            link=page_link(base_url, item),
        )
        lines.append(line.replace("  ", " "))
    lines.append(words.text("morning.report", url=f"{base_url.rstrip('/')}/index.html"))
    imprecise = sum(item.verdict == "imprecise" for item in items)
    subject = words.plural(  # the noun after the last count agrees with it: '2 wrong, 1 imprecise claim'
        "morning.subject",
        imprecise,
        wrong=words.count(sum(item.verdict == "wrong" for item in items)),
        imprecise=words.count(imprecise),
    )
    return subject, "\n".join(lines)
