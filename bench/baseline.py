"""Another revision's figures beside this tree's, from one run: `python -m bench.run --baseline main`.

The sections that measure a server or a command in its own process (`BASELINE_SECTIONS`) run twice: first on the
source of the given git revision, exported to a temporary folder and put first on PYTHONPATH (the processes they
start import `careervp` from there, with this tree's installed dependencies), then on this tree. The load generator,
stub model and machine are the same for both, so the two columns compare.
"""

from __future__ import annotations

import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

from rich.table import Table

from bench import cold_letters, speed, worst_case

REPO_ROOT = Path(__file__).resolve().parents[1]
BASELINE_SECTIONS = ("cpu_per_letter", "cold_letters", "throughput", "burst", "cli_help", "worst_health")


@contextmanager
def source_of(ref: str) -> Iterator[str]:
    """While open, processes started from here import `careervp` from `ref`'s src/; yields the commit."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    archive = subprocess.run(["git", "archive", commit, "src"], cwd=REPO_ROOT, capture_output=True, check=True)
    before = os.environ.get("PYTHONPATH")
    with tempfile.TemporaryDirectory(prefix="careervp-baseline-") as folder:
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(folder) / "src"), before) if p)
        try:
            yield commit
        finally:
            if before is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = before


def _figures(results: dict[str, Any]) -> dict[str, str]:
    figures = dict(speed.rows(results) + cold_letters.rows(results) + worst_case.health_rows(results))
    cli = results.get("cli_help", {})
    if "help_s" in cli:
        loaded = ", ".join(cli["heavy_modules_loaded"]) or "none"
        figures["careervp --help (median s)"] = (
            f"wall {cli['help_s']}, CPU {cli.get('help_cpu_s', '-')} (bare python {cli['bare_python_s']}; "
            f"loads {loaded})"
        )
    for name in BASELINE_SECTIONS:
        if "error" in results.get(name, {}):
            figures[f"{name} FAILED"] = results[name]["error"]
    return figures


def side_by_side(baseline: dict[str, Any], current: dict[str, Any], ref: str) -> Table:
    """One row per figure: the baseline's value, then this tree's."""
    before, after = _figures(baseline), _figures(current)
    table = Table(title=f"Before ({ref}) and after (this tree), measured in one run")
    table.add_column("figure")
    table.add_column(f"before: {ref}")
    table.add_column("after: this tree")
    for label in [*after, *(label for label in before if label not in after)]:
        table.add_row(label, before.get(label, "-"), after.get(label, "-"))
    return table
