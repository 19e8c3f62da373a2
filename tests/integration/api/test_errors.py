"""Every error code of the contract that can be provoked on a laptop, over HTTP, each in the contract's body.

Not provoked here: GENERATION_QUALITY_INSUFFICIENT and FVS_HALLUCINATION_DETECTED from generation need the template
fallback itself to fail, which it is built never to do (the edit route's FVS refusal is in test_flow);
UNAUTHORIZED, FORBIDDEN and RATE_LIMIT_EXCEEDED have their own modules.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI

from careervp.core.bootstrap import Container
from careervp.ingest import read_cv_file, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences

from .live import (
    COMPANY,
    CV_FILE,
    JOB_FILE,
    TITLE,
    LiveServer,
    assert_error,
    create_job,
    generation_body,
    live_server,
    upload_cv,
)
from .model_stub import ModelStub


# ---------------------------------------------------------------- validation: 400 INVALID_REQUEST naming the field
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cv_id": None}, "cv_id"),
        ({"cv_id": ""}, "cv_id"),
        ({"cv_id": 42}, "cv_id"),
        ({"job_id": "x" * 256}, "job_id"),
        ({"company_name": "Acme<script>"}, "company_name"),
        ({"company_name": "   "}, "company_name"),
        ({"job_title": "Engineer; DROP TABLE"}, "job_title"),
        ({"job_description": "x" * 50_001}, "job_description"),
        ({"preferences": {"tone": "sarcastic"}}, "preferences.tone"),
        ({"preferences": {"word_count_target": 199}}, "preferences.word_count_target"),
        ({"preferences": {"word_count_target": "300"}}, "preferences.word_count_target"),
        ({"preferences": {"include_salary_expectations": "yes"}}, "preferences.include_salary_expectations"),
        ({"gap_responses": {"responses": [{"question_id": "q1"}]}}, "gap_responses.responses.0.response_text"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_invalid_generation_bodies_are_400_naming_the_field(
    server: LiveServer, change: dict[str, Any], field: str
) -> None:
    body = {"cv_id": "cv-1", "job_id": "job-1", "company_name": COMPANY, "job_title": TITLE}
    for key, value in change.items():
        if value is None:
            body.pop(key)
        else:
            body[key] = value
    with server.client("validator") as api:
        error = assert_error(api.post("/api/cover-letter", json=body), 400, "INVALID_REQUEST")
    assert error["field"] == field
    assert error["error"].startswith(f"{field}:")
    assert "<script>" not in error["error"]


def test_malformed_json_and_wrong_shapes(server: LiveServer) -> None:
    with server.client("validator") as api:
        broken = api.post("/api/cover-letter", content=b'{"cv_id": ', headers={"Content-Type": "application/json"})
        assert assert_error(broken, 400, "INVALID_REQUEST")["field"] == "body"
        assert_error(api.post("/api/cover-letter", json=["a", "list"]), 400, "INVALID_REQUEST")
        assert_error(api.post("/api/cover-letter", json={}), 400, "INVALID_REQUEST")
        bad_key = api.post(
            "/api/cover-letter",
            json={"cv_id": "a", "job_id": "b", "company_name": COMPANY, "job_title": TITLE},
            headers={"Idempotency-Key": "has spaces"},
        )
        assert assert_error(bad_key, 400, "INVALID_REQUEST")["field"] == "Idempotency-Key"
        assert_error(api.get("/api/cover-letters/a/b", params={"version": "zero"}), 400, "INVALID_REQUEST")
        assert_error(api.get("/api/cover-letters/a/b", params={"version": 0}), 400, "INVALID_REQUEST")
        job = api.post("/api/jobs", json={"company_name": COMPANY, "job_title": TITLE, "description": "x" * 50_001})
        assert assert_error(job, 400, "INVALID_REQUEST")["field"] == "description"
        no_url = api.post(
            "/api/jobs", json={"company_name": COMPANY, "job_title": TITLE, "description": "d", "url": "javascript:x"}
        )
        assert assert_error(no_url, 400, "INVALID_REQUEST")["field"] == "url"


def test_bad_cv_uploads(server: LiveServer) -> None:
    with server.client("uploader") as api:
        empty = api.post("/api/cvs", files={"file": ("cv.md", b"", "text/markdown")})
        assert assert_error(empty, 400, "INVALID_REQUEST")["field"] == "file"
        garbage = api.post("/api/cvs", files={"file": ("cv.pdf", b"\x00\x01 not a pdf" * 50, "application/pdf")})
        assert assert_error(garbage, 400, "INVALID_REQUEST")["field"] == "file"
        no_experience = api.post("/api/cvs", files={"file": ("cv.md", b"# Someone\n\nLikes tea.", "text/markdown")})
        assert assert_error(no_experience, 400, "INVALID_REQUEST")["field"] == "file"
        wrong_field = api.post("/api/cvs", files={"document": ("cv.md", JOB_FILE.read_bytes(), "text/markdown")})
        assert assert_error(wrong_field, 400, "INVALID_REQUEST")["field"] == "file"
        wrong_type = api.post("/api/cvs", content=b"plain", headers={"Content-Type": "text/plain"})
        assert_error(wrong_type, 400, "INVALID_REQUEST")
        bad_json = api.post("/api/cvs", content=b"{not json", headers={"Content-Type": "application/json"})
        assert_error(bad_json, 400, "INVALID_REQUEST")


def test_payload_too_large(server: LiveServer) -> None:
    six_mb = b"a" * (6 * 1024 * 1024)
    with server.client("big") as api:
        upload = api.post("/api/cvs", files={"file": ("cv.txt", six_mb, "text/plain")})
        assert_error(upload, 413, "PAYLOAD_TOO_LARGE")

        def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
            for _ in range(6):
                yield b"b" * (1024 * 1024)

        streamed = api.post("/api/cover-letter", content=chunks(), headers={"Content-Type": "application/json"})
        assert_error(streamed, 413, "PAYLOAD_TOO_LARGE")
        just_over = api.post("/api/cvs", files={"file": ("cv.txt", b"a" * (5 * 1024 * 1024 + 1), "text/plain")})
        assert_error(just_over, 413, "PAYLOAD_TOO_LARGE")
        assert api.get("/api/cvs").status_code == 200  # the server is still answering


def test_not_found_codes(server: LiveServer) -> None:
    with server.client("finder", tier="enterprise") as api:
        missing_cv = api.post("/api/cover-letter", json=generation_body("cv_nope", "job_nope"))
        assert_error(missing_cv, 404, "CV_NOT_FOUND")
        cv_id = upload_cv(api)
        assert_error(api.post("/api/cover-letter", json=generation_body(cv_id, "job_nope")), 404, "JOB_NOT_FOUND")
        assert_error(api.get("/api/cvs/cv_nope"), 404, "CV_NOT_FOUND")
        assert_error(api.get("/api/jobs/job_nope"), 404, "JOB_NOT_FOUND")
        assert_error(api.get(f"/api/cover-letters/{cv_id}/job_nope"), 404, "NOT_FOUND")
        assert_error(api.delete("/api/cvs/cv_nope"), 404, "CV_NOT_FOUND")
        assert_error(api.get("/api/no-such-route"), 404, "NOT_FOUND")
        assert_error(api.put("/api/cvs"), 405, "INVALID_REQUEST")


def test_generation_with_an_inline_posting_creates_the_job(server: LiveServer) -> None:
    with server.client("inline", tier="enterprise") as api:
        cv_id = upload_cv(api)
        body = generation_body(cv_id, "my-job-1", job_description=JOB_FILE.read_text())
        response = api.post("/api/cover-letter", json=body)
        assert response.status_code == 200, response.text
        assert api.get("/api/jobs/my-job-1").json()["company_name"] == COMPANY


def test_vpr_not_found_when_required(data_dir: Path) -> None:
    with live_server(data_dir, require_vpr=True) as running, running.client("vpr") as api:
        cv_id = upload_cv(api)
        body = generation_body(cv_id, "tea-job", job_description="We are a friendly company in Leeds; we make tea.")
        assert_error(api.post("/api/cover-letter", json=body), 400, "VPR_NOT_FOUND")


def test_a_file_store_that_cannot_write_fails_the_download_not_the_letter(data_dir: Path) -> None:
    """Where the app serves the files, a version's renderings are drawn on their first download: a file store that
    cannot be written then answers that download STORAGE_ERROR (the letter itself is stored and shown), and the same
    link serves the file once the store works again."""
    with live_server(data_dir) as running, running.client("unlucky") as api:
        cv_id = upload_cv(api)
        blocked = running.settings.blob_dir / quote("unlucky", safe="")
        blocked.parent.mkdir(parents=True, exist_ok=True)
        blocked.write_bytes(b"a file where the user's folder should be")
        body = generation_body(cv_id, "inline-job", job_description=JOB_FILE.read_text())
        made = api.post("/api/cover-letter", json=body)
        assert made.status_code == 200, made.text
        link = made.json()["download_urls"]["txt"]
        assert_error(httpx.get(link), 500, "STORAGE_ERROR")

        blocked.unlink()
        served = httpx.get(link)
        assert served.status_code == 200
        assert made.json()["cover_letter"]["content"].split()[-1] in served.text


def test_unexpected_exception_is_a_500_without_traceback(data_dir: Path) -> None:
    def add_failing_route(app: FastAPI, container: Container) -> None:
        @app.get("/api/boom")
        def boom() -> None:
            raise RuntimeError("secret internals /etc/passwd")

    with live_server(data_dir, app_options={"extra_setup": add_failing_route}) as running, running.client() as api:
        response = api.get("/api/boom")
        body = assert_error(response, 500, "INTERNAL_ERROR")
        assert "secret internals" not in response.text
        assert body["error"] == "The server failed; please retry."
        assert response.headers["x-request-id"]
        assert api.get("/health").status_code == 200


# ---------------------------------------------------------------- the model provider: 502, 429, 504
@pytest.fixture(scope="module")
def stub() -> Iterator[ModelStub]:
    model = ModelStub().start()
    yield model
    model.stop()


def _llm_server(stub: ModelStub, data_dir: Path, timeout_s: float) -> AbstractContextManager[LiveServer]:
    return live_server(
        data_dir,
        llm_provider="openai",
        openai_base_url=stub.base_url,
        openai_model="stub-model",
        llm_max_retries=0,
        llm_timeout_s=timeout_s,
        rate_limits="off",
    )


@pytest.fixture(scope="module")
def llm_server(stub: ModelStub, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A deadline no answer of the stub comes near, however busy the machine: each test's outcome is the stub's."""
    with _llm_server(stub, tmp_path_factory.mktemp("llm"), timeout_s=60.0) as running:
        yield running


