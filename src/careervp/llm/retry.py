"""Retries with exponential backoff for model calls, shared by every adapter.

An adapter wraps one attempt in a coroutine and raises `Retryable(error)` for what is worth another try (throttling,
an overloaded or unreachable server). `with_retries` runs the attempt up to `max_retries + 1` times with exponential
backoff plus jitter, honouring a server's Retry-After when it gives one (capped at `max_backoff_s`), and when the
attempts run out raises the `LLMError` the adapter chose (LLMThrottled for throttling, LLMError otherwise).
Anything else an attempt raises passes straight through: a timeout or a bad request is not retried.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt

from careervp.logic.ports import LLMError

T = TypeVar("T")


class Retryable(Exception):
    """Raised inside an attempt: try again; raise `error` if this was the last attempt."""

    def __init__(self, error: LLMError, *, retry_after_s: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class Backoff:
    """How long to wait between attempts. Tests pass tiny values; production keeps the defaults."""

    max_retries: int = 3
    initial_s: float = 1.0
    max_s: float = 20.0
    jitter: float = 0.25  # Up to +25% so many clients throttled together do not retry in lockstep.

    def wait_s(self, attempt: int, retry_after_s: float | None = None) -> float:
        """Seconds before attempt number `attempt + 1` (attempt counts from 1)."""
        base = min(self.max_s, self.initial_s * 2.0 ** (attempt - 1))
        base *= 1 + random.uniform(0, self.jitter)
        if retry_after_s is not None:
            base = max(base, retry_after_s)
        return min(base, self.max_s)


async def with_retries(attempt: Callable[[], Awaitable[T]], backoff: Backoff) -> T:
    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = error.retry_after_s if isinstance(error, Retryable) else None
        return backoff.wait_s(state.attempt_number, retry_after)

    retrying = AsyncRetrying(
        stop=stop_after_attempt(backoff.max_retries + 1),
        wait=wait,
        retry=retry_if_exception_type(Retryable),
        reraise=True,
    )

    async def call() -> T:
        # A real coroutine function: tenacity runs plain callables (a lambda returning a coroutine) as sync code.
        return await attempt()

    try:
        return await retrying(call)
    except Retryable as exhausted:
        raise exhausted.error from exhausted.__cause__


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds; None for dates or garbage (backoff decides then)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
