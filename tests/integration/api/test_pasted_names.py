"""Company names and job titles as people paste them from postings, over the real HTTP server.

The contract allows letters and digits of any script, spaces and - – — . & , ' ’ ( ) / + : # ! in both fields, and
nothing else: no control or format characters, no markup.
"""

from __future__ import annotations

import pytest

from .live import JOB_FILE, LiveServer, assert_error, upload_cv

PASTED = [
    ("Kreuzfeld Energie GmbH", "Lead Mechanical Engineer – Battery Enclosures"),
    ("Rosa’s Kitchen", "Sous Chef — Evenings"),
    ("Ledgerwell Payments", "C# Developer: Payments"),
    ("Yahoo!", "Site Reliability Engineer (Search) / On-call #2"),
    ("टाटा मोटर्स", "Senior Engineer + Mentor"),
]


@pytest.mark.parametrize(("company", "title"), PASTED)
def test_pasted_names_create_a_job_and_come_back_unchanged(server: LiveServer, company: str, title: str) -> None:
    with server.client("paster") as api:
        created = api.post(
            "/api/jobs", json={"company_name": company, "job_title": title, "description": JOB_FILE.read_text()}
        )
        assert created.status_code == 201, created.text
        job = api.get(f"/api/jobs/{created.json()['job_id']}").json()
    assert (job["company_name"], job["job_title"]) == (company, title)


def test_a_letter_is_generated_for_a_pasted_company_and_title(server: LiveServer) -> None:
    company, title = "Rosa’s Kitchen", "Lead Backend Engineer – Payments: Ledger #1!"
    with server.client("paster-generate") as api:
        cv_id = upload_cv(api)
        body = {
            "cv_id": cv_id,
            "job_id": "rosas-kitchen-lead",
            "company_name": company,
            "job_title": title,
            "job_description": JOB_FILE.read_text(),
        }
        response = api.post("/api/cover-letter", json=body)
    assert response.status_code == 200, response.text
    letter = response.json()["cover_letter"]
    assert (letter["company_name"], letter["job_title"]) == (company, title)


def test_a_pasted_no_break_space_is_kept_as_a_plain_space(server: LiveServer) -> None:
    with server.client("paster-nbsp") as api:
        created = api.post(
            "/api/jobs",
            json={"company_name": "Acme\u00a0Corp", "job_title": "Engineer", "description": "Build things."},
        )
    assert created.status_code == 201, created.text
    assert created.json()["company_name"] == "Acme Corp"


REFUSED = [
    "<b>Acme</b>",
    "Acme\u0000Corp",
    "Acme\nCorp",
    "Acme\u202eproC",  # a right-to-left override: a format character that disguises what is shown
    "Acme\u200bCorp",
    "Acme; DROP TABLE jobs",
    "Acme = Corp",
    '"Acme"',
    "‘Acme’",  # the left single quote is not among the contract's characters; only ’ is
    "Acme_Corp",
    "Acme™",
]


@pytest.mark.parametrize("value", REFUSED)
@pytest.mark.parametrize("field", ["company_name", "job_title"])
def test_markup_and_control_characters_are_400_naming_the_field(server: LiveServer, field: str, value: str) -> None:
    body = {"cv_id": "cv-1", "job_id": "job-1", "company_name": "Acme", "job_title": "Engineer", field: value}
    with server.client("paster-refused") as api:
        generation = assert_error(api.post("/api/cover-letter", json=body), 400, "INVALID_REQUEST")
        job_body = {"company_name": "Acme", "job_title": "Engineer", "description": "d", field: value}
        job = assert_error(api.post("/api/jobs", json=job_body), 400, "INVALID_REQUEST")
    for error in (generation, job):
        assert error["field"] == field
        assert error["error"].startswith(f"{field}: may contain only letters, digits, spaces and")
        assert "<b>" not in error["error"]
