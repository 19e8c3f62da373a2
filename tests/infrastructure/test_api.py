"""The REST API: name, Cognito authorizer on every non-public method, CORS and throttling per environment,
integration timeout from config, contract-shaped gateway errors, the ApiUrl output."""

from __future__ import annotations

import json
from typing import Any

from aws_cdk.assertions import Template

from .conftest import only, resources

THROTTLING = {"dev": (10, 20), "staging": (20, 40), "prod": (100, 200)}
# cdk.json: prod's account has the raised integration timeout quota for the contract's generation timeout.
TIMEOUT_MS = {"dev": 29_000, "staging": 29_000, "prod": 299_000}
ORIGINS = {
    "dev": "'http://localhost:3000'",
    "staging": "'https://staging.careervp.example'",
    "prod": "'https://app.careervp.example'",
}


def _paths(template: Template) -> dict[str, str]:
    """Resource logical id -> full path, e.g. '/api/{proxy+}' (the root resource is '/')."""
    api_id = next(iter(resources(template, "AWS::ApiGateway::RestApi")))
    nodes = resources(template, "AWS::ApiGateway::Resource")
    paths: dict[str, str] = {}

    def path_of(logical_id: str) -> str:
        if logical_id not in paths:
            props = nodes[logical_id]["Properties"]
            parent = props["ParentId"]
            prefix = "" if parent == {"Fn::GetAtt": [api_id, "RootResourceId"]} else path_of(parent["Ref"])
            paths[logical_id] = f"{prefix}/{props['PathPart']}"
        return paths[logical_id]

    for logical_id in nodes:
        path_of(logical_id)
    return paths


def _methods(template: Template) -> list[tuple[str, str, dict[str, Any]]]:
    paths = _paths(template)
    methods = []
    for method in resources(template, "AWS::ApiGateway::Method").values():
        props = method["Properties"]
        ref = props["ResourceId"]
        path = paths[ref["Ref"]] if "Ref" in ref else "/"
        methods.append((props["HttpMethod"], path, props))
    return methods


def test_rest_api_is_named_and_regional(template: Template) -> None:
    api = only(template, "AWS::ApiGateway::RestApi")["Properties"]
    assert api["Name"] == "CareerVP-API"
    assert api["EndpointConfiguration"] == {"Types": ["REGIONAL"]}
    assert "multipart/form-data" in api["BinaryMediaTypes"]


def test_authorizer_is_the_stack_user_pool(template: Template) -> None:
    authorizer = only(template, "AWS::ApiGateway::Authorizer")["Properties"]
    pool_id = next(iter(resources(template, "AWS::Cognito::UserPool")))
    assert authorizer["Type"] == "COGNITO_USER_POOLS"
    assert authorizer["ProviderARNs"] == [{"Fn::GetAtt": [pool_id, "Arn"]}]
    assert authorizer["IdentitySource"] == "method.request.header.Authorization"


def test_every_method_is_authorized_except_preflight_health_and_signed_downloads(template: Template) -> None:
    authorizer_id = next(iter(resources(template, "AWS::ApiGateway::Authorizer")))
    public = set()
    for http_method, path, props in _methods(template):
        if props["AuthorizationType"] == "NONE":
            public.add((http_method, path))
        else:
            assert props["AuthorizationType"] == "COGNITO_USER_POOLS"
            assert props["AuthorizerId"] == {"Ref": authorizer_id}
    non_preflight = {m for m in public if m[0] != "OPTIONS"}
    # A download link is opened by a browser, which sends no token: the link's signature is checked by the app.
    assert non_preflight == {("GET", "/health"), ("GET", "/downloads/{proxy+}")}
    proxied = {(m, p) for m, p, _ in _methods(template) if m == "ANY"}
    assert proxied == {("ANY", "/"), ("ANY", "/{proxy+}"), ("ANY", "/api"), ("ANY", "/api/{proxy+}")}


