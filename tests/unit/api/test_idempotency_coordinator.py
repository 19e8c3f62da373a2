"""The coordinator on the real SQLite repository: one runner, waiters get its stored answer, failures are released."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from careervp.dal.sqlite import SqliteRepository
from careervp.handlers.api.errors import ApiError
from careervp.handlers.api.idempotency import IdempotencyCoordinator, idempotency_key, request_hash
from careervp.logic.service.claims import IdempotencyClaims
from careervp.models.api import ErrorPublic
from careervp.models.codes import ResultCode
from careervp.models.records import IdempotencyState
from careervp.models.results import GenerationResult


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 3, 1, tzinfo=UTC)


@pytest.fixture
def repo(tmp_path: Path) -> SqliteRepository:
    return SqliteRepository(tmp_path / "db.sqlite3")


def _result(code: ResultCode, text: str = "ok") -> GenerationResult:
    return GenerationResult(code, ErrorPublic(error=text, code=code))


def test_keys_and_hashes() -> None:
    assert request_hash({"b": 1, "a": [1, 2]}) == request_hash({"a": [1, 2], "b": 1})
    assert request_hash({"a": 1}) != request_hash({"a": 2})
    assert idempotency_key("u", "cv", "job", "abc", "h" * 64) == "key#abc"
    assert idempotency_key("u", "cv", "job", None, "h" * 64) == f"cover_letter#u#cv#job#{'h' * 32}"


def test_concurrent_duplicates_run_once_and_share_the_answer(repo: SqliteRepository) -> None:
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=30)
    runs = 0

    async def produce() -> GenerationResult:
        nonlocal runs
        runs += 1
        await asyncio.sleep(0.3)
        return _result(ResultCode.COVER_LETTER_GENERATED_SUCCESS, "the letter")

    async def main() -> list[tuple[int, bool, str]]:
        produced = await asyncio.gather(*(coordinator.run("u", "k", "h", produce) for _ in range(5)))
        return [(p.status_code, p.replayed, p.body["error"]) for p in produced]

    outcomes = asyncio.run(main())
    assert runs == 1
    assert sorted(outcomes) == [(200, False, "the letter")] + [(200, True, "the letter")] * 4


def test_a_failure_is_released_and_the_next_caller_runs_again(repo: SqliteRepository) -> None:
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=30)
    answers = [_result(ResultCode.LLM_API_ERROR, "down"), _result(ResultCode.COVER_LETTER_GENERATED_SUCCESS, "up")]

    async def produce() -> GenerationResult:
        return answers.pop(0)

    first = asyncio.run(coordinator.run("u", "k", "h", produce))
    second = asyncio.run(coordinator.run("u", "k", "h", produce))
    assert (first.status_code, first.replayed) == (502, False)
    assert (second.status_code, second.replayed, second.body["error"]) == (200, False, "up")


def test_an_exception_releases_the_claim(repo: SqliteRepository) -> None:
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=30)

    async def produce() -> GenerationResult:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        asyncio.run(coordinator.run("u", "k", "h", produce))
    assert repo.claim_idempotency("u", "k", "h", _Clock().now()).state is IdempotencyState.NEW


def test_same_key_with_another_body_is_refused(repo: SqliteRepository) -> None:
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=30)

    async def produce() -> GenerationResult:
        return _result(ResultCode.COVER_LETTER_GENERATED_SUCCESS)

    asyncio.run(coordinator.run("u", "k", "hash-1", produce))
    with pytest.raises(ApiError) as refused:
        asyncio.run(coordinator.run("u", "k", "hash-2", produce))
    assert refused.value.code is ResultCode.INVALID_REQUEST
    assert refused.value.field == "Idempotency-Key"


def test_a_claim_held_elsewhere_is_waited_for_then_times_out(repo: SqliteRepository) -> None:
    repo.claim_idempotency("u", "k", "h", _Clock().now())  # another process holds it and never finishes
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=0.3, poll_interval_s=0.05)

    async def produce() -> GenerationResult:
        raise AssertionError("must not run")

    with pytest.raises(ApiError) as waited:
        asyncio.run(coordinator.run("u", "k", "h", produce))
    assert waited.value.code is ResultCode.CV_LETTER_GENERATION_TIMEOUT


def test_an_answer_stored_by_another_process_is_picked_up_while_polling(repo: SqliteRepository) -> None:
    repo.claim_idempotency("u", "k", "h", _Clock().now())
    coordinator = IdempotencyCoordinator(IdempotencyClaims(repo, _Clock()), wait_timeout_s=10, poll_interval_s=0.05)

    async def produce() -> GenerationResult:
        raise AssertionError("must not run")

    async def main() -> tuple[int, bool]:
        async def finish_elsewhere() -> None:
            await asyncio.sleep(0.2)
            repo.complete_idempotency("u", "k", 200, '{"success": true}', _Clock().now())

        waiter = asyncio.create_task(coordinator.run("u", "k", "h", produce))
        await finish_elsewhere()
        produced = await waiter
        return produced.status_code, produced.replayed

    assert asyncio.run(main()) == (200, True)
