"""`python -m bench.profile_letter [--letters N] [--top K]`: where one offline letter's CPU goes, in process.

The corpus pair `make bench` uses for CPU per letter is uploaded through the library (real SQLite and files in a
temporary data dir), a few letters are written to warm the lazily built tables, then `N` letters are generated through
`CoverLetterService.generate` in this process: store calls in the loop's thread, each CPU stage in a thread of its own,
both profiled, so the profile sees every stage. Prints CPU ms per letter (process time, median of `N` letters run
without the profiler) and the top of the profile by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from bench.corpus import Pair, load_pairs
from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.models.api import CoverLetterCreate
from careervp.models.results import UserContext

T = TypeVar("T")


class _InThisThread(ThreadPoolExecutor):
    """The loop's default executor for profiling: `asyncio.to_thread` work runs here, where cProfile sees it."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


class _ProfiledStages:
    """A `CpuRunner` that runs each CPU stage in a thread of its own under a profiler of its own (an offline writer
    runs its own event loop, so a stage cannot run in the loop's thread); merged with the loop thread's profile."""

    def __init__(self) -> None:
        self.profile = cProfile.Profile()
        self.on = False

    async def __call__(self, stage: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=1) as pool:
            if self.on:
                return await loop.run_in_executor(pool, self.profile.runcall, stage)
            return await loop.run_in_executor(pool, stage)


def _pair() -> Pair:
    pairs = load_pairs()
    return next((p for p in pairs if p.cv_path.suffix == ".md"), pairs[0])


def upload(container: Container, user_id: str, pair: Pair) -> CoverLetterCreate:
    """The pair's CV and posting uploaded through the library, as a user would; the request for their letter."""
    cv = container.library.add_cv(user_id, pair.cv_path.read_bytes(), pair.cv_path.name, "text/markdown")
    job = container.library.add_job(
        user_id, company_name=pair.company_name, job_title=pair.job_title, description=pair.posting_text
    )
    return CoverLetterCreate(
        cv_id=cv.cv_id,
        job_id=job.job_id,
        company_name=pair.company_name,
        job_title=pair.job_title,
        preferences=pair.preferences,
    )


def _cpu_line(pair: Pair, figures: list[float]) -> str:
    """The median, and the fastest tenth (on a shared machine, the letters no other process slowed down)."""
    tenth = statistics.quantiles(figures, n=10)[0] if len(figures) >= 10 else min(figures)
    return (
        f"pair {pair.id}: CPU per letter in process, median {statistics.median(figures):.1f} ms, "
        f"fastest tenth {tenth:.1f} ms, {len(figures)} letters"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=20)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--dump", type=Path, help="also write the merged profile here (pstats format)")
    parser.add_argument("--no-profile", action="store_true", help="only the CPU figures")
    args = parser.parse_args(argv)
    pair = _pair()
    user = UserContext(user_id="bench-profile")
    with tempfile.TemporaryDirectory(prefix="careervp-profile-") as tmp:
        container = build(Settings(data_dir=Path(tmp), rate_limits="off"))
        request = upload(container, user.user_id, pair)

        stages = _ProfiledStages()
        container.service.use_cpu_runner(stages)

        async def generate() -> Any:
            asyncio.get_running_loop().set_default_executor(_InThisThread())
            return await container.service.generate(request, user)

        def one() -> float:
            started = time.process_time()
            result = asyncio.run(generate())
            if not result.code.is_success:
                raise RuntimeError(f"generation failed: {result.code}")
            return (time.process_time() - started) * 1000

        for _ in range(3):
            one()
        plain = [one() for _ in range(args.letters)]
        if args.no_profile:
            print(_cpu_line(pair, plain))
            return 0
        stages.on = True
        profile = cProfile.Profile()
        profile.enable()
        profiled = [one() for _ in range(args.letters)]
        profile.disable()
    print(f"{_cpu_line(pair, plain)}; under the profiler {statistics.median(profiled):.1f} ms")
    if args.dump:
        pstats.Stats(profile, stages.profile).dump_stats(args.dump)
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stages.profile, stream=out).strip_dirs().sort_stats(key).print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
