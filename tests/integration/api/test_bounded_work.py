"""The largest CV the service accepts cannot stop it: the generation deadline fires where the work runs, and the
server keeps answering. In a worker thread (the in-process app, the CLI, Lambda) the abandoned, bounded work finishes
on its own; in `careervp serve` the worker process running it is stopped and replaced."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from careervp.ingest.reader import MAX_TEXT_CHARS
from fuzz.live import LiveServer as SubprocessServer

from .live import COMPANY, JOB_FILE, TITLE, assert_error, generation_body, live_server, upload_cv


def huge_markdown_cv(roles: int) -> str:
    lines = ["# Ada Example", "ada@example.com | Portland, OR", "", "## Experience", ""]
    for i in range(roles):
        lines += [
            f"### Senior Engineer — Company{i} Systems, Inc.",
            f"Portland, OR · Jan {1990 + i % 30} – Dec {1991 + i % 30}",
            "",
            f"- Led the migration of {i} services to Go and Kafka, cutting latency by {i % 90 + 1}%"
            f" for {i * 10} users.",
            f"- Built PostgreSQL pipelines processing {i} million events per day on AWS.",
            "",
        ]
    return "\n".join(lines)


def test_the_deadline_fires_on_the_largest_cv_and_the_server_keeps_answering(tmp_path: Path) -> None:
    cv_text = huge_markdown_cv(1500)
    assert len(cv_text) <= MAX_TEXT_CHARS  # allowed: this is what any free user may upload
    with live_server(tmp_path / "data", llm_timeout_s=0.5, rate_limits="off") as server:
        with server.client("heavy") as api:
            upload = api.post("/api/cvs", files={"file": ("cv.md", cv_text.encode(), "text/markdown")})
            assert upload.status_code == 201, upload.text
        body = {
            "cv_id": upload.json()["cv_id"],
            "job_id": "heavy-job",
            "company_name": COMPANY,
            "job_title": TITLE,
            "job_description": JOB_FILE.read_text(),
        }

        async def generate_then_probe() -> tuple[httpx.Response, list[int]]:
            async with server.async_client("heavy") as client:
                letter = await client.post("/api/cover-letter", json=body)
                health = [(await client.get("/health")).status_code for _ in range(3)]
            return letter, health

        letter, health = asyncio.run(generate_then_probe())
        assert letter.status_code == 504, letter.text[:300]
        assert letter.json()["code"] == "CV_LETTER_GENERATION_TIMEOUT"
        assert health == [200, 200, 200]
        with server.client("heavy") as api:
            assert api.get("/api/cover-letters").json()["count"] == 0  # nothing stored after the deadline


def _worker_pids(server: SubprocessServer) -> set[int]:
    """The server's CPU workers: its spawned children (started by any of its threads; multiprocessing's resource
    tracker, also a child, is not one)."""
    assert server.process is not None
    tasks = Path(f"/proc/{server.process.pid}/task").glob("*")
    children = {int(pid) for task in tasks for pid in (task / "children").read_text().split()}
    return {pid for pid in children if b"spawn_main" in _cmdline(pid)}


def _wait_for_workers(server: SubprocessServer, wanted: Callable[[set[int]], bool]) -> set[int]:
    """The server's CPU workers once `wanted` holds of them (within two minutes, however busy the machine)."""
    deadline = time.monotonic() + 120
    while not wanted(pids := _worker_pids(server)):
        assert time.monotonic() < deadline, f"the CPU workers never became what the test waits for: {pids}"
        time.sleep(0.1)
    return pids


def _wait_until_warm(server: SubprocessServer, count: int) -> None:
    """Until `/health` reports `count` warm workers: a stage waiting for a worker still warming is not yet running."""
    deadline = time.monotonic() + 120
    while (warm := httpx.get(f"{server.base_url}/health").json()["cpu_workers"]) != count:
        assert time.monotonic() < deadline, f"{warm} warm CPU workers, not {count}"
        time.sleep(0.1)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # ended since it was listed
        return b""


def test_in_careervp_serve_the_deadline_stops_the_busy_worker_process_and_health_answers_throughout(
    tmp_path: Path,
) -> None:
    env = {"CAREERVP_CPU_PROCESSES": "2", "CAREERVP_LLM_TIMEOUT_S": "1", "CAREERVP_RATE_LIMITS": "off"}
    with SubprocessServer(env, data_dir=tmp_path) as server:
        headers = {"Authorization": f"Bearer {server.token('heavy')}"}
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=120) as api:
            cv_text = huge_markdown_cv(1500)
            heavy_cv = api.post("/api/cvs", files={"file": ("cv.md", cv_text.encode(), "text/markdown")})
            assert heavy_cv.status_code == 201, heavy_cv.text
            usual_cv = upload_cv(api)
        workers_before = _wait_for_workers(server, lambda pids: len(pids) == 2)
        _wait_until_warm(server, 2)

        async def generate_while_probing() -> tuple[httpx.Response, list[int]]:
            async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=120) as client:
                letter = asyncio.create_task(
                    client.post("/api/cover-letter", json=_heavy_body(heavy_cv.json()["cv_id"]))
                )
                probes: list[int] = []
                while not letter.done():
                    probes.append((await client.get("/health")).status_code)
                    await asyncio.sleep(0.02)
                return await letter, probes

        letter, probes = asyncio.run(generate_while_probing())
        assert_error(letter, 504, "CV_LETTER_GENERATION_TIMEOUT")
        assert probes
        assert set(probes) == {200}  # the server answered all the while the worker was busy

        # A replacement worker is spawned and warmed in the background.
        workers_after = _wait_for_workers(server, lambda pids: len(pids) == 2 and pids != workers_before)
        replaced = workers_before - workers_after
        assert len(replaced) == 1  # the busy worker was stopped; the idle one serves on

        with httpx.Client(base_url=server.base_url, headers=headers, timeout=120) as api:
            usual = api.post("/api/cover-letter", json=generation_body(usual_cv, "usual-job", **_job_text()))
            assert usual.status_code == 200, usual.text
            assert api.get("/api/cover-letters").json()["count"] == 1  # nothing of the timed-out letter was kept


def _heavy_body(cv_id: str) -> dict[str, str]:
    return {"cv_id": cv_id, "job_id": "heavy-job", "company_name": COMPANY, "job_title": TITLE, **_job_text()}


def _job_text() -> dict[str, str]:
    return {"job_description": JOB_FILE.read_text()}
