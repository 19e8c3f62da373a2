"""Pure ASGI middleware (no BaseHTTPMiddleware: it would buffer streaming and hide exceptions).

RequestContext: a request id (the caller's X-Request-ID when sane, else a new one) in a context variable for the
logs and in the response header; one JSON log line and one metric per request; and the last-resort handler, so an
unexpected exception becomes the contract's 500 INTERNAL_ERROR body and never a traceback.

BodyLimit: refuses bodies over the limit with 413 PAYLOAD_TOO_LARGE, by Content-Length when declared and by
counting when chunked, before a route buffers them.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from careervp.core.observability import Metrics, request_id_var
from careervp.models.api import ErrorPublic
from careervp.models.codes import ResultCode

log = logging.getLogger("careervp.api")

_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._\-]{1,128}$")


class PayloadTooLarge(HTTPException):
    """Raised from `receive` so FastAPI's body reader lets it through (it re-raises HTTPExceptions)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"The request body exceeds {limit} bytes.")


def _json_error(code: ResultCode, message: str, status: int, started: float) -> bytes:
    body = ErrorPublic(error=message, code=code, processing_time_ms=int((time.perf_counter() - started) * 1000))
    return json.dumps(body.model_dump(mode="json")).encode("utf-8")


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if incoming and _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["started"] = started
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = int(message["status"])
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("unhandled error", extra={"path": scope.get("path", "")})
            if not response_started:
                body = _json_error(ResultCode.INTERNAL_ERROR, "The server failed; please retry.", 500, started)
                await send_with_id(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send_with_id({"type": "http.response.body", "body": body})
            status = 500
        finally:
            seconds = time.perf_counter() - started
            route = _route_template(scope)
            self.metrics.record_http(scope["method"], route, status, seconds)
            if log.isEnabledFor(logging.INFO):  # `--log-level warning` turns request lines off, and their cost
                log.info(
                    "request",
                    extra={
                        "method": scope["method"],
                        "route": route,
                        "status": status,
                        "duration_ms": round(seconds * 1000, 1),
                        "user_id": _user_id(scope),
                    },
                )
            request_id_var.reset(token)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            try:
                return str(value.decode("latin-1"))
            except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
                return None
    return None


def _route_template(scope: Scope) -> str:
    """The matched route's template ('/api/cvs/{cv_id}'), so metric labels stay few; unmatched paths share one."""
    route: Any = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


def _user_id(scope: Scope) -> str | None:
    state = scope.get("state") or {}
    value = state.get("user_id") if isinstance(state, dict) else None
    return value if isinstance(value, str) else None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            body = _json_error(
                ResultCode.PAYLOAD_TOO_LARGE,
                f"The request body exceeds {self.max_bytes} bytes.",
                413,
                scope.get("state", {}).get("started", time.perf_counter()),
            )
            await send(
                {
                    "type": "http.response.start",
                    "status": 413,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        (b"connection", b"close"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise PayloadTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)