def test_integrations_proxy_to_the_live_alias_with_the_configured_timeout(template: Template, env: str) -> None:
    alias_id = next(iter(resources(template, "AWS::Lambda::Alias")))
    for http_method, _path, props in _methods(template):
        if http_method == "OPTIONS":
            continue
        integration = props["Integration"]
        assert integration["Type"] == "AWS_PROXY"
        assert integration["TimeoutInMillis"] == TIMEOUT_MS[env]
        assert alias_id in json.dumps(integration["Uri"])


def test_stage_is_named_for_the_environment_with_throttling_tracing_and_access_logs(
    template: Template, env: str
) -> None:
    stage = only(template, "AWS::ApiGateway::Stage")["Properties"]
    assert stage["StageName"] == env
    assert stage["TracingEnabled"] is True
    assert "DestinationArn" in stage["AccessLogSetting"]
    [settings] = stage["MethodSettings"]
    assert (settings["ThrottlingRateLimit"], settings["ThrottlingBurstLimit"]) == THROTTLING[env]
    assert settings["DataTraceEnabled"] is False


def test_cors_preflight_allows_only_the_configured_origin(template: Template, env: str) -> None:
    preflights = [props for method, _, props in _methods(template) if method == "OPTIONS"]
    assert preflights
    for props in preflights:
        [response] = props["Integration"]["IntegrationResponses"]
        params = response["ResponseParameters"]
        assert params["method.response.header.Access-Control-Allow-Origin"] == ORIGINS[env]
        assert "Idempotency-Key" in params["method.response.header.Access-Control-Allow-Headers"]


def test_gateway_errors_use_the_contract_error_body(template: Template) -> None:
    responses = {
        r["Properties"]["ResponseType"]: r["Properties"]
        for r in resources(template, "AWS::ApiGateway::GatewayResponse").values()
    }
    expected = {
        "UNAUTHORIZED": ("401", "UNAUTHORIZED"),
        "ACCESS_DENIED": ("403", "FORBIDDEN"),
        "THROTTLED": ("429", "RATE_LIMIT_EXCEEDED"),
        "INTEGRATION_TIMEOUT": ("504", "CV_LETTER_GENERATION_TIMEOUT"),
    }
    for response_type, (status, code) in expected.items():
        props = responses[response_type]
        assert props["StatusCode"] == status
        body = json.loads(props["ResponseTemplates"]["application/json"].replace("$context.error.messageString", '"m"'))
        assert body == {
            "success": False,
            "cover_letter": None,
            "error": "m",
            "code": code,
            "processing_time_ms": 0,
            "cost_estimate": 0.0,
        }


def test_the_gateways_own_429_carries_retry_after(template: Template) -> None:
    [throttled] = [
        r["Properties"]
        for r in resources(template, "AWS::ApiGateway::GatewayResponse").values()
        if r["Properties"]["ResponseType"] == "THROTTLED"
    ]
    headers = throttled["ResponseParameters"]
    assert headers["gatewayresponse.header.Retry-After"] == "'1'"
    assert "Retry-After" in headers["gatewayresponse.header.Access-Control-Expose-Headers"]


def test_api_url_is_an_output(template: Template, env: str) -> None:
    output = template.find_outputs("ApiUrl")["ApiUrl"]
    joined = "".join(p if isinstance(p, str) else "" for p in output["Value"]["Fn::Join"][1])
    assert joined.startswith("https://")
    assert ".execute-api." in joined
    # The stage is part of the public base URL: smoke and E2E runs (and download links) start from it.
    stage_id = next(iter(resources(template, "AWS::ApiGateway::Stage")))
    assert output["Value"]["Fn::Join"][1][-2:] == [{"Ref": stage_id}, "/"]


def test_users_cannot_write_their_own_tier(template: Template) -> None:
    client = only(template, "AWS::Cognito::UserPoolClient")["Properties"]
    assert "custom:tier" in client["ReadAttributes"]
    assert "custom:tier" not in client["WriteAttributes"]
    assert client["GenerateSecret"] is False
    pool = only(template, "AWS::Cognito::UserPool")["Properties"]
    assert {"Name": "tier", "AttributeDataType": "String", "Mutable": True}.items() <= pool["Schema"][0].items()
    assert pool["Policies"]["PasswordPolicy"]["MinimumLength"] >= 12
