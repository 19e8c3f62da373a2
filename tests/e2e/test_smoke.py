"""Smoke: a handful of safe, read-only checks that a stage is up, wired and guarded. Safe to run against prod."""

from __future__ import annotations

from .conftest import Target

ERROR_KEYS = {"success", "cover_letter", "error", "code", "processing_time_ms", "cost_estimate"}


def test_health_answers_without_a_token(target: Target) -> None:
    with target.client() as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json(), dict)


def test_api_refuses_a_missing_token_with_the_contract_body(target: Target) -> None:
    with target.client() as client:
        response = client.get("/api/cvs")
    assert response.status_code == 401
    body = response.json()
    assert set(body) >= ERROR_KEYS
    assert (body["success"], body["code"], body["cover_letter"]) == (False, "UNAUTHORIZED", None)


def test_api_refuses_a_forged_token(target: Target) -> None:
    forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."  # alg "none", no signature
    with target.client(forged) as client:
        response = client.get("/api/cvs")
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORIZED"


def test_the_test_user_can_list_their_cvs(target: Target) -> None:
    with target.client(target.token) as client:
        response = client.get("/api/cvs")
    assert response.status_code == 200
    body = response.json()
    assert isinstance(body["cvs"], list)
    assert body["count"] == len(body["cvs"])


def test_generation_validates_input_before_any_work(target: Target) -> None:
    with target.client(target.token) as client:
        response = client.post("/api/cover-letter", json={"cv_id": "x", "unexpected": 1})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "INVALID_REQUEST"
    assert set(body) >= ERROR_KEYS
