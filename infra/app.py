#!/usr/bin/env python3
"""CDK app: `python infra/app.py` synthesizes CareervpStack-Dev, -Staging and -Prod into cdk.out/ (no credentials,
no network). `-c environment=dev|staging|prod` limits it to one stack (what `make deploy ENV=...` does).

The Lambda code comes from the folder `make build-lambda` fills (build/lambda); synthesis refuses to run without
it rather than shipping a placeholder. Account and region come from context or CDK_DEFAULT_* variables, never STS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from careervp_infra.config import ENVIRONMENTS, load_config
from careervp_infra.stack import CareervpStack
from cdk_nag import AwsSolutionsChecks

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSET_MARKER = "careervp/handlers/lambda_handler.py"


def lambda_code(asset_dir: Path) -> lambda_.Code:
    if not (asset_dir / ASSET_MARKER).is_file():
        raise SystemExit(f"Lambda asset {asset_dir} is missing or incomplete: run `make build-lambda` first.")
    return lambda_.Code.from_asset(str(asset_dir))


def build_app(app: cdk.App) -> list[CareervpStack]:
    context = {
        key: app.node.try_get_context(key)
        for key in (
            "integration_timeout_s",
            "cors_origins",
            "provisioned_concurrency",
            "alarm_email",
            "model_id",
            "fallback_model_id",
            "model_regions",
            "lambda_asset_dir",
        )
    }
    wanted = app.node.try_get_context("environment")
    names = [wanted] if wanted else list(ENVIRONMENTS)
    account = app.node.try_get_context("account") or os.environ.get("CDK_DEFAULT_ACCOUNT")
    region = app.node.try_get_context("region") or os.environ.get("CDK_DEFAULT_REGION")
    env = cdk.Environment(account=account, region=region) if account and region else None
    stacks = []
    for name in names:
        config = load_config(name, context)
        asset_dir = Path(config.lambda_asset_dir)
        code = lambda_code(asset_dir if asset_dir.is_absolute() else REPO_ROOT / asset_dir)
        stacks.append(CareervpStack(app, config=config, code=code, env=env))
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return stacks


def main() -> None:
    app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", str(REPO_ROOT / "cdk.out")))
    build_app(app)
    app.synth()


if __name__ == "__main__":
    main()
