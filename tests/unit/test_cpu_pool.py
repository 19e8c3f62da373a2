"""The worker processes that run generation's CPU stages in the served app: real spawned processes, warmed at start,
one stopped and replaced when its caller stops waiting, one that dies replaced and its stage run again."""

from __future__ import annotations

import asyncio
import operator
import os
import signal
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

import pytest

from careervp.core.cpu_pool import ProcessPoolRunner, cores, default_size, warm_up

T = TypeVar("T")


def _with_pool(processes: int, body: Callable[[ProcessPoolRunner], Awaitable[T]]) -> T:
    async def run() -> T:
        runner = ProcessPoolRunner(processes)
        runner.start()
        try:
            return await body(runner)
        finally:
            await runner.close()

    return asyncio.run(run())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_stages_run_in_other_processes_and_every_worker_ends_at_close() -> None:
    async def body(runner: ProcessPoolRunner) -> tuple[set[int], list[int]]:
        await runner.warmed()
        assert runner.warm_count() == 2
        return runner.pids(), [await runner(os.getpid), await runner(partial(pow, 2, 10))]

    pids, (worker_pid, value) = _with_pool(2, body)
    assert len(pids) == 2
    assert worker_pid in pids
    assert worker_pid != os.getpid()
    assert value == 1024
    assert not any(_alive(pid) for pid in pids)


def test_until_a_worker_is_warm_stages_run_in_a_thread_of_this_process() -> None:
    async def body(runner: ProcessPoolRunner) -> tuple[int, int]:
        before_warm = await runner(os.getpid)  # start() has only scheduled the workers
        await runner.warmed()
        return before_warm, await runner(os.getpid)

    before_warm, warm = _with_pool(1, body)
    assert before_warm == os.getpid()
    assert warm != os.getpid()


def test_stages_and_answers_larger_than_a_socket_buffer_cross_whole() -> None:
    """Small messages go on the event loop, large ones through a thread; both arrive intact."""
    big = "x" * (1024 * 1024)

    async def body(runner: ProcessPoolRunner) -> tuple[int, str, int]:
        await runner.warmed()
        return (
            await runner(partial(len, big)),
            await runner(partial(operator.mul, "y", 300_000)),
            await runner(partial(pow, 3, 4)),
        )

    sent, answered, small = _with_pool(1, body)
    assert sent == len(big)
    assert answered == "y" * 300_000
    assert small == 81


def test_a_stage_that_raises_gives_its_error_and_keeps_the_worker() -> None:
    async def body(runner: ProcessPoolRunner) -> tuple[int, int]:
        await runner.warmed()
        first = await runner(os.getpid)
        with pytest.raises(ValueError, match="invalid literal"):
            await runner(partial(int, "not a number"))
        return first, await runner(os.getpid)

    first, after = _with_pool(1, body)
    assert after == first


def test_a_stage_its_caller_stops_waiting_for_is_stopped_and_its_worker_replaced() -> None:
    async def body(runner: ProcessPoolRunner) -> tuple[int, set[int], int]:
        await runner.warmed()
        busy = await runner(os.getpid)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(runner(partial(time.sleep, 600)), timeout=0.5)
        await runner.warmed()  # the replacement, started when the wait was cancelled
        return busy, runner.pids(), await runner(os.getpid)

    busy, pids_after, answered_by = _with_pool(1, body)
    assert not _alive(busy)  # the ten-minute stage did not go on running
    assert answered_by in pids_after
    assert answered_by != busy


def test_a_worker_that_dies_is_replaced_and_the_stage_runs_again() -> None:
    async def body(runner: ProcessPoolRunner) -> tuple[int, int]:
        await runner.warmed()
        first = await runner(os.getpid)
        os.kill(first, signal.SIGKILL)
        return first, await runner(os.getpid)

    first, second = _with_pool(1, body)
    assert second not in (first, os.getpid())


def test_the_warm_up_letter_goes_through_every_stage() -> None:
    assert warm_up() == os.getpid()  # in this process: reading, evidence, writing and judging all succeed


def test_the_cores_are_shared_among_server_processes_and_under_two_each_means_threads() -> None:
    assert default_size() == (cores() if cores() >= 2 else 0)
    assert default_size(cores()) == 0  # one core a server process: worker threads
