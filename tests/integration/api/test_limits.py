"""Rate limits over HTTP: atomic under a burst, headers on every generation response, Retry-After on 429."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from .live import FakeClock, LiveServer, create_job, generation_body, live_server, upload_cv


def test_burst_of_20_free_tier_generations_lets_exactly_5_through(tmp_path: Path) -> None:
    """(A clock that stands still: the burst must not straddle a minute boundary.)"""
    clock = FakeClock()
    with live_server(tmp_path / "data", clock=clock) as server:
        _burst_against(server, int(clock.now().timestamp()))


def _burst_against(server: LiveServer, now: int) -> None:
    with server.client("bursty") as api:
        cv_id, job_id = upload_cv(api), create_job(api)

    async def burst() -> list[httpx.Response]:
        async with server.async_client("bursty") as client:
            bodies = [generation_body(cv_id, job_id, preferences={"word_count_target": 200 + i}) for i in range(20)]
            return await asyncio.gather(*(client.post("/api/cover-letter", json=b) for b in bodies))

    responses = asyncio.run(burst())
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 5 + [429] * 15
    for response in responses:
        assert response.headers["X-RateLimit-Limit"] == "5"
        assert int(response.headers["X-RateLimit-Reset"]) > now
        if response.status_code == 429:
            body = response.json()
            assert body["code"] == "RATE_LIMIT_EXCEEDED"
            assert body["success"] is False
            assert 1 <= body["retry_after"] <= 60
            assert response.headers["Retry-After"] == str(body["retry_after"])
            assert response.headers["X-RateLimit-Remaining"] == "0"
    remaining = sorted(int(r.headers["X-RateLimit-Remaining"]) for r in responses if r.status_code == 200)
    assert remaining == [0, 1, 2, 3, 4]
    with server.client("bursty") as api:
        assert api.get("/api/cover-letters").json()["count"] == 5
        assert api.get("/api/cvs").status_code == 200  # only generation counts


def test_tiers_and_users_have_their_own_quota(server: LiveServer) -> None:
    with server.client("quota-a") as a, server.client("quota-b", tier="premium") as b:
        a_cv, a_job = upload_cv(a), create_job(a)
        b_cv, b_job = upload_cv(b), create_job(b)
        first_a = a.post("/api/cover-letter", json=generation_body(a_cv, a_job))
        first_b = b.post("/api/cover-letter", json=generation_body(b_cv, b_job))
        assert (first_a.headers["X-RateLimit-Limit"], first_a.headers["X-RateLimit-Remaining"]) == ("5", "4")
        assert (first_b.headers["X-RateLimit-Limit"], first_b.headers["X-RateLimit-Remaining"]) == ("15", "14")


def test_limits_can_be_switched_off(data_dir: Path) -> None:
    with live_server(data_dir, rate_limits="off") as running, running.client("bench") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        for words in range(200, 208):
            response = api.post(
                "/api/cover-letter", json=generation_body(cv_id, job_id, preferences={"word_count_target": words})
            )
            assert response.status_code == 200, response.text
            assert "X-RateLimit-Limit" not in response.headers
        assert running.client().get("/health").json()["rate_limits"] is False


def test_replays_never_cost_quota(tmp_path: Path) -> None:
    """Free tier, 5 a minute: one letter replayed ten times leaves four generations, and the replays say so.
    (A clock that stands still: the minute window must not roll over mid-test.)"""
    with live_server(tmp_path / "data", clock=FakeClock()) as server, server.client("replayer") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        body = generation_body(cv_id, job_id)
        first = api.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "once"})
        assert first.status_code == 200, first.text
        assert first.headers["X-RateLimit-Remaining"] == "4"
        for _ in range(10):
            replay = api.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "once"})
            assert replay.status_code == 200, replay.text
            assert replay.headers["Idempotent-Replayed"] == "true"
            assert replay.headers["X-RateLimit-Remaining"] == "4"
        fresh = [
            api.post("/api/cover-letter", json=body, headers={"Idempotency-Key": f"new-{i}"}).status_code
            for i in range(5)
        ]
        assert fresh == [200, 200, 200, 200, 429]
        spent = api.post("/api/cover-letter", json=body, headers={"Idempotency-Key": "once"})
        assert spent.status_code == 200  # a spent quota still replays what was already paid for
        assert spent.headers["X-RateLimit-Remaining"] == "0"


def test_every_answer_to_a_known_user_carries_the_rate_headers(tmp_path: Path) -> None:
    clock = FakeClock()
    now = int(clock.now().timestamp())
    with live_server(tmp_path / "data", clock=clock) as server, server.client("header-reader") as api:
        cv_id = upload_cv(api)
        answers = {
            "invalid body": api.post("/api/cover-letter", json={"cv_id": cv_id}),
            "unknown field": api.post("/api/cover-letter", json={**generation_body(cv_id, "j"), "extra": 1}),
            "not json": api.post("/api/cover-letter", content=b"{", headers={"Content-Type": "application/json"}),
            "unknown cv": api.get("/api/cvs/cv_nope"),
            "list": api.get("/api/cvs"),
            "invalid job": api.post("/api/jobs", json={"company_name": "Acme"}),
        }
        for what, response in answers.items():
            assert response.headers.get("X-RateLimit-Limit") == "5", what
            assert response.headers.get("X-RateLimit-Remaining") == "5", what  # nothing was generated
            assert int(response.headers["X-RateLimit-Reset"]) > now, what
        assert answers["invalid body"].status_code == 400
        with server.client() as anonymous:
            assert "X-RateLimit-Limit" not in anonymous.get("/api/cvs").headers  # no user: nothing to report


def test_verifying_an_edit_counts_against_the_quota(tmp_path: Path) -> None:
    """A verification runs a generation's checks, so it costs what a generation costs: free tier, 5 a minute."""
    with live_server(tmp_path / "data", clock=FakeClock()) as server, server.client("verifier") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        letter = api.post("/api/cover-letter", json=generation_body(cv_id, job_id))
        assert letter.status_code == 200, letter.text
        content = letter.json()["cover_letter"]["content"]
        verify = f"/api/cover-letters/{cv_id}/{job_id}/verify"
        answers = [api.post(verify, json={"content": content}) for _ in range(5)]
        assert [a.status_code for a in answers] == [200, 200, 200, 200, 429]
        assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["3", "2", "1", "0", "0"]
        refused = answers[-1]
        assert refused.json()["code"] == "RATE_LIMIT_EXCEEDED"
        assert int(refused.headers["Retry-After"]) >= 1
        assert (
            api.post(
                "/api/cover-letter", json=generation_body(cv_id, job_id, preferences={"tone": "technical"})
            ).status_code
            == 429
        )
