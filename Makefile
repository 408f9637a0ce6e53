.PHONY: run test bench lint record clean
SHELL := /bin/bash
VENV := .venv
PY   := $(VENV)/bin/python
FC   := $(VENV)/bin/factcheck
PYTHON ?= python3
RUN_DB := reports/demo.db

# The environment is a file target: built from nothing once, rebuilt when pyproject.toml changes.
$(VENV)/ready: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/bench-ready: $(VENV)/ready
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $@

# The main job on the embedded default (a SQLite file): ingest the sample articles in claims/,
# extract and queue their claims, run the automatic checks offline, take the first claim as a
# reviewer would and record a verdict, then export the report. A fresh demo database each run.
run: $(VENV)/ready
	@mkdir -p reports && rm -f $(RUN_DB)
	$(FC) --db $(RUN_DB) ingest claims/
	$(FC) --db $(RUN_DB) check --all --offline
	$(FC) --db $(RUN_DB) queue --limit 12
	@id=$$($(FC) --db $(RUN_DB) next --reviewer desk --format json | $(PY) -c 'import json, sys; print(json.load(sys.stdin)["claim"]["id"])') && \
	  echo "+ factcheck verdict $$id true --reviewer desk ..." && \
	  $(FC) --db $(RUN_DB) verdict $$id true --reviewer desk \
	    --note "Matches the ECB reference rate of the publication date (automatic conversion check)" \
	    --source https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
	$(FC) --db $(RUN_DB) export --format markdown -o reports/report.md
	$(FC) --db $(RUN_DB) export --format html -o reports/report.html
	@echo "Report: $(CURDIR)/reports/report.html (and report.md). Go on reviewing with: $(FC) --db $(RUN_DB) review"

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
