"""`make deploy`: the approval each environment gets, checked against the values the installed CDK CLI accepts, and
prod's reviewed change set (diff printed, change set created, reviewed, then executed by name)."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from types import ModuleType
from typing import Any

import boto3
import pytest
from careervp_infra.config import load_config

from .conftest import ROOT, load_infra_script

CDK = ROOT / ".cdk-home" / "cli" / "node_modules" / ".bin" / "cdk"


def load_deploy() -> ModuleType:
    return load_infra_script("deploy.py")


@pytest.fixture(scope="module")
def cli_choices() -> dict[str, set[str]]:
    """The choices `cdk deploy --help` of the pinned CLI lists for its options (make pytest installs the CLI)."""
    if not CDK.exists():
        pytest.fail(f"{CDK} is missing: `make {CDK.relative_to(ROOT)}` installs the pinned CDK CLI")
    env = {**os.environ, "CDK_DISABLE_VERSION_CHECK": "1", "CDK_HOME": str(ROOT / ".cdk-home")}
    help_text = subprocess.run(
        [str(CDK), "deploy", "--help"], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    ).stdout
    choices: dict[str, set[str]] = {}
    for option in ("--require-approval", "--method"):
        start = re.search(rf"^\s+{option}\b", help_text, re.MULTILINE)
        assert start is not None, help_text
        listed = re.search(r"\[choices: ([^\]]*)\]", help_text[start.start() :], re.DOTALL)
        assert listed is not None
        choices[option] = set(re.findall(r'"([a-z-]+)"', listed[1]))
    return choices


def dry_run(*args: str) -> list[list[str]]:
    result = subprocess.run(
        ["make", "--no-print-directory", "deploy", "DRY_RUN=1", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return [shlex.split(line[2:]) for line in result.stdout.splitlines() if line.startswith("$ ")]


def option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


@pytest.mark.parametrize(("env", "approval"), [("dev", "never"), ("staging", "broadening")])
def test_dev_and_staging_deploy_in_one_command_with_their_approval(
    env: str, approval: str, cli_choices: dict[str, set[str]]
) -> None:
    [command] = dry_run(f"ENV={env}")
    assert command[1:3] == ["deploy", load_config(env).stack_name]
    assert option(command, "--require-approval") == approval
    assert approval in cli_choices["--require-approval"]


def test_make_deploy_prod_dry_run_prints_the_diff_then_a_reviewed_change_set(
    cli_choices: dict[str, set[str]],
) -> None:
    diff, deploy = dry_run("ENV=prod", "CHANGE_SET=careervp-prod-abc123")
    assert diff[1:3] == ["diff", "CareervpStack-Prod"]
    assert deploy[1:3] == ["deploy", "CareervpStack-Prod"]
    assert option(deploy, "--require-approval") == "any-change"  # asks on every change, not only on IAM
    assert option(deploy, "--method") == "change-set"  # CDK prints the change set and asks before executing it
    assert option(deploy, "--change-set-name") == "careervp-prod-abc123"
    assert option(deploy, "--require-approval") in cli_choices["--require-approval"]
    assert option(deploy, "--method") in cli_choices["--method"]


def test_prod_in_ci_prepares_then_executes_the_same_change_set(cli_choices: dict[str, set[str]]) -> None:
    diff, prepare = dry_run("ENV=prod", "APP=cdk.out", "PHASE=prepare", "CHANGE_SET=careervp-prod-abc123")
    [execute] = dry_run("ENV=prod", "APP=cdk.out", "PHASE=execute", "CHANGE_SET=careervp-prod-abc123")
    assert diff[1] == "diff"
    assert option(prepare, "--method") == "prepare-change-set"  # nothing executes before the review
    assert option(execute, "--method") == "execute-change-set"
    assert option(prepare, "--change-set-name") == option(execute, "--change-set-name") == "careervp-prod-abc123"
    assert all(option(c, "--app") == "cdk.out" for c in (diff, prepare, execute))
    assert {option(prepare, "--method"), option(execute, "--method")} <= cli_choices["--method"]


def test_phases_are_only_for_prod_and_change_set_names_are_checked() -> None:
    deploy = load_deploy()
    with pytest.raises(ValueError, match="one phase"):
        deploy.plan(load_config("dev"), cdk="cdk", app="cdk.out", phase="prepare")
    with pytest.raises(ValueError, match="change set name"):
        deploy.plan(load_config("prod"), cdk="cdk", app="cdk.out")
    with pytest.raises(ValueError, match="not a valid change set name"):
        deploy.change_set_name(load_config("prod"), "feature/x")
    assert deploy.main(["prod", "--dry-run", "--phase", "prepare", "--change-set", "bad name"]) == 0
    assert deploy.main(["dev", "--dry-run", "--phase", "execute"]) == 2


@pytest.fixture
def cloudformation(moto_endpoint: str) -> Any:
    return boto3.client("cloudformation", region_name="us-east-1", endpoint_url=moto_endpoint)


def test_the_change_set_is_printed_change_by_change_for_the_reviewer(cloudformation: Any) -> None:
    template = {
        "Resources": {
            "Topic": {"Type": "AWS::SNS::Topic", "Properties": {}},
            "Queue": {"Type": "AWS::SQS::Queue", "Properties": {}},
        }
    }
    cloudformation.create_change_set(
        StackName="CareervpStack-Review",
        ChangeSetName="careervp-prod-abc123",
        TemplateBody=json.dumps(template),
        ChangeSetType="CREATE",
    )
    lines = load_deploy().describe_change_set(cloudformation, "CareervpStack-Review", "careervp-prod-abc123")
    assert sorted(line.split()[:3] for line in lines) == [
        ["Add", "Queue", "AWS::SQS::Queue"],
        ["Add", "Topic", "AWS::SNS::Topic"],
    ]
