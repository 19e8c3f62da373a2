"""Settings shared by every test.

Property tests run the same examples on every machine: a CI run on a fresh clone must pass or fail for the code it
was given, never for the seed it drew. Set HYPOTHESIS_PROFILE=explore to search with fresh random examples locally;
whatever such a run finds becomes an explicit test.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# `make test` runs the suite on two worker processes (pytest-xdist). Each worker takes whole files, so a module's
# fixtures (a live server, a corpus read once and cached) are built once; a folder whose fixtures are session-wide
# (the CDK synthesis, the moto server, the end-to-end server, the hostile files built once) goes to one worker whole.
SESSION_WIDE_FOLDERS = ("tests/infrastructure/", "tests/integration/aws/", "tests/e2e/", "tests/hostile/")


def worker_unit(nodeid: str) -> str:
    """The share of the suite one worker runs together: a test's folder when that folder's fixtures are
    session-wide, else its file."""
    path = nodeid.split("::", 1)[0]
    return next((folder for folder in SESSION_WIDE_FOLDERS if path.startswith(folder)), path)


# The longest units, longest first: each is handed out before the many short files, so that no worker is left with
# one long unit at the end while the other idles. Any unit not named here follows, the largest number of tests first.
LONGEST_UNITS = (
    "tests/infrastructure/",
    "tests/integration/api/test_serve_cli.py",
    "tests/hostile/",
    "tests/unit/corpus/test_fvs_corpus.py",
    "tests/integration/test_cli_engine.py",
    "tests/property/test_self_consistency.py",
    "tests/browser/test_page.py",
    "tests/integration/test_batch_cli.py",
    "tests/integration/aws/",
    "tests/integration/api/test_crash_recovery.py",
    "tests/integration/api/test_bounded_work.py",
    "tests/fuzz/test_openapi_fuzz.py",
    "tests/soak/test_soak.py",
)


def handing_out_rank(unit: str, size: int, position: int) -> tuple[int, int, int]:
    """Where a unit of `size` tests, found at `position` in the collection, goes in the queue: the longest units
    first, then the rest by number of tests."""
    known = LONGEST_UNITS.index(unit) if unit in LONGEST_UNITS else len(LONGEST_UNITS)
    return known, -size, position


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, called only when it runs the suite
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    from xdist.scheduler import LoadScopeScheduling

    class ByFileOrFolder(LoadScopeScheduling):  # type: ignore[misc]
        """Whole units (worker_unit), handed out longest first (handing_out_rank)."""

        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return worker_unit(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            if not self.ordered:  # the first hand-out: the queue is complete, put it in order once
                self.ordered = True
                units = list(self.workqueue.items())
                order = sorted(range(len(units)), key=lambda i: handing_out_rank(units[i][0], len(units[i][1]), i))
                self.workqueue.clear()
                self.workqueue.update(units[i] for i in order)
            super()._assign_work_unit(node)

    return ByFileOrFolder(config, log)
