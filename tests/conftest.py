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


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    from xdist.scheduler import LoadScopeScheduling

    class ByFileOrFolder(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return worker_unit(nodeid)

    return ByFileOrFolder(config, log)
