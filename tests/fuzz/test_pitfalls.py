"""Python's known JSON and text pitfalls, fed to every reader and every JSON body: each is refused with the
contract's 4xx (or, where the input is still a readable CV, read cleanly), never a 500, and every answer carries the
rate-limit headers because the user is known."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from careervp.ingest import CVReadError, PostingReadError, read_cv, read_posting

from .live import LiveServer

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
COMPANY, TITLE = "Ledgerwell Payments", "Senior Backend Engineer"
WORK = '"work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01", "highlights": ["Cut costs by 20%"]}]'

# Each pitfall as a complete JSON document around a valid JSON Resume: (bytes, must it be refused?).
RESUME_PITFALLS: dict[str, tuple[bytes, bool]] = {
    "huge integer": (('{"basics": {"name": "Ada", "age": ' + "9" * 5000 + "}, " + WORK + "}").encode(), True),
    "huge negative integer": (('{"basics": {"x": -' + "1" * 4301 + "}, " + WORK + "}").encode(), True),
    "deep nesting": (b'{"basics": ' + b"[" * 100_000 + b"]" * 100_000 + b", " + WORK.encode() + b"}", True),
    "NaN": (('{"basics": {"name": "Ada", "score": NaN}, ' + WORK + "}").encode(), True),
    "Infinity": (('{"basics": {"name": "Ada", "score": -Infinity}, ' + WORK + "}").encode(), True),
    "duplicate keys": (('{"basics": {"name": "Ada", "name": "Eve"}, ' + WORK + "}").encode(), True),
    "surrogate escapes": (('{"basics": {"name": "Ada\\ud800\\udfff"}, ' + WORK + "}").encode(), False),
    "invalid UTF-8": (b'{"basics": {"name": "Ada \xff\xfe\xed\xa0\x80"}, ' + WORK.encode() + b"}", False),
}
TEXT_PITFALLS = {
    "huge integer": "9" * 5000,
    "surrogates": "\ud800\udfff",
    "bidi": "\u202e\u2066",
    "NUL": "\x00",
}


@pytest.mark.parametrize("name", list(RESUME_PITFALLS))
def test_json_resume_pitfalls(name: str) -> None:
    data, refused = RESUME_PITFALLS[name]
    if refused:
        with pytest.raises(CVReadError):
            read_cv(data, "cv.json")
        return
    cv = read_cv(data, "cv.json")
    cv.model_dump_json().encode("utf-8")  # storable as UTF-8: nothing of the pitfall is left


@pytest.mark.parametrize("name", list(TEXT_PITFALLS))
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_text_reader_pitfalls(name: str, suffix: str) -> None:
    text = (SAMPLE / "cvs" / "lena_marwick.md").read_text(encoding="utf-8").replace("Kelpline", TEXT_PITFALLS[name])
    data = text.encode("utf-8", "surrogatepass")
    try:
        cv = read_cv(data, f"cv{suffix}")
    except CVReadError:
        return
    cv.model_dump_json().encode("utf-8")


@pytest.mark.parametrize("name", list(TEXT_PITFALLS))
def test_posting_reader_pitfalls(name: str) -> None:
    text = f"{COMPANY} is hiring a {TITLE}. Requirements: {TEXT_PITFALLS[name]} years of Go, Kafka, PostgreSQL."
    try:
        posting = read_posting(text, company_name=COMPANY, job_title=TITLE)
    except PostingReadError:
        return
    posting.model_dump_json().encode("utf-8")


# ---------------------------------------------------------------- over HTTP
@pytest.fixture(scope="module")
def api() -> Iterator[tuple[httpx.Client, str]]:
    with LiveServer() as server:
        token = server.token("pitfalls", tier="enterprise")
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as c:
            cv = c.post("/api/cvs", files={"file": ("cv.md", (SAMPLE / "cvs" / "lena_marwick.md").read_bytes())})
            assert cv.status_code == 201, cv.text
            yield c, cv.json()["cv_id"]


def _body_pitfalls(valid: dict[str, object]) -> dict[str, bytes]:
    """The valid body with each pitfall spliced in (as raw bytes: most of them cannot be written by json.dumps)."""
    text = json.dumps(valid)
    head = text[:-1]
    return {
        "huge integer": f'{head}, "n": {"9" * 5000}}}'.encode(),
        "deep nesting": head.encode() + b', "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "invalid UTF-8": head.encode() + b', "n": "\xff\xfe"}',
        "surrogate escapes": text.replace(COMPANY, "Ledgerwell \\ud800", 1).encode(),
        "NaN": f'{head}, "n": NaN}}'.encode(),
        "Infinity": f'{head}, "n": Infinity}}'.encode(),
        "duplicate keys": f'{head}, "company_name": "{COMPANY}"}}'.encode(),
        "not an object": b"[1, 2, 3]",
    }


def _endpoints(cv_id: str) -> dict[str, tuple[str, dict[str, object]]]:
    job = (SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8")
    return {
        "generate": (
            "/api/cover-letter",
            {"cv_id": cv_id, "job_id": "pitfall-job", "company_name": COMPANY, "job_title": TITLE},
        ),
        "add job": ("/api/jobs", {"company_name": COMPANY, "job_title": TITLE, "description": job}),
        "verify": (f"/api/cover-letters/{cv_id}/pitfall-job/verify", {"content": f"Dear {COMPANY}, hello."}),
    }


@pytest.mark.parametrize("endpoint", ["generate", "add job", "verify"])
def test_json_body_pitfalls_get_a_400_with_rate_headers(api: tuple[httpx.Client, str], endpoint: str) -> None:
    client, cv_id = api
    path, valid = _endpoints(cv_id)[endpoint]
    for name, raw in _body_pitfalls(valid).items():
        response = client.post(path, content=raw, headers={"Content-Type": "application/json"})
        what = f"{endpoint} / {name}"
        assert response.status_code == 400, f"{what}: {response.status_code} {response.text[:300]}"
        body = response.json()
        assert (body["success"], body["code"]) == (False, "INVALID_REQUEST"), what
        assert "Traceback" not in response.text
        assert response.headers.get("X-RateLimit-Limit") == "50", what


@pytest.mark.parametrize("name", list(RESUME_PITFALLS))
def test_cv_upload_pitfalls_over_http(api: tuple[httpx.Client, str], name: str) -> None:
    client, _ = api
    data, refused = RESUME_PITFALLS[name]
    response = client.post("/api/cvs", files={"file": ("cv.json", data, "application/json")})
    assert response.status_code == (400 if refused else 201), response.text[:300]
    assert response.headers.get("X-RateLimit-Limit") == "50"
    if refused:
        assert response.json()["code"] == "INVALID_REQUEST"
