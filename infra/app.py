#!/usr/bin/env python3
"""CDK app: `python infra/app.py` synthesizes CareervpStack-Dev, -Staging and -Prod into cdk.out/ (no credentials,
no network), each with the settings of its entry in cdk.json. `-c environment=dev|staging|prod` limits it to one stack
(what `make deploy ENV=...` does).

The Lambda code comes from the folder `make build-lambda` fills (build/lambda); synthesis refuses to run without
it rather than shipping a placeholder. Account and region come from cdk.json (CDK_DEFAULT_ACCOUNT when the account
is left out), never from STS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from careervp_infra.config import ENVIRONMENTS, EnvironmentConfig, load_all
from careervp_infra.stack import CareervpStack
from cdk_nag import AwsSolutionsChecks

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSET_MARKER = "careervp/handlers/lambda_handler.py"


def lambda_code(asset_dir: Path) -> lambda_.Code:
    if not (asset_dir / ASSET_MARKER).is_file():
        raise SystemExit(f"Lambda asset {asset_dir} is missing or incomplete: run `make build-lambda` first.")
    return lambda_.Code.from_asset(str(asset_dir))


def build_app(app: cdk.App) -> list[CareervpStack]:
    """Every environment's settings come from cdk.json, validated together; context may override a field for one
    synthesis (tests point `lambda_asset_dir` at a folder of their own) and `environment` limits it to one stack."""
    overrides = {key: app.node.try_get_context(key) for key in EnvironmentConfig.model_fields if key != "name"}
    configs = load_all(overrides)
    wanted = app.node.try_get_context("environment")
    if wanted is not None and wanted not in configs:
        raise SystemExit(f"unknown environment {wanted!r}; use one of {', '.join(ENVIRONMENTS)}")
    stacks = []
    for name in [wanted] if wanted else list(ENVIRONMENTS):
        config = configs[name]
        asset_dir = Path(config.lambda_asset_dir)
        code = lambda_code(asset_dir if asset_dir.is_absolute() else REPO_ROOT / asset_dir)
        account = config.account or os.environ.get("CDK_DEFAULT_ACCOUNT")
        env = cdk.Environment(account=account, region=config.region)
        stacks.append(CareervpStack(app, config=config, code=code, env=env))
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return stacks


def main() -> None:
    app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", str(REPO_ROOT / "cdk.out")))
    build_app(app)
    app.synth()


if __name__ == "__main__":
    main()
