"""End to end through HTTP only: upload a CV, register a job, generate, regenerate, replay, read versions, download
every format, cross-user isolation, and erasure. Creates data for the test user and erases it at the end, so point
TEST_JWT_TOKEN at a dedicated test user."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .conftest import CORPUS, TIMEOUT_S, Target

CV_FILE = CORPUS / "cvs" / "lena_marwick.md"
JOB_FILE = CORPUS / "jobs" / "ledgerwell_senior_backend_engineer.md"
COMPANY, TITLE = "Ledgerwell Payments", "Senior Backend Engineer"
SUCCESS_CODES = {"COVER_LETTER_GENERATED_SUCCESS", "COVER_LETTER_GENERATED_WITH_WARNINGS"}


@pytest.fixture(scope="module")
def api(target: Target) -> Iterator[httpx.Client]:
    with target.client(target.token) as client:
        yield client
        # Remove what the suite created, even after a failure. Not DELETE /api/me: that also revokes the token,
        # which the smoke suite (and an operator's next run) still needs.
        for kind, key in (("cvs", "cv_id"), ("jobs", "job_id")):
            listing = client.get(f"/api/{kind}")
            if listing.status_code == 200:
                for item in listing.json().get(kind, []):
                    client.delete(f"/api/{kind}/{item[key]}")


@pytest.fixture(scope="module")
def library(api: httpx.Client) -> dict[str, str]:
    upload = api.post("/api/cvs", files={"file": ("cv.md", CV_FILE.read_bytes(), "text/markdown")})
    assert upload.status_code == 201, upload.text
    job = api.post("/api/jobs", json={"company_name": COMPANY, "job_title": TITLE, "description": JOB_FILE.read_text()})
    assert job.status_code == 201, job.text
    return {"cv_id": upload.json()["cv_id"], "job_id": job.json()["job_id"]}


def _request(library: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {**library, "company_name": COMPANY, "job_title": TITLE, **extra}


@pytest.fixture(scope="module")
def first_letter(api: httpx.Client, library: dict[str, str]) -> httpx.Response:
    return api.post(
        "/api/cover-letter",
        json=_request(library, preferences={"tone": "technical", "word_count_target": 300}),
        headers={"Idempotency-Key": f"e2e-{uuid.uuid4()}"},
    )


def test_generation_returns_the_contract_response(first_letter: httpx.Response, library: dict[str, str]) -> None:
    assert first_letter.status_code == 200, first_letter.text
    body = first_letter.json()
    assert body["success"] is True
    assert body["code"] in SUCCESS_CODES
    letter = body["cover_letter"]
    assert (letter["cv_id"], letter["job_id"], letter["version"]) == (library["cv_id"], library["job_id"], 1)
    assert (letter["company_name"], letter["job_title"]) == (COMPANY, TITLE)
    assert COMPANY.split()[0] in letter["content"]
    assert letter["word_count"] > 100
    for score in ("personalization_score", "relevance_score", "tone_score"):
        assert 0.0 <= letter[score] <= 1.0
    assert 0.5 <= body["quality_score"] <= 1.0
    assert body["fvs_validation"]["is_valid"] is True
    assert body["fvs_validation"]["company_name_verified"] is True
    assert isinstance(body["processing_time_ms"], int)
    assert body["cost_estimate"] >= 0.0
    assert body["download_url"]
    for header in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
        assert int(first_letter.headers[header]) >= 0


def test_same_idempotency_key_replays_without_generating_again(api: httpx.Client, library: dict[str, str]) -> None:
    key = f"e2e-{uuid.uuid4()}"
    first = api.post("/api/cover-letter", json=_request(library), headers={"Idempotency-Key": key})
    again = api.post("/api/cover-letter", json=_request(library), headers={"Idempotency-Key": key})
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json()["cover_letter"] == first.json()["cover_letter"]
    assert again.headers.get("idempotent-replayed") == "true"


def test_versions_are_kept_and_readable(
    api: httpx.Client, library: dict[str, str], first_letter: httpx.Response
) -> None:
    assert first_letter.status_code == 200
    fresh = api.post("/api/cover-letter", json=_request(library), headers={"Idempotency-Key": f"e2e-{uuid.uuid4()}"})
    assert fresh.status_code == 200, fresh.text
    newest = fresh.json()["cover_letter"]["version"]
    assert newest >= 2
    path = f"/api/cover-letters/{library['cv_id']}/{library['job_id']}"
    latest = api.get(path)
    assert latest.status_code == 200
    assert latest.json()["cover_letter"]["version"] == newest
    original = api.get(path, params={"version": 1})
    assert original.status_code == 200
    assert original.json()["cover_letter"]["content"] == first_letter.json()["cover_letter"]["content"]
    listed = api.get("/api/cover-letters").json()
    assert {v["cover_letter"]["version"] for v in listed["cover_letters"]} >= {1, newest}


def test_every_download_format_opens(api: httpx.Client, library: dict[str, str], target: Target) -> None:
    view = api.get(f"/api/cover-letters/{library['cv_id']}/{library['job_id']}", params={"version": 1}).json()
    urls = view["download_urls"]
    assert set(urls) == {"pdf", "docx", "md", "txt"}
    if not os.environ.get("E2E_CUSTOM_DOMAIN"):
        # Links are on the address the suite called, stage included (API Gateway's /dev, /prod...).
        assert all(url.startswith(f"{target.base_url}/downloads/") for url in urls.values()), urls
    # A browser opening the link sends no token: the URL alone must be enough (the route has no authorizer).
    with httpx.Client(timeout=TIMEOUT_S, follow_redirects=True) as anonymous:
        files = {fmt: anonymous.get(url) for fmt, url in urls.items()}
    assert all(r.status_code == 200 for r in files.values()), {f: r.status_code for f, r in files.items()}
    assert files["pdf"].content.startswith(b"%PDF")
    assert files["docx"].content.startswith(b"PK")  # a zip container
    assert COMPANY.split()[0] in files["txt"].text
    assert COMPANY.split()[0] in files["md"].text


def test_errors_carry_the_contract_codes(api: httpx.Client, library: dict[str, str]) -> None:
    missing = api.post("/api/cover-letter", json=_request(library, cv_id=f"missing-{uuid.uuid4().hex}"))
    assert (missing.status_code, missing.json()["code"]) == (404, "CV_NOT_FOUND")
    invalid = api.post("/api/cover-letter", json=_request(library, company_name="<script>"))
    assert (invalid.status_code, invalid.json()["code"]) == (400, "INVALID_REQUEST")


def test_another_user_cannot_read_or_use_this_users_data(target: Target, library: dict[str, str]) -> None:
    if target.second_token is None:
        pytest.skip("set TEST_JWT_TOKEN_2 (a second test user) to run the isolation check against a stage")
    with target.client(target.second_token) as other:
        cv = other.get(f"/api/cvs/{library['cv_id']}")
        generate = other.post("/api/cover-letter", json=_request(library))
        letters = other.get("/api/cover-letters").json()
    assert (cv.status_code, cv.json()["code"]) == (403, "FORBIDDEN")
    assert (generate.status_code, generate.json()["code"]) == (403, "FORBIDDEN")
    assert all(v["cover_letter"]["cv_id"] != library["cv_id"] for v in letters["cover_letters"])


def test_erasure_removes_everything_of_the_user(target: Target) -> None:
    """A throwaway user, so the other tests' data and tokens stay; erasure revokes the user's tokens too."""
    if target.throwaway_token is None:
        pytest.skip("set TEST_JWT_TOKEN_ERASABLE to a disposable test user's token to run erasure on a deployed stage")
    with target.client(target.throwaway_token) as client:
        upload = client.post("/api/cvs", files={"file": ("cv.md", CV_FILE.read_bytes(), "text/markdown")})
        assert upload.status_code == 201
        cv_id = upload.json()["cv_id"]
        erased = client.delete("/api/me")
        assert erased.status_code == 200, erased.text
        gone = client.get(f"/api/cvs/{cv_id}")
        assert gone.status_code in {401, 404}  # revoked token, or nothing left: either way no data
        assert cv_id not in gone.text
    with target.client(target.token) as other:
        assert other.get(f"/api/cvs/{cv_id}").status_code in {403, 404}
