"""Over-HTTP figures: the service's own overhead (template writer) and its concurrency with a slow model.

Both start the real server (`careervp serve`, one process, as `make run` does) with rate limits off, register a CV
and a job through the API like a client would, then measure.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from typing import Any

import httpx

from bench.corpus import Pair
from bench.loadgen import LoadResult, run_load
from fuzz.live import REPO_ROOT, LiveServer, free_port
from soak.driver import run_soak


def seed(server: LiveServer, token: str, pair: Pair) -> dict[str, Any]:
    """Upload the pair's CV and posting; returns the body of a cover-letter request for them."""
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, headers=auth, timeout=60) as client:
        with pair.cv_path.open("rb") as handle:
            cv = client.post("/api/cvs", files={"file": (pair.cv_path.name, handle, "text/markdown")})
        cv.raise_for_status()
        job = client.post(
            "/api/jobs",
            json={"company_name": pair.company_name, "job_title": pair.job_title, "description": pair.posting_text},
        )
        job.raise_for_status()
    return {
        "cv_id": _id(cv.json(), "cv_id"),
        "job_id": _id(job.json(), "job_id"),
        "company_name": pair.company_name,
        "job_title": pair.job_title,
        "preferences": json.loads(pair.preferences.model_dump_json()),
    }


def _id(body: dict[str, Any], key: str) -> str:
    if key in body:
        return str(body[key])
    for value in body.values():
        if isinstance(value, dict) and key in value:
            return str(value[key])
    raise KeyError(f"{key} not in {body}")


def overhead(pair: Pair, *, duration_s: float, concurrencies: tuple[int, ...] = (1, 32)) -> dict[str, Any]:
    """p50/p95/p99 and req/s of POST /api/cover-letter (template writer) beside GET /health, same server, same run."""
    results: list[LoadResult] = []
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        token = server.token("bench-overhead", tier="enterprise")
        body = json.dumps(seed(server, token, pair)).encode()
        warm_up(server, token, body)
        rss_before = server.rss_mib()
        for concurrency in concurrencies:
            # With many clients every generation shares one core, so each takes clients x its own time: the run
            # must be long enough for several rounds to complete.
            post_duration = duration_s * (3 if concurrency > 8 else 1)
            results.append(
                run_load(
                    label="GET /health",
                    url=f"{server.base_url}/health",
                    concurrency=concurrency,
                    duration_s=duration_s,
                )
            )
            results.append(
                run_load(
                    label="POST /api/cover-letter",
                    url=f"{server.base_url}/api/cover-letter",
                    method="POST",
                    body=body,
                    token=token,
                    concurrency=concurrency,
                    duration_s=post_duration,
                )
            )
        rss_after = server.rss_mib()
    return {
        "runs": [r.as_dict() for r in results],
        "server_rss_mib": {"before": round(rss_before, 1), "after": round(rss_after, 1)},
        "pair": pair.id,
    }


