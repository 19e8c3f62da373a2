"""A real `careervp serve` in a subprocess on 127.0.0.1, for the suites that attack it over HTTP.

The fuzz, security, hostile and soak suites (and `python -m bench.run`) all need the same thing: the server exactly as
a user starts it, its own data dir, a token it accepts, and a way to read its memory. It lives with the fuzz suite,
its first user; the others import it from here (`from fuzz.live import LiveServer`; the benchmark, run from the repo
root, as `tests.fuzz.live`).

A subprocess rather than a thread: memory figures are the server's own (from /proc), a crash cannot take the test
runner down with it, and nothing is shared with the test's process that a user's server would not have.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
CAREERVP = Path(sys.executable).parent / "careervp"
# The same `serve` and `token` functions, run directly: used only while the root CLI does not list them yet.
_DIRECT = "import sys, typer; from careervp.handlers.cli import server; typer.run(getattr(server, sys.argv.pop(1)))"


@functools.cache
def _command(name: str) -> list[str]:
    """`careervp NAME`, or the function behind it when the installed CLI does not offer NAME."""
    listed = subprocess.run([str(CAREERVP), "--help"], capture_output=True, text=True, cwd=REPO_ROOT, check=False)
    if re.search(rf"^\W*{name}\b", listed.stdout, flags=re.MULTILINE):
        return [str(CAREERVP), name]
    return [sys.executable, "-c", _DIRECT, name]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_kib(pid: int, field: str) -> int:
    """VmRSS / VmHWM of one process in KiB; 0 when it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return 0
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):
                children = [int(c) for c in (task / "children").read_text().split()]
                found.extend(children)
                stack.extend(children)
    return found


class LiveServer:
    """`careervp serve` with its own data dir and signing secret; a context manager.

    env: extra CAREERVP_* settings (e.g. {"CAREERVP_RATE_LIMITS": "off"}); args: extra `serve` options (e.g.
    ["--workers", "2"]); command: what runs in place of `careervp serve`, given the same `--host` and `--port` (the
    server profiler's wrapper). The server's stdout and stderr go to files in the data dir so a failure can show its
    log without a pipe ever filling up.
    """

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        *,
        data_dir: Path | None = None,
        args: Sequence[str] = (),
        command: Sequence[str] | None = None,
    ) -> None:
        self.args = list(args)
        self.command = list(command) if command is not None else None
        self._own_dir = tempfile.TemporaryDirectory(prefix="careervp-live-") if data_dir is None else None
        self.data_dir = data_dir or Path(self._own_dir.name if self._own_dir else ".")
        self.port = free_port()
        self.secret = secrets.token_urlsafe(32)
        self.env = {
            **os.environ,
            "CAREERVP_DATA_DIR": str(self.data_dir),
            "CAREERVP_JWT_SECRET": self.secret,
            "CAREERVP_LLM_PROVIDER": "template",
            **(env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self.data_dir / "server.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def start(self, timeout_s: float = 60.0) -> None:
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [*(self.command or _command("serve")), "--host", "127.0.0.1", "--port", str(self.port), *self.args],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"careervp serve exited with {self.process.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/health", timeout=2).status_code < 500:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"careervp serve did not answer within {timeout_s:g} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self._own_dir is not None:
            self._own_dir.cleanup()
            self._own_dir = None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def token(self, user: str, *, tier: str = "free", ttl_s: int = 3600) -> str:
        """A token this server accepts, minted with its secret by the function `careervp token` calls (in process:
        the command itself costs seconds of imports per token)."""
        from careervp.core.auth import mint_local_token

        issuer = self.env.get("CAREERVP_JWT_ISSUER", "careervp-local")
        return mint_local_token(self.secret, user_id=user, tier=tier, ttl_s=ttl_s, issuer=issuer)

    def token_via_cli(self, user: str, *, tier: str = "free", ttl_s: int = 3600) -> str:
        """A token minted by the project's own `careervp token` command, as a user gets one."""
        result = subprocess.run(
            [*_command("token"), "--user", user, "--tier", tier, "--ttl", str(ttl_s)],
            cwd=REPO_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return result.stdout.strip().splitlines()[-1].strip()

    def rss_mib(self) -> float:
        """Resident memory of the server and any worker processes it started, in MiB."""
        if self.process is None:
            return 0.0
        pids = [self.process.pid, *_descendants(self.process.pid)]
        return sum(_rss_kib(pid, "VmRSS") for pid in pids) / 1024

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server and its workers have used so far."""
        if self.process is None:
            return 0.0
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in [self.process.pid, *_descendants(self.process.pid)]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total / ticks

    def reset_peak(self) -> None:
        """Set the high-water mark (VmHWM) of the server's processes back to their current size, so the next
        peak_rss_mib() is the peak of what happened since (Linux: /proc/PID/clear_refs)."""
        if self.process is None:
            return
        for pid in [self.process.pid, *_descendants(self.process.pid)]:
            with contextlib.suppress(OSError):
                Path(f"/proc/{pid}/clear_refs").write_text("5")

    def peak_rss_mib(self) -> float:
        """High-water mark of resident memory (the largest of the server's processes), in MiB."""
        if self.process is None:
            return 0.0
        pids = [self.process.pid, *_descendants(self.process.pid)]
        return max(_rss_kib(pid, "VmHWM") for pid in pids) / 1024
