"""`careervp serve` and `careervp token` as a user runs them (`make run`): separate processes, real HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from .live import CV_FILE, JOB_FILE, ROOT

CLI = [sys.executable, "-c", "from careervp.handlers.cli import app; app()"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], subprocess.Popen[str]]]:
    yield from _serve(tmp_path)


def _serve(
    tmp_path: Path, *extra: str, tiers: str | None = None, cpu_threads: bool = False
) -> Iterator[tuple[str, dict[str, str], subprocess.Popen[str]]]:
    """`careervp serve` on a free port. `cpu_threads`: the CPU stages in worker threads, for the tests whose subject
    is not the worker processes (each process warms with a letter at start; tests/integration/api/test_bounded_work.py
    and test_serve_token_and_generate run them)."""
    port = _free_port()
    env = {**os.environ, "CAREERVP_DATA_DIR": str(tmp_path / "data")}
    if tiers is not None:
        env["CAREERVP_RATE_LIMIT_TIERS"] = tiers
    if cpu_threads:
        env["CAREERVP_CPU_PROCESSES"] = "0"
    process = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"careervp serve did not start: {process.communicate()[1][-2000:]}")
        time.sleep(0.1)
    try:
        yield base, env, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_token_and_generate(served: tuple[str, dict[str, str], subprocess.Popen[str]]) -> None:
    base, env, process = served
    token = subprocess.run(
        [*CLI, "token", "--user", "me", "--tier", "premium", "--ttl", "600"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    headers = {"Authorization": f"Bearer {token}", "X-Request-ID": "trace-me-123"}
    with httpx.Client(base_url=base, headers=headers, timeout=120) as api:
        cv = api.post("/api/cvs", files={"file": (CV_FILE.name, CV_FILE.read_bytes(), "text/markdown")})
        assert cv.status_code == 201, cv.text
        assert cv.headers["x-request-id"] == "trace-me-123"
        body = {
            "cv_id": cv.json()["cv_id"],
            "job_id": "job-from-cli-test",
            "company_name": "Ledgerwell Payments",
            "job_title": "Senior Backend Engineer",
            "job_description": JOB_FILE.read_text(),
        }
        letter = api.post("/api/cover-letter", json=body)
        assert letter.status_code == 200, letter.text
        assert letter.headers["X-RateLimit-Limit"] == "15"
        # The PDF is drawn on its first download: seconds on a busy machine, past httpx's default of 5 s.
        assert httpx.get(letter.json()["download_url"], timeout=120).content.startswith(b"%PDF")
        metrics = api.get("/metrics").text
        for name in ("CoverLetterGenerated", "CoverLetterDuration", "QualityScore", "FVSViolations", "LLMCost"):
            assert f"CareerVP_{name}" in metrics
    process.terminate()
    stdout, stderr = process.communicate(timeout=30)
    assert "token --user" in stdout
    assert "/api/cover-letter" in stdout
    logs = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    traced = [entry for entry in logs if entry.get("request_id") == "trace-me-123"]
    assert traced
    assert traced[0]["route"] == "/api/cvs"
    assert all("Traceback" not in line for line in stderr.splitlines())
    assert (Path(env["CAREERVP_DATA_DIR"]) / "jwt.secret").stat().st_mode & 0o777 == 0o600


def test_token_refuses_bad_arguments(tmp_path: Path) -> None:
    env = {**os.environ, "CAREERVP_DATA_DIR": str(tmp_path)}
    for args in (["--user", ""], ["--user", "a/b"], ["--user", "me", "--tier", "gold"], ["--user", "me", "--ttl", "0"]):
        result = subprocess.run([*CLI, "token", *args], cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 2
        assert result.stderr.startswith("error:")
        assert "Traceback" not in result.stderr
    cloud = subprocess.run(
        [*CLI, "token", "--user", "me"],
        cwd=ROOT,
        env={**env, "CAREERVP_AUTH_MODE": "cognito"},
        capture_output=True,
        text=True,
    )
    assert cloud.returncode == 2
    assert "local auth mode" in cloud.stderr


def _generate(base: str, token: str, cv_id: str, words: int) -> httpx.Response:
    body = {
        "cv_id": cv_id,
        "job_id": "job-workers",
        "company_name": "Ledgerwell Payments",
        "job_title": "Senior Backend Engineer",
        "job_description": JOB_FILE.read_text(),
        "preferences": {"word_count_target": words},
    }
    return httpx.post(f"{base}/api/cover-letter", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=120)


def _local_token(env: dict[str, str], user: str) -> str:
    done = subprocess.run(
        [*CLI, "token", "--user", user], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


# Quotas count in fixed calendar windows. A day window of 5 makes the count independent of how long the requests
# take; a run that happens to straddle midnight UTC is repeated once under a fresh user (two cannot both straddle it).
FIVE_A_DAY = json.dumps({"free": {"day": 5}})


def _in_one_day(run: Callable[[str], list[httpx.Response]]) -> list[httpx.Response]:
    """`run(user)`'s responses, from a run that started and ended on the same UTC day."""
    for user in ("first-try", "second-try"):
        day = int(time.time()) // 86400
        responses = run(user)
        if int(time.time()) // 86400 == day:
            return responses
    raise AssertionError("two runs in a row straddled a day boundary")


