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
LAMBDA_DIR := build/lambda
CDK_APP := $(BIN)/python infra/app.py
CDK_CLI_VERSION := 2.1149.0
CDK_CLI := .cdk-home/cli/node_modules/.bin/cdk
CDK_ENV := CDK_HOME=$(CURDIR)/.cdk-home JSII_RUNTIME_PACKAGE_CACHE_ROOT=$(CURDIR)/.jsii-cache

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

# Two worker processes (pytest-xdist), each taking whole test files: tests/conftest.py says which folders stay whole.
PYTEST_WORKERS ?= 2
pytest: install browser build-lambda $(CDK_CLI)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --cov --cov-report=term --cov-fail-under=90 -p no:cacheprovider

test: lint types pytest

unit: install
	$(BIN)/pytest tests/unit -q

# Debian's wrk drives the HTTP load (the benchmark falls back to its own httpx generator without it).
# BENCH_ARGS="--quick" for 3 s load runs and a 30 s soak; "--only overhead,fvs" for some sections;
# "--baseline main" measures the server and CLI sections on main's source too, side by side.
bench: install
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian's wrk for the load runs..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
	  || echo "WARNING: could not install wrk; the benchmark uses its httpx load generator"; }
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# ---------------------------------------------------------------- AWS (docs/DEPLOYMENT.md)

# The Lambda runtime is python3.13 on Amazon Linux 2023 (glibc 2.34); infra/careervp_infra/config.py says so for the
# stack and a test keeps these two lines in step with it. Wheels for manylinux_2_28 or older run on that glibc.
LAMBDA_PYTHON := 3.13
LAMBDA_PLATFORM := x86_64-manylinux_2_28

# Runtime dependencies only (no dev, no infra group) as cp313 manylinux x86_64 wheels, plus our package: no Docker.
# Bytecode is compiled by a Python 3.13 (unchecked-hash: the asset zip resets file times, which would void timestamp
# .pyc files), the handler is imported by it with site-packages off, and every ELF file is checked against glibc.
build-lambda: install
	rm -rf $(LAMBDA_DIR) && mkdir -p $(LAMBDA_DIR)
	$(UV) export --locked --no-dev --no-group infra --no-emit-project --no-hashes --format requirements-txt \
	  -o build/lambda-requirements.txt --quiet
	$(UV) pip install --quiet --target $(LAMBDA_DIR) --python-platform $(LAMBDA_PLATFORM) \
	  --python-version $(LAMBDA_PYTHON) --only-binary :all: -r build/lambda-requirements.txt
	cp -r src/careervp $(LAMBDA_DIR)/careervp
	find $(LAMBDA_DIR) -name '__pycache__' -type d -prune -exec rm -rf {} +
	@PY=$$($(BIN)/python infra/asset_check.py --find-python $(LAMBDA_PYTHON)) || exit 2; \
	echo "Compiling and trying the asset with $$PY"; \
	$$PY -m compileall -q -j 0 --invalidation-mode unchecked-hash $(LAMBDA_DIR) >/dev/null || exit 1; \
	$$PY -S -B -c "import sys; sys.path.insert(0, '$(LAMBDA_DIR)'); import careervp.handlers.lambda_runtime, aws_xray_sdk"
	$(BIN)/python infra/asset_check.py $(LAMBDA_DIR)
	@du -sh $(LAMBDA_DIR) | sed 's/^/Lambda asset: /'

# The three stacks into cdk.out/, offline and without credentials (cdk-nag fails the synthesis on any finding).
synth: build-lambda
	$(CDK_ENV) CDK_OUTDIR=cdk.out $(CDK_APP)
	@for t in cdk.out/*.template.json; do basename $$t .template.json; done

$(CDK_CLI):
	npm install --no-audit --no-fund --no-save --prefix .cdk-home/cli aws-cdk@$(CDK_CLI_VERSION)

# make deploy ENV=dev|staging|prod [DRY_RUN=1] [APP=cdk.out] [PHASE=prepare|execute CHANGE_SET=name]
# Approval: dev never, staging broadening, prod any-change with the diff printed and the change set reviewed before
# it is executed (infra/deploy.py). DRY_RUN=1 prints the exact cdk commands; APP=cdk.out deploys an assembly
# synthesized before (the pipeline's one artifact) instead of building and synthesizing here.
APP ?= $(CDK_APP)
deploy: install $(CDK_CLI)
	@if [ -z "$(DRY_RUN)" ] && [ "$(APP)" = "$(CDK_APP)" ]; then $(MAKE) --no-print-directory build-lambda; fi
	@$(CDK_ENV) $(BIN)/python infra/deploy.py $(ENV) --cdk $(CDK_CLI) --app "$(APP)" $(if $(DRY_RUN),--dry-run) \
	  $(if $(PHASE),--phase $(PHASE)) $(if $(CHANGE_SET),--change-set $(CHANGE_SET))

# make rollback ENV=prod [VERSION=n]: point the `live` alias at the previous (or given) retained version.
rollback: install
	$(BIN)/python infra/rollback.py $(ENV) $(if $(VERSION),--to $(VERSION))

# Against API_BASE_URL with TEST_JWT_TOKEN when set; otherwise against a local server the suite starts itself.
smoke: install
	$(BIN)/pytest tests/e2e/test_smoke.py -q -p no:cacheprovider

e2e: install
	$(BIN)/pytest tests/e2e -q -p no:cacheprovider

clean:
	rm -rf $(VENV) .careervp build cdk.out .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
