"""Storage failing at each write of a generation: the contract's STORAGE_ERROR, nothing partial, and a retry works.

A generation writes, in order: the rate counter, the idempotency claim, the new job (its posting came with the
request), the letter version, then (only where every rendering is stored up front, as for S3) its four renderings
(pdf, docx, md, txt), then the idempotency record. Each is
failed once in turn, through the real SQLite repository and file blob store wrapped by tests/faults/adapters.py.
After the failure the store underneath must hold no letter, no job and no file, and the same request (same
Idempotency-Key) must then succeed: a failed attempt may not leave a claim behind that blocks or replays it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faults.harness import CV_FILE, harness

WRITES = [
    pytest.param("repo", "consume_rate", 1, id="rate-counter"),
    pytest.param("repo", "claim_idempotency", 1, id="idempotency-claim"),
    pytest.param("repo", "put_job", 1, id="job"),
    pytest.param("repo", "add_letter", 1, id="letter-version"),
]
# Where the app serves the files each format is drawn on its first download, so a generation writes none.
EAGER_FILES = 0
UP_FRONT_WRITES = [pytest.param(n, id=f"render-{fmt}") for n, fmt in enumerate(("pdf", "docx", "md", "txt"), 1)]

READS = [
    pytest.param("get_cv_document", id="cv"),
    pytest.param("companies_filed", id="other-companies"),  # SQLite gives them all; the letter is judged with them
    pytest.param("latest_letter_version", id="version"),
]


def _assert_storage_error(response: object) -> None:
    status, body = response.status_code, response.json()  # type: ignore[attr-defined]
    assert status == 500, body
    assert body["code"] == "STORAGE_ERROR"
    assert body["success"] is False
    assert body["cover_letter"] is None
    assert body["error"]
    assert "Traceback" not in body["error"]


@pytest.mark.parametrize(("target", "method", "at_call"), WRITES)
def test_a_failed_write_leaves_nothing_and_the_retry_succeeds(
    tmp_path: Path, target: str, method: str, at_call: int
) -> None:
    with harness(tmp_path) as h:
        cv_id = h.upload_cv()
        body = h.letter_request(cv_id)
        getattr(h, target).arm(method, at_call=at_call)

        _assert_storage_error(h.generate(body, key="same-key"))

        store = h.repo.inner
        assert store.list_letters("alice") == [], "a letter version survived a failed generation"
        assert store.get_job("alice", "job-fault-1") is None, "the job created by a failed generation survived"
        assert h.blob_files() == [], "rendered files survived a failed generation"

        retry = h.generate(body, key="same-key")
        assert retry.status_code == 200, retry.text
        assert retry.json()["cover_letter"]["version"] == 1
        assert len(store.list_letters("alice")) == 1
        assert len(h.blob_files()) == EAGER_FILES


@pytest.mark.parametrize("at_call", UP_FRONT_WRITES)
def test_a_failed_rendering_stored_up_front_leaves_nothing_and_the_retry_succeeds(tmp_path: Path, at_call: int) -> None:
    """A store that serves files itself gets every rendering with the version: failing any of them takes the whole
    version back."""
    with harness(tmp_path, every_format_up_front=True) as h:
        body = h.letter_request(h.upload_cv())
        h.blobs.arm("put", at_call=at_call)

        _assert_storage_error(h.generate(body, key="same-key"))
        assert h.repo.inner.list_letters("alice") == [], "a letter version survived a failed generation"
        assert h.blob_files() == [], "rendered files survived a failed generation"

        retry = h.generate(body, key="same-key")
        assert retry.status_code == 200, retry.text
        assert len(h.blob_files()) == len(UP_FRONT_WRITES)


def test_a_failed_idempotency_record_still_answers_with_the_stored_letter(tmp_path: Path) -> None:
    """The last write only remembers the answer for replays. The letter is whole by then, so it is the answer; a
    repeat with the same key may generate again, but must not fail or replay something half-written."""
    with harness(tmp_path) as h:
        cv_id = h.upload_cv()
        body = h.letter_request(cv_id)
        h.repo.arm("complete_idempotency")

        first = h.generate(body, key="k")
        assert first.status_code == 200, first.text
        letters = h.repo.inner.list_letters("alice")
        assert [letter.version for letter in letters] == [1]
        assert len(h.blob_files()) == EAGER_FILES

        again = h.generate(body, key="k")
        assert again.status_code == 200, again.text
        assert again.json()["cover_letter"]["content"]


@pytest.mark.parametrize("method", READS)
def test_a_failed_read_is_a_storage_error_and_the_retry_succeeds(tmp_path: Path, method: str) -> None:
    with harness(tmp_path) as h:
        cv_id = h.upload_cv()
        body = h.letter_request(cv_id)
        h.repo.arm(method)
        _assert_storage_error(h.generate(body))
        assert h.repo.inner.list_letters("alice") == []
        assert h.generate(body).status_code == 200


@pytest.mark.parametrize(
    ("method", "route"),
    [
        ("put_cv", ("POST", "/api/cvs")),
        ("list_cvs", ("GET", "/api/cvs")),
        ("list_jobs", ("GET", "/api/jobs")),
        ("list_letters", ("GET", "/api/cover-letters")),
        ("delete_user", ("DELETE", "/api/me")),
    ],
)
def test_library_routes_map_storage_failures_to_storage_error(
    tmp_path: Path, method: str, route: tuple[str, str]
) -> None:
    with harness(tmp_path) as h:
        h.upload_cv()
        h.repo.arm(method)
        verb, path = route
        if verb == "POST":
            with CV_FILE.open("rb") as handle:
                response = h.client.post(path, files={"file": ("cv.md", handle, "text/markdown")}, headers=h.headers())
        else:
            response = h.client.request(verb, path, headers=h.headers())
        _assert_storage_error(response)
        h.repo.disarm()
        assert h.client.get("/api/cvs", headers=h.headers()).status_code == 200


def test_health_reports_a_store_that_does_not_answer(tmp_path: Path) -> None:
    with harness(tmp_path) as h:
        h.repo.arm("ping")
        down = h.client.get("/health")
        assert down.status_code == 503
        assert down.json()["storage"]["ready"] is False
        up = h.client.get("/health")
        assert up.status_code == 200
        assert up.json()["storage"]["ready"] is True


EDIT_WRITES = [
    pytest.param("repo", "add_letter", 1, False, id="letter-version"),
    pytest.param("blobs", "put", 1, True, id="render-pdf-up-front"),
    pytest.param("blobs", "put", 4, True, id="render-txt-up-front"),
]


@pytest.mark.parametrize(("target", "method", "at_call", "up_front"), EDIT_WRITES)
def test_saving_an_edited_letter_is_all_or_nothing(
    tmp_path: Path, target: str, method: str, at_call: int, up_front: bool
) -> None:
    """POST .../verify?save=true stores the user's edit as a new version: the same rule, nothing half-saved."""
    files_per_version = len(UP_FRONT_WRITES) if up_front else EAGER_FILES
    with harness(tmp_path, every_format_up_front=up_front) as h:
        cv_id = h.upload_cv()
        first = h.generate(h.letter_request(cv_id))
        assert first.status_code == 200, first.text
        edited = first.json()["cover_letter"]["content"].replace(
            "Sincerely,", "With thanks for your time,\n\nSincerely,"
        )
        url = f"/api/cover-letters/{cv_id}/job-fault-1/verify?save=true"
        getattr(h, target).arm(method, at_call=at_call)

        _assert_storage_error(h.client.post(url, json={"content": edited}, headers=h.headers()))
        assert [letter.version for letter in h.repo.inner.list_letters("alice")] == [1]
        assert len(h.blob_files()) == files_per_version, "files of the failed version survived"

        saved = h.client.post(url, json={"content": edited}, headers=h.headers())
        assert saved.status_code == 200, saved.text
        assert saved.json()["saved"]["cover_letter"]["version"] == 2
        assert len(h.blob_files()) == 2 * files_per_version


def test_a_failed_first_download_render_is_a_storage_error_and_the_retry_serves_the_file(tmp_path: Path) -> None:
    """Files are drawn on first download; if keeping the drawn file fails, the link still works next time."""
    with harness(tmp_path) as h:
        cv_id = h.upload_cv()
        made = h.generate(h.letter_request(cv_id))
        assert made.status_code == 200, made.text
        pdf_link = made.json()["download_urls"]["pdf"]
        h.blobs.arm("put", at_call=1)
        failed = h.client.get(pdf_link)
        assert failed.status_code == 500
        assert failed.json()["code"] == "STORAGE_ERROR"
        served = h.client.get(pdf_link)
        assert served.status_code == 200
        assert served.content.startswith(b"%PDF")
        assert len(h.blob_files()) == EAGER_FILES + 1  # the PDF is kept for the next download
