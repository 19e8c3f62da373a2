"""The soak: steady mixed traffic with bad requests mixed in, against the real server. In `make test` it runs for
CAREERVP_SOAK_SECONDS (20 s by default); `make bench` runs the full two minutes through the same driver.

Asserts statuses and memory, never time: every request gets the one status its kind expects, the server lives, and
its resident memory after the warm-up grows by less than MEMORY_GROWTH_BOUND_MIB. The figures are printed (pytest -s)
so a run can be compared with the benchmark's.
"""

from __future__ import annotations

import asyncio
import json
import os

import httpx

from fuzz.live import LiveServer
from soak.driver import run_soak

SOAK_SECONDS = float(os.environ.get("CAREERVP_SOAK_SECONDS", "20"))
RATE_PER_S = float(os.environ.get("CAREERVP_SOAK_RATE", "8"))
# Storage caches and SQLite's page cache settle quickly; a leak of even a few KB per request passes this in minutes.
MEMORY_GROWTH_BOUND_MIB = 150


def test_steady_mixed_traffic_gets_only_expected_statuses_in_bounded_memory() -> None:
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        report = asyncio.run(run_soak(server, seconds=SOAK_SECONDS, rate_per_s=RATE_PER_S))
        alive = server.alive() and httpx.get(f"{server.base_url}/health", timeout=10).status_code == 200
        log = server.log_tail()
    print("\nsoak:", json.dumps(report.as_dict(), indent=1))
    assert alive, log
    assert report.sent >= SOAK_SECONDS * RATE_PER_S * 0.99
    assert report.unexpected == 0, report.unexpected_examples
    assert all(report.by_kind[name] for name in report.by_kind), "every kind of request was sent"
    assert report.rss_mib["growth"] < MEMORY_GROWTH_BOUND_MIB, report.rss_mib
