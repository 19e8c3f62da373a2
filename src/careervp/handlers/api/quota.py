"""Charging the caller's tier quota: generations and verifications of edited letters (both run the whole
verification and scoring of a letter) count; everything else only reports the quota (rate_headers.py)."""

from __future__ import annotations

from anyio import to_thread

from careervp.handlers.api.deps import AppState
from careervp.handlers.api.errors import ApiError
from careervp.logic.ports import StorageError
from careervp.models.codes import ResultCode
from careervp.models.results import UserContext


async def charge(state: AppState, user: UserContext, what: str = "letters") -> dict[str, str]:
    """Count one request in every window of the user's tier and return the X-RateLimit-* headers; 429
    RATE_LIMIT_EXCEEDED (counting nothing) when a window is full. No-op when rate limits are off."""
    if not state.container.quota.enabled:  # spares the request a trip to a worker thread
        return {}
    try:
        charged = await to_thread.run_sync(state.container.quota.charge, user)
    except StorageError as error:
        raise ApiError(ResultCode.STORAGE_ERROR, "The rate-limit store could not be reached; please retry.") from error
    if charged is None:
        return {}
    if not charged.allowed:
        state.metrics.record_error(ResultCode.RATE_LIMIT_EXCEEDED)
        raise ApiError(
            ResultCode.RATE_LIMIT_EXCEEDED,
            f"Rate limit of {charged.limit} {what} for the {user.tier} tier reached; retry in {charged.retry_after} s.",
            headers=charged.headers,
            retry_after=charged.retry_after,
        )
    return charged.headers
