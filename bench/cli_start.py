"""How long `careervp --help` takes in a fresh interpreter, and which heavy modules it loads (it should load none).

`python -m bench.cli_start` prints the figure; `make bench` includes it as the `cli_help` section.
"""

from __future__ import annotations

import json
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
    """Median wall time of `careervp --help` over `runs` fresh processes, and the same for a bare interpreter."""
    command = [str(Path(sys.executable).with_name("careervp")), "--help"]
    subprocess.run(command, check=True, capture_output=True, cwd=REPO_ROOT)  # bytecode compiled once first

    def median_s(argv: list[str]) -> float:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, cwd=REPO_ROOT)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    return {
        "help_s": round(median_s(command), 3),
        "bare_python_s": round(median_s([sys.executable, "-c", "pass"]), 3),
        "heavy_modules_loaded": [m for m in probe.stderr.strip().split(",") if m],
        "runs": runs,
    }


if __name__ == "__main__":
    print(json.dumps(cli_help_time(), indent=2))
