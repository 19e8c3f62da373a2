"""Claims left by a crashed process: recognised by their owner (a process on this machine that no longer runs) and
resolved at once, by a retry or at start-up: the stored letter is replayed, or the letter is generated once."""

from __future__ import annotations

import asyncio
import functools
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from careervp.dal.sqlite import SqliteRepository
from careervp.handlers.api.claim_owner import ClaimOwner, this_process
from careervp.handlers.api.idempotency import IdempotencyCoordinator
from careervp.logic.service.claims import IdempotencyClaims
from careervp.models.api import ErrorPublic
from careervp.models.codes import ResultCode
from careervp.models.records import IdempotencyState
from careervp.models.results import GenerationResult

NOW = datetime.now(UTC).replace(microsecond=0)
STORED = {"success": True, "cover_letter": {"version": 1, "content": "Dear Acme"}}


class _Clock:
    def now(self) -> datetime:
        return NOW


@functools.cache
def _finished_process() -> ClaimOwner:
    """The identity a process on this machine had, once it has exited: what kill -9 leaves behind."""
    code = "from careervp.handlers.api.claim_owner import this_process; print(this_process())"
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    owner = ClaimOwner.parse(printed.strip())
    assert owner is not None
    return owner


@pytest.fixture
def repo(tmp_path: Path) -> SqliteRepository:
    return SqliteRepository(tmp_path / "db.sqlite3")


def test_only_a_process_of_this_machine_that_no_longer_runs_is_gone() -> None:
    me = this_process()
    dead = _finished_process()
    assert dead.machine == me.machine
    assert me.is_gone(str(dead))
    assert not me.is_gone(str(me))
    elsewhere = ClaimOwner("another-machine", dead.pid, dead.started)
    assert not me.is_gone(str(elsewhere))  # its processes cannot be seen: only its heartbeat can lapse
    assert not me.is_gone("")  # a claim from before owners were recorded: the lease decides
    assert not me.is_gone("not an owner")
    reused_pid = ClaimOwner(me.machine, me.pid, "12345")  # this pid, but started at another time
    assert me.is_gone(str(reused_pid))


def _coordinator(repo: SqliteRepository, stored: dict[str, object] | None) -> IdempotencyCoordinator:
    return IdempotencyCoordinator(
        IdempotencyClaims(repo, _Clock(), find_stored=lambda _user, _key: stored), wait_timeout_s=5
    )


def _producer(runs: list[int]) -> object:
    async def produce() -> GenerationResult:
        runs.append(1)
        return GenerationResult(
            ResultCode.COVER_LETTER_GENERATED_SUCCESS, ErrorPublic(error="new", code=ResultCode.INVALID_REQUEST)
        )

    return produce


def test_a_retry_replays_the_letter_a_crashed_process_stored(repo: SqliteRepository) -> None:
    repo.claim_idempotency("u", "k", "h", NOW, owner=str(_finished_process()))
    runs: list[int] = []
    produced = asyncio.run(_coordinator(repo, STORED).run("u", "k", "h", _producer(runs)))  # type: ignore[arg-type]
    assert (produced.status_code, produced.body, produced.replayed, runs) == (200, STORED, True, [])
    assert repo.claim_idempotency("u", "k", "h", NOW).state is IdempotencyState.DONE  # settled for everyone


def test_a_retry_generates_once_when_the_crash_came_before_the_letter(repo: SqliteRepository) -> None:
    repo.claim_idempotency("u", "k", "h", NOW, owner=str(_finished_process()))
    runs: list[int] = []
    coordinator = _coordinator(repo, None)

    async def retries() -> list[bool]:
        produced = await asyncio.gather(*(coordinator.run("u", "k", "h", _producer(runs)) for _ in range(4)))  # type: ignore[arg-type]
        return [p.replayed for p in produced]

    replayed = asyncio.run(retries())
    assert runs == [1]
    assert sorted(replayed) == [False, True, True, True]


def test_a_live_owner_is_waited_for_not_taken_over(repo: SqliteRepository) -> None:
    repo.claim_idempotency("u", "k", "h", NOW, owner=str(this_process()))
    coordinator = IdempotencyCoordinator(
        IdempotencyClaims(repo, _Clock(), find_stored=lambda _u, _k: STORED), wait_timeout_s=0.2
    )
    with pytest.raises(Exception, match="still being processed"):
        asyncio.run(coordinator.run("u", "k", "h", _producer([])))  # type: ignore[arg-type]


def test_start_up_settles_every_claim_a_crashed_process_left(repo: SqliteRepository) -> None:
    dead = str(_finished_process())
    repo.claim_idempotency("u", "stored", "h", NOW, owner=dead)
    repo.claim_idempotency("u", "lost", "h", NOW, owner=dead)
    repo.claim_idempotency("u", "running", "h", NOW, owner=str(this_process()))
    claims = IdempotencyClaims(repo, _Clock(), find_stored=lambda _u, key: STORED if key == "stored" else None)
    coordinator = IdempotencyCoordinator(claims, wait_timeout_s=5)
    assert asyncio.run(coordinator.recover_abandoned()) == 2
    stored = repo.claim_idempotency("u", "stored", "h", NOW)
    assert (stored.state, stored.response) == (IdempotencyState.DONE, STORED)
    assert repo.claim_idempotency("u", "lost", "h", NOW).state is IdempotencyState.NEW  # released: runs once
    assert repo.claim_idempotency("u", "running", "h", NOW).state is IdempotencyState.IN_PROGRESS
