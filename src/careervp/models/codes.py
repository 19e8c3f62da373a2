"""Result codes and their HTTP statuses: the one table every door maps through."""

from __future__ import annotations

from enum import StrEnum


class ResultCode(StrEnum):
    """Outcome of a request, as named by the API contract."""

    COVER_LETTER_GENERATED_SUCCESS = "COVER_LETTER_GENERATED_SUCCESS"
    COVER_LETTER_GENERATED_WITH_WARNINGS = "COVER_LETTER_GENERATED_WITH_WARNINGS"
    INVALID_REQUEST = "INVALID_REQUEST"
    VPR_NOT_FOUND = "VPR_NOT_FOUND"
    FVS_HALLUCINATION_DETECTED = "FVS_HALLUCINATION_DETECTED"
    UNAUTHORIZED = "UNAUTHORIZED"
    FORBIDDEN = "FORBIDDEN"
    CV_NOT_FOUND = "CV_NOT_FOUND"
    JOB_NOT_FOUND = "JOB_NOT_FOUND"
    NOT_FOUND = "NOT_FOUND"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    LLM_RATE_LIMITED = "LLM_RATE_LIMITED"
    GENERATION_QUALITY_INSUFFICIENT = "GENERATION_QUALITY_INSUFFICIENT"
    STORAGE_ERROR = "STORAGE_ERROR"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    LLM_API_ERROR = "LLM_API_ERROR"
    CV_LETTER_GENERATION_TIMEOUT = "CV_LETTER_GENERATION_TIMEOUT"

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self]

    @property
    def is_success(self) -> bool:
        return self in SUCCESS_CODES


SUCCESS_CODES = frozenset({ResultCode.COVER_LETTER_GENERATED_SUCCESS, ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS})

# NOT_FOUND, PAYLOAD_TOO_LARGE and INTERNAL_ERROR are not in the contract's generation table; they serve the
# CRUD routes (unknown letter version, oversized upload) and the last-resort handler, with the obvious statuses.
HTTP_STATUS: dict[ResultCode, int] = {
    ResultCode.COVER_LETTER_GENERATED_SUCCESS: 200,
    ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS: 200,
    ResultCode.INVALID_REQUEST: 400,
    ResultCode.VPR_NOT_FOUND: 400,
    ResultCode.FVS_HALLUCINATION_DETECTED: 400,
    ResultCode.UNAUTHORIZED: 401,
    ResultCode.FORBIDDEN: 403,
    ResultCode.CV_NOT_FOUND: 404,
    ResultCode.JOB_NOT_FOUND: 404,
    ResultCode.NOT_FOUND: 404,
    ResultCode.PAYLOAD_TOO_LARGE: 413,
    ResultCode.RATE_LIMIT_EXCEEDED: 429,
    ResultCode.LLM_RATE_LIMITED: 429,
    ResultCode.GENERATION_QUALITY_INSUFFICIENT: 500,
    ResultCode.STORAGE_ERROR: 500,
    ResultCode.INTERNAL_ERROR: 500,
    ResultCode.LLM_API_ERROR: 502,
    ResultCode.CV_LETTER_GENERATION_TIMEOUT: 504,
}
