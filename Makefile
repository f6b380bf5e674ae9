# claimcheck: `make run` runs the nightly job once, `make test` runs every check.
# Both create .venv from requirements.lock first (idempotent: only when the lock changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint typecheck unit eval bench browser-deps clean

# The locked set goes in through uv (pinned here, from PyPI): the same versions as pip installs, in seconds rather
# than the minutes pip took here on a fresh clone. pip installs the lock where uv cannot be had. Compiled to
# bytecode at install, as pip does: this machine sets PYTHONDONTWRITEBYTECODE, so a package left uncompiled is
# compiled again by every process that imports it (the Prefect and CLI tests ran twice as long).
UV_VERSION := 0.13.9
PIP := $(BIN)/pip install --quiet --disable-pip-version-check
UV := $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	($(PIP) uv==$(UV_VERSION) && $(UV) -r requirements.lock) || $(PIP) -r requirements.lock
	$(PIP) --no-deps -e .
	touch $(STAMP)

# The GX Data Docs' stylesheets and scripts, from the npm registry at the locked versions
NPM_STAMP := assets/gx-data-docs/node_modules/.installed
$(NPM_STAMP): assets/gx-data-docs/package-lock.json
	cd assets/gx-data-docs && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $(NPM_STAMP)

setup: $(STAMP) $(NPM_STAMP)

run: setup
	$(BIN)/claimcheck run

lint: setup
	$(BIN)/ruff check src flows tests benchmarks
	$(BIN)/ruff format --check src flows tests benchmarks

typecheck: setup
	$(BIN)/mypy

browser-deps:
	@bash scripts/ensure-chromium.sh

# Parallel workers, one per core; the tests that run Prefect or the CLI share one of them (tests/conftest.py)
unit: setup browser-deps
	$(BIN)/pytest -q -n auto --dist loadgroup --durations=15

test: lint typecheck unit

eval: setup
	$(BIN)/python -m tests.evaluate
	$(BIN)/python -m tests.evaluate_real
	$(if $(DECISIONS),$(BIN)/python -m tests.evaluate_review $(DECISIONS))

bench: setup
	$(BIN)/python -m benchmarks.run

# What runs write under reports/ (README, "Report layout"): the nightly report (a link), its
# versions, the on-demand reports (each a link with its versions, and their shared assets), the
# shared assets, the database (its WAL, its creation lock); and what the older layout left there (index.html & co., article
# pages, gx/, .report-* staging folders). reports/.gitkeep and anything else stay.
REPORT_FILES := reports/nightly reports/.nightly.versions reports/on-demand reports/.claimcheck-assets \
	reports/*.duckdb reports/*.duckdb.wal reports/.*.duckdb.creating reports/*.html reports/*.json reports/*.csv reports/gx reports/.report-*

clean:
	rm -rf $(VENV) .prefect $(REPORT_FILES)
