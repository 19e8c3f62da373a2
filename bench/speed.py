"""Speed under load, over HTTP on the real server: CPU per letter (and how it grows with a user's history), letters/s
with one and two workers beside `/health` and a bare FastAPI route, and a burst of generations against a slow model
with `/health` probed throughout.

CPU is the server's own (its processes and their children, from /proc), so the figures include HTTP, JSON, auth,
idempotency and storage, not only the pipeline.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from bench.corpus import Pair
from bench.http_bench import StubProcess, seed, warm_up
from bench.http_bench import burst as generation_burst
from bench.loadgen import percentile, run_load
from careervp.core.cpu_pool import default_size
from fuzz.live import REPO_ROOT, LiveServer, free_port

STORED_JOBS = (0, 100, 1000)
_SYLLABLES = ("var", "nel", "tor", "mik", "sal", "den", "lor", "qua", "bex", "rin", "tal", "vok", "zem", "pra")
_KINDS = ("Freight", "Analytics", "Foods", "Robotics", "Insurance", "Studios", "Clinics", "Energy", "Textiles")


def company_name(index: int) -> str:
    """A distinct, plausible company for the `index`-th stored application ("Varnel Freight", "Torqua Foods")."""
    size = len(_SYLLABLES)
    syllables = [_SYLLABLES[index % size], _SYLLABLES[(index // size) % size]]
    if index >= size**2:
        syllables.append(_SYLLABLES[(index // size**2) % size])
    return f"{''.join(syllables).capitalize()} {_KINDS[index % len(_KINDS)]}"


def _headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _store_jobs(server: LiveServer, token: str, have: int, want: int) -> None:
    """Store applications `have`..`want`-1 for the user, each at another company, as a client would."""
    with httpx.Client(base_url=server.base_url, headers=_headers(token), timeout=60) as client:
        for index in range(have, want):
            company = company_name(index)
            reply = client.post(
                "/api/jobs",
                json={
                    "company_name": company,
                    "job_title": "Operations Analyst",
                    "description": f"{company} is hiring an Operations Analyst. Requirements: SQL, Excel, reporting.",
                },
            )
            reply.raise_for_status()


def _cpu_per_letter(server: LiveServer, token: str, body: bytes, *, batches: int, batch: int) -> list[float]:
    """ms of server CPU per letter, one figure per batch of sequential generations (/proc counts in 10 ms ticks,
    too coarse for one letter)."""
    headers = {**_headers(token), "Content-Type": "application/json"}
    figures: list[float] = []
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=120) as client:
        for _ in range(batches):
            before = server.cpu_seconds()
            for _ in range(batch):
                reply = client.post("/api/cover-letter", content=body, headers={"Idempotency-Key": uuid.uuid4().hex})
                if reply.status_code != 200:
                    raise RuntimeError(f"generation failed: {reply.status_code} {reply.text[:300]}")
            figures.append((server.cpu_seconds() - before) * 1000 / batch)
    return figures


def _wait_for_warm_workers(server: LiveServer, timeout_s: float = 120.0) -> None:
    """Until every CPU worker has written its warm-up letter: that CPU is the server's start-up, not a letter's."""
    wanted = default_size()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if (httpx.get(f"{server.base_url}/health", timeout=10).json().get("cpu_workers") or 0) >= wanted:
            return
        time.sleep(0.2)


def cpu_per_letter(pair: Pair, *, batches: int = 5, batch: int = 20) -> dict[str, Any]:
    """Server CPU per letter (template writer, HTTP included) with 0, 100 and 1,000 other applications stored."""
    by_jobs: dict[str, Any] = {}
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        token = server.token("bench-cpu", tier="enterprise")
        _wait_for_warm_workers(server)
        body = json.dumps(seed(server, token, pair)).encode()
        warm_up(server, token, body)
        have = 0
        for count in STORED_JOBS:
            _store_jobs(server, token, have, count)
            have = count
            figures = _cpu_per_letter(server, token, body, batches=batches, batch=batch)
            by_jobs[str(count)] = {
                "median_ms": round(statistics.median(figures), 1),
                "batches_ms": [round(f, 1) for f in figures],
            }
    most, none = by_jobs[str(STORED_JOBS[-1])]["median_ms"], by_jobs["0"]["median_ms"]
    return {
        "median_ms": none,
        "by_stored_jobs": by_jobs,
        "ratio_1000_to_0": round(most / max(none, 0.1), 2),
        "added_ms_1000": round(most - none, 1),
        "letters_per_batch": batch,
        "pair": pair.id,
    }


@contextmanager
def bare_fastapi() -> Iterator[str]:
    """bench/bare_app.py in its own process; yields the URL of its one route."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bare_app", "--port", str(port)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/bare"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the bare FastAPI app did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def throughput(
    pair: Pair, *, duration_s: float, workers: tuple[int, ...] = (1, 2), clients: int = 16
) -> dict[str, Any]:
    """req/s of POST /api/cover-letter and GET /health with 1 and 2 worker processes, and of a bare FastAPI route
    in one process: the same load generator, clients and duration for each."""
    runs: dict[str, Any] = {}
    with bare_fastapi() as bare_url:
        bare = run_load(label="GET /bare", url=bare_url, concurrency=clients, duration_s=duration_s)
    for count in workers:
        with LiveServer({"CAREERVP_RATE_LIMITS": "off"}, args=["--workers", str(count)]) as server:
            token = server.token("bench-rate", tier="enterprise")
            body = json.dumps(seed(server, token, pair)).encode()
            warm_up(server, token, body)
            health = run_load(
                label="GET /health", url=f"{server.base_url}/health", concurrency=clients, duration_s=duration_s
            )
            letters = run_load(
                label="POST /api/cover-letter",
                url=f"{server.base_url}/api/cover-letter",
                method="POST",
                body=body,
                token=token,
                concurrency=clients,
                duration_s=duration_s * 2,
            )
        runs[str(count)] = {
            "letters_per_s": round(letters.rps, 1),
            "letter_p99_ms": letters.p99_ms,
            "health_per_s": round(health.rps, 1),
            "health_p99_ms": health.p99_ms,
            "letter_statuses": letters.statuses,
        }
    one = runs[str(workers[0])]
    return {
        "workers": runs,
        "bare_per_s": round(bare.rps, 1),
        "health_to_bare": round(one["health_per_s"] / max(bare.rps, 0.1), 2),
        "letters_to_health": round(one["letters_per_s"] / max(one["health_per_s"], 0.1), 4),
        "letters_to_bare": round(one["letters_per_s"] / max(bare.rps, 0.1), 4),
        "clients": clients,
        "duration_s": duration_s,
    }


