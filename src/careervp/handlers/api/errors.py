"""Every error the API sends, in the contract's body: `{"success": false, "cover_letter": null, "error", "code",
"processing_time_ms", "cost_estimate"}` (+ `field`, `retry_after`, `fvs_validation` when they apply).

FastAPI's own errors are translated here too: a 422 becomes 400 INVALID_REQUEST naming the field, an unknown route
404 NOT_FOUND, a too-large body 413 PAYLOAD_TOO_LARGE. Nothing here ever puts a traceback in a response.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from careervp.logic.library import LibraryError
from careervp.models.api import ErrorPublic, FVSValidation
from careervp.models.codes import ResultCode

log = logging.getLogger("careervp.api")

_MAX_FIELD_CHARS = 200


class ApiError(Exception):
    """An error answer, raised anywhere in a route or dependency and rendered by `api_error_handler`."""

    def __init__(
        self,
        code: ResultCode,
        message: str,
        *,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: int | None = None,
        fvs_validation: FVSValidation | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.headers = dict(headers or {})
        self.retry_after = retry_after
        self.fvs_validation = fvs_validation
        self.status_code = status_code or code.http_status


def elapsed_ms(request: Request) -> int:
    started = getattr(request.state, "started", None)
    return max(0, int((time.perf_counter() - started) * 1000)) if isinstance(started, float) else 0


def error_response(
    request: Request,
    code: ResultCode,
    message: str,
    *,
    status_code: int | None = None,
    field: str | None = None,
    headers: Mapping[str, str] | None = None,
    retry_after: int | None = None,
    fvs_validation: FVSValidation | None = None,
) -> JSONResponse:
    body = ErrorPublic(
        error=message,
        code=code,
        processing_time_ms=elapsed_ms(request),
        field=field[:_MAX_FIELD_CHARS] if field else None,
        retry_after=retry_after,
        fvs_validation=fvs_validation,
    )
    all_headers = dict(headers or {})
    if retry_after is not None:
        all_headers.setdefault("Retry-After", str(retry_after))
    if code is ResultCode.UNAUTHORIZED:
        all_headers.setdefault("WWW-Authenticate", 'Bearer realm="careervp"')
    return JSONResponse(body.model_dump(mode="json"), status_code=status_code or code.http_status, headers=all_headers)


# ---------------------------------------------------------------- validation errors
def _field_name(location: Sequence[Any]) -> str:
    parts = [str(p) for p in location]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        source, parts = parts[0], parts[1:]
        if source == "header" and parts:
            return "-".join(word.capitalize() for word in parts[0].split("-"))
    return ".".join(parts) or "body"


def _describe(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a known field"
    if kind == "json_invalid":
        reason = str((error.get("ctx") or {}).get("error") or "")[:_MAX_FIELD_CHARS]
        return f"is not valid JSON ({reason})" if reason else "is not valid JSON"
    message = str(error.get("msg", "is invalid"))
    return message.removeprefix("Value error, ")


def validation_message(errors: Iterable[Mapping[str, Any]]) -> tuple[str, str]:
    """(field, message) for the first error, e.g. ('preferences.tone', "preferences.tone: Input should be ...")."""
    first = next(iter(errors), None)
    if first is None:
        return "body", "body: the request is invalid"
    field = _field_name(first.get("loc", ()))
    if first.get("type") == "json_invalid":
        field = "body"
    return field, f"{field}: {_describe(first)}"


# ---------------------------------------------------------------- handlers
async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(
        request,
        exc.code,
        exc.message,
        status_code=exc.status_code,
        field=exc.field,
        headers=exc.headers,
        retry_after=exc.retry_after,
        fvs_validation=exc.fvs_validation,
    )


async def library_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LibraryError)
    return error_response(request, exc.code, exc.message, field=exc.field)


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    field, message = validation_message(exc.errors())
    return error_response(request, ResultCode.INVALID_REQUEST, message, field=field)


_HTTP_CODES: dict[int, tuple[ResultCode, str]] = {
    401: (ResultCode.UNAUTHORIZED, "Authentication is required."),
    403: (ResultCode.FORBIDDEN, "Not allowed."),
    404: (ResultCode.NOT_FOUND, "There is nothing at this address."),
    405: (ResultCode.INVALID_REQUEST, "This method is not allowed here."),
    413: (ResultCode.PAYLOAD_TOO_LARGE, "The request body is too large."),
}


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code >= 500:
        return error_response(request, ResultCode.INTERNAL_ERROR, "The server failed; please retry.")
    code, default = _HTTP_CODES.get(exc.status_code, (ResultCode.INVALID_REQUEST, "The request is invalid."))
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code in {400, 413} else default
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}
    return error_response(request, code, detail, status_code=exc.status_code, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(LibraryError, library_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)


# ---------------------------------------------------------------- OpenAPI declarations
_DESCRIPTIONS = {
    400: "INVALID_REQUEST (names the field), VPR_NOT_FOUND or FVS_HALLUCINATION_DETECTED",
    401: "UNAUTHORIZED: missing, malformed, expired or wrongly signed bearer token",
    403: "FORBIDDEN: the resource belongs to another user (or the download link is invalid or expired)",
    404: "CV_NOT_FOUND, JOB_NOT_FOUND or NOT_FOUND",
    413: "PAYLOAD_TOO_LARGE: the body exceeds the upload limit",
    429: "RATE_LIMIT_EXCEEDED (Retry-After header, retry_after field) or LLM_RATE_LIMITED",
    500: "GENERATION_QUALITY_INSUFFICIENT, STORAGE_ERROR or INTERNAL_ERROR",
    502: "LLM_API_ERROR: the model provider failed",
    503: "Storage is not ready",
    504: "CV_LETTER_GENERATION_TIMEOUT",
}
RATE_HEADERS = {
    "X-RateLimit-Limit": {"schema": {"type": "integer"}, "description": "Limit of the tightest window"},
    "X-RateLimit-Remaining": {"schema": {"type": "integer"}, "description": "Requests left in that window"},
    "X-RateLimit-Reset": {"schema": {"type": "integer"}, "description": "Epoch seconds when that window resets"},
}


def error_responses(*statuses: int, rate_headers: bool = False) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: each status with the ErrorPublic model (and the rate-limit headers)."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        entry: dict[str, Any] = {"model": ErrorPublic, "description": _DESCRIPTIONS.get(status, "Error")}
        if rate_headers or status == 429:
            headers: dict[str, Any] = dict(RATE_HEADERS) if rate_headers else {}
            if status == 429:
                headers["Retry-After"] = {"schema": {"type": "integer"}, "description": "Seconds to wait"}
            entry["headers"] = headers
        out[status] = entry
    return out


COMMON_ERRORS = (400, 401, 413, 500)
