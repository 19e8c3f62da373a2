"""Releases and rollback: retained versions, the `live` alias shifted by CodeDeploy with automatic rollback on the
alarms, and `make rollback` (infra/rollback.py) driven by what the synthesized templates create."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest
from aws_cdk.assertions import Template
from careervp_infra.config import ALIAS_NAME, load_config

from .conftest import fake_asset, load_infra_script, only, resources, synth

SHIFTING = {
    "dev": "CodeDeployDefault.LambdaAllAtOnce",
    "staging": "CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
    "prod": "CodeDeployDefault.LambdaCanary10Percent15Minutes",
}
REGION = "us-east-1"


def _alarm_names(template: Template) -> dict[str, str]:
    return {
        logical_id: alarm["Properties"]["AlarmName"]
        for logical_id, alarm in resources(template, "AWS::CloudWatch::Alarm").items()
    }


def test_codedeploy_shifts_the_live_alias_as_cdk_json_says(template: Template, env: str) -> None:
    group = only(template, "AWS::CodeDeploy::DeploymentGroup")["Properties"]
    assert group["DeploymentConfigName"] == SHIFTING[env]
    assert group["DeploymentStyle"] == {"DeploymentOption": "WITH_TRAFFIC_CONTROL", "DeploymentType": "BLUE_GREEN"}
    alias = next(iter(resources(template, "AWS::Lambda::Alias").values()))
    update = alias["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]
    app_id = next(iter(resources(template, "AWS::CodeDeploy::Application")))
    group_id = next(iter(resources(template, "AWS::CodeDeploy::DeploymentGroup")))
    assert update == {"ApplicationName": {"Ref": app_id}, "DeploymentGroupName": {"Ref": group_id}}


def test_a_shift_rolls_back_by_itself_on_the_errors_and_p95_alarms(template: Template, env: str) -> None:
    group = only(template, "AWS::CodeDeploy::DeploymentGroup")["Properties"]
    assert set(group["AutoRollbackConfiguration"]["Events"]) == {
        "DEPLOYMENT_FAILURE",
        "DEPLOYMENT_STOP_ON_ALARM",
        "DEPLOYMENT_STOP_ON_REQUEST",
    }
    assert group["AutoRollbackConfiguration"]["Enabled"] is True
    assert group["AlarmConfiguration"]["Enabled"] is True
    names = _alarm_names(template)
    watched = {names[alarm["Name"]["Ref"]] for alarm in group["AlarmConfiguration"]["Alarms"]}
    assert watched == {
        f"careervp-{env}-cover-letter-errors",
        f"careervp-{env}-cover-letter-p95",
        f"careervp-{env}-lambdaerrors",
    }


def test_rollback_targets_the_function_and_alias_the_templates_create(template: Template, env: str) -> None:
    function = only(template, "AWS::Lambda::Function")["Properties"]
    alias = only(template, "AWS::Lambda::Alias")["Properties"]
    assert function["FunctionName"] == load_config(env).function_name
    assert alias["Name"] == ALIAS_NAME


# ---------------------------------------------------------------- two deploys, then `make rollback`


def load_rollback() -> ModuleType:
    return load_infra_script("rollback.py")


def _dev_template(outdir: Path) -> dict[str, Any]:
    template: dict[str, Any] = json.loads((outdir / "CareervpStack-Dev.template.json").read_text())
    return template


@pytest.fixture(scope="module")
def two_releases(
    tmp_path_factory: pytest.TempPathFactory, cloud_assembly: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The session's dev template, then the dev template of a build whose code differs."""
    tmp_path = tmp_path_factory.mktemp("release-two")
    asset = fake_asset(tmp_path / "asset")
    (asset / "release.txt").write_text("two")
    _, outdir = synth(tmp_path / "out", {"lambda_asset_dir": str(asset), "environment": "dev"})
    return _dev_template(cloud_assembly), _dev_template(outdir)


def _versions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == "AWS::Lambda::Version"}


