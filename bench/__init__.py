"""Benchmarks: `python -m bench.run`, or `make bench`.

The benchmark reuses helpers of the test suites: the live-server launcher (tests/fuzz/live.py), the stub model
server (tests/faults/model_stub.py) and the soak driver (tests/soak/driver.py). Those import one another as top-level
packages, as pytest imports them (the tests folder is the root of their package names), so the same folder goes on
the import path here.
"""

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1] / "tests")
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)
