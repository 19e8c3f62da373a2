"""Read hostile bytes with the CV reader in a fresh process each, and report what happened and what it cost.

A fresh process per file because the point is to observe the damage: peak memory of that read alone, an exception
other than the reader's own error, or a hang. Starting an interpreter and importing the readers costs seconds, so a
"fork server" does that once: one helper process imports everything, then forks a child per file. Each child starts
from the same warm state, its high-water mark is reset to its current size (/proc/self/clear_refs), and it reports
how far above that the read took it. The parent kills a child past the time bound (a hang fails the test instead of
stalling the suite) and caps its address space (a bomb that gets through is stopped instead of taking the machine).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Address-space cap for each reading child: far above a normal read, far below the machine.
ADDRESS_SPACE_CAP = 3 * 1024**3

_FORK_SERVER = r"""
import json, os, resource, signal, sys, time
from careervp.ingest import CVReadError, read_cv
import careervp.ingest.documents, pypdf, docx  # noqa: F401 - warm imports, shared by every child

cap, bound = int(sys.argv[1]), float(sys.argv[2])


def status_kib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


for line in sys.stdin:
    path, name = json.loads(line)
    data = open(path, "rb").read()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # reset VmHWM to the current resident size
        before = status_kib("VmHWM")
        started = time.perf_counter()
        try:
            cv = read_cv(data, name)
            outcome, message = "read", f"{len(cv.experience)} experience entries"
        except CVReadError as exc:
            outcome, message = "refused", str(exc)
        except BaseException as exc:
            outcome, message = "crashed", f"{type(exc).__name__}: {exc}"[:500]
        report = {"outcome": outcome, "message": message, "growth_mib": (status_kib("VmHWM") - before) / 1024,
                  "seconds": round(time.perf_counter() - started, 2)}
        os.write(write_fd, json.dumps(report).encode())
        os._exit(0)
    os.close(write_fd)
    deadline = time.monotonic() + bound
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            status = None
            break
        time.sleep(0.02)
    raw = b""
    while chunk := os.read(read_fd, 65536):
        raw += chunk
    os.close(read_fd)
    if status is None:
        result = {"outcome": "killed", "message": f"still reading after {bound:g} s", "growth_mib": 0.0,
                  "seconds": bound}
    elif not raw:
        result = {"outcome": "killed", "message": f"child ended with status {status}", "growth_mib": 0.0,
                  "seconds": 0.0}
    else:
        result = json.loads(raw)
    print(json.dumps(result), flush=True)
"""


@dataclass(frozen=True)
class ReadOutcome:
    outcome: str  # "read", "refused", "crashed", "killed" (past the time bound or the memory cap)
    message: str
    growth_mib: float
    seconds: float


def read_all_isolated(files: dict[str, tuple[str, bytes]], *, time_bound_s: float = 20.0) -> dict[str, ReadOutcome]:
    """Read every file (case name -> (file name, bytes)) in its own forked child; outcomes by case name."""
    with tempfile.TemporaryDirectory(prefix="careervp-hostile-") as tmp:
        requests = []
        for index, (case, (filename, data)) in enumerate(files.items()):
            path = Path(tmp) / f"{index}.bin"
            path.write_bytes(data)
            requests.append((case, json.dumps([str(path), filename])))
        proc = subprocess.run(
            [sys.executable, "-c", _FORK_SERVER, str(ADDRESS_SPACE_CAP), str(time_bound_s)],
            input="\n".join(line for _, line in requests) + "\n",
            capture_output=True,
            text=True,
            timeout=time_bound_s * len(files) + 60,
            check=False,
        )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or len(lines) != len(requests):
        raise RuntimeError(f"the fork server failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return {case: ReadOutcome(**json.loads(line)) for (case, _), line in zip(requests, lines, strict=True)}