class HealthProbe:
    """GET /health every `interval_s` from its own thread and connection, until stopped; latencies in ms."""

    def __init__(self, url: str, interval_s: float = 0.02) -> None:
        self.url = url
        self.interval_s = interval_s
        self.latencies_ms: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=30) as client:
            while not self._stop.is_set():
                started = time.perf_counter()
                try:
                    ok = client.get(self.url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                self.latencies_ms.append((time.perf_counter() - started) * 1000)
                self.failures += 0 if ok else 1
                self._stop.wait(self.interval_s)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=60)

    def summary(self) -> dict[str, Any]:
        values = self.latencies_ms
        return {
            "probes": len(values),
            "failures": self.failures,
            "p50_ms": round(percentile(values, 50), 1) if values else None,
            "p99_ms": round(percentile(values, 99), 1) if values else None,
            "max_ms": round(max(values), 1) if values else None,
        }


def burst(pair: Pair, *, requests: int = 50, delay_s: float = 2.0) -> dict[str, Any]:
    """`requests` generations at once against an OpenAI-compatible stub that answers after `delay_s`, with /health
    probed every 20 ms from the first request to the last answer."""
    with StubProcess(delay_s) as stub, LiveServer(stub.server_env()) as server:
        token = server.token("bench-burst", tier="enterprise")
        body = json.dumps(seed(server, token, pair)).encode()
        warm_up(server, token, body)
        calls_before = int(stub.stats()["calls"])
        cpu_before = server.cpu_seconds()
        with HealthProbe(f"{server.base_url}/health") as probe:
            wall, statuses, codes = asyncio.run(generation_burst(server.base_url, token, body, requests))
        cpu = server.cpu_seconds() - cpu_before
        stats = stub.stats()
    calls = int(stats["calls"]) - calls_before
    # A request that retried with the stronger model waited for the model twice: the ideal is one delay per model
    # call a request makes in sequence, every request waiting at the same time.
    ideal = delay_s * max(1, -(-calls // requests))
    return {
        "requests": requests,
        "model_delay_s": delay_s,
        "wall_s": round(wall, 2),
        "ideal_s": ideal,
        "model_calls": calls,
        "max_in_flight_at_model": stats["max_in_flight"],
        "server_cpu_s": round(cpu, 2),
        "statuses": statuses,
        "codes": codes,
        "health": probe.summary(),
    }


def rows(results: dict[str, Any]) -> list[tuple[str, str]]:
    """The speed figures as (figure, value) rows, for the one table `bench.run` prints."""
    out: list[tuple[str, str]] = []
    cpu = results.get("cpu_per_letter", {})
    if "median_ms" in cpu:
        out.append(("CPU per letter, template writer, HTTP included (median ms)", f"{cpu['median_ms']}"))
        per = ", ".join(f"{jobs} jobs {fig['median_ms']}" for jobs, fig in cpu["by_stored_jobs"].items())
        added = f", +{cpu['added_ms_1000']} ms" if "added_ms_1000" in cpu else ""
        out.append(("CPU per letter by stored applications (ms)", f"{per}; 1,000/0 = {cpu['ratio_1000_to_0']}{added}"))
    rate = results.get("throughput", {})
    if "workers" in rate:
        for count, fig in rate["workers"].items():
            out.append(
                (
                    f"letters/s, {count} worker(s), {rate['clients']} clients",
                    f"{fig['letters_per_s']} (p99 {fig['letter_p99_ms']} ms); /health {fig['health_per_s']}/s",
                )
            )
        out.append(
            (
                "/health vs bare FastAPI route (1 process)",
                f"{rate['workers']['1']['health_per_s']}/s vs {rate['bare_per_s']}/s = {rate['health_to_bare']}; "
                f"letters/health = {rate['letters_to_health']}, letters/bare = {rate['letters_to_bare']}",
            )
        )
    fig = results.get("burst", {})
    if "wall_s" in fig:
        health = fig["health"]
        out.append(
            (
                f"{fig['requests']} generations at once, model answers in {fig['model_delay_s']:g} s",
                f"wall {fig['wall_s']} s (ideal {fig['ideal_s']:g} s: {fig['model_calls']} model calls); /health p50 "
                f"{health['p50_ms']} / p99 {health['p99_ms']} / max {health['max_ms']} ms over {health['probes']} "
                f"probes; codes {fig['codes']}; server CPU {fig['server_cpu_s']} s",
            )
        )
    return out
