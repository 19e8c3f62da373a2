"""The app's edges in-process (ASGI transport): body limits, request ids, the last-resort handler, CORS, metrics,
the OpenAPI document. The same behaviour over real HTTP is in tests/integration/api."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from careervp.core.auth import local_jwt_secret, mint_local_token
from careervp.core.bootstrap import Container, build
from careervp.core.observability import JSONFormatter, Metrics, request_id_var
from careervp.core.settings import Settings
from careervp.handlers.api import create_app
from careervp.llm.fake import ScriptedLLM
from careervp.models.codes import ResultCode


def _routes(app: FastAPI, container: Container) -> None:
    @app.get("/api/explode")
    def explode() -> None:
        raise RuntimeError("do not show this")

    @app.post("/api/echo-size")
    async def echo_size(body: dict[str, Any]) -> dict[str, int]:
        return {"keys": len(body)}


@pytest.fixture
def container(tmp_path: Path) -> Container:
    return build(Settings(data_dir=tmp_path, max_upload_bytes=1024, cors_origins=["https://app.example"]))


def _call(app: FastAPI, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


def _token(container: Container, user: str = "u1") -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_local_token(local_jwt_secret(container.settings), user_id=user)}"}


def test_body_over_the_limit_is_413_by_length_and_by_counting(container: Container) -> None:
    app = create_app(container, extra_setup=_routes)
    big = json.dumps({"x": "a" * 200_000})
    declared = _call(app, "POST", "/api/echo-size", content=big, headers=_token(container))
    assert declared.status_code == 413
    assert declared.json()["code"] == "PAYLOAD_TOO_LARGE"

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(200):
            yield b"a" * 1024

    counted = _call(app, "POST", "/api/echo-size", content=chunks(), headers=_token(container))
    assert counted.status_code == 413
    assert counted.json()["code"] == "PAYLOAD_TOO_LARGE"
    small = _call(app, "POST", "/api/echo-size", json={"a": 1, "b": 2}, headers=_token(container))
    assert small.json() == {"keys": 2}


def test_unexpected_errors_become_500_and_are_logged_with_the_request_id(
    container: Container, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(container, extra_setup=_routes)
    with caplog.at_level(logging.INFO):
        response = _call(app, "GET", "/api/explode", headers={"X-Request-ID": "abc-123"})
    assert response.status_code == 500
    assert response.json()["code"] == ResultCode.INTERNAL_ERROR.value
    assert "do not show this" not in response.text
    assert response.headers["x-request-id"] == "abc-123"
    errors = [r for r in caplog.records if r.getMessage() == "unhandled error"]
    assert errors
    assert errors[0].exc_info is not None
    requests = [r for r in caplog.records if r.getMessage() == "request"]
    assert requests[-1].__dict__["status"] == 500


def test_bad_request_ids_are_replaced(container: Container) -> None:
    app = create_app(container)
    response = _call(app, "GET", "/health", headers={"X-Request-ID": "bad id with spaces"})
    assert response.headers["x-request-id"] != "bad id with spaces"
    assert len(response.headers["x-request-id"]) == 32


def test_cors_allows_only_configured_origins(container: Container) -> None:
    app = create_app(container)
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}
    allowed = _call(app, "OPTIONS", "/api/cover-letter", headers={"Origin": "https://app.example", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    denied = _call(app, "OPTIONS", "/api/cover-letter", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in denied.headers
    error = _call(app, "GET", "/api/cvs", headers={"Origin": "https://app.example"})
    assert error.status_code == 401
    assert error.headers["access-control-allow-origin"] == "https://app.example"
    assert "X-RateLimit-Remaining" in error.headers["access-control-expose-headers"]


def test_metrics_use_the_contract_names(container: Container) -> None:
    metrics = Metrics()
    metrics.record_generation(ResultCode.COVER_LETTER_GENERATED_SUCCESS, duration_ms=1200, quality=0.8, violations=0)
    metrics.record_generation(ResultCode.LLM_API_ERROR, duration_ms=300, violations=None, cost_usd=0.001)
    metrics.record_error(ResultCode.RATE_LIMIT_EXCEEDED)
    app = create_app(container, metrics=metrics)
    text = _call(app, "GET", "/metrics").text
    assert (
        'CareerVP_CoverLetterGenerated_total{code="COVER_LETTER_GENERATED_SUCCESS",service="cover-letter"} 1.0' in text
    )
    assert 'CareerVP_CoverLetterError_total{code="LLM_API_ERROR",service="cover-letter"} 1.0' in text
    assert 'CareerVP_CoverLetterError_total{code="RATE_LIMIT_EXCEEDED",service="cover-letter"} 1.0' in text
    assert 'CareerVP_CoverLetterDuration_count{service="cover-letter"} 2.0' in text
    assert 'CareerVP_QualityScore_count{service="cover-letter"} 1.0' in text
    assert 'CareerVP_FVSViolations_count{service="cover-letter"} 1.0' in text
    assert 'CareerVP_LLMCost_sum{service="cover-letter"} 0.001' in text
    assert "CareerVP_http_requests_total" in _call(app, "GET", "/metrics").text


def test_openapi_has_no_422_and_declares_errors(container: Container) -> None:
    schema = create_app(container).openapi()
    assert '"422"' not in json.dumps(schema)
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    upload = schema["paths"]["/api/cvs"]["post"]
    assert set(upload["requestBody"]["content"]) == {"multipart/form-data", "application/json"}
    assert {"201", "400", "401", "413", "500"} <= set(upload["responses"])
    assert schema["paths"]["/api/cover-letters/{cv_id}/{job_id}/verify"]["post"]["responses"]["200"]


def test_json_formatter_carries_request_id_and_extras() -> None:
    token = request_id_var.set("req-9")
    try:
        record = logging.LogRecord("careervp.test", logging.WARNING, __file__, 1, "hello %s", ("world",), None)
        record.__dict__["route"] = "/api/cvs"
        line = json.loads(JSONFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line["message"] == "hello world"
    assert line["request_id"] == "req-9"
    assert line["route"] == "/api/cvs"
    assert line["level"] == "warning"
    try:
        raise ValueError("broken")
    except ValueError:
        import sys

        failing = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JSONFormatter().format(failing))
    assert entry["error"] == "ValueError: broken"
    assert "Traceback" in entry["traceback"]


def test_configure_logging_routes_everything_through_one_json_handler() -> None:
    from careervp.core import observability

    root = logging.getLogger()
    saved_handlers, saved_level, saved_flag = list(root.handlers), root.level, observability._configured
    try:
        observability._configured = False
        observability.configure_logging("warning")
        assert len(root.handlers) == 1
        assert isinstance(root.handlers[0].formatter, JSONFormatter)
        assert root.level == logging.WARNING
        assert logging.getLogger("uvicorn.error").propagate is True
        assert logging.getLogger("fpdf").level == logging.ERROR
        observability.configure_logging("info")  # idempotent: still one handler
        assert len(root.handlers) == 1
    finally:
        root.handlers, observability._configured = saved_handlers, saved_flag
        root.setLevel(saved_level)


class ClosableModel(ScriptedLLM):
    """The scripted model with the pooled-connection close a network adapter has, counting its calls."""

    def __init__(self) -> None:
        super().__init__([])
        self.closed = 0

    async def aclose(self) -> None:
        self.closed += 1


@pytest.mark.parametrize(("process_lifespan", "closes"), [(True, 1), (False, 0)])
def test_the_model_client_is_closed_when_the_server_stops_but_kept_across_lambda_invocations(
    tmp_path: Path, process_lifespan: bool, closes: int
) -> None:
    model = ClosableModel()
    app = create_app(build(Settings(data_dir=tmp_path), llm=model), process_lifespan=process_lifespan)

    async def start_and_stop() -> None:
        async with app.router.lifespan_context(app):
            assert model.closed == 0

    asyncio.run(start_and_stop())
    assert model.closed == closes
