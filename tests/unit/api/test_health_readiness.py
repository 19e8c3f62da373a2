"""`/health` answers from the store's last ping (at most a second old) instead of pinging on every probe, and on the
event loop: it needs no worker thread."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import httpx
from anyio import to_thread

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.handlers.api import create_app
from careervp.handlers.api.routes_system import StorageReadiness


class CountingPing:
    """A store's ping that answers from a list and counts how often it was asked."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.answers[min(self.calls, len(self.answers)) - 1]


def test_the_first_probe_waits_for_a_ping_and_later_ones_reuse_it() -> None:
    ping = CountingPing(True)
    readiness = StorageReadiness(ping, max_age_s=3600)

    async def probes() -> list[bool]:
        return [await readiness.ready() for _ in range(20)]

    assert asyncio.run(probes()) == [True] * 20
    assert ping.calls == 1


def test_a_stale_answer_is_given_once_while_a_fresh_ping_runs_behind_it() -> None:
    ping = CountingPing(True, False)
    readiness = StorageReadiness(ping, max_age_s=0.0)

    async def probes() -> list[bool]:
        seen = [await readiness.ready(), await readiness.ready()]
        for _ in range(500):  # the refresh runs in a worker thread; wait for its answer
            await asyncio.sleep(0.01)
            if ping.calls >= 2 and not await readiness.ready():
                seen.append(False)
                break
        return seen

    assert asyncio.run(probes()) == [True, True, False]


def test_a_store_that_did_not_answer_is_pinged_on_every_probe() -> None:
    ping = CountingPing(False, False, True)
    readiness = StorageReadiness(ping, max_age_s=3600)

    async def probes() -> list[bool]:
        return [await readiness.ready() for _ in range(4)]

    assert asyncio.run(probes()) == [False, False, True, True]
    assert ping.calls == 3


def test_health_answers_while_every_worker_thread_is_busy(tmp_path: Path) -> None:
    """Neither the route nor its dependencies wait for a worker thread once the store has answered a ping."""
    app = create_app(build(Settings(data_dir=tmp_path)))

    async def probe_with_the_threads_held() -> tuple[int, int]:
        limiter = to_thread.current_default_thread_limiter()
        limiter.total_tokens = 2
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            first_probe = await client.get("/health")  # the first probe waits for a ping
            first = first_probe.status_code
            assert first_probe.json()["cpu_workers"] is None  # no worker processes: the stages run in threads
            release = threading.Event()
            holders = [asyncio.create_task(to_thread.run_sync(release.wait)) for _ in range(2)]
            while limiter.borrowed_tokens < 2:
                await asyncio.sleep(0.01)
            try:
                # Generous: a probe that needs a thread would wait here until released, and fail.
                busy = await asyncio.wait_for(client.get("/health"), timeout=30)
            finally:
                release.set()
                await asyncio.gather(*holders)
        return first, busy.status_code

    assert asyncio.run(probe_with_the_threads_held()) == (200, 200)
