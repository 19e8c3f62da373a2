"""IDOR: Bob, with a valid token of his own, aims every route at Alice's ids. He must get no data and change nothing.

Alice registers a CV and a job and generates a letter. Bob then calls every /api operation in /openapi.json with
Alice's cv_id and job_id filled in (and the explicit variations: ?version, filters, verify, his CV with her job,
her Idempotency-Key, her download links edited). Every answer must be a refusal (403/404) or an empty list, none may
contain anything of Alice's (her name, her letter, her CV text), and afterwards Alice's data must be intact.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from fuzz.live import LiveServer

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
CV_FILE = SAMPLE / "cvs" / "lena_marwick.md"
POSTING = SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md"
COMPANY, TITLE = "Ledgerwell Payments", "Senior Backend Engineer"
REFUSALS = {403, 404}


@dataclass
class Alice:
    auth: dict[str, str]
    cv_id: str
    job_id: str
    letter: dict[str, Any]
    secrets: list[str]  # strings only Alice's data contains


def _client(server: LiveServer, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60)


@pytest.fixture(scope="module")
def alice(local_server: LiveServer) -> Alice:
    token = local_server.token("idor-alice", tier="enterprise")
    with _client(local_server, token) as client:
        with CV_FILE.open("rb") as handle:
            cv = client.post("/api/cvs", files={"file": ("alice.md", handle, "text/markdown")})
        assert cv.status_code == 201, cv.text
        job = client.post(
            "/api/jobs",
            json={"company_name": COMPANY, "job_title": TITLE, "description": POSTING.read_text(encoding="utf-8")},
        )
        assert job.status_code == 201, job.text
        body = {
            "cv_id": cv.json()["cv_id"],
            "job_id": job.json()["job_id"],
            "company_name": COMPANY,
            "job_title": TITLE,
        }
        letter = client.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "alice-key-1"})
        assert letter.status_code == 200, letter.text
    content = letter.json()["cover_letter"]["content"]
    paragraph = max(content.split("\n\n"), key=len)
    return Alice(
        auth={"Authorization": f"Bearer {token}"},
        cv_id=cv.json()["cv_id"],
        job_id=job.json()["job_id"],
        letter=letter.json(),
        secrets=["Lena Marwick", "Kelpline", paragraph[:80]],
    )


@pytest.fixture(scope="module")
def bob(local_server: LiveServer) -> httpx.Client:
    token = local_server.token("idor-bob", tier="enterprise")
    with _client(local_server, token) as client:
        yield client


def _assert_nothing_of_alice(response: httpx.Response, alice: Alice, what: str) -> None:
    for secret in alice.secrets:
        assert secret not in response.text, f"{what} leaked {secret!r}: {response.text[:300]}"


def _fill(path: str, alice: Alice) -> str:
    return path.replace("{cv_id}", alice.cv_id).replace("{job_id}", alice.job_id)


def test_every_route_with_alices_ids_gives_bob_nothing(
    local_server: LiveServer, alice: Alice, bob: httpx.Client
) -> None:
    spec = httpx.get(f"{local_server.base_url}/openapi.json", timeout=30).json()
    tried = 0
    for path, operations in spec["paths"].items():
        if not path.startswith("/api") or "{" not in path:
            continue
        for method in operations:
            if method not in {"get", "post", "delete"}:
                continue
            url = _fill(path, alice)
            body = {"content": "Dear Hiring Manager, hello."} if path.endswith("/verify") else None
            response = bob.request(method.upper(), url, json=body)
            what = f"{method.upper()} {path}"
            assert response.status_code in REFUSALS, f"{what}: {response.status_code} {response.text[:200]}"
            _assert_nothing_of_alice(response, alice, what)
            tried += 1
    assert tried >= 6, f"only {tried} operations with ids found"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/cover-letters/{cv_id}/{job_id}?version=1", None),
        ("DELETE", "/api/cover-letters/{cv_id}/{job_id}?version=1", None),
        ("POST", "/api/cover-letters/{cv_id}/{job_id}/verify?save=true", {"content": "Dear Hiring Manager, hi."}),
        ("POST", "/api/cover-letter", {"cv_id": "{cv_id}", "job_id": "{job_id}"}),
        ("POST", "/api/cover-letter", {"cv_id": "{cv_id}", "job_id": "bob-new-job", "job_description": "x y z"}),
    ],
)
def test_explicit_variations_are_refused(
    alice: Alice, bob: httpx.Client, method: str, path: str, body: dict[str, Any] | None
) -> None:
    if body is not None and "cv_id" in body:
        body = {k: _fill(v, alice) for k, v in body.items()} | {"company_name": COMPANY, "job_title": TITLE}
    response = bob.request(method, _fill(path, alice), json=body)
    assert response.status_code in REFUSALS, response.text[:300]
    _assert_nothing_of_alice(response, alice, f"{method} {path}")


def test_lists_filtered_by_alices_ids_are_empty_for_bob(alice: Alice, bob: httpx.Client) -> None:
    for query in (f"?cv_id={alice.cv_id}", f"?job_id={alice.job_id}", f"?cv_id={alice.cv_id}&job_id={alice.job_id}"):
        response = bob.get(f"/api/cover-letters{query}")
        assert response.status_code in {200, *REFUSALS}
        if response.status_code == 200:
            assert response.json()["count"] == 0
        _assert_nothing_of_alice(response, alice, f"list {query}")
    for path in ("/api/cvs", "/api/jobs", "/api/cover-letters"):
        response = bob.get(path)
        assert response.status_code == 200
        _assert_nothing_of_alice(response, alice, path)


def test_bobs_cv_with_alices_job_is_refused(local_server: LiveServer, alice: Alice, bob: httpx.Client) -> None:
    with CV_FILE.open("rb") as handle:
        mine = bob.post("/api/cvs", files={"file": ("bob.md", handle, "text/markdown")})
    assert mine.status_code == 201
    body = {"cv_id": mine.json()["cv_id"], "job_id": alice.job_id, "company_name": COMPANY, "job_title": TITLE}
    response = bob.post("/api/cover-letter", json=body)
    assert response.status_code in REFUSALS, response.text[:300]


def test_alices_idempotency_key_does_not_replay_her_letter_to_bob(alice: Alice, bob: httpx.Client) -> None:
    body = {"cv_id": alice.cv_id, "job_id": alice.job_id, "company_name": COMPANY, "job_title": TITLE}
    response = bob.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "alice-key-1"})
    assert response.status_code in REFUSALS, response.text[:300]
    _assert_nothing_of_alice(response, alice, "replay with Alice's key")


def test_download_links_cannot_be_edited_to_reach_other_files(local_server: LiveServer, alice: Alice) -> None:
    """A signed link opens exactly its own file: changing the format, the version or the owner in it is a 403."""
    url = httpx.URL(alice.letter["download_url"])
    assert httpx.get(str(url), timeout=30).status_code == 200
    path = url.path
    edits = [
        path.replace(".pdf", ".docx"),
        path.replace("/v1.", "/v2."),
        path.replace("idor-alice", "idor-bob"),
        path.replace("idor-alice", "idor-alice/../idor-bob"),
    ]
    for edited in edits:
        assert edited != path
        response = httpx.get(str(url.copy_with(path=edited)), timeout=30)
        assert response.status_code in REFUSALS, f"{edited}: {response.status_code}"
    forged = url.copy_set_param("exp", str(int(url.params["exp"]) + 86_400))
    assert httpx.get(str(forged), timeout=30).status_code == 403


def test_alices_data_is_intact_after_bobs_attempts(local_server: LiveServer, alice: Alice) -> None:
    with httpx.Client(base_url=local_server.base_url, headers=alice.auth, timeout=60) as client:
        assert client.get(f"/api/cvs/{alice.cv_id}").status_code == 200
        assert client.get(f"/api/jobs/{alice.job_id}").status_code == 200
        letter = client.get(f"/api/cover-letters/{alice.cv_id}/{alice.job_id}")
        assert letter.status_code == 200
        assert letter.json()["cover_letter"]["content"] == alice.letter["cover_letter"]["content"]