def _upload_cv(base: str, token: str) -> str:
    cv = httpx.post(
        f"{base}/api/cvs",
        files={"file": (CV_FILE.name, CV_FILE.read_bytes(), "text/markdown")},
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    )
    assert cv.status_code == 201, cv.text
    cv_id: str = cv.json()["cv_id"]
    return cv_id


def _requests_against(bases: tuple[str, ...], env: dict[str, str], count: int) -> list[httpx.Response]:
    """`count` generations for one fresh user, spread over `bases` in turn."""

    def run(user: str) -> list[httpx.Response]:
        token = _local_token(env, user)
        cv_id = _upload_cv(bases[0], token)
        return [_generate(bases[i % len(bases)], token, cv_id, 200 + i) for i in range(count)]

    return _in_one_day(run)


def test_two_server_processes_share_one_quota(tmp_path: Path) -> None:
    """Two `careervp serve` processes on one data dir, requests alternating between them: the tier's quota holds
    across processes (SQLite is the counter), and versions never collide."""
    for first, env, _ in _serve(tmp_path, tiers=FIVE_A_DAY, cpu_threads=True):
        for second, _, _ in _serve(tmp_path, tiers=FIVE_A_DAY, cpu_threads=True):
            responses = _requests_against((first, second), env, 8)
            assert sorted(r.status_code for r in responses) == [200] * 5 + [429] * 3
            versions = sorted(r.json()["cover_letter"]["version"] for r in responses if r.status_code == 200)
            assert versions == [1, 2, 3, 4, 5]


def test_serve_with_several_workers_answers_and_limits(tmp_path: Path) -> None:
    """`--workers 2`: uvicorn's worker processes build their own wiring over the same data dir."""
    for base, env, _ in _serve(tmp_path, "--workers", "2", tiers=FIVE_A_DAY):
        responses = _requests_against((base,), env, 7)
        assert sorted(r.status_code for r in responses) == [200] * 5 + [429] * 2


def _request_lines(stderr: str) -> list[dict[str, object]]:
    logs = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    return [entry for entry in logs if entry.get("message") == "request"]


def test_log_level_warning_silences_request_lines_with_one_worker(tmp_path: Path) -> None:
    for base, _, process in _serve(tmp_path, "--log-level", "warning", cpu_threads=True):
        assert httpx.get(f"{base}/health").status_code == 200
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        assert _request_lines(stderr) == []
    for base, _, process in _serve(tmp_path / "again", cpu_threads=True):
        assert httpx.get(f"{base}/health").status_code == 200
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        assert [line["route"] for line in _request_lines(stderr)][-1] == "/health"