def warm_up(server: LiveServer, token: str, body: bytes) -> None:
    """A few requests first, so imports and caches are not in the figures; stop at once if generation fails."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=server.base_url, timeout=60) as client:
        for _ in range(3):
            response = client.post(
                "/api/cover-letter", content=body, headers={**headers, "Idempotency-Key": uuid.uuid4().hex}
            )
            if response.status_code != 200:
                raise RuntimeError(f"warm-up generation failed: {response.status_code} {response.text[:300]}")


class StubProcess:
    """The stub model server in its own process, so its event loop does not share the benchmark client's."""

    def __init__(self, delay_s: float) -> None:
        self.port = free_port()
        self.delay_s = delay_s
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> StubProcess:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.stub_llm", "--port", str(self.port), "--delay", str(self.delay_s)],
            cwd=REPO_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/stats", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the stub model server did not start")

    def server_env(self) -> dict[str, str]:
        """`careervp serve` settings for a server whose model is this stub (rate limits off)."""
        return {
            "CAREERVP_RATE_LIMITS": "off",
            "CAREERVP_LLM_PROVIDER": "openai",
            "CAREERVP_OPENAI_BASE_URL": self.base_url,
            "CAREERVP_OPENAI_MODEL": "stub-model",
        }

    def stats(self) -> dict[str, Any]:
        return dict(httpx.get(f"http://127.0.0.1:{self.port}/stats", timeout=5).json())

    def __exit__(self, *_: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def slow_model(pair: Pair, *, requests: int = 50, delay_s: float = 2.0) -> dict[str, Any]:
    """`requests` generations at once against a model that takes `delay_s` per call: wall time vs the ideal.

    The ideal is one model delay per model call a request makes in sequence (a request that retried with the
    stronger model waited twice), with every request waiting at the same time.
    """
    with StubProcess(delay_s) as stub, LiveServer(stub.server_env()) as server:
        token = server.token("bench-slow", tier="enterprise")
        body = json.dumps(seed(server, token, pair)).encode()
        calls_before = stub.stats()["calls"]
        cpu_before = server.cpu_seconds()
        wall, statuses, codes = asyncio.run(burst(server.base_url, token, body, requests))
        cpu = server.cpu_seconds() - cpu_before
        stats = stub.stats()
    calls = int(stats["calls"]) - int(calls_before)
    sequential_calls = max(1, math.ceil(calls / requests))
    ideal = delay_s * sequential_calls
    # One server process runs Python on one core at a time, so the burst cannot end before the server has done its
    # own CPU work (evidence, FVS, scoring, rendering for every letter): that, or the model wait, is the floor.
    floor = max(ideal, cpu)
    return {
        "requests": requests,
        "model_delay_s": delay_s,
        "wall_s": round(wall, 2),
        "ideal_s": ideal,
        "ratio_to_ideal": round(wall / ideal, 2),
        "server_cpu_s": round(cpu, 2),
        "cpu_floor_s": round(floor, 2),
        "ratio_to_cpu_floor": round(wall / floor, 2),
        "model_calls": calls,
        "max_in_flight_at_model": stats["max_in_flight"],
        "statuses": statuses,
        "codes": codes,
        "serial_would_take_s": round(delay_s * calls, 1),
    }


async def burst(base_url: str, token: str, body: bytes, requests: int) -> tuple[float, dict[str, int], dict[str, int]]:
    limits = httpx.Limits(max_connections=requests, max_keepalive_connections=requests)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as client:

        async def one() -> httpx.Response:
            return await client.post(
                "/api/cover-letter", content=body, headers={**headers, "Idempotency-Key": uuid.uuid4().hex}
            )

        started = time.perf_counter()
        responses = await asyncio.gather(*(one() for _ in range(requests)))
        wall = time.perf_counter() - started
    statuses = Counter(str(r.status_code) for r in responses)
    codes = Counter(str(r.json().get("code")) for r in responses)
    return wall, dict(statuses), dict(codes)


# Packages whose import cost is worth naming when the entry module is slow to load.
HEAVY_PACKAGES = (
    "fastapi",
    "starlette",
    "pydantic",
    "boto3",
    "botocore",
    "aws_lambda_powertools",
    "mangum",
    "httpx",
    "fpdf",
    "docx",
    "pypdf",
    "prometheus_client",
    "jwt",
)


def import_time(module: str = "careervp.handlers.lambda_handler", runs: int = 5) -> dict[str, Any]:
    """Cold import of the Lambda entry module: `python -X importtime`'s cumulative figure, and the wall time of a
    fresh interpreter importing it minus one importing nothing (median of `runs`)."""
    env = dict(os.environ)
    # Once first, so bytecode is compiled and cached as it is in a deployed package.
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env, cwd=REPO_ROOT)
    trace = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=REPO_ROOT,
    )
    cumulative_us = 0
    packages: dict[str, int] = {}
    for line in trace.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) != 3 or not fields[0].strip().isdigit():
            continue
        cum_us, name = int(fields[1]), fields[2].strip()
        if name == module:
            cumulative_us = cum_us
        if name in HEAVY_PACKAGES and name not in packages:
            packages[name] = cum_us

    def wall(code: str) -> float:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO_ROOT)
            samples.append((time.perf_counter() - started) * 1000)
        return sorted(samples)[len(samples) // 2]

    base = wall("pass")
    loaded = wall(f"import {module}")
    return {
        "module": module,
        "importtime_cumulative_ms": round(cumulative_us / 1000, 1),
        "subprocess_ms": round(loaded - base, 1),
        "packages_ms": {name: round(us / 1000, 1) for name, us in sorted(packages.items(), key=lambda x: -x[1])},
    }


def soak(*, seconds: float, rate_per_s: float) -> dict[str, Any]:
    """The soak of tests/soak at full length: steady mixed traffic, bad requests included, memory sampled."""
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        report = asyncio.run(run_soak(server, seconds=seconds, rate_per_s=rate_per_s))
    return report.as_dict()
