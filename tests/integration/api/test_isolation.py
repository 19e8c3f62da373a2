"""Two users: neither can read, list, change or delete the other's CVs, jobs or letters. Another user's CV (ids the
service mints) answers 403 FORBIDDEN (the documented choice); job ids, which clients may choose, are per user, so
another user's job is simply not there (404) and the same id names a job of one's own. Lists never show them."""

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
            bob.get(f"/api/cover-letters/{cv_id}/{job_id}"),
            bob.get(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 1}),
            bob.delete(f"/api/cover-letters/{cv_id}/{job_id}"),
            bob.post(f"/api/cover-letters/{cv_id}/{job_id}/verify", json={"content": content}),
            bob.post("/api/cover-letter", json=generation_body(cv_id, job_id)),
        ):
            body = assert_error(response, 403, "FORBIDDEN")
            assert content[:40] not in response.text
            assert "Kelpline" not in body["error"]

        assert_error(bob.get(f"/api/jobs/{job_id}"), 404, "JOB_NOT_FOUND")
        assert_error(bob.delete(f"/api/jobs/{job_id}"), 404, "JOB_NOT_FOUND")
        own_cv = upload_cv(bob)
        assert_error(bob.post("/api/cover-letter", json=generation_body(own_cv, job_id)), 404, "JOB_NOT_FOUND")

        assert [c["cv_id"] for c in bob.get("/api/cvs").json()["cvs"]] == [own_cv]
        assert bob.get("/api/jobs").json()["count"] == 0
        assert alice.get(f"/api/jobs/{job_id}").status_code == 200
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


def test_a_job_id_chosen_by_one_user_is_free_for_every_other(server: LiveServer) -> None:
    """The first user to say `job_id: "acme-1"` does not take the id from anyone: each gets a job of their own."""
    with server.client("dora", tier="enterprise") as dora, server.client("eve", tier="enterprise") as eve:
        written = {}
        for name, client in (("dora", dora), ("eve", eve)):
            description = f"Ledgerwell Payments is hiring a Senior Backend Engineer for {name}'s team. Go and Kafka."
            body = generation_body(upload_cv(client), "acme-1", job_description=description)
            response = client.post("/api/cover-letter", json=body)
            assert response.status_code == 200, response.text
            job = client.get("/api/jobs/acme-1")
            assert job.status_code == 200, job.text
            written[name] = job.json()["description"]
        assert "dora's team" in written["dora"]
        assert "eve's team" in written["eve"]
        assert dora.get("/api/jobs/acme-1").json()["description"] == written["dora"]
