# CareerVP cover letters. `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export CDK_DISABLE_VERSION_CHECK := 1
export CDK_DISABLE_CLI_TELEMETRY := true
VENV := .venv
BIN := $(VENV)/bin
# Evaluated when used (after the `uv` target may have installed it): the uv on PATH, or the one pip installed.
UV = $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
HOST ?= 127.0.0.1
PORT ?= 8000
ENV ?= dev

.PHONY: install uv browser run serve test lint types fmt unit pytest bench synth build-lambda deploy rollback smoke e2e clean

uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv

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

# Debian's wrk drives the HTTP load (the benchmark falls back to its own httpx generator without it).
# BENCH_ARGS="--quick" for 3 s load runs and a 30 s soak; "--only overhead,fvs" for some sections.
bench: install
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian's wrk for the load runs..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
	  || echo "WARNING: could not install wrk; the benchmark uses its httpx load generator"; }
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# ---------------------------------------------------------------- AWS (docs/DEPLOYMENT.md)
LAMBDA_DIR := build/lambda
CDK_APP := $(BIN)/python infra/app.py
CDK_CLI := .cdk-home/cli/node_modules/.bin/cdk
CDK_ENV := CDK_HOME=$(CURDIR)/.cdk-home JSII_RUNTIME_PACKAGE_CACHE_ROOT=$(CURDIR)/.jsii-cache

# Runtime dependencies only (no dev, no infra group) as cp311 manylinux x86_64 wheels, plus our package: no Docker.
build-lambda: install
	rm -rf $(LAMBDA_DIR) && mkdir -p $(LAMBDA_DIR)
	$(UV) export --locked --no-dev --no-group infra --no-emit-project --no-hashes --format requirements-txt \
	  -o build/lambda-requirements.txt --quiet
	$(UV) pip install --quiet --target $(LAMBDA_DIR) --python-platform x86_64-manylinux_2_28 \
	  --python-version 3.11 --only-binary :all: -r build/lambda-requirements.txt
	cp -r src/careervp $(LAMBDA_DIR)/careervp
	@# The asset must be self-contained: import the handler's runtime with site-packages switched off.
	$(BIN)/python -S -c "import sys; sys.path.insert(0, '$(LAMBDA_DIR)'); import careervp.handlers.lambda_runtime, aws_xray_sdk"
	find $(LAMBDA_DIR) -name '__pycache__' -type d -prune -exec rm -rf {} +
	@du -sh $(LAMBDA_DIR) | sed 's/^/Lambda asset: /'

# The three stacks into cdk.out/, offline and without credentials (cdk-nag fails the synthesis on any finding).
synth: build-lambda
	$(CDK_ENV) CDK_OUTDIR=cdk.out $(CDK_APP)
	@for t in cdk.out/*.template.json; do basename $$t .template.json; done

$(CDK_CLI):
	npm install --no-audit --no-fund --no-save --prefix .cdk-home/cli aws-cdk@2

# make deploy ENV=dev|staging|prod  (approval: dev never, staging on broadened permissions, prod always)
deploy: build-lambda $(CDK_CLI)
	@read -r STACK APPROVAL FUNCTION < <($(BIN)/python infra/envinfo.py $(ENV)) || exit 2; \
	echo "Deploying $$STACK (approval: $$APPROVAL)"; \
	$(CDK_ENV) $(CDK_CLI) deploy $$STACK --app "$(CDK_APP)" --output cdk.out -c environment=$(ENV) \
	  --require-approval $$APPROVAL --outputs-file cdk.out/outputs-$(ENV).json $(CDK_ARGS)

# make rollback ENV=prod [VERSION=n]: point the `live` alias at the previous (or given) published version.
rollback: install
	$(BIN)/python infra/rollback.py $(ENV) $(if $(VERSION),--to $(VERSION))

# Against API_BASE_URL with TEST_JWT_TOKEN when set; otherwise against a local server the suite starts itself.
smoke: install
	$(BIN)/pytest tests/e2e/test_smoke.py -q -p no:cacheprovider

e2e: install
	$(BIN)/pytest tests/e2e -q -p no:cacheprovider

clean:
	rm -rf $(VENV) .careervp cdk.out .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
