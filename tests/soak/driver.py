"""Steady mixed traffic against a live server, with a few bad requests mixed in, and the server's memory sampled.

Open loop: request i is sent at start + i / rate whatever happened to earlier ones (a closed loop would slow down
with the server and hide a backlog). Every kind of request has exactly one status it may get; anything else is
counted as unexpected, with an example kept for the report. The server's resident memory is sampled once a second
after a warm-up, so growth means growth, not imports and first-use caches.

Used by tests/soak (shortened, in `make test`) and by `python -m bench.run` (the full two minutes).
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from fuzz.live import LiveServer

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
COMPANY, TITLE = "Ledgerwell Payments", "Senior Backend Engineer"


@dataclass(frozen=True)
class Kind:
    name: str
    method: str
    path: str
    expected: int
    body: Any = None
    user: str = "soak-user"
    bad_token: bool = False
    unique_key: bool = False
    weight: int = 1


@dataclass
class SoakReport:
    seconds: float
    rate_per_s: float
    sent: int
    by_kind: dict[str, dict[str, int]]
    unexpected: int
    unexpected_examples: list[str]
    transport_errors: int
    latency_ms: dict[str, float]
    rss_mib: dict[str, float]
    max_in_flight: int
    samples: list[tuple[float, float]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "samples"}


def seed(server: LiveServer) -> dict[str, str]:
    """A CV and a job for the soak user, and a CV owned by someone else (for the FORBIDDEN case)."""
    ids: dict[str, str] = {}
    for user, prefix in (("soak-user", ""), ("soak-other", "other_")):
        auth = {"Authorization": f"Bearer {server.token(user, tier='enterprise')}"}
        with httpx.Client(base_url=server.base_url, headers=auth, timeout=60) as client:
            cv_file = SAMPLE / "cvs" / "lena_marwick.md"
            with cv_file.open("rb") as handle:
                cv = client.post("/api/cvs", files={"file": (cv_file.name, handle, "text/markdown")})
            cv.raise_for_status()
            ids[prefix + "cv_id"] = cv.json()["cv_id"]
            if not prefix:
                posting = (SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8")
                job = client.post(
                    "/api/jobs", json={"company_name": COMPANY, "job_title": TITLE, "description": posting}
                )
                job.raise_for_status()
                ids["job_id"] = job.json()["job_id"]
                # The steady state has a letter to read: the first one is made before the traffic starts, so
                # "latest letter" never races the first generation.
                first = client.post(
                    "/api/cover-letter",
                    json={"cv_id": ids["cv_id"], "job_id": ids["job_id"], "company_name": COMPANY, "job_title": TITLE},
                )
                first.raise_for_status()
    return ids


def traffic(ids: dict[str, str]) -> list[Kind]:
    letter = {"cv_id": ids["cv_id"], "job_id": ids["job_id"], "company_name": COMPANY, "job_title": TITLE}
    return [
        Kind("health", "GET", "/health", 200, weight=3),
        Kind("list cvs", "GET", "/api/cvs", 200, weight=2),
        Kind("list jobs", "GET", "/api/jobs", 200),
        Kind("list letters", "GET", "/api/cover-letters", 200),
        Kind("read cv", "GET", f"/api/cvs/{ids['cv_id']}", 200),
        Kind("generate", "POST", "/api/cover-letter", 200, body=letter, unique_key=True, weight=3),
        Kind("latest letter", "GET", f"/api/cover-letters/{ids['cv_id']}/{ids['job_id']}", 200),
        # The bad ones: a few in every cycle.
        Kind("bad body", "POST", "/api/cover-letter", 400, body={**letter, "preferences": {"tone": "angry"}}),
        Kind("bad token", "GET", "/api/cvs", 401, bad_token=True),
        Kind("unknown cv", "POST", "/api/cover-letter", 404, body={**letter, "cv_id": "cv_does_not_exist"}),
        Kind("someone else's cv", "GET", f"/api/cvs/{ids['other_cv_id']}", 403),
        Kind("unknown route", "GET", "/api/nothing-here", 404),
    ]


async def run_soak(server: LiveServer, *, seconds: float, rate_per_s: float, warmup_s: float = 3.0) -> SoakReport:
    ids = seed(server)
    kinds = traffic(ids)
    schedule = list(itertools.chain.from_iterable([k] * k.weight for k in kinds))
    token = server.token("soak-user", tier="enterprise")
    statuses: dict[str, Counter[str]] = {k.name: Counter() for k in kinds}
    latencies: list[float] = []
    unexpected: list[str] = []
    transport_errors = 0
    in_flight = max_in_flight = 0
    samples: list[tuple[float, float]] = []
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)

    async with httpx.AsyncClient(base_url=server.base_url, timeout=60, limits=limits) as client:

        async def send(kind: Kind) -> None:
            nonlocal transport_errors, in_flight, max_in_flight
            headers = {"Authorization": "Bearer not.a.token" if kind.bad_token else f"Bearer {token}"}
            if kind.unique_key:
                headers["Idempotency-Key"] = uuid.uuid4().hex
            in_flight += 1
            max_in_flight = max(max_in_flight, in_flight)
            started = time.perf_counter()
            try:
                response = await client.request(kind.method, kind.path, json=kind.body, headers=headers)
            except httpx.HTTPError as exc:
                transport_errors += 1
                unexpected.append(f"{kind.name}: {type(exc).__name__}")
                return
            finally:
                in_flight -= 1
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[kind.name][str(response.status_code)] += 1
            if response.status_code != kind.expected:
                unexpected.append(f"{kind.name}: {response.status_code} {response.text[:200]}")

        async def sample_memory(stop: asyncio.Event) -> None:
            t0 = time.perf_counter()
            while not stop.is_set():
                samples.append((round(time.perf_counter() - t0, 1), server.rss_mib()))
                try:
                    await asyncio.wait_for(stop.wait(), timeout=1.0)
                except TimeoutError:
                    continue

        stop = asyncio.Event()
        sampler = asyncio.create_task(sample_memory(stop))
        tasks: list[asyncio.Task[None]] = []
        total = int(seconds * rate_per_s)
        start = time.perf_counter()
        for i in range(total):
            delay = start + i / rate_per_s - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(send(schedule[i % len(schedule)])))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
        stop.set()
        await sampler

    steady = [rss for t, rss in samples if t >= warmup_s] or [rss for _, rss in samples]
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1) if ordered else 0.0

    return SoakReport(
        seconds=round(elapsed, 1),
        rate_per_s=rate_per_s,
        sent=total,
        by_kind={name: dict(counter) for name, counter in statuses.items()},
        unexpected=len(unexpected),
        unexpected_examples=unexpected[:10],
        transport_errors=transport_errors,
        latency_ms={"p50": pct(50), "p95": pct(95), "p99": pct(99), "mean": round(statistics.fmean(ordered), 1)}
        if ordered
        else {},
        rss_mib={
            "after_warmup": round(steady[0], 1),
            "end": round(steady[-1], 1),
            "max": round(max(steady), 1),
            "growth": round(steady[-1] - steady[0], 1),
        },
        max_in_flight=max_in_flight,
        samples=samples,
    )
