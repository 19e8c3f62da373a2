"""Idempotency over HTTP: a repeated request returns the stored result and generates nothing new, even when the
two copies arrive at the same moment."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import httpx

from .live import LiveServer, assert_error, create_job, generation_body, upload_cv


def test_same_key_returns_the_stored_letter(server: LiveServer) -> None:
    with server.client("idem-1", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        body = generation_body(cv_id, job_id)
        headers = {"Idempotency-Key": "order-123"}
        first = api.post("/api/cover-letter", json=body, headers=headers)
        again = api.post("/api/cover-letter", json=body, headers=headers)
        assert first.status_code == again.status_code == 200
        assert again.headers["Idempotent-Replayed"] == "true"
        assert "Idempotent-Replayed" not in first.headers
        assert again.json()["cover_letter"] == first.json()["cover_letter"]
        assert httpx.get(again.json()["download_url"], timeout=120).content.startswith(b"%PDF")  # drawn now
        assert api.get("/api/cover-letters").json()["count"] == 1

        other_body = generation_body(cv_id, job_id, preferences={"tone": "enthusiastic"})
        misuse = api.post("/api/cover-letter", json=other_body, headers=headers)
        assert assert_error(misuse, 400, "INVALID_REQUEST")["field"] == "Idempotency-Key"

        fresh_key = api.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "order-124"})
        assert fresh_key.json()["cover_letter"]["version"] == 2


def test_without_a_key_the_same_body_is_replayed_and_another_body_is_not(server: LiveServer) -> None:
    with server.client("idem-2", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        body = generation_body(cv_id, job_id)
        first = api.post("/api/cover-letter", json=body).json()
        second = api.post("/api/cover-letter", json=body)
        assert second.headers["Idempotent-Replayed"] == "true"
        assert second.json()["cover_letter"]["cover_letter_id"] == first["cover_letter"]["cover_letter_id"]
        changed = api.post(
            "/api/cover-letter", json=generation_body(cv_id, job_id, preferences={"tone": "enthusiastic"})
        )
        assert changed.status_code == 200, changed.text
        assert "Idempotent-Replayed" not in changed.headers
        assert changed.json()["cover_letter"]["version"] == 2


def test_simultaneous_duplicates_generate_once(server: LiveServer) -> None:
    with server.client("idem-3", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
    body = generation_body(cv_id, job_id)

    async def together() -> list[httpx.Response]:
        async with server.async_client("idem-3", tier="enterprise") as client:
            return await asyncio.gather(
                *(
                    client.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "same-moment"})
                    for _ in range(6)
                )
            )

    responses = asyncio.run(together())
    assert [r.status_code for r in responses] == [200] * 6
    assert len({r.json()["cover_letter"]["cover_letter_id"] for r in responses}) == 1
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in responses) == 5
    with server.client("idem-3", tier="enterprise") as api:
        assert api.get("/api/cover-letters").json()["count"] == 1


def test_a_new_letter_is_answered_with_the_bytes_its_retries_will_get(server: LiveServer) -> None:
    """One serialisation per answer: the stored record and the HTTP body are the same JSON, links absolute."""
    with server.client("idem-4", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        first = api.post("/api/cover-letter", json=generation_body(cv_id, job_id), headers={"Idempotency-Key": "b-1"})
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "application/json"
    with sqlite3.connect(server.settings.data_dir / "careervp.sqlite3") as db:
        (stored,) = db.execute("SELECT response FROM idempotency WHERE key = ?", ("key#b-1",)).fetchone()
    assert stored.encode() == first.content
    assert json.loads(stored)["download_url"].startswith(f"{server.base_url}/downloads/")
