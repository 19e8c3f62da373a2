"""The largest CV the service accepts cannot stop it: the generation deadline fires where the work runs, and the
server keeps answering while a worker thread finishes the abandoned, bounded work."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from careervp.ingest.reader import MAX_TEXT_CHARS

from .live import COMPANY, JOB_FILE, TITLE, live_server


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
