"""kill -9 in the middle of a burst of generations, then a restart on the same data: every request retried with its
Idempotency-Key gets exactly one letter, at once. Letters stored before the crash are replayed, never generated
again; requests the crash cut short are generated once; nobody waits for a claim the dead process cannot finish."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
from pathlib import Path

import httpx

from fuzz.live import LiveServer

from .live import COMPANY, CV_FILE, JOB_FILE, TITLE

BURST = 30


def _client(server: LiveServer, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
        limits=httpx.Limits(max_connections=BURST),
    )


async def _burst_then_kill(server: LiveServer, token: str, body: dict[str, str], data_dir: Path) -> dict[str, str]:
    """Send BURST generations at once; SIGKILL the server as soon as its database holds both a finished request and
    one still in progress (watching the file, not the answers, which may all leave together). Returns the letter ids
    of the requests stored as finished before the kill, by key."""
    async with _client(server, token) as client:
        tasks = [
            asyncio.create_task(client.post("/api/cover-letter", json=body, headers={"Idempotency-Key": f"crash-{i}"}))
            for i in range(BURST)
        ]
        while not _mid_burst(data_dir) and not all(task.done() for task in tasks):
            await asyncio.sleep(0.001)
        assert server.process is not None
        os.killpg(server.process.pid, signal.SIGKILL)
        await asyncio.gather(*tasks, return_exceptions=True)  # the rest die with the connection
    return _finished(data_dir)


def _claims(data_dir: Path, state: str) -> list[tuple[str, str]]:
    path = data_dir / "careervp.sqlite3"
    if not path.exists():
        return []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            rows = db.execute("SELECT key, COALESCE(response, '') FROM idempotency WHERE state = ?", (state,))
            return [(str(key), str(response)) for key, response in rows.fetchall()]
    except sqlite3.OperationalError:
        return []  # the file is being written: look again


def _mid_burst(data_dir: Path) -> bool:
    return bool(_claims(data_dir, "done")) and bool(_claims(data_dir, "in_progress"))


def _finished(data_dir: Path) -> dict[str, str]:
    done = _claims(data_dir, "done")  # stored under the caller's key with a prefix: "key#crash-7"
    return {key.split("#", 1)[-1]: json.loads(response)["cover_letter"]["cover_letter_id"] for key, response in done}


async def _retry_all(server: LiveServer, token: str, body: dict[str, str]) -> dict[str, httpx.Response]:
    async with _client(server, token) as client:
        keys = [f"crash-{i}" for i in range(BURST)]
        responses = await asyncio.gather(
            *(client.post("/api/cover-letter", json=body, headers={"Idempotency-Key": key}) for key in keys)
        )
    return dict(zip(keys, responses, strict=True))


def _unfinished_claims(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "careervp.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM idempotency WHERE state = 'in_progress'").fetchone()[0])


def test_kill_9_mid_burst_then_restart_gives_each_request_exactly_one_letter(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    first = LiveServer({"CAREERVP_RATE_LIMITS": "off"}, data_dir=data_dir)
    first.start()
    token = first.token("survivor", tier="enterprise")
    with httpx.Client(base_url=first.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as api:
        cv = api.post("/api/cvs", files={"file": (CV_FILE.name, CV_FILE.read_bytes(), "text/markdown")})
        job = api.post(
            "/api/jobs", json={"company_name": COMPANY, "job_title": TITLE, "description": JOB_FILE.read_text()}
        )
    assert (cv.status_code, job.status_code) == (201, 201)
    body = {"cv_id": cv.json()["cv_id"], "job_id": job.json()["job_id"], "company_name": COMPANY, "job_title": TITLE}

    before_kill = asyncio.run(_burst_then_kill(first, token, body, data_dir))
    assert first.process is not None
    first.process.wait(timeout=30)
    assert _unfinished_claims(data_dir) >= 1, "the kill came too late to leave any claim behind"

    second = LiveServer({"CAREERVP_RATE_LIMITS": "off", "CAREERVP_JWT_SECRET": first.secret}, data_dir=data_dir)
    second.start()
    try:
        assert _unfinished_claims(data_dir) == 0  # settled at start-up
        retried = asyncio.run(_retry_all(second, token, body))
        with httpx.Client(base_url=second.base_url, headers={"Authorization": f"Bearer {token}"}) as api:
            stored = api.get("/api/cover-letters").json()["cover_letters"]
    finally:
        second.stop()

    assert {key: r.status_code for key, r in retried.items() if r.status_code != 200} == {}
    letter_ids = {key: r.json()["cover_letter"]["cover_letter_id"] for key, r in retried.items()}
    for key, letter_id in before_kill.items():
        assert letter_ids[key] == letter_id, f"{key} was answered before the kill and generated again after it"
    stored_ids = sorted(letter["cover_letter"]["cover_letter_id"] for letter in stored)
    assert stored_ids == sorted(letter_ids.values()), "a request got two letters, or a letter belongs to no request"
    versions = sorted(letter["cover_letter"]["version"] for letter in stored)
    assert len(set(versions)) == BURST
