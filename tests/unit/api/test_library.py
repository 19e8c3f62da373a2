"""The library service over the real SQLite repository and local files: ownership answers, edits, and the
STORAGE_ERROR mapping when the database really fails (tables dropped under it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.logic.library import MAX_LETTER_CHARS, Library, LibraryError
from careervp.models.codes import ResultCode

ROOT = Path(__file__).resolve().parents[3]
CV = ROOT / "tests" / "fixtures" / "corpus_sample" / "cvs" / "lena_marwick.md"
JOB = ROOT / "tests" / "fixtures" / "corpus_sample" / "jobs" / "ledgerwell_senior_backend_engineer.md"
TRUE_LETTER = (
    "Dear Hiring Manager,\n\nI am applying for the Senior Backend Engineer role at Ledgerwell Payments. At "
    "Kelpline Logistics I reduced AWS compute costs by 31%.\n\nSincerely,\nLena Marwick"
)


@pytest.fixture
def container(tmp_path: Path) -> Container:
    return build(Settings(data_dir=tmp_path))


@pytest.fixture
def library(container: Container) -> Library:
    return container.library


def _code(action: Callable[[], object]) -> ResultCode:
    with pytest.raises(LibraryError) as failure:
        action()
    return failure.value.code


def _seed(library: Library, user: str = "alice") -> tuple[str, str]:
    cv = library.add_cv(user, CV.read_bytes(), "cv.md", "text/markdown")
    job = library.add_job(
        user, company_name="Ledgerwell Payments", job_title="Senior Backend Engineer", description=JOB.read_text()
    )
    return cv.cv_id, job.job_id


def test_ownership_answers(library: Library) -> None:
    cv_id, job_id = _seed(library)
    assert _code(lambda: library.get_cv("bob", cv_id)) is ResultCode.FORBIDDEN
    assert _code(lambda: library.get_job("bob", job_id)) is ResultCode.JOB_NOT_FOUND  # job ids are per user
    assert _code(lambda: library.get_letter("bob", cv_id, job_id)) is ResultCode.FORBIDDEN
    assert _code(lambda: library.delete_letter("bob", cv_id, job_id)) is ResultCode.FORBIDDEN
    assert _code(lambda: library.get_letter("alice", cv_id, job_id)) is ResultCode.NOT_FOUND
    assert _code(lambda: library.delete_letter("alice", cv_id, job_id, 3)) is ResultCode.NOT_FOUND
    assert _code(lambda: library.get_cv("alice", "nope")) is ResultCode.CV_NOT_FOUND
    assert _code(lambda: library.get_job("alice", "nope")) is ResultCode.JOB_NOT_FOUND


def test_bad_inputs(library: Library) -> None:
    assert _code(lambda: library.add_cv("alice", b"\x00\x01\x02" * 100, "cv.pdf", "application/pdf")) is (
        ResultCode.INVALID_REQUEST
    )
    cv_id, job_id = _seed(library)
    assert _code(lambda: library.verify_edit("alice", cv_id, job_id, "   ")) is ResultCode.INVALID_REQUEST
    too_long = "word " * (MAX_LETTER_CHARS // 4)
    assert _code(lambda: library.verify_edit("alice", cv_id, job_id, too_long)) is ResultCode.INVALID_REQUEST
    assert _code(lambda: library.verify_edit("alice", cv_id, job_id, "Hi", base_version=4)) is ResultCode.NOT_FOUND


def test_an_edit_without_any_letter_yet_uses_the_job(library: Library) -> None:
    cv_id, job_id = _seed(library)
    checked = library.verify_edit("alice", cv_id, job_id, TRUE_LETTER, save=True)
    assert checked.fvs.company_name_verified
    assert checked.saved is not None
    assert checked.saved.version == 1
    assert checked.saved.edited
    assert library.rendering(checked.saved, "txt") is not None
    assert library.rendering(checked.saved, "html") is None


def test_url_is_kept_on_the_posting(library: Library) -> None:
    job = library.add_job(
        "alice", company_name="Acme", job_title="Engineer", description="Build things in Python.", url="https://x.io"
    )
    assert job.posting.url == "https://x.io"


@pytest.mark.parametrize(
    ("table", "action"),
    [
        ("cvs", lambda lib, cv, job: lib.add_cv("alice", CV.read_bytes(), "cv.md", "text/markdown")),
        ("cvs", lambda lib, cv, job: lib.get_cv("alice", cv)),
        ("cvs", lambda lib, cv, job: lib.list_cvs("alice")),
        ("jobs", lambda lib, cv, job: lib.add_job("alice", company_name="A", job_title="B", description="Python.")),
        ("jobs", lambda lib, cv, job: lib.get_job("alice", job)),
        ("jobs", lambda lib, cv, job: lib.list_jobs("alice")),
        ("letters", lambda lib, cv, job: lib.get_letter("alice", cv, job)),
        ("letters", lambda lib, cv, job: lib.list_letters("alice")),
        ("letters", lambda lib, cv, job: lib.delete_cv("alice", cv)),
        ("letters", lambda lib, cv, job: lib.delete_job("alice", job)),
        ("letters", lambda lib, cv, job: lib.verify_edit("alice", cv, job, "Dear team, hello.")),
        ("letters", lambda lib, cv, job: lib.delete_account("alice")),
        ("letter_series", lambda lib, cv, job: lib.verify_edit("alice", cv, job, TRUE_LETTER, save=True)),
    ],
)
def test_a_failing_database_is_storage_error(
    container: Container, table: str, action: Callable[[Library, str, str], object]
) -> None:
    cv_id, job_id = _seed(container.library)
    with sqlite3.connect(container.settings.sqlite_path) as raw:
        raw.execute(f"DROP TABLE {table}")
    assert _code(lambda: action(container.library, cv_id, job_id)) is ResultCode.STORAGE_ERROR