def _generate(server: LiveServer, user: str) -> Any:
    with server.client(user) as api:
        return api.post("/api/cover-letter", json=generation_body(upload_cv(api), "job-x", job_description=_JOB))


_JOB = JOB_FILE.read_text()


def grounded_letter() -> str:
    """A letter the model stub can return that FVS accepts: the template writer's, for the sample CV and job."""
    cv = read_cv_file(CV_FILE)
    posting = read_posting(_JOB, company_name=COMPANY, job_title=TITLE)
    brief = WritingBrief(evidence=build_evidence_map(cv, posting), preferences=Preferences(), candidate=cv.person)
    return asyncio.run(TemplateWriter().write(brief)).text


def test_model_failure_is_502(llm_server: LiveServer, stub: ModelStub) -> None:
    stub.reset(status=400)
    assert_error(_generate(llm_server, "u502"), 502, "LLM_API_ERROR")


def test_model_throttling_is_429_with_retry_after(llm_server: LiveServer, stub: ModelStub) -> None:
    stub.reset(status=429)
    response = _generate(llm_server, "u429")
    body = assert_error(response, 429, "LLM_RATE_LIMITED")
    assert body["retry_after"] > 0
    assert int(response.headers["Retry-After"]) == body["retry_after"]


def test_model_timeout_is_504(stub: ModelStub, data_dir: Path) -> None:
    stub.reset(delay_s=3.0)
    with _llm_server(stub, data_dir, timeout_s=1.0) as impatient:
        assert_error(_generate(impatient, "u504"), 504, "CV_LETTER_GENERATION_TIMEOUT")


