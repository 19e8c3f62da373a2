"""Charging the caller's tier quota: generations and verifications of edited letters (both run the whole
verification and scoring of a letter) count; everything else only reports the quota (rate_headers.py)."""

from __future__ import annotations

from anyio import to_thread

from careervp.handlers.api.deps import AppState
from careervp.handlers.api.errors import ApiError
from careervp.logic import ratelimit
from careervp.logic.ports import StorageError
from careervp.models.codes import ResultCode
from careervp.models.results import UserContext


async def charge(state: AppState, user: UserContext, what: str = "letters") -> dict[str, str]:
    """Count one request in every window of the user's tier and return the X-RateLimit-* headers; 429
    RATE_LIMIT_EXCEEDED (counting nothing) when a window is full. No-op when rate limits are off."""
    settings, clock = state.container.settings, state.container.clock
    if settings.rate_limits != "on":
        return {}
    limits = ratelimit.tier_limits(settings.rate_limit_tiers, user.tier)
    buckets = ratelimit.buckets_for(limits, int(clock.now().timestamp()))
    try:
        outcome = await to_thread.run_sync(state.container.repository.consume_rate, user.user_id, buckets)
    except StorageError as error:
        raise ApiError(ResultCode.STORAGE_ERROR, "The rate-limit store could not be reached; please retry.") from error
    headers = ratelimit.rate_headers(outcome)
    if not outcome.allowed:
        wait = ratelimit.retry_after(outcome, int(clock.now().timestamp()))
        state.metrics.record_error(ResultCode.RATE_LIMIT_EXCEEDED)
        raise ApiError(
            ResultCode.RATE_LIMIT_EXCEEDED,
            f"Rate limit of {outcome.limit} {what} for the {user.tier} tier reached; retry in {wait} s.",
            headers=headers,
            retry_after=wait,
        )
    return headers
