"""Per-environment config, context overrides, and the app's refusal to synthesize without a built Lambda asset."""

from __future__ import annotations

import json
from pathlib import Path

import aws_cdk as cdk
import pytest
from aws_cdk.assertions import Template
from careervp_infra.config import (
    FALLBACK_MODEL_ID,
    PRIMARY_MODEL_ID,
    TABLE_PARTITION_KEY,
    TABLE_SORT_KEY,
    TABLE_TTL_ATTRIBUTE,
    load_config,
)

from careervp.core import settings
from careervp.dal import dynamodb_table

from .conftest import load_cdk_app_module, only, synth


def test_infra_constants_agree_with_the_application() -> None:
    assert (PRIMARY_MODEL_ID, FALLBACK_MODEL_ID) == (settings.HAIKU_45, settings.SONNET_45)
    assert (TABLE_PARTITION_KEY, TABLE_SORT_KEY, TABLE_TTL_ATTRIBUTE) == (
        dynamodb_table.PARTITION_KEY,
        dynamodb_table.SORT_KEY,
        dynamodb_table.TTL_ATTRIBUTE,
    )


def test_environments_differ_where_the_issue_says() -> None:
    dev, staging, prod = (load_config(name) for name in ("dev", "staging", "prod"))
    assert [c.stack_name for c in (dev, staging, prod)] == [
        "CareervpStack-Dev",
        "CareervpStack-Staging",
        "CareervpStack-Prod",
    ]
    assert [c.approval for c in (dev, staging, prod)] == ["never", "broadening", "always"]
    assert (dev.retain_data, prod.retain_data) == (False, True)
    assert {c.integration_timeout_s for c in (dev, staging, prod)} == {29}


def test_context_overrides_are_parsed_and_checked() -> None:
    config = load_config(
        "prod",
        {"integration_timeout_s": "299", "cors_origins": "https://a.example, https://b.example", "alarm_email": None},
    )
    assert config.integration_timeout_s == 299
    assert config.cors_origins == ("https://a.example", "https://b.example")
    assert load_config("dev", {"cors_origins": '["https://c.example"]'}).cors_origins == ("https://c.example",)
    with pytest.raises(ValueError, match="unknown environment"):
        load_config("qa")
    with pytest.raises(ValueError, match=r"1\.\.299"):
        load_config("dev", {"integration_timeout_s": 300})
    with pytest.raises(ValueError, match="explicit origins"):
        load_config("dev", {"cors_origins": "*"})


def test_synthesis_refuses_a_missing_lambda_asset(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path / "out"), context={"lambda_asset_dir": str(tmp_path / "nothing-built")})
    with pytest.raises(SystemExit, match="make build-lambda"):
        load_cdk_app_module().build_app(app)


def test_one_environment_with_raised_quota_and_provisioned_concurrency(tmp_path: Path, asset_dir: Path) -> None:
    """`-c environment=prod -c integration_timeout_s=299 -c provisioned_concurrency=2`: one stack, the contract's
    299 s integration timeout, and a warm pool on the live alias."""
    context = {
        "lambda_asset_dir": str(asset_dir),
        "environment": "prod",
        "integration_timeout_s": 299,
        "provisioned_concurrency": 2,
        "alarm_email": "oncall@example.com",
    }
    _, outdir = synth(tmp_path / "out", context)
    assert sorted(p.name for p in outdir.glob("*.template.json")) == ["CareervpStack-Prod.template.json"]
    template = Template.from_json(json.loads((outdir / "CareervpStack-Prod.template.json").read_text()))
    timeouts = {
        m["Properties"]["Integration"].get("TimeoutInMillis")
        for m in template.find_resources("AWS::ApiGateway::Method").values()
        if m["Properties"]["HttpMethod"] != "OPTIONS"
    }
    assert timeouts == {299_000}
    alias = only(template, "AWS::Lambda::Alias")["Properties"]
    assert alias["ProvisionedConcurrencyConfig"] == {"ProvisionedConcurrentExecutions": 2}
    template.has_resource_properties("AWS::SNS::Subscription", {"Protocol": "email", "Endpoint": "oncall@example.com"})


def _acknowledged(cloud_assembly: Path, stack: str) -> dict[str, str]:
    metadata = json.loads((cloud_assembly / f"{stack}.metadata.json").read_text())
    rules: dict[str, str] = {}
    for entries in metadata.values():
        for entry in entries:
            if entry["type"] == "aws:cdk:acknowledged-rules":
                rules.update({rule.split("::", 1)[1]: reason for rule, reason in entry["data"].items()})
    return rules


@pytest.mark.parametrize("stack", ["CareervpStack-Dev", "CareervpStack-Prod"])
def test_cdk_nag_findings_are_acknowledged_only_with_reasons(cloud_assembly: Path, stack: str) -> None:
    """Synthesis fails on any unacknowledged AwsSolutions finding; here: the list is short, known and justified."""
    report = json.loads((cloud_assembly / "validation-report.json").read_text())
    assert report["pluginReports"] == []
    rules = _acknowledged(cloud_assembly, stack)
    assert all(len(reason) >= 40 for reason in rules.values())
    expected = {
        "AwsSolutions-APIG2",
        "AwsSolutions-APIG3",
        "AwsSolutions-APIG4",
        "AwsSolutions-COG2",
        "AwsSolutions-COG3",
        "AwsSolutions-COG4",
        "AwsSolutions-COG8",
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
        "AwsSolutions-IAM5[Resource::*]",
        "AwsSolutions-L1",
        "AwsSolutions-S1",
        "AwsSolutions-SMG4",
    }
    bucket_objects = {r for r in rules if r.startswith("AwsSolutions-IAM5[Resource::<DataLettersBucket")}
    assert len(bucket_objects) == 1
    point_in_time = {"AwsSolutions-DDB3"} if stack != "CareervpStack-Prod" else set()
    assert set(rules) == expected | bucket_objects | point_in_time
