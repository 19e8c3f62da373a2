"""The whole journey over HTTP on the embedded defaults: upload, register a job, generate, list, fetch versions,
download every format and open it, edit and re-verify, delete."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import httpx
from docx import Document
from pypdf import PdfReader

from careervp.core.auth import mint_local_token

from .live import COMPANY, SAMPLE, TITLE, LiveServer, assert_error, create_job, generation_body, upload_cv


def test_full_flow(server: LiveServer) -> None:
    with server.client("flow-user", tier="enterprise") as api:
        cv_id = upload_cv(api)
        job_id = create_job(api)

        first = api.post("/api/cover-letter", json=generation_body(cv_id, job_id))
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["success"] is True
        assert body["code"] in {"COVER_LETTER_GENERATED_SUCCESS", "COVER_LETTER_GENERATED_WITH_WARNINGS"}
        letter = body["cover_letter"]
        assert (letter["cv_id"], letter["job_id"], letter["user_id"], letter["version"]) == (
            cv_id,
            job_id,
            "flow-user",
            1,
        )
        assert COMPANY in letter["content"]
        assert letter["word_count"] > 100
        for score in ("personalization_score", "relevance_score", "tone_score"):
            assert 0 <= letter[score] <= 1
        expected = (
            0.40 * letter["personalization_score"] + 0.35 * letter["relevance_score"] + 0.25 * letter["tone_score"]
        )
        assert abs(body["quality_score"] - expected) < 0.011
        assert body["fvs_validation"]["company_name_verified"] is True
        assert body["fvs_validation"]["job_title_verified"] is True
        assert body["download_url"].startswith(server.base_url + "/downloads/")
        assert set(body["download_urls"]) == {"pdf", "docx", "md", "txt"}
        assert int(first.headers["X-RateLimit-Limit"]) == 50
        assert int(first.headers["X-RateLimit-Remaining"]) == 49
        assert int(first.headers["X-RateLimit-Reset"]) > 0

        second = api.post(
            "/api/cover-letter",
            json=generation_body(cv_id, job_id, preferences={"tone": "enthusiastic", "word_count_target": 250}),
        )
        assert second.status_code == 200, second.text
        assert second.json()["cover_letter"]["version"] == 2

        listed = api.get("/api/cover-letters", params={"cv_id": cv_id, "job_id": job_id}).json()
        assert [item["cover_letter"]["version"] for item in listed["cover_letters"]] == [1, 2]
        assert listed["count"] == 2
        assert api.get("/api/cover-letters").json()["count"] == 2

        latest = api.get(f"/api/cover-letters/{cv_id}/{job_id}").json()
        assert latest["cover_letter"]["version"] == 2
        assert latest["preferences"]["tone"] == "enthusiastic"
        v1 = api.get(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 1}).json()
        assert v1["cover_letter"]["content"] == letter["content"]
        assert v1["cover_letter"]["cover_letter_id"] == letter["cover_letter_id"]

        _download_every_format(body["download_urls"])
        _download_every_format(v1["download_urls"])  # links signed afresh on read work too


def _download_every_format(urls: dict[str, str]) -> None:
    with httpx.Client(timeout=60) as anonymous:  # the signed link is the credential: no bearer token
        pdf = anonymous.get(urls["pdf"])
        assert pdf.status_code == 200
        assert pdf.headers["content-type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF")
        reader = PdfReader(io.BytesIO(pdf.content))
        assert len(reader.pages) == 1
        assert COMPANY in " ".join(reader.pages[0].extract_text().split())
        assert "attachment" in pdf.headers["content-disposition"]

        docx = anonymous.get(urls["docx"])
        assert docx.status_code == 200
        document = Document(io.BytesIO(docx.content))
        assert COMPANY in "\n".join(p.text for p in document.paragraphs)

        for fmt in ("md", "txt"):
            text = anonymous.get(urls[fmt])
            assert text.status_code == 200
            assert text.headers["content-type"].startswith("text/")
            assert COMPANY in text.text


def test_cv_formats_and_reads(server: LiveServer) -> None:
    with server.client("reader-user") as api:
        json_resume = next((SAMPLE.parent.parent.parent / "tests" / "fixtures").glob("**/*.json"), None)
        resume = {
            "basics": {"name": "Ada Quinn", "email": "ada@example.org", "label": "Data Engineer"},
            "work": [
                {
                    "name": "Northwind Analytics",
                    "position": "Data Engineer",
                    "startDate": "2019-03",
                    "endDate": "2024-06",
                    "highlights": ["Cut pipeline costs by 35% by moving batch jobs to Spark on Kubernetes"],
                }
            ],
            "skills": [{"name": "Data", "keywords": ["Python", "Spark", "SQL"]}],
        }
        created = api.post("/api/cvs", content=json.dumps(resume), headers={"Content-Type": "application/json"})
        assert created.status_code == 201, created.text
        detail = created.json()
        assert detail["candidate_name"] == "Ada Quinn"
        assert detail["cv"]["experience"][0]["employer"] == "Northwind Analytics"
        assert json_resume is None or json_resume.exists()

        fetched = api.get(f"/api/cvs/{detail['cv_id']}")
        assert fetched.status_code == 200
        assert fetched.json()["cv"] == detail["cv"]
        listed = api.get("/api/cvs").json()
        assert [c["cv_id"] for c in listed["cvs"]] == [detail["cv_id"]]
        assert "cv" not in listed["cvs"][0]

        job = api.post(
            "/api/jobs",
            json={
                "company_name": "Zürich Ledger AG",
                "job_title": "Data Engineer (m/f/d)",
                "description": "We are hiring a data engineer.\n\nRequirements:\n- Python\n- Spark\n- SQL",
                "url": "https://jobs.example.com/1",
            },
        )
        assert job.status_code == 201, job.text
        assert job.json()["posting"]["company_name"] == "Zürich Ledger AG"
        assert api.get(f"/api/jobs/{job.json()['job_id']}").json()["url"] == "https://jobs.example.com/1"
        assert api.get("/api/jobs").json()["count"] == 1


def test_edit_verify_and_save_as_new_version(server: LiveServer) -> None:
    with server.client("editor", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        original = api.post("/api/cover-letter", json=generation_body(cv_id, job_id)).json()["cover_letter"]
        edited = original["content"].replace("Dear Hiring Manager,", "Dear Ledgerwell team,")

        checked = api.post(f"/api/cover-letters/{cv_id}/{job_id}/verify", json={"content": edited, "version": 1})
        assert checked.status_code == 200, checked.text
        result = checked.json()
        assert result["fvs_validation"]["is_valid"] is True
        assert result["saved"] is None
        assert 0 <= result["quality_score"] <= 1
        assert api.get("/api/cover-letters", params={"cv_id": cv_id}).json()["count"] == 1

        saved = api.post(
            f"/api/cover-letters/{cv_id}/{job_id}/verify", params={"save": "true"}, json={"content": edited}
        )
        assert saved.status_code == 200, saved.text
        version = saved.json()["saved"]
        assert version["cover_letter"]["version"] == 2
        assert version["edited"] is True
        assert version["cover_letter"]["content"] == edited
        assert httpx.get(version["download_urls"]["txt"]).text.count("Dear Ledgerwell team,") == 1

        invented = edited.replace("Thank you for your consideration.", "I also hold a PhD in Astrophysics from MIT.")
        assert invented != edited
        refused = api.post(
            f"/api/cover-letters/{cv_id}/{job_id}/verify", params={"save": "true"}, json={"content": invented}
        )
        failure = assert_error(refused, 400, "FVS_HALLUCINATION_DETECTED")
        assert failure["fvs_validation"]["is_valid"] is False
        assert api.get(f"/api/cover-letters/{cv_id}/{job_id}").json()["cover_letter"]["version"] == 2


def test_deletes(server: LiveServer) -> None:
    with server.client("deleter", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        for words in (250, 300):  # different bodies: two generations, not a replay
            body = generation_body(cv_id, job_id, preferences={"word_count_target": words})
            assert api.post("/api/cover-letter", json=body).status_code == 200
        v2 = api.get(f"/api/cover-letters/{cv_id}/{job_id}").json()
        assert api.delete(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 2}).json() == {"deleted": 1}
        assert httpx.get(v2["download_url"]).status_code == 404
        assert api.get(f"/api/cover-letters/{cv_id}/{job_id}").json()["cover_letter"]["version"] == 1
        assert_error(api.get(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 2}), 404, "NOT_FOUND")

        assert api.delete(f"/api/jobs/{job_id}").json() == {"deleted": 2}  # the job and its remaining letter
        assert_error(api.get(f"/api/jobs/{job_id}"), 404, "JOB_NOT_FOUND")
        assert api.get("/api/cover-letters").json()["count"] == 0

        job_id = create_job(api)
        assert api.post("/api/cover-letter", json=generation_body(cv_id, job_id)).status_code == 200
        assert api.delete(f"/api/cvs/{cv_id}").json() == {"deleted": 2}
        assert_error(api.get(f"/api/cvs/{cv_id}"), 404, "CV_NOT_FOUND")

        other_cv = upload_cv(api)
        assert api.post("/api/cover-letter", json=generation_body(other_cv, job_id)).status_code == 200
        erased = api.delete("/api/me")
        assert erased.json() == {"deleted": 3}
        old_token = assert_error(api.get("/api/cvs"), 401, "UNAUTHORIZED")  # tokens held so far stop working
        assert "erased" in old_token["error"]
    later = datetime.now(UTC) + timedelta(seconds=2)  # a token issued after the erasure (iat has 1 s resolution)
    fresh = mint_local_token(
        (server.settings.data_dir / "jwt.secret").read_text().strip(), user_id="deleter", now=later
    )
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {fresh}"}) as again:
        assert again.get("/api/cvs").json()["count"] == 0
        assert again.get("/api/jobs").json()["count"] == 0
        blobs = server.settings.blob_dir / "deleter"
        assert not blobs.exists() or not any(p.is_file() for p in blobs.rglob("*"))


def test_openapi_and_docs(server: LiveServer) -> None:
    with server.client() as anonymous:
        schema = anonymous.get("/openapi.json").json()
        assert "422" not in json.dumps(schema["paths"])
        generate = schema["paths"]["/api/cover-letter"]["post"]
        for status in ("200", "400", "401", "403", "404", "413", "429", "500", "502", "504"):
            assert status in generate["responses"], status
        assert generate["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorPublic")
        assert "Retry-After" in generate["responses"]["429"]["headers"]
        for path in ("/api/cvs", "/api/jobs", "/api/cover-letters", "/api/me", "/health"):
            assert path in schema["paths"]
        assert anonymous.get("/docs").status_code == 200
        health = anonymous.get("/health").json()
        assert health["status"] == "ok"
        assert health["storage"] == {"ready": True, "name": "sqlite"}
        assert health["model_provider"]["name"] == "template"
        assert TITLE  # the shared constant is what the flow generates for