def test_a_failed_generation_is_not_replayed(llm_server: LiveServer, stub: ModelStub) -> None:
    stub.reset(status=400)
    with llm_server.client("retrier") as api:
        body = generation_body(upload_cv(api), "job-r", job_description=_JOB)
        headers = {"Idempotency-Key": "retry-after-failure"}
        assert_error(api.post("/api/cover-letter", json=body, headers=headers), 502, "LLM_API_ERROR")
        stub.reset(reply=grounded_letter())  # the model recovers
        again = api.post("/api/cover-letter", json=body, headers=headers)
        assert again.status_code == 200, again.text
        assert "Idempotent-Replayed" not in again.headers


def test_slow_model_calls_overlap_instead_of_queueing(stub: ModelStub, data_dir: Path) -> None:
    """50 generations whose model call only answers once all 50 calls are in flight together: if anything in the
    server serialised them (a lock, a thread pool smaller than 50), the stub would see fewer and time out."""
    behaviour = stub.reset(reply=grounded_letter(), hold_until_in_flight=50, hold_timeout_s=120)
    settings = {"llm_provider": "openai", "openai_base_url": stub.base_url, "llm_max_retries": 0}
    with live_server(data_dir, llm_timeout_s=150.0, rate_limits="off", **settings) as llm_server:
        with llm_server.client("burst") as api:
            cv_id, job_id = upload_cv(api), create_job(api)

        async def burst() -> list[int]:
            async with llm_server.async_client("burst") as client:
                bodies = [generation_body(cv_id, job_id, preferences={"word_count_target": 200 + i}) for i in range(50)]
                responses = await asyncio.gather(*(client.post("/api/cover-letter", json=b) for b in bodies))
                return [r.status_code for r in responses]

        statuses = asyncio.run(burst())
    assert behaviour.max_in_flight == 50
    assert statuses == [200] * 50
