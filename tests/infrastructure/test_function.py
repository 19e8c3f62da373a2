"""The function: the contract's size, timeout, tracing and environment; a role limited to its own resources."""

from __future__ import annotations

from typing import Any

import pytest
from aws_cdk.assertions import Template
from careervp_infra.config import load_config

from careervp.core import settings

from .conftest import only, resources


def _function(template: Template) -> dict[str, Any]:
    return only(template, "AWS::Lambda::Function")["Properties"]


def test_function_has_the_contract_facts(template: Template, env: str) -> None:
    fn = _function(template)
    assert fn["FunctionName"] == f"careervp-cover-letter-handler-{env}"
    assert fn["MemorySize"] == 2048
    assert fn["Timeout"] == 300
    assert fn["TracingConfig"] == {"Mode": "Active"}
    assert fn["Handler"] == "careervp.handlers.lambda_handler.handler"
    assert fn["Runtime"] == "python3.13"  # Amazon Linux 2023 (glibc 2.34): what the asset is built for
    assert fn["Architectures"] == ["x86_64"]


def test_function_environment_selects_the_aws_adapters(template: Template, env: str) -> None:
    variables = _function(template)["Environment"]["Variables"]
    table_id = next(iter(resources(template, "AWS::DynamoDB::Table")))
    bucket_id = next(iter(resources(template, "AWS::S3::Bucket")))
    assert variables["TABLE_NAME"] == {"Ref": table_id}
    assert variables["BUCKET_NAME"] == {"Ref": bucket_id}
    assert variables["BEDROCK_MODEL_ID"] == settings.HAIKU_45
    assert variables["CAREERVP_BEDROCK_FALLBACK_MODEL_ID"] == settings.SONNET_45
    assert variables["CAREERVP_STORAGE"] == "dynamodb"
    assert variables["CAREERVP_BLOB_STORE"] == "s3"
    secret_id = next(iter(resources(template, "AWS::SecretsManager::Secret")))
    assert variables["CAREERVP_DOWNLOAD_SECRET_ARN"] == {"Ref": secret_id}
    assert variables["CAREERVP_LLM_PROVIDER"] == "bedrock"
    assert variables["POWERTOOLS_METRICS_NAMESPACE"] == "CareerVP"
    assert variables["POWERTOOLS_SERVICE_NAME"] == "cover-letter"
    # The model call must give up before API Gateway does, so the client gets the contract's 504 body.
    assert int(variables["CAREERVP_LLM_TIMEOUT_S"]) < load_config(env).integration_timeout_s


def test_environment_names_are_ones_the_settings_read(template: Template) -> None:
    """Every CAREERVP_ variable the stack sets maps to a Settings field (a typo would be silently ignored)."""
    variables = _function(template)["Environment"]["Variables"]
    fields = set(settings.Settings.model_fields)
    unknown = [
        name
        for name in variables
        if name.startswith("CAREERVP_") and name.removeprefix("CAREERVP_").lower() not in fields | {"deploy_env"}
    ]
    assert unknown == []


def test_a_live_alias_fronts_a_retained_published_version(template: Template, env: str) -> None:
    alias = only(template, "AWS::Lambda::Alias")["Properties"]
    [(version_id, version)] = resources(template, "AWS::Lambda::Version").items()
    assert alias["Name"] == "live"
    assert alias["FunctionVersion"] == {"Fn::GetAtt": [version_id, "Version"]}
    # A new version gets a new logical id on each code change; the one it replaces must stay published.
    assert (version["DeletionPolicy"], version["UpdateReplacePolicy"]) == ("Retain", "Retain")
    warm = alias.get("ProvisionedConcurrencyConfig")
    assert warm == ({"ProvisionedConcurrentExecutions": 2} if env == "prod" else None)  # from cdk.json


def _statements(template: Template) -> list[dict[str, Any]]:
    policy = only(template, "AWS::IAM::Policy")  # the function role's only policy
    statements: list[dict[str, Any]] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def _actions(statement: dict[str, Any]) -> list[str]:
    action = statement["Action"]
    return [action] if isinstance(action, str) else list(action)


