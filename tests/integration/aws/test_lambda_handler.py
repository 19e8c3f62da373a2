"""The Lambda door end to end on synthetic API Gateway REST events: Mangum -> the shared FastAPI app -> DynamoDB and
S3 on the moto server, with the caller taken from the Cognito authorizer's claims and EMF metrics on stdout."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import boto3
import httpx
import jwt
import pytest

from careervp.core.settings import Settings
from careervp.dal.dynamodb import DynamoRepository
from careervp.handlers import lambda_runtime

from .conftest import REGION

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
CV_FILE = CORPUS / "cvs" / "lena_marwick.md"
JOB_FILE = CORPUS / "jobs" / "ledgerwell_senior_backend_engineer.md"

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass
class FakeContext:
    function_name: str = "careervp-cover-letter-handler-test"
    memory_limit_in_mb: int = 2048
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:careervp-cover-letter-handler-test"
    aws_request_id: str = "req-1"


def token_for(sub: str) -> str:
    return jwt.encode({"sub": sub, "token_use": "id"}, "not-checked-by-the-app-here-0123", algorithm="HS256")


def rest_event(
    method: str,
    path: str,
    *,
    user: str | None = None,
    tier: str | None = None,
    body: bytes | str | None = None,
    content_type: str | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    headers = {"Host": "abc123.execute-api.us-east-1.amazonaws.com", "X-Forwarded-Proto": "https"}
    if content_type:
        headers["Content-Type"] = content_type
    authorizer: dict[str, Any] = {}
    if user is not None:
        headers["Authorization"] = f"Bearer {token or token_for(user)}"
        claims = {"sub": user, "email": f"{user}@example.com", "token_use": "id"}
        if tier:
            claims["custom:tier"] = tier
        authorizer = {"claims": claims}
    raw = body.encode() if isinstance(body, str) else body
    return {
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": {"proxy": path.lstrip("/")},
        "stageVariables": None,
        "requestContext": {
            "resourcePath": "/{proxy+}",
            "httpMethod": method,
            "path": f"/dev{path}",
            "stage": "dev",
            "requestId": str(uuid.uuid4()),
            "identity": {"sourceIp": "127.0.0.1"},
            "authorizer": authorizer,
        },
        "body": base64.b64encode(raw).decode() if raw is not None else None,
        "isBase64Encoded": raw is not None,
    }


def multipart(filename: str, data: bytes, content_type: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def emf_blobs(stdout: str) -> list[dict[str, Any]]:
    blobs = []
    for line in stdout.splitlines():
        if line.startswith("{") and '"_aws"' in line:
            blobs.append(json.loads(line))
    return blobs


@pytest.fixture
def aws_settings(moto_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")
    monkeypatch.setenv("POWERTOOLS_DEV", "false")
    table, bucket = f"careervp-lambda-{uuid.uuid4().hex[:8]}", f"careervp-lambda-{uuid.uuid4().hex[:8]}"
    DynamoRepository(table, region=REGION, endpoint_url=moto_endpoint).create_table()
    boto3.client("s3", region_name=REGION, endpoint_url=moto_endpoint).create_bucket(Bucket=bucket)
    return Settings(
        data_dir=tmp_path,
        storage="dynamodb",
        table_name=table,
        blob_store="s3",
        bucket_name=bucket,
        aws_region=REGION,
        aws_endpoint_url=moto_endpoint,
        llm_provider="template",
        auth_mode="cognito",
        cognito_region=REGION,
        cognito_user_pool_id="us-east-1_TESTPOOL",
        cognito_client_id="test-client",
        cognito_jwks_url="http://127.0.0.1:9/jwks.json",  # never reached beyond this machine
    )


@pytest.fixture
def lambda_handler(aws_settings: Settings) -> Handler:
    handler, _ = lambda_runtime.make_handler(aws_settings)
    return handler


def invoke(handler: Handler, event: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, Any]]:
    response = handler(event, FakeContext())
    raw = response["body"]
    text = base64.b64decode(raw).decode() if response.get("isBase64Encoded") else raw
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    for key, values in (response.get("multiValueHeaders") or {}).items():
        headers[key.lower()] = values[-1]
    return response["statusCode"], json.loads(text) if text else {}, headers


def test_generation_through_the_lambda_door_stores_in_dynamodb_and_links_to_s3(
    lambda_handler: Handler, aws_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = invoke(lambda_handler, rest_event("GET", "/health"))
    assert status == 200

    payload, content_type = multipart("cv.md", CV_FILE.read_bytes(), "text/markdown")
    status, cv, _ = invoke(
        lambda_handler, rest_event("POST", "/api/cvs", user="u-1", body=payload, content_type=content_type)
    )
    assert status == 201, cv
    job_request = {"company_name": "Ledgerwell Payments", "job_title": "Senior Backend Engineer"}
    job_request["description"] = JOB_FILE.read_text()
    status, job, _ = invoke(
        lambda_handler,
        rest_event("POST", "/api/jobs", user="u-1", body=json.dumps(job_request), content_type="application/json"),
    )
    assert status == 201, job

    request = {
        "cv_id": cv["cv_id"],
        "job_id": job["job_id"],
        **{k: job_request[k] for k in ("company_name", "job_title")},
    }
    capsys.readouterr()
    status, letter, headers = invoke(
        lambda_handler,
        rest_event("POST", "/api/cover-letter", user="u-1", body=json.dumps(request), content_type="application/json"),
    )
    assert status == 200, letter
    assert letter["success"] is True
    assert letter["cover_letter"]["user_id"] == "u-1"
    assert headers["x-ratelimit-limit"] == "5"  # free tier: no custom:tier claim

    stored = DynamoRepository(
        aws_settings.table_name, region=REGION, endpoint_url=aws_settings.aws_endpoint_url
    ).list_letters("u-1")
    assert [(r.cv_id, r.job_id, r.version) for r in stored] == [(cv["cv_id"], job["job_id"], 1)]

    url = letter["download_url"]
    assert url.startswith(f"{aws_settings.aws_endpoint_url}/{aws_settings.bucket_name}/")
    assert "X-Amz-Expires=86400" in url
    download = httpx.get(url)
    assert download.status_code == 200
    assert len(download.content) > 0
    assert "attachment" in download.headers["content-disposition"]

    blobs = emf_blobs(capsys.readouterr().out)
    generated = [b for b in blobs if "CoverLetterGenerated" in b]
    assert generated, "no EMF blob with CoverLetterGenerated"
    directive = generated[0]["_aws"]["CloudWatchMetrics"][0]
    assert directive["Namespace"] == "CareerVP"
    assert ["service"] in directive["Dimensions"]
    assert generated[0]["service"] == "cover-letter"
    names = {m["Name"] for m in directive["Metrics"]}
    assert {"CoverLetterGenerated", "CoverLetterDuration", "QualityScore", "FVSViolations", "LLMCost"} <= names


def test_errors_are_counted_by_code_in_emf(lambda_handler: Handler, capsys: pytest.CaptureFixture[str]) -> None:
    request = {"cv_id": "cv-missing", "job_id": "job-x", "company_name": "Example Corp", "job_title": "Engineer"}
    capsys.readouterr()
    status, body, _ = invoke(
        lambda_handler,
        rest_event("POST", "/api/cover-letter", user="u-2", body=json.dumps(request), content_type="application/json"),
    )
    assert (status, body["code"]) == (404, "CV_NOT_FOUND")
    blobs = emf_blobs(capsys.readouterr().out)
    by_code = [b for b in blobs if b.get("code") == "CV_NOT_FOUND"]
    assert by_code
    assert by_code[0]["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [["service", "code"]]
    assert by_code[0]["CoverLetterError"] == 1.0 or by_code[0]["CoverLetterError"] == [1.0]
    totals = [b for b in blobs if "CoverLetterError" in b and "code" not in b]
    assert totals


def test_tier_comes_from_the_authorizer_claims(lambda_handler: Handler) -> None:
    request = {"cv_id": "cv-missing", "job_id": "job-x", "company_name": "Example Corp", "job_title": "Engineer"}
    _, _, headers = invoke(
        lambda_handler,
        rest_event(
            "POST",
            "/api/cover-letter",
            user="u-3",
            tier="premium",
            body=json.dumps(request),
            content_type="application/json",
        ),
    )
    assert headers["x-ratelimit-limit"] == "15"


def test_a_token_for_another_subject_than_the_authorizer_saw_is_refused(lambda_handler: Handler) -> None:
    status, body, _ = invoke(lambda_handler, rest_event("GET", "/api/cvs", user="u-4", token=token_for("someone-else")))
    assert (status, body["code"]) == (401, "UNAUTHORIZED")


def test_without_authorizer_claims_the_token_is_verified_by_the_app(lambda_handler: Handler) -> None:
    event = rest_event("GET", "/api/cvs", user="u-5")
    event["requestContext"]["authorizer"] = {}
    status, body, _ = invoke(lambda_handler, event)  # the JWKS is unreachable: the forged token cannot pass
    assert (status, body["code"]) == (401, "UNAUTHORIZED")
    status, body, _ = invoke(lambda_handler, rest_event("GET", "/api/cvs"))
    assert (status, body["code"]) == (401, "UNAUTHORIZED")


def test_groups_claim_as_flattened_by_rest_authorizers() -> None:
    assert lambda_runtime._groups("[premium beta]") == ["premium", "beta"]
    assert lambda_runtime._groups("premium,enterprise") == ["premium", "enterprise"]
    assert lambda_runtime._groups(["a"]) == ["a"]
    assert lambda_runtime._groups(None) == []


def test_the_module_level_handler_builds_once_from_the_environment(
    aws_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {
        "CAREERVP_DATA_DIR": str(aws_settings.data_dir),
        "CAREERVP_STORAGE": "dynamodb",
        "TABLE_NAME": aws_settings.table_name,
        "CAREERVP_BLOB_STORE": "s3",
        "BUCKET_NAME": aws_settings.bucket_name,
        "CAREERVP_AWS_ENDPOINT_URL": str(aws_settings.aws_endpoint_url),
        "CAREERVP_AUTH_MODE": "cognito",
        "CAREERVP_COGNITO_REGION": REGION,
        "CAREERVP_COGNITO_USER_POOL_ID": "us-east-1_TESTPOOL",
        "CAREERVP_COGNITO_CLIENT_ID": "test-client",
    }.items():
        monkeypatch.setenv(name, value)
    from careervp.handlers import lambda_handler as module

    monkeypatch.setattr(module, "_handler", None)
    first = module.handler(rest_event("GET", "/health"), FakeContext())
    built = module._handler
    second = module.handler(rest_event("GET", "/api/cvs", user="u-6"), FakeContext())
    assert (first["statusCode"], second["statusCode"]) == (200, 200)
    assert module._handler is built


def test_importing_the_handler_module_loads_no_heavy_dependency() -> None:
    code = (
        "import sys, careervp.handlers.lambda_handler as m; "
        "heavy = {'boto3', 'fastapi', 'mangum', 'aws_lambda_powertools', 'fpdf', 'httpx', 'pydantic'}; "
        "print(sorted(heavy & {n.split('.')[0] for n in sys.modules}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_download_links_are_signed_by_the_app_and_redirect_to_a_fresh_presigned_url(
    aws_settings: Settings, moto_endpoint: str
) -> None:
    """With the shared secret (from Secrets Manager), `download_url` points at the API's own route on the address the
    caller used, stage included; followed as a browser would (no token, so no authorizer claims), the route checks
    the signature and redirects to a presigned S3 URL minted on the spot: the link outlives the role's session."""
    secrets = boto3.client("secretsmanager", region_name=REGION, endpoint_url=moto_endpoint)
    arn = secrets.create_secret(Name=f"careervp-links-{uuid.uuid4().hex[:8]}", SecretString="s" * 48)["ARN"]
    handler, _ = lambda_runtime.make_handler(aws_settings.model_copy(update={"download_secret_arn": arn}))
    payload, content_type = multipart("cv.md", CV_FILE.read_bytes(), "text/markdown")
    status, cv, _ = invoke(handler, rest_event("POST", "/api/cvs", user="u-9", body=payload, content_type=content_type))
    assert status == 201, cv
    request = {
        "cv_id": cv["cv_id"],
        "job_id": "job-links",
        "company_name": "Ledgerwell Payments",
        "job_title": "Senior Backend Engineer",
        "job_description": JOB_FILE.read_text(),
    }
    body = json.dumps(request)
    status, letter, _ = invoke(
        handler, rest_event("POST", "/api/cover-letter", user="u-9", body=body, content_type="application/json")
    )
    assert status == 200, letter
    link = urlsplit(letter["download_urls"]["txt"])
    assert (link.scheme, link.netloc) == ("https", "abc123.execute-api.us-east-1.amazonaws.com")
    assert link.path.startswith("/dev/downloads/")
    assert letter["download_url"].startswith("https://abc123.execute-api.us-east-1.amazonaws.com/dev/downloads/")
    assert "X-Amz" not in link.query

    def visit(query: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        # What API Gateway hands the function when a browser opens the link: the stage leaves the path, and the
        # public route has no authorizer, so neither a token nor claims come along.
        event = rest_event("GET", unquote(link.path).removeprefix("/dev"))
        assert "Authorization" not in event["headers"]
        assert event["requestContext"]["authorizer"] == {}
        event["queryStringParameters"] = {k: v[0] for k, v in parse_qs(query).items()}
        event["multiValueQueryStringParameters"] = parse_qs(query)
        return invoke(handler, event)

    status, _, headers = visit(link.query)
    assert status == 302
    location = headers["location"]
    assert location.startswith(f"{moto_endpoint}/{aws_settings.bucket_name}/")
    assert "X-Amz-Expires=300" in location
    download = httpx.get(location)
    assert download.status_code == 200
    assert "Ledgerwell Payments" in download.text
    assert link.query.rsplit("&", 1)[-1].startswith("sig=")
    tampered = link.query[:-1] + ("1" if link.query.endswith("0") else "0")  # flip the signature's last digit
    assert visit(tampered)[0] == 403


@pytest.mark.parametrize(
    ("path", "public_path", "prefix"),
    [
        ("/downloads/k", "/dev/downloads/k", "/dev"),  # the execute-api address: stage first
        ("/downloads/k", "/v1/downloads/k", "/v1"),  # a custom domain with a base path mapping
        ("/downloads/k", "/downloads/k", ""),  # a custom domain mapped at its root
        ("/downloads/k", None, ""),  # a direct invocation
    ],
)
def test_the_stage_prefix_is_what_the_caller_saw_before_the_routed_path(
    path: str, public_path: str | None, prefix: str
) -> None:
    event: dict[str, Any] = {"path": path, "requestContext": {"path": public_path} if public_path else {}}
    assert lambda_runtime.stage_prefix(event) == prefix
