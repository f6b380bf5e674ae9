"""Settings in one place: environment variables prefixed CLAIMCHECK_, with project defaults."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from claimcheck.paths import DEFAULT_DB, PREFECT_HOME, REPORTS_DIR, SEEDS_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMCHECK_")

    articles: Path = SEEDS_DIR
    reports: Path = REPORTS_DIR
    db: Path = DEFAULT_DB
    offline: bool = False
    lang: str = "de"  # report language: de (the readers are German editors) or en
    nightly_cron: str = "30 3 * * *"
    timezone: str = "Europe/Berlin"
    prefect_home: Path = PREFECT_HOME
    lock_wait_seconds: float = 60.0
    batch_size: int = 250  # articles per extraction/verification task
    task_runner: str = "local"  # local (Prefect's thread pool) or dask
    dask_address: str | None = None  # an existing Dask scheduler; None starts a local cluster
    dask_workers: int = 2
    # Processes rendering a large run's article pages (this one and forks); 1: this process alone.
    # Forks halve the page time on idle cores, gain nothing on busy ones, and each counts its
    # inherited memory again in a summed RSS, so they are asked for, not assumed.
    page_workers: int = 1
    # `claimcheck serve`: its Prefect server (with UI) listens here unless PREFECT_API_URL is set
    server_host: str = "127.0.0.1"
    server_port: int = 4200
    # `claimcheck serve`: the reports and the review endpoint (adapters/review_server.py); beyond
    # loopback only with a token, from the environment or a Prefect Secret block
    review_bind: str = "127.0.0.1"
    review_port: int = 8765  # 0: any free port (the address is printed at startup)
    review_token: str | None = None
    review_token_block: str | None = None
    runner_poll_seconds: int = 5  # how soon a triggered deployment run is picked up
    retention_days: int = 30  # on-demand reports and run history older than this are pruned nightly
    # The morning message (README): no channel configured means no message
    report_base_url: str | None = None  # where editors open the reports; default file://<report folder>
    webhook_url: str | None = None  # a secret: from the environment ...
    webhook_url_block: str | None = None  # ... or the name of a Prefect Secret block holding it
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None  # a secret: from the environment ...
    smtp_password_block: str | None = None  # ... or the name of a Prefect Secret block holding it
    smtp_starttls: bool = False
    mail_from: str = "claimcheck@localhost"
    mail_to: str | None = None  # comma-separated addresses
    notify_attempts: int = 3
    notify_retry_seconds: float = 5.0


def prefect_environment(settings: Settings) -> None:
    """Quiet, offline-clean Prefect defaults; anything already set by the user wins."""
    defaults = {
        "PREFECT_HOME": str(settings.prefect_home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
        "PREFECT_UI_ENABLED": "false",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
