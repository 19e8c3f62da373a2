"""The shared retry helper: how many attempts, which errors are retried, how long it waits."""

from __future__ import annotations

import asyncio

import pytest

from careervp.llm.retry import Backoff, Retryable, parse_retry_after, with_retries
from careervp.logic.ports import LLMError, LLMThrottled, LLMTimeout

TINY = Backoff(max_retries=2, initial_s=0.001, max_s=0.002)


class Flaky:
    """Fails with the given exceptions in turn, then answers."""

    def __init__(self, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.attempts = 0

    async def __call__(self) -> str:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def test_succeeds_after_retryable_failures() -> None:
    flaky = Flaky(Retryable(LLMThrottled("429")), Retryable(LLMThrottled("429")))
    assert asyncio.run(with_retries(flaky, TINY)) == "ok"
    assert flaky.attempts == 3


def test_raises_the_adapters_error_when_attempts_run_out() -> None:
    flaky = Flaky(*(Retryable(LLMThrottled(f"429 #{n}")) for n in range(3)))
    with pytest.raises(LLMThrottled, match="429 #2"):
        asyncio.run(with_retries(flaky, TINY))
    assert flaky.attempts == 3


def test_zero_retries_means_one_attempt() -> None:
    flaky = Flaky(Retryable(LLMError("503")))
    with pytest.raises(LLMError, match="503"):
        asyncio.run(with_retries(flaky, Backoff(max_retries=0, initial_s=0.001)))
    assert flaky.attempts == 1


@pytest.mark.parametrize("error", [LLMTimeout("slow"), LLMError("400"), ValueError("bug")])
def test_other_errors_are_not_retried(error: Exception) -> None:
    flaky = Flaky(error)
    with pytest.raises(type(error)):
        asyncio.run(with_retries(flaky, TINY))
    assert flaky.attempts == 1


def test_backoff_doubles_up_to_the_cap() -> None:
    backoff = Backoff(initial_s=1.0, max_s=5.0, jitter=0.0)
    assert [backoff.wait_s(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_jitter_only_lengthens_the_wait_within_its_share() -> None:
    backoff = Backoff(initial_s=1.0, max_s=100.0, jitter=0.25)
    waits = [backoff.wait_s(2) for _ in range(50)]
    assert all(2.0 <= w <= 2.5 for w in waits)


def test_retry_after_is_honoured_but_capped() -> None:
    backoff = Backoff(initial_s=1.0, max_s=10.0, jitter=0.0)
    assert backoff.wait_s(1, retry_after_s=3.0) == 3.0
    assert backoff.wait_s(1, retry_after_s=60.0) == 10.0
    assert backoff.wait_s(3, retry_after_s=0.5) == 4.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("3", 3.0), (" 1.5 ", 1.5), ("0", 0.0), ("-1", None), ("Wed, 21 Oct 2026 07:28:00 GMT", None)],
)
def test_retry_after_header(header: str, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_missing_retry_after_header() -> None:
    assert parse_retry_after(None) is None
