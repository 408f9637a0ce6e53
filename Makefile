.PHONY: run test bench lint record clean browser
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
# extract and queue their claims (ingest runs the automatic checks offline and stores them on the
# claims), take the first claim as a reviewer would and record a verdict, then export the report.
# A fresh demo database each run.
run: $(VENV)/ready
	@mkdir -p reports && rm -f $(RUN_DB)
	$(FC) --db $(RUN_DB) --create ingest claims/
	$(FC) --db $(RUN_DB) queue --limit 12
	@id=$$($(FC) --db $(RUN_DB) next --reviewer desk --format json | $(PY) -c 'import json, sys; print(json.load(sys.stdin)["claim"]["id"])') && \
	  echo "+ factcheck verdict $$id true --reviewer desk ..." && \
	  $(FC) --db $(RUN_DB) verdict $$id true --reviewer desk \
	    --note "Matches the ECB reference rate of the publication date (automatic conversion check)" \
	    --source https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
	$(FC) --db $(RUN_DB) export --format markdown -o reports/report.md
	$(FC) --db $(RUN_DB) export --format html -o reports/report.html
	@echo "Report: $(CURDIR)/reports/report.html (and report.md). Go on reviewing with: $(FC) --db $(RUN_DB) review"

# The store tests also run on PostgreSQL when FACTCHECK_TEST_POSTGRES_URL names a server,
# or when one answers on 127.0.0.1:5432 (database test, trust auth), as on CI.
test: $(VENV)/ready browser
	@pg="$${FACTCHECK_TEST_POSTGRES_URL:-}"; \
	if [ -z "$$pg" ] && command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then \
	  pg=postgresql+psycopg://postgres@127.0.0.1:5432/test; fi; \
	if [ -n "$$pg" ]; then echo "PostgreSQL tests run against $$pg"; \
	else echo "No PostgreSQL server answers on 127.0.0.1:5432: the PostgreSQL tests are skipped"; fi; \
	FACTCHECK_TEST_POSTGRES_URL="$$pg" $(PY) -m pytest -q $(ARGS)

# The HTML report is tested in headless Chromium: Debian's package, installed when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the HTML report test (apt-get)"; \
	  if [ "$$(id -u)" = 0 ]; then APT=; else APT=sudo; fi; \
	  $$APT apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$APT apt-get install -y -qq chromium >/dev/null; }

bench: $(VENV)/bench-ready
	$(PY) -m benchmarks $(ARGS)

lint: $(VENV)/ready
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

# Re-record HTTP cassettes: needs network and the API keys (see cassettes/README.md).
record: $(VENV)/ready
	$(PY) -m pytest -m vcr --record-mode=once -p no:randomly $(ARGS)

clean:
	rm -rf $(VENV) reports $(RUN_DB) build *.egg-info
