"""Synthesize the real CDK app once per test session (all three stacks, cdk-nag on) and hand out the templates.

Synthesis takes seconds on two cores, so it happens once; the Lambda code is a temporary folder holding the marker
file the app checks for, so the tests need neither `make build-lambda` nor AWS credentials nor network.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
if str(INFRA) not in sys.path:
    sys.path.insert(0, str(INFRA))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import aws_cdk as cdk  # noqa: E402
from aws_cdk.assertions import Template  # noqa: E402

# The moto server of the adapter tests, for the tests that drive what the templates create (Lambda, CloudFormation).
from integration.aws.conftest import moto_endpoint  # noqa: E402, F401

ENVIRONMENTS = ("dev", "staging", "prod")


def load_infra_script(filename: str) -> ModuleType:
    """A script of infra/ (app.py, deploy.py, rollback.py) as a module, without running its main()."""
    spec = importlib.util.spec_from_file_location(f"careervp_infra_{Path(filename).stem}", INFRA / filename)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cdk_app_module() -> ModuleType:
    return load_infra_script("app.py")


def fake_asset(folder: Path) -> Path:
    marker = folder / "careervp" / "handlers" / "lambda_handler.py"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("# placeholder asset for synthesis tests\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def asset_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fake_asset(tmp_path_factory.mktemp("lambda-asset"))


def synth(outdir: Path, context: dict[str, Any]) -> tuple[cdk.App, Path]:
    app = cdk.App(outdir=str(outdir), context=context)
    load_cdk_app_module().build_app(app)
    app.synth()  # raises when cdk-nag finds an unacknowledged violation
    return app, outdir


@pytest.fixture(scope="session")
def cloud_assembly(tmp_path_factory: pytest.TempPathFactory, asset_dir: Path) -> Path:
    _, outdir = synth(tmp_path_factory.mktemp("cdk.out"), {"lambda_asset_dir": str(asset_dir)})
    return outdir


@pytest.fixture(scope="session")
def templates(cloud_assembly: Path) -> dict[str, Template]:
    result = {}
    for env in ENVIRONMENTS:
        stack = f"CareervpStack-{env.title()}"
        result[env] = Template.from_json(json.loads((cloud_assembly / f"{stack}.template.json").read_text()))
    return result


@pytest.fixture(params=ENVIRONMENTS)
def env(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def template(templates: dict[str, Template], env: str) -> Template:
    return templates[env]


def resources(template: Template, type_name: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = template.find_resources(type_name)
    return found


def only(template: Template, type_name: str) -> dict[str, Any]:
    found = resources(template, type_name)
    assert len(found) == 1, f"expected one {type_name}, found {len(found)}"
    return next(iter(found.values()))
