"""`python -m bench.profile_server [--letters N] [--top K]`: where the server's own process spends CPU per letter.

`bench.run --only cpu_per_letter` counts the server and its CPU workers together; this splits off the main process
(HTTP, auth, JSON, idempotency, storage, hand-offs to the workers), the share outside the engine. The server is
`careervp serve` exactly as `bench.run` starts it, run through this module's `--serve` wrapper, which profiles every
thread of the process with yappi on CPU time between two signals: the letters are written between them, after the
warm-up. Prints the main process's CPU per letter (from /proc, profiler off and on) and the top of the profile by own
time and by cumulative time.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pstats
import signal
import statistics
import sys
import time
import uuid
from pathlib import Path
from types import FrameType

import httpx

from bench.corpus import load_pairs
from bench.http_bench import seed, warm_up
from bench.run import _overhead_pair
from bench.speed import _wait_for_warm_workers
from fuzz.live import LiveServer

START, STOP = signal.SIGUSR1, signal.SIGUSR2
PROFILE_ENV = "CAREERVP_BENCH_PROFILE_OUT"


def _serve_profiled(argv: list[str]) -> None:
    """The child: `careervp serve` with yappi started on SIGUSR1 and saved (pstats format) on SIGUSR2."""
    import yappi

    from careervp.handlers.cli.server import serve

    out = Path(os.environ[PROFILE_ENV])

    def start(_signum: int, _frame: FrameType | None) -> None:
        yappi.set_clock_type("cpu")
        yappi.start(profile_threads=True)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        yappi.stop()
        partial = out.with_suffix(".partial")
        yappi.get_func_stats().save(str(partial), type="pstat")
        partial.rename(out)

    signal.signal(START, start)
    signal.signal(STOP, stop)
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    serve(host=args.host, port=args.port)


def _main_cpu_s(pid: int) -> float:
    """User + system CPU of one process (its threads included, its children not)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _letters(client: httpx.Client, body: bytes, count: int) -> None:
    for _ in range(count):
        reply = client.post("/api/cover-letter", content=body, headers={"Idempotency-Key": uuid.uuid4().hex})
        if reply.status_code != 200:
            raise RuntimeError(f"generation failed: {reply.status_code} {reply.text[:300]}")


def _per_letter_ms(server: LiveServer, client: httpx.Client, body: bytes, *, batches: int, batch: int) -> list[float]:
    pid = server.process.pid if server.process else 0
    figures = []
    for _ in range(batches):
        before = _main_cpu_s(pid)
        _letters(client, body, batch)
        figures.append((_main_cpu_s(pid) - before) * 1000 / batch)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100, help="letters written under the profiler")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--dump", type=Path, help="also keep the profile here (pstats format)")
    args = parser.parse_args(argv)
    pair = _overhead_pair(load_pairs())
    out = args.dump or Path(f"/tmp/careervp-server-profile-{os.getpid()}.pstat")
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.profile_server", "--serve"]
    with LiveServer({"CAREERVP_RATE_LIMITS": "off", PROFILE_ENV: str(out)}, command=command) as server:
        assert server.process is not None
        token = server.token("bench-profile", tier="enterprise")
        _wait_for_warm_workers(server)
        body = json.dumps(seed(server, token, pair)).encode()
        warm_up(server, token, body)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=120) as client:
            plain = _per_letter_ms(server, client, body, batches=10, batch=20)
            os.kill(server.process.pid, START)
            profiled = _per_letter_ms(server, client, body, batches=1, batch=args.letters)
            os.kill(server.process.pid, STOP)
        deadline = time.monotonic() + 60
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
    print(
        f"pair {pair.id}: server main process CPU per letter, median {statistics.median(plain):.1f} ms "
        f"(batches {', '.join(f'{f:.1f}' for f in plain)}); under the profiler {profiled[0]:.1f} ms"
    )
    for key in ("tottime", "cumulative"):
        stream = io.StringIO()
        pstats.Stats(str(out), stream=stream).strip_dirs().sort_stats(key).print_stats(args.top)
        print(stream.getvalue())
    if args.dump is None:
        out.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _serve_profiled(sys.argv[2:])
    else:
        sys.exit(main())
