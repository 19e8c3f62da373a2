"""Settings shared by every test.

Property tests run the same examples on every machine: a CI run on a fresh clone must pass or fail for the code it
was given, never for the seed it drew. Set HYPOTHESIS_PROFILE=explore to search with fresh random examples locally;
whatever such a run finds becomes an explicit test.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
