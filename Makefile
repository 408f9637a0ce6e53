.PHONY: run test bench lint record clean
SHELL := /bin/bash
VENV := .venv
PY   := $(VENV)/bin/python
FC   := $(VENV)/bin/factcheck
PYTHON ?= python3
RUN_DB := factcheck-run.db

# The environment is a file target: built from nothing once, rebuilt when pyproject.toml changes.
$(VENV)/ready: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/bench-ready: $(VENV)/ready
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $@

# The main job on the embedded default: ingest the sample article, extract, queue, check, export.
run: $(VENV)/ready
	$(FC) extract claims/uk-troops-ukraine.md

test: $(VENV)/ready
	$(PY) -m pytest -q $(ARGS)

bench: $(VENV)/bench-ready
	$(PY) -m benchmarks $(ARGS)

lint: $(VENV)/ready
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

# Re-record HTTP cassettes: needs network and the API keys (see cassettes/README.md).
record: $(VENV)/ready
	$(PY) -m pytest -m vcr --record-mode=once -p no:randomly $(ARGS)

clean:
	rm -rf $(VENV) reports $(RUN_DB) build *.egg-info
