# claimcheck: `make run` runs the nightly job once, `make test` runs every check.
# Both create .venv from requirements.lock first (idempotent: only when the lock changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint typecheck unit eval bench browser-deps clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/claimcheck run

lint: setup
	$(BIN)/ruff check src flows tests benchmarks
	$(BIN)/ruff format --check src flows tests benchmarks

typecheck: setup
	$(BIN)/mypy

browser-deps:
	@bash scripts/ensure-chromium.sh

unit: setup browser-deps
	$(BIN)/pytest -q

test: lint typecheck unit

eval: setup
	$(BIN)/python -m tests.evaluate
	$(BIN)/python -m tests.evaluate_real

bench: setup
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) .prefect reports/*.html reports/*.json reports/*.csv reports/*.duckdb reports/on-demand
