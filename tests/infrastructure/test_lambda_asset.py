"""The asset `make build-lambda` built (build/lambda; `make pytest` builds it first) against the runtime it will run
on: glibc of every ELF file, bytecode for the runtime's Python, and a request served by that Python with
site-packages off, as Lambda would."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import asset_check
import pytest
from careervp_infra.config import LAMBDA_PYTHON_VERSION, LAMBDA_RUNTIME, LAMBDA_WHEEL_PLATFORM, RUNTIME_GLIBC

from .conftest import ROOT

ASSET = ROOT / "build" / "lambda"
AMAZON_LINUX_2_GLIBC = (2, 26)  # the python3.11 runtime's OS, where this asset would not import


@pytest.fixture(scope="module")
def asset() -> Path:
    if not (ASSET / "careervp" / "handlers" / "lambda_handler.py").is_file():
        pytest.fail(f"{ASSET} is not built: run `make build-lambda` (make pytest does)")
    return ASSET


@pytest.fixture(scope="module")
def elf(asset: Path) -> list[asset_check.ElfNeeds]:
    return asset_check.scan(asset)


@pytest.fixture(scope="module")
def runtime_python() -> str:
    found = asset_check.find_python(LAMBDA_PYTHON_VERSION)
    if found is None:
        pytest.fail(f"no Python {LAMBDA_PYTHON_VERSION} here: the asset cannot be compiled or tried without it")
    return found


def test_the_makefile_builds_for_the_configured_runtime() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(rf"^LAMBDA_PYTHON := {re.escape(LAMBDA_PYTHON_VERSION)}$", makefile, re.MULTILINE)
    assert re.search(rf"^LAMBDA_PLATFORM := {re.escape(LAMBDA_WHEEL_PLATFORM)}$", makefile, re.MULTILINE)
    assert f"python{LAMBDA_PYTHON_VERSION}" == LAMBDA_RUNTIME
    tag = re.fullmatch(r"x86_64-manylinux_(\d+)_(\d+)", LAMBDA_WHEEL_PLATFORM)
    assert tag is not None
    assert (int(tag[1]), int(tag[2])) <= RUNTIME_GLIBC


def test_every_elf_file_needs_no_newer_glibc_than_the_runtime_has(asset: Path, elf: list[asset_check.ElfNeeds]) -> None:
    assert len(elf) > 10  # pydantic-core, cryptography, Pillow, lxml...: the scan found the extension modules
    assert asset_check.too_new(elf, RUNTIME_GLIBC) == []
    assert {needs.machine for needs in elf} == {"EM_X86_64"}
    assert asset_check.main([str(asset)]) == 0


def test_the_scan_fails_this_manylinux_2_28_build_on_an_amazon_linux_2_runtime(
    asset: Path, elf: list[asset_check.ElfNeeds], capsys: pytest.CaptureFixture[str]
) -> None:
    too_new = {str(n.path.relative_to(asset)): n.glibc for n in asset_check.too_new(elf, AMAZON_LINUX_2_GLIBC)}
    assert too_new["cryptography/hazmat/bindings/_rust.abi3.so"] == (2, 28)
    assert asset_check.main([str(asset), "--max-glibc", "2.26"]) == 1
    assert "_rust.abi3.so needs GLIBC_2.28 (runtime has 2.26)" in capsys.readouterr().err


def test_every_module_has_unchecked_bytecode_for_the_runtimes_python(asset: Path, runtime_python: str) -> None:
    assert asset_check.missing_bytecode(asset, LAMBDA_PYTHON_VERSION) == []
    assert not list(asset.rglob("*.cpython-311.pyc"))  # nothing compiled by the build machine's own Python
    magic = subprocess.run(
        [runtime_python, "-c", "import importlib.util; print(importlib.util.MAGIC_NUMBER.hex())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    compiled = (
        asset
        / "careervp"
        / "handlers"
        / "__pycache__"
        / f"lambda_handler.cpython-{LAMBDA_PYTHON_VERSION.replace('.', '')}.pyc"
    )
    assert compiled.read_bytes()[:4].hex() == magic


def test_the_bytecode_check_notices_a_missing_pyc(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text("x = 1\n")
    assert asset_check.missing_bytecode(tmp_path, LAMBDA_PYTHON_VERSION) == [tmp_path / "module.py"]


_SERVE_HEALTH = """
import json, sys
sys.path.insert(0, sys.argv[1])
from careervp.handlers.lambda_handler import handler
event = {
    "resource": "/health", "path": "/health", "httpMethod": "GET",
    "headers": {"Host": "abc.execute-api.us-east-1.amazonaws.com"},
    "multiValueHeaders": {"Host": ["abc.execute-api.us-east-1.amazonaws.com"]},
    "queryStringParameters": None, "multiValueQueryStringParameters": None, "body": None, "isBase64Encoded": False,
    "requestContext": {"path": "/dev/health", "stage": "dev", "requestId": "r1", "identity": {"sourceIp": "127.0.0.1"}},
}
class Context:
    function_name = "careervp"; memory_limit_in_mb = 2048; aws_request_id = "r1"
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:careervp"
response = handler(event, Context())
print("RESPONSE " + json.dumps({"status": response["statusCode"], "body": response["body"], "path": sys.path[:2]}))
"""


def test_the_asset_serves_health_on_the_runtimes_python_with_site_packages_off(
    asset: Path, runtime_python: str, tmp_path: Path
) -> None:
    """What Lambda does on a cold start, on the runtime's Python version: only the asset on the path."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "CAREERVP_DATA_DIR": str(tmp_path / "data"),
        "POWERTOOLS_TRACE_DISABLED": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_LAMBDA_FUNCTION_NAME": "careervp",
    }
    result = subprocess.run(
        [runtime_python, "-S", "-B", "-c", _SERVE_HEALTH, str(asset)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    [line] = [line for line in result.stdout.splitlines() if line.startswith("RESPONSE ")]
    response = json.loads(line.removeprefix("RESPONSE "))
    assert response["status"] == 200, response
    assert json.loads(response["body"])["status"] == "ok"
