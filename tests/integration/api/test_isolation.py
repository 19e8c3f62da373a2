"""Two users: neither can read, list, change or delete the other's CVs, jobs or letters. Another user's resource
answers 403 FORBIDDEN (the documented choice); lists simply never show it."""

from __future__ import annotations

from .live import LiveServer, assert_error, create_job, generation_body, upload_cv


def test_users_cannot_reach_each_others_data(server: LiveServer) -> None:
    with server.client("alice", tier="enterprise") as alice, server.client("bob", tier="enterprise") as bob:
        cv_id, job_id = upload_cv(alice), create_job(alice)
        generated = alice.post("/api/cover-letter", json=generation_body(cv_id, job_id))
        assert generated.status_code == 200, generated.text
        content = generated.json()["cover_letter"]["content"]

        for response in (
            bob.get(f"/api/cvs/{cv_id}"),
            bob.delete(f"/api/cvs/{cv_id}"),
            bob.get(f"/api/jobs/{job_id}"),
            bob.delete(f"/api/jobs/{job_id}"),
            bob.get(f"/api/cover-letters/{cv_id}/{job_id}"),
            bob.get(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 1}),
            bob.delete(f"/api/cover-letters/{cv_id}/{job_id}"),
            bob.post(f"/api/cover-letters/{cv_id}/{job_id}/verify", json={"content": content}),
            bob.post("/api/cover-letter", json=generation_body(cv_id, job_id)),
        ):
            body = assert_error(response, 403, "FORBIDDEN")
            assert content[:40] not in response.text
            assert "Kelpline" not in body["error"]

        own_cv = upload_cv(bob)
        assert_error(bob.post("/api/cover-letter", json=generation_body(own_cv, job_id)), 403, "FORBIDDEN")
        hijack = generation_body(own_cv, job_id, job_description="A job description of bob's own.")
        assert_error(bob.post("/api/cover-letter", json=hijack), 403, "FORBIDDEN")

        assert [c["cv_id"] for c in bob.get("/api/cvs").json()["cvs"]] == [own_cv]
        assert bob.get("/api/jobs").json()["count"] == 0
        assert bob.get("/api/cover-letters").json()["count"] == 0
        assert bob.get("/api/cover-letters", params={"cv_id": cv_id}).json()["count"] == 0

        assert bob.delete("/api/me").json() == {"deleted": 1}  # only bob's own CV
        assert_error(bob.get("/api/cvs"), 401, "UNAUTHORIZED")  # bob's token died with his account
        assert alice.get(f"/api/cvs/{cv_id}").status_code == 200
        assert alice.get(f"/api/cover-letters/{cv_id}/{job_id}").json()["cover_letter"]["content"] == content


def test_unknown_ids_are_404_not_403(server: LiveServer) -> None:
    with server.client("carol") as carol:
        assert_error(carol.get("/api/cvs/cv_does_not_exist"), 404, "CV_NOT_FOUND")
        assert_error(carol.get("/api/cover-letters/cv_x/job_y"), 404, "NOT_FOUND")
