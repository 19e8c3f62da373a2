"""`python -m bench.first_letter [--pairs N]`: CPU of the first letter for a newly uploaded CV and posting, in a
worker process that has never read them.

The service's own memos make a repeated letter cheap (`bench.profile_letter` measures that case); a user's first
letter for a CV and a posting pays for reading both. Here `N` corpus pairs are uploaded through the library (real
SQLite and files), then each pair's first letter is written in a freshly spawned process, warmed with the sample
letter a server's CPU worker writes before it takes work (`cpu_pool.warm_up`): what that letter costs is what a
worker pays for a CV it did not read itself. Prints the median CPU ms of the `N` letters (process time).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.corpus import load_pairs
from bench.profile_letter import upload
from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.models.api import CoverLetterCreate
from careervp.models.results import UserContext

USER = "bench-first-letter"


def _first_letter_ms(data_dir: str, request_json: str) -> float:
    """In a fresh process: warm up as a CPU worker does, then the pair's letter; its CPU ms."""
    from careervp.core.cpu_pool import warm_up

    warm_up()
    container = build(Settings(data_dir=Path(data_dir), rate_limits="off"))
    request = CoverLetterCreate.model_validate_json(request_json)
    started = time.process_time()
    result = asyncio.run(container.service.generate(request, UserContext(USER)))
    if not result.code.is_success:
        raise RuntimeError(f"generation failed: {result.code}")
    return (time.process_time() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=12)
    args = parser.parse_args(argv)
    pairs = [p for p in load_pairs() if p.cv_path.suffix == ".md"][: args.pairs]
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="careervp-first-") as tmp:
        container = build(Settings(data_dir=Path(tmp), rate_limits="off"))
        requests = [upload(container, USER, pair).model_dump_json() for pair in pairs]
        figures = []
        for request in requests:
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as worker:
                figures.append(worker.submit(_first_letter_ms, tmp, request).result())
    print(
        f"first letter of a new pair in a worker that did not read it: median {statistics.median(figures):.1f} ms, "
        f"fastest {min(figures):.1f} ms, {len(figures)} pairs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
