# CareerVP cover letters. `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export CDK_DISABLE_VERSION_CHECK := 1
export CDK_DISABLE_CLI_TELEMETRY := true
VENV := .venv
BIN := $(VENV)/bin
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
HOST ?= 127.0.0.1
PORT ?= 8000
ENV ?= dev

.PHONY: install uv browser run serve test lint types fmt unit pytest bench synth build-lambda deploy rollback smoke e2e clean

uv:
	@command -v uv >/dev/null 2>&1 || [ -x "$(HOME)/.local/bin/uv" ] || python3 -m pip install --quiet uv

install: uv $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	$(UV) sync --locked --all-groups
	@touch $@

# Debian's Chromium for the browser tests (never a downloaded browser build).
browser:
	@[ -x /usr/bin/chromium ] || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "WARNING: could not install chromium; browser tests will fail"; }

run: install
	$(BIN)/careervp serve --host $(HOST) --port $(PORT)

serve: run

lint: install
	$(BIN)/ruff format --check src tests bench infra
	$(BIN)/ruff check src tests bench infra

types: install
	$(BIN)/mypy --strict src

fmt: install
	$(BIN)/ruff format src tests bench infra
	$(BIN)/ruff check --fix src tests bench infra

pytest: install browser
	$(BIN)/pytest --cov --cov-report=term --cov-fail-under=90 -p no:cacheprovider

test: lint types pytest

unit: install
	$(BIN)/pytest tests/unit -q

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .careervp cdk.out .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
