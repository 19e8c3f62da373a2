"""`make rollback` (infra/rollback.py) against a Lambda function on the moto server: versions, the live alias."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest

from .conftest import REGION

INFRA = Path(__file__).resolve().parents[3] / "infra"
FUNCTION = "careervp-cover-letter-handler-dev"


def load_rollback() -> ModuleType:
    if str(INFRA) not in sys.path:
        sys.path.insert(0, str(INFRA))
    spec = importlib.util.spec_from_file_location("careervp_rollback", INFRA / "rollback.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _zip(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.py", text)
    return buffer.getvalue()


@pytest.fixture
def lambda_client(moto_endpoint: str) -> Any:
    iam = boto3.client("iam", region_name=REGION, endpoint_url=moto_endpoint)
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
    try:
        role = iam.create_role(RoleName="careervp-test", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    except iam.exceptions.EntityAlreadyExistsException:
        role = iam.get_role(RoleName="careervp-test")["Role"]["Arn"]
    client = boto3.client("lambda", region_name=REGION, endpoint_url=moto_endpoint)
    with contextlib.suppress(client.exceptions.ResourceNotFoundException):
        client.delete_function(FunctionName=FUNCTION)
    client.create_function(
        FunctionName=FUNCTION, Runtime="python3.11", Role=role, Handler="index.handler", Code={"ZipFile": _zip("v1")}
    )
    for release in ("v1", "v2", "v3"):
        client.update_function_code(FunctionName=FUNCTION, ZipFile=_zip(release))
        client.publish_version(FunctionName=FUNCTION, Description=release)
    client.create_alias(FunctionName=FUNCTION, Name="live", FunctionVersion="3")
    return client


def test_rollback_moves_live_to_the_previous_version_then_to_a_chosen_one(lambda_client: Any) -> None:
    rollback = load_rollback()
    assert rollback.published_versions(lambda_client, FUNCTION) == [1, 2, 3]
    assert rollback.rollback(lambda_client, FUNCTION) == (3, 2)
    assert lambda_client.get_alias(FunctionName=FUNCTION, Name="live")["FunctionVersion"] == "2"
    assert rollback.rollback(lambda_client, FUNCTION, 3) == (2, 3)
    assert lambda_client.get_alias(FunctionName=FUNCTION, Name="live")["FunctionVersion"] == "3"


def test_rollback_refuses_when_there_is_nothing_earlier_or_the_version_is_unknown(lambda_client: Any) -> None:
    rollback = load_rollback()
    lambda_client.update_alias(FunctionName=FUNCTION, Name="live", FunctionVersion="1")
    with pytest.raises(ValueError, match="no earlier version"):
        rollback.rollback(lambda_client, FUNCTION)
    with pytest.raises(ValueError, match="not published"):
        rollback.rollback(lambda_client, FUNCTION, 9)
    assert lambda_client.get_alias(FunctionName=FUNCTION, Name="live")["FunctionVersion"] == "1"


def test_rollback_command_line(
    lambda_client: Any, moto_endpoint: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rollback = load_rollback()
    monkeypatch.setenv("AWS_ENDPOINT_URL_LAMBDA", moto_endpoint)
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    assert rollback.main(["dev"]) == 0
    assert "moved from version 3 to 2" in capsys.readouterr().out
    assert rollback.main(["dev", "--list"]) == 0
    assert "2 <- live" in capsys.readouterr().out
    assert rollback.main(["dev", "--to", "7"]) == 1