def test_a_new_build_publishes_a_new_version_and_the_old_one_is_retained(
    two_releases: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    """CloudFormation removes a resource that left the template unless its DeletionPolicy is Retain: the first
    release's version leaves the second template, so Retain is what keeps it published for a rollback."""
    first, second = (_versions(t) for t in two_releases)
    assert len(first) == len(second) == 1
    assert set(first).isdisjoint(second)  # a new logical id: CloudFormation publishes a new version
    for version in (*first.values(), *second.values()):
        assert version["DeletionPolicy"] == "Retain"


@pytest.fixture(scope="module")
def moto_lambda(moto_endpoint: str) -> Iterator[tuple[Any, str]]:
    """Lambda on moto; `make rollback` finds it through AWS_ENDPOINT_URL_LAMBDA, as its docstring says."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AWS_ENDPOINT_URL_LAMBDA", moto_endpoint)
        yield boto3.client("lambda", region_name=REGION, endpoint_url=moto_endpoint), moto_endpoint


def _zip(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.py", text)
    return buffer.getvalue()


def _apply(client: Any, role: str, template: dict[str, Any], code: str) -> str:
    """What CloudFormation does with the template's function, version and alias: returns the version published."""
    function = next(v for v in template["Resources"].values() if v["Type"] == "AWS::Lambda::Function")["Properties"]
    alias = next(v for v in template["Resources"].values() if v["Type"] == "AWS::Lambda::Alias")["Properties"]
    name = function["FunctionName"]
    try:
        client.update_function_code(FunctionName=name, ZipFile=_zip(code))
    except client.exceptions.ResourceNotFoundException:
        client.create_function(
            FunctionName=name,
            Runtime=function["Runtime"],
            Role=role,
            Handler=function["Handler"],
            Code={"ZipFile": _zip(code)},
        )
    version: str = client.publish_version(FunctionName=name, Description=code)["Version"]
    try:
        client.update_alias(FunctionName=name, Name=alias["Name"], FunctionVersion=version)
    except client.exceptions.ResourceNotFoundException:
        client.create_alias(FunctionName=name, Name=alias["Name"], FunctionVersion=version)
    return version


def test_make_rollback_moves_the_templates_alias_back_to_the_retained_version(
    two_releases: tuple[dict[str, Any], dict[str, Any]],
    moto_lambda: tuple[Any, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    client, endpoint = moto_lambda
    iam = boto3.client("iam", region_name=REGION, endpoint_url=endpoint)
    trust = {"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:*"}]}
    with contextlib.suppress(iam.exceptions.EntityAlreadyExistsException):
        iam.create_role(RoleName="careervp-release-test", AssumeRolePolicyDocument=json.dumps(trust))
    role = iam.get_role(RoleName="careervp-release-test")["Role"]["Arn"]
    first, second = two_releases
    old = _apply(client, role, first, "one")
    new = _apply(client, role, second, "two")
    rollback = load_rollback()
    previous_argv = sys.argv
    try:
        assert rollback.main(["dev"]) == 0
    finally:
        sys.argv = previous_argv
    function_name = load_config("dev").function_name
    assert client.get_alias(FunctionName=function_name, Name=ALIAS_NAME)["FunctionVersion"] == old
    assert f"moved from version {new} to {old}" in capsys.readouterr().out


def test_rollback_refuses_while_codedeploy_is_shifting_traffic(moto_lambda: tuple[Any, str]) -> None:
    """Mid-shift the alias points at two versions; moving it by hand would fight CodeDeploy."""
    client, _ = moto_lambda
    name = load_config("dev").function_name
    versions = load_rollback().published_versions(client, name)
    assert len(versions) >= 2, "runs after the two releases were applied"
    old, new = versions[-2:]
    client.update_alias(
        FunctionName=name,
        Name=ALIAS_NAME,
        FunctionVersion=str(old),
        RoutingConfig={"AdditionalVersionWeights": {str(new): 0.1}},
    )
    with pytest.raises(ValueError, match="stop-deployment"):
        load_rollback().rollback(client, name)
    assert client.get_alias(FunctionName=name, Name=ALIAS_NAME)["FunctionVersion"] == str(old)
