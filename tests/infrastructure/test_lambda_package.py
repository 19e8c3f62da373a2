"""What `make build-lambda` packs: the runtime dependencies the handler imports, and none of the dev or CDK ones.

Reads `uv export` of the lock (what the Makefile installs into build/lambda), so it runs offline in a second."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _uv() -> str:
    found = shutil.which("uv") or str(Path.home() / ".local" / "bin" / "uv")
    if not Path(found).exists():
        pytest.fail("uv is required (make install provides it)")
    return found


@pytest.fixture(scope="module")
def runtime_packages() -> set[str]:
    result = subprocess.run(
        [_uv(), "export", "--locked", "--no-dev", "--no-group", "infra", "--no-emit-project", "--no-hashes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "UV_PYTHON_DOWNLOADS": "never"},
    )
    names = set()
    for line in result.stdout.splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==", line)
        if match:
            names.add(match.group(1).lower().replace("_", "-"))
    return names


def test_the_handler_runtime_is_packed(runtime_packages: set[str]) -> None:
    needed = {"aws-lambda-powertools", "aws-xray-sdk", "mangum", "fastapi", "boto3", "pyjwt", "pydantic-settings"}
    assert needed <= runtime_packages


def test_dev_and_cdk_packages_stay_out_of_the_lambda(runtime_packages: set[str]) -> None:
    assert not {"moto", "pytest", "aws-cdk-lib", "cdk-nag", "jsii", "playwright", "schemathesis"} & runtime_packages
