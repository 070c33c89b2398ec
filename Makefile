# Two commands on a fresh machine: `make run` (the app) and `make test` (every test).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export OMP_WAIT_POLICY := PASSIVE
export HF_HUB_OFFLINE := 1

.PHONY: setup run test test-fast test-llm eval bench browser office clean screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,eval]"
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(PY) app.py

# Debian's chromium for the real-browser test (playwright's own download does not work here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null; \
	  else echo "chromium missing and not root: the browser test will be skipped"; fi; }

# LibreOffice for the redline tests (opens each tracked-changes DOCX, converts it to PDF, accepts/rejects all).
office:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui python3-uno >/dev/null; \
	  else echo "soffice missing and not root: the LibreOffice redline tests will be skipped"; fi; }

test: setup browser office
	$(PY) -m pytest -q -m "not llm"

test-fast: setup
	$(PY) -m pytest -q -m "not slow and not llm and not index"

# The README's screenshots, taken by the real-browser tests (a plain test run writes them to a temp folder).
screenshots: setup browser
	CLAUSIER_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots $(PY) -m pytest -q -m "" tests/test_e2e_browser.py \
		tests/test_chat_browser.py tests/test_banks_browser.py tests/test_redline_browser.py

# Real tests against any OpenAI-compatible server: OPENAI_BASE_URL (and OPENAI_API_KEY, CLAUSIER_MODEL).
test-llm: setup
	@if [ -z "$$OPENAI_BASE_URL" ]; then echo "make test-llm: OPENAI_BASE_URL is not set: no model server to test against (tests skipped)"; fi
	CLAUSIER_TEST_OPENAI_BASE_URL="$$OPENAI_BASE_URL" CLAUSIER_TEST_OPENAI_API_KEY="$$OPENAI_API_KEY" \
	  CLAUSIER_TEST_MODEL="$$CLAUSIER_MODEL" $(PY) -m pytest -q -m llm -rs

eval: setup
	$(PY) -m evaluations.run_all

bench: setup
	$(PY) -m evaluations.bench

clean:
	rm -rf $(VENV) data .pytest_cache
