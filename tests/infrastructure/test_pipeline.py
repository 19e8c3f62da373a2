"""The GitHub Actions pipeline: linted by actionlint, and shaped as the promotion it claims to be (one artifact,
stages in order, a reviewed change set behind the prod environment's approval, OIDC roles and no stored keys)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"
STAGES = ["test", "synth", "deploy-dev", "deploy-staging", "prod-change-set", "deploy-prod"]


def _actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("actionlint is missing from the venv (make install provides it)")
    return found


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_actionlint(), "-no-color"], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text())
    return loaded


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in _steps(job) if "run" in step]


def test_actionlint_passes() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    shutil.copytree(ROOT / ".github", tmp_path / ".github")
    (tmp_path / ".git").mkdir()  # actionlint finds the project by its repository root
    broken = WORKFLOW.read_text().replace("needs: deploy-dev", "needs: deploy-qa")
    (tmp_path / ".github" / "workflows" / "deploy.yml").write_text(broken)
    result = _lint(tmp_path)
    assert result.returncode == 1
    assert "deploy-qa" in result.stdout


def test_stages_run_in_promotion_order(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    assert list(jobs) == STAGES
    for earlier, later in pairwise(STAGES):
        assert jobs[later]["needs"] == earlier
    assert [jobs[name].get("environment") for name in STAGES[2:]] == ["dev", "staging", "prod-change-set", "prod"]
    assert "make test" in _runs(jobs["test"])
    assert _runs(jobs["deploy-dev"])[-1] == "make smoke"
    assert _runs(jobs["deploy-staging"])[-1] == "make e2e"
    assert _runs(jobs["deploy-prod"])[-1] == "make smoke"


def test_one_artifact_is_built_and_every_environment_deploys_it(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    builders = [name for name, job in jobs.items() if any("make synth" in run for run in _runs(job))]
    assert builders == ["synth"]
    [upload] = [s for s in _steps(jobs["synth"]) if s.get("uses", "").startswith("actions/upload-artifact@")]
    for name in ("deploy-dev", "deploy-staging", "prod-change-set"):
        [download] = [s for s in _steps(jobs[name]) if s.get("uses", "").startswith("actions/download-artifact@")]
        assert download["with"]["name"] == upload["with"]["name"]
    deploys = [run for job in jobs.values() for run in _runs(job) if run.startswith("make deploy")]
    assert len(deploys) == 4
    assert all("APP=cdk.out" in run for run in deploys)  # the assembly, never a fresh synthesis


def test_prod_executes_exactly_the_change_set_reviewed_before_the_approval(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    [prepare] = [run for run in _runs(jobs["prod-change-set"]) if "make deploy" in run]
    [execute] = [run for run in _runs(jobs["deploy-prod"]) if "make deploy" in run]
    assert "PHASE=prepare" in prepare
    assert "PHASE=execute" in execute
    name = re.compile(r"CHANGE_SET=(\S+)")
    prepared, executed = name.search(prepare), name.search(execute)
    assert prepared is not None
    assert executed is not None
    assert prepared[1] == executed[1]
    assert jobs["deploy-prod"]["environment"] == "prod"  # its required reviewers are the manual approval


def test_aws_access_is_through_oidc_roles_only(workflow: dict[str, Any]) -> None:
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        uses_aws = any(s.get("uses") == "./.github/actions/aws-stage" for s in _steps(job))
        assert (job.get("permissions", {}).get("id-token") == "write") == uses_aws, name
        for step in _steps(job):
            if step.get("uses") == "./.github/actions/aws-stage":
                assert step["with"]["role-arn"] == "${{ vars.AWS_DEPLOY_ROLE_ARN }}"
    everything = "\n".join(p.read_text() for p in (ROOT / ".github").rglob("*.yml"))
    assert "aws-actions/configure-aws-credentials@" in everything
    for forbidden in ("aws-access-key-id", "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"):
        assert forbidden not in everything