def test_role_has_no_managed_policies_and_no_wildcard_actions(template: Template) -> None:
    roles = resources(template, "AWS::IAM::Role")
    function_role = _function(template)["Role"]["Fn::GetAtt"][0]
    assert "ManagedPolicyArns" not in roles[function_role]["Properties"]
    for statement in _statements(template):
        assert statement["Effect"] == "Allow"
        assert all("*" not in action for action in _actions(statement))


def test_only_xray_gets_a_wildcard_resource(template: Template) -> None:
    wildcard = [s for s in _statements(template) if s["Resource"] == "*"]
    assert [sorted(_actions(s)) for s in wildcard] == [["xray:PutTelemetryRecords", "xray:PutTraceSegments"]]


def test_dynamodb_access_is_item_level_on_the_one_table(template: Template) -> None:
    table_id = next(iter(resources(template, "AWS::DynamoDB::Table")))
    [statement] = [s for s in _statements(template) if any(a.startswith("dynamodb:") for a in _actions(s))]
    assert statement["Resource"] == {"Fn::GetAtt": [table_id, "Arn"]}
    assert "dynamodb:Scan" not in _actions(statement)
    assert "dynamodb:DeleteTable" not in _actions(statement)


def test_bedrock_invoke_is_limited_to_the_configured_models(template: Template) -> None:
    [statement] = [s for s in _statements(template) if any(a.startswith("bedrock:") for a in _actions(s))]
    assert _actions(statement) == ["bedrock:InvokeModel"]
    arns = ["".join(p if isinstance(p, str) else "{ref}" for p in r["Fn::Join"][1]) for r in statement["Resource"]]
    profiles = [a for a in arns if ":inference-profile/" in a]
    models = [a for a in arns if ":foundation-model/" in a]
    assert len(profiles) + len(models) == len(arns)
    assert sorted(p.rsplit("/", 1)[1] for p in profiles) == sorted([settings.HAIKU_45, settings.SONNET_45])
    assert {m.rsplit("/", 1)[1] for m in models} == {
        settings.HAIKU_45.removeprefix("us."),
        settings.SONNET_45.removeprefix("us."),
    }
    assert all("*" not in arn for arn in arns)


def test_log_group_is_named_for_the_function_with_bounded_retention(template: Template, env: str) -> None:
    groups = resources(template, "AWS::Logs::LogGroup")
    [fn_group] = [g for g in groups.values() if g["Properties"].get("LogGroupName", "").startswith("/aws/lambda/")]
    assert fn_group["Properties"]["LogGroupName"] == f"/aws/lambda/careervp-cover-letter-handler-{env}"
    assert fn_group["Properties"]["RetentionInDays"] == {"dev": 30, "staging": 90, "prod": 365}[env]


def test_the_function_environment_is_valid_application_settings(template: Template, env: str) -> None:
    """The settings the function will build at cold start, from the stack's variables (CloudFormation references
    replaced by sample values): a wrong literal (an unknown auth mode, a bad CORS list) fails here, not in Lambda."""
    variables = {
        name: value if isinstance(value, str) else f"resolved-{name.lower()}"
        for name, value in _function(template)["Environment"]["Variables"].items()
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in variables.items():
            patch.setenv(name, value)
        loaded = settings.Settings()
    assert loaded.storage == "dynamodb"
    assert loaded.blob_store == "s3"
    assert loaded.llm_provider == "bedrock"
    assert loaded.auth_mode == "cognito"
    assert loaded.table_name == "resolved-table_name"
    assert loaded.bedrock_model_id == settings.HAIKU_45
    assert loaded.cors_origins
    assert loaded.llm_timeout_s < load_config(env).integration_timeout_s


def test_only_the_function_role_may_read_the_download_link_secret(template: Template) -> None:
    secret_id = next(iter(resources(template, "AWS::SecretsManager::Secret")))
    readers = [
        statement
        for policy in resources(template, "AWS::IAM::Policy").values()
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]
        if statement["Resource"] == {"Ref": secret_id}
    ]
    assert readers
    assert all("secretsmanager:GetSecretValue" in statement["Action"] for statement in readers)
    assert not any("secretsmanager:PutSecretValue" in statement["Action"] for statement in readers)
