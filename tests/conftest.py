"""Shared fixtures: rule tables, a snapshot-loaded DuckDB file, one in-process run over the seeds,
one Prefect test server; and the grouping of tests for parallel workers."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.paths import SEEDS_DIR, SNAPSHOT_DIR
from claimcheck.rules import Rules, load_rules

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test` runs on parallel workers (pytest-xdist, `--dist loadgroup`). Every test that runs
    Prefect or the CLI goes to one worker, in turn: one Prefect test server serves them all, no two
    servers start at once on the busy cores, and the CLI's runs never share `.prefect/` at once."""
    for item in items:
        module = getattr(item, "module", None)
        system = item.get_closest_marker("prefect") or "harness" in getattr(item, "fixturenames", ())
        if system or (module is not None and "run_cli" in vars(module)):
            item.add_marker(pytest.mark.xdist_group("system"))


@pytest.fixture(autouse=True)
def prefect_logging_level_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """`claimcheck serve` run in-process sets PREFECT_LOGGING_LEVEL=INFO for its own process (cli.main); left in the
    test worker's environment, every later child process there would print Prefect's task logs where a test expects
    one line (seen as a flaky test_run_failures). The level is put back as it was after each test."""
    monkeypatch.delenv("PREFECT_LOGGING_LEVEL", raising=False)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach past this machine: only loopback and Unix sockets are allowed."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        local = isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1", ""))
        if self.family in (socket.AF_INET, socket.AF_INET6) and not local:
            raise OSError(f"network access blocked in tests: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    real_create = socket.create_connection

    def guarded_create(address: Any, *args: Any, **kwargs: Any) -> Any:
        if not str(address[0]).startswith("127.") and address[0] != "localhost":
            raise OSError(f"network access blocked in tests: {address}")
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded_create)


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def snapshot_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from claimcheck.adapters.store import ensure_snapshot

    path = tmp_path_factory.mktemp("db") / "snapshot.duckdb"
    ensure_snapshot(path, SNAPSHOT_DIR)
    return path


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The seeds checked once, offline, in-process (the Prefect path has its own test)."""
    from claimcheck.pipeline import RunOptions
    from flows.wiring import run_check

    root = tmp_path_factory.mktemp("seedrun")
    options = RunOptions(paths=[str(SEEDS_DIR)], out=str(root / "out"), db=str(root / "c.duckdb"), offline=True)
    results = run_check(options)
    return {"results": results, "out": root / "out", "db": root / "c.duckdb"}


@pytest.fixture(scope="session")
def harness() -> Iterator[None]:
    """One temporary Prefect server (Prefect's test harness) for every test that runs a flow."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
