"""How long `careervp --help` takes in a fresh interpreter, and which heavy modules it loads (it should load none).

`python -m bench.cli_start` prints the figure; `make bench` includes it as the `cli_help` section.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# What a command loads when it runs, never for `--help`.
HEAVY = (
    "careervp.logic.service",
    "careervp.core.settings",
    "careervp.core.bootstrap",
    "pydantic",
    "httpx",
    "jwt",
    "asyncio",
    "ssl",
)
_PROBE = (
    "import sys\n"
    "from careervp.handlers.cli import app\n"
    "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
    f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)), file=sys.stderr)\n"
)


def cli_help_time(runs: int = 7) -> dict[str, Any]:
    """Median wall time of `careervp --help` over `runs` fresh processes, and the same for a bare interpreter; also
    the median CPU time (user + system) of the help, which a busy machine does not inflate as it does wall time."""
    command = [str(Path(sys.executable).with_name("careervp")), "--help"]
    subprocess.run(command, check=True, capture_output=True, cwd=REPO_ROOT)  # bytecode compiled once first

    def medians(argv: list[str]) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(runs):
            started, used = time.perf_counter(), _children_cpu_s()
            subprocess.run(argv, check=True, capture_output=True, cwd=REPO_ROOT)
            walls.append(time.perf_counter() - started)
            cpus.append(_children_cpu_s() - used)
        return statistics.median(walls), statistics.median(cpus)

    probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    help_wall, help_cpu = medians(command)
    return {
        "help_s": round(help_wall, 3),
        "help_cpu_s": round(help_cpu, 3),
        "bare_python_s": round(medians([sys.executable, "-c", "pass"])[0], 3),
        "heavy_modules_loaded": [m for m in probe.stderr.strip().split(",") if m],
        "runs": runs,
    }


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    print(json.dumps(cli_help_time(), indent=2))
