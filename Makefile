# The two entry points of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= vigie.duckdb

.PHONY: demo test lint typecheck unit bench clean-db chromium java

$(VENV)/.installed: requirements-pip.lock requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

demo: $(VENV)/.installed
	$(BIN)/vigie demo --db $(DB)

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(VENV)/.dev
	$(BIN)/mypy

# The desk's browser tests drive Debian's Chromium through Playwright (never a downloaded browser build).
chromium:
	command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)

# The Spark job test runs pyspark in local mode, which needs a Java runtime (17 or later).
java:
	command -v java >/dev/null 2>&1 || (apt-get update && apt-get install -y openjdk-17-jre-headless)

unit: $(VENV)/.dev chromium java
	$(BIN)/pytest -q

test: lint typecheck unit

clean-db:
	rm -f $(DB) $(DB).wal
