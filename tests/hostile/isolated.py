"""Run one reader call on hostile bytes in a fresh interpreter and report what happened and what it cost.

A fresh process per file because the point is to observe the damage: peak memory (ru_maxrss of that process alone),
an exception other than the reader's own error, or a hang. The parent bounds the child's run time (a hang becomes a
failed test, never a stuck suite) and its address space (a bomb that gets through is stopped at the cap, which the
test then reports as over budget, instead of taking the machine down).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from dataclasses import dataclass

# Address-space cap for the child: well above a normal read (about 200 MB with all imports), well below the machine.
ADDRESS_SPACE_CAP = 3 * 1024**3

_CHILD = r"""
import json, resource, sys, time
from careervp.ingest import CVReadError, read_cv
import careervp.ingest.documents  # noqa: F401 - imports out of the measured window
import pypdf, docx  # noqa: F401
name = sys.argv[1]
data = sys.stdin.buffer.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    cv = read_cv(data, name)
    outcome, message = "read", f"{len(cv.experience)} experience entries"
except CVReadError as exc:
    outcome, message = "refused", str(exc)
except BaseException as exc:
    outcome, message = "crashed", f"{type(exc).__name__}: {exc}"[:500]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "message": message, "growth_mib": (after - before) / 1024,
                  "seconds": round(time.perf_counter() - started, 2)}))
"""


@dataclass(frozen=True)
class ReadOutcome:
    outcome: str  # "read", "refused", "crashed", "killed" (over the time bound or the memory cap)
    message: str
    growth_mib: float
    seconds: float


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))


def read_in_child(data: bytes, filename: str, *, time_bound_s: float = 60.0) -> ReadOutcome:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, filename],
            input=data,
            capture_output=True,
            timeout=time_bound_s,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        return ReadOutcome("killed", f"still reading after {time_bound_s:g} s", 0.0, time_bound_s)
    lines = proc.stdout.decode(errors="replace").strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = proc.stderr.decode(errors="replace")[-500:]
        return ReadOutcome("killed", f"exit {proc.returncode}: {tail}", 0.0, 0.0)
    report = json.loads(lines[-1])
    return ReadOutcome(report["outcome"], report["message"], float(report["growth_mib"]), float(report["seconds"]))
