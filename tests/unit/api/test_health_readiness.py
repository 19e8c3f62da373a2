"""`/health` answers from the store's last ping (at most a second old) instead of pinging on every probe."""

from __future__ import annotations

import asyncio

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
