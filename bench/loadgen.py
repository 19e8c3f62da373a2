"""Load generators: wrk (preferred) and an asyncio httpx generator (fallback).

Why wrk: the machine has two cores, shared by server and client. wrk is C on epoll; one wrk thread drives thousands of
requests per second on a fraction of a core, so what saturates is the server, and the percentiles are the server's.
A Python client on the same two cores spends a core of its own on HTTP parsing and its event loop, which both caps
the rate it can offer and adds its own scheduling delay to every latency. The httpx generator is kept for machines
where wrk cannot be installed; its figures are marked as such in the results.

The wrk run uses a Lua script so that every POST carries the bearer token and a fresh Idempotency-Key (identical
bodies would otherwise be answered from the idempotency store, which measures the cache, not generation), and so
that the percentiles (p50/p95/p99, which wrk's own report does not all print) and status counts come back as JSON.
"""

from __future__ import annotations

import asyncio
import json
import math
import shutil
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

_WRK_SCRIPT = r"""
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
  method = os.getenv("BENCH_METHOD")
  path = os.getenv("BENCH_PATH")
  token = os.getenv("BENCH_TOKEN") or ""
  run_id = os.getenv("BENCH_RUN_ID")
  body = nil
  local body_file = os.getenv("BENCH_BODY_FILE")
  if body_file and body_file ~= "" then
    local f = io.open(body_file, "rb")
    body = f:read("*a")
    f:close()
  end
end

function request()
  counter = counter + 1
  local headers = {}
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if body then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = run_id .. "-" .. tid .. "-" .. counter
  end
  return wrk.format(method, path, headers, body)
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do
      merged[status] = (merged[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(merged) do
    table.insert(parts, string.format('"%s":%d', status, count))
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"errors":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"mean_us":%.1f,"statuses":{%s}}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
    table.concat(parts, ",")))
end
"""


@dataclass
class LoadResult:
    """One load run: what was sent, how fast it was answered, and with which statuses."""

    label: str
    tool: str
    concurrency: int
    duration_s: float
    requests: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    errors: int
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> int:
        return sum(n for s, n in self.statuses.items() if s.startswith("2"))

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(
    *,
    label: str,
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    token: str = "",
    concurrency: int,
    duration_s: float,
    timeout_s: float = 60.0,
) -> LoadResult:
    with tempfile.TemporaryDirectory(prefix="careervp-wrk-") as tmp:
        script = Path(tmp) / "bench.lua"
        script.write_text(_WRK_SCRIPT)
        body_file = Path(tmp) / "body.json"
        if body is not None:
            body_file.write_bytes(body)
        base, path = _split_url(url)
        env = {
            "BENCH_METHOD": method,
            "BENCH_PATH": path,
            "BENCH_TOKEN": token,
            "BENCH_RUN_ID": uuid.uuid4().hex[:12],
            "BENCH_BODY_FILE": str(body_file) if body is not None else "",
            "PATH": "/usr/bin:/bin",
        }
        # One wrk thread: it is far faster than the server, and the second core stays with the server.
        cmd = [
            "wrk",
            "-t1",
            f"-c{concurrency}",
            f"-d{max(1, math.ceil(duration_s))}s",
            f"--timeout={int(timeout_s)}s",
            "-s",
            str(script),
            base,
        ]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=duration_s + timeout_s + 30)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = data["duration_us"] / 1e6
    return LoadResult(
        label=label,
        tool="wrk",
        concurrency=concurrency,
        duration_s=round(seconds, 2),
        requests=data["requests"],
        rps=round(data["requests"] / seconds, 1) if seconds else 0.0,
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        errors=data["errors"],
        statuses={str(k): int(v) for k, v in data["statuses"].items()},
    )


def _split_url(url: str) -> tuple[str, str]:
    parsed = httpx.URL(url)
    base = f"{parsed.scheme}://{parsed.host}:{parsed.port}"
    path = parsed.raw_path.decode() or "/"
    return base, path


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (what wrk reports too); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


async def run_httpx(
    *,
    label: str,
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    token: str = "",
    concurrency: int,
    duration_s: float,
    timeout_s: float = 60.0,
) -> LoadResult:
    """Closed-loop generator: `concurrency` workers, each sending its next request when the last one is answered."""
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors = 0
    run_id = uuid.uuid4().hex[:12]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    started = time.perf_counter()
    stop_at = started + duration_s

    async with httpx.AsyncClient(timeout=timeout_s, limits=limits) as client:

        async def worker(worker_id: int) -> None:
            nonlocal errors
            n = 0
            while time.perf_counter() < stop_at:
                n += 1
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                if body is not None:
                    headers["Content-Type"] = "application/json"
                    headers["Idempotency-Key"] = f"{run_id}-{worker_id}-{n}"
                t0 = time.perf_counter()
                try:
                    response = await client.request(method, url, content=body, headers=headers)
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                statuses[str(response.status_code)] += 1

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
    elapsed = time.perf_counter() - started
    return LoadResult(
        label=label,
        tool="httpx",
        concurrency=concurrency,
        duration_s=round(elapsed, 2),
        requests=len(latencies),
        rps=round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        p50_ms=round(percentile(latencies, 50), 2),
        p95_ms=round(percentile(latencies, 95), 2),
        p99_ms=round(percentile(latencies, 99), 2),
        max_ms=round(max(latencies, default=0.0), 2),
        errors=errors,
        statuses=dict(statuses),
    )


def run_load(**kwargs: object) -> LoadResult:
    """wrk when it is installed, the httpx generator otherwise."""
    if wrk_available():
        return run_wrk(**kwargs)  # type: ignore[arg-type]
    return asyncio.run(run_httpx(**kwargs))  # type: ignore[arg-type]
