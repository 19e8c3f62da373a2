"""CoverLetterService through the one wiring point, with a real SQLite file, real blob files and scripted models."""

from __future__ import annotations

import asyncio
import io
import pickle
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.ingest import read_cv_file, read_posting
from careervp.llm.fake import ScriptedLLM
from careervp.logic.downloads import letter_blob_key
from careervp.logic.ports import LLMThrottled, StorageError
from careervp.logic.service import other_applications
from careervp.logic.service.failures import GenerationFailure
from careervp.models.api import CoverLetterCreate, CoverLetterPublic, ErrorPublic, FVSValidation, Preferences
from careervp.models.codes import ResultCode
from careervp.models.cv import CV
from careervp.models.records import CVRecord, JobRecord
from careervp.models.results import UserContext
from careervp.vocabulary.companies import company_probes

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
ALICE = UserContext("alice")
BOB = UserContext("bob")


def _cv_path() -> Path:
    return next(p for p in sorted((FIXTURES / "cvs").iterdir()) if p.suffix in {".md", ".json"})


def _job_path() -> Path:
    # A good fit for the sample CV, so the template letter lands in the SUCCESS band.
    return FIXTURES / "jobs" / "ledgerwell_senior_backend_engineer.md"


@pytest.fixture
def container(tmp_path: Path) -> Container:
    return build(Settings(data_dir=tmp_path))


def _register(container: Container, user: UserContext, *, cv_id: str = "cv1", job_id: str = "job1") -> JobRecord:
    now = datetime.now(UTC)
    cv = read_cv_file(_cv_path())
    posting = read_posting(_job_path().read_text(encoding="utf-8"))
    container.repository.put_cv(
        CVRecord(
            user_id=user.user_id,
            cv_id=cv_id,
            filename="cv.md",
            content_type="text/markdown",
            cv=cv,
            created_at=now,
            expires_at=now + timedelta(days=90),
        )
    )
    job = JobRecord(
        user_id=user.user_id,
        job_id=job_id,
        company_name=posting.company_name,
        job_title=posting.job_title,
        description=posting.raw_text,
        posting=posting,
        created_at=now,
        expires_at=now + timedelta(days=90),
    )
    container.repository.put_job(job)
    return job


def _request(job: JobRecord, **changes: object) -> CoverLetterCreate:
    body: dict[str, object] = {
        "cv_id": "cv1",
        "job_id": job.job_id,
        "company_name": job.company_name,
        "job_title": job.job_title,
    }
    body.update(changes)
    return CoverLetterCreate.model_validate(body)


def test_template_letter_is_stored_rendered_and_linked(container: Container) -> None:
    job = _register(container, ALICE)
    result = asyncio.run(container.service.generate(_request(job), ALICE))
    assert result.code is ResultCode.COVER_LETTER_GENERATED_SUCCESS, result.body
    record = result.record
    assert record is not None
    assert record.version == 1
    assert job.company_name in record.content
    # Local files are served by the app: every format is drawn on its first use, then kept.
    for fmt in ("pdf", "txt", "md"):
        key = letter_blob_key("alice", "cv1", job.job_id, 1, fmt)
        assert container.blobs.get(key) is None
        drawn = container.service.letter_file(record, fmt)
        assert drawn is not None
        assert drawn.startswith(b"%PDF") if fmt == "pdf" else record.content.split()[-1].encode() in drawn
        assert container.blobs.get(key) == drawn
    assert container.service.letter_file(record, "odt") is None
    assert set(result.body.model_dump()["download_urls"]) == {"pdf", "docx", "md", "txt"}
    again = asyncio.run(container.service.generate(_request(job), ALICE))
    assert again.record is not None
    assert again.record.version == 2


def test_the_answer_keeper_gets_the_stored_letter_s_body_where_it_was_stored(container: Container) -> None:
    """The door's own write (the answer kept for retries) joins the hop that stored the letter, and the body it
    returns is the answer."""
    job = _register(container, ALICE)
    seen: list[tuple[int, bool, bool]] = []

    def keep(body: CoverLetterPublic) -> CoverLetterPublic:
        stored = container.repository.get_letter("alice", "cv1", job.job_id, body.cover_letter.version)
        seen.append((body.cover_letter.version, stored is not None, _in_loop_thread()))
        return body.model_copy(update={"model_used": "kept"})

    result = asyncio.run(container.service.generate(_request(job), ALICE, answer=keep))
    assert seen == [(1, True, False)]
    assert isinstance(result.body, CoverLetterPublic)
    assert result.body.model_used == "kept"


def _in_loop_thread() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_missing_and_foreign_resources(container: Container) -> None:
    job = _register(container, ALICE)
    assert asyncio.run(container.service.generate(_request(job), BOB)).code is ResultCode.FORBIDDEN
    missing_cv = _request(job, cv_id="nope")
    assert asyncio.run(container.service.generate(missing_cv, ALICE)).code is ResultCode.CV_NOT_FOUND
    missing_job = _request(job, job_id="other")
    assert asyncio.run(container.service.generate(missing_job, ALICE)).code is ResultCode.JOB_NOT_FOUND


def test_job_description_creates_the_job_only_when_the_letter_is_stored(container: Container) -> None:
    job = _register(container, ALICE)
    request = _request(job, job_id="fresh", job_description=job.description)
    result = asyncio.run(container.service.generate(request, ALICE))
    assert result.code.is_success
    assert container.repository.get_job("alice", "fresh") is not None


class _BrokenBlobs:
    """Object store that accepts nothing: it serves the files itself (presigned links), so every rendering is stored
    with the version, and the version must not survive without its files."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def put(self, key: str, data: bytes, content_type: str) -> None:
        raise StorageError("disk full (injected)")

    def get(self, key: str) -> bytes | None:
        return None

    def signed_url(self, key: str, filename: str, expires_in_s: int) -> str:
        return "unused"

    def delete_prefix(self, prefix: str) -> int:
        return 0

    def presign(self, key: str, filename: str, expires_in_s: int) -> str:
        return "unused"


def test_blob_failure_leaves_nothing_behind(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    container = build(settings, blobs=_BrokenBlobs(None))
    job = _register(container, ALICE)
    request = _request(job, job_id="fresh", job_description=job.description)
    result = asyncio.run(container.service.generate(request, ALICE))
    assert result.code is ResultCode.STORAGE_ERROR
    assert isinstance(result.body, ErrorPublic)
    assert container.repository.list_letters("alice") == []
    assert container.repository.get_job("alice", "fresh") is None


def test_refusal_then_stronger_model_letter(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    probe = build(settings)
    job = _register(probe, ALICE)
    good = asyncio.run(probe.service.generate(_request(job), ALICE))
    assert good.record is not None
    letter = good.record.content
    llm = ScriptedLLM(["I'm sorry, but I can't help with that request.", letter])
    container = build(settings, llm=llm)
    result = asyncio.run(container.service.generate(_request(job), ALICE))
    assert result.code.is_success
    assert [call.stronger for call in llm.calls] == [False, True]
    assert "not a usable cover letter" in llm.calls[1].user


def test_throttled_model_maps_to_llm_rate_limited(tmp_path: Path) -> None:
    container = build(Settings(data_dir=tmp_path), llm=ScriptedLLM([LLMThrottled("slow down")]))
    job = _register(container, ALICE)
    result = asyncio.run(container.service.generate(_request(job), ALICE))
    assert result.code is ResultCode.LLM_RATE_LIMITED
    assert result.http_status == 429
    assert container.repository.list_letters("alice") == []


def test_contamination_from_another_application_is_caught(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    probe = build(settings)
    job = _register(probe, ALICE)
    other = job.model_copy(update={"job_id": "job2", "company_name": "Zephyrine Widgets"})
    probe.repository.put_job(other)
    good = asyncio.run(probe.service.generate(_request(job), ALICE))
    assert good.record is not None
    body, _, signoff = good.record.content.rpartition("\n\n")
    contaminated = f"{body}\n\nZephyrine Widgets has my application too, and I admire both teams.\n\n{signoff}"
    llm = ScriptedLLM([contaminated, contaminated])
    container = build(settings, llm=llm)
    result = asyncio.run(container.service.generate(_request(job, preferences=Preferences()), ALICE))
    # Both model attempts are contaminated; the template fallback writes the letter instead.
    assert result.code.is_success
    assert result.record is not None
    assert "Zephyrine" not in result.record.content
    assert len(llm.calls) == 2


def test_other_applications_are_other_companies_under_any_short_form(container: Container) -> None:
    job = _register(container, ALICE)
    container.repository.put_job(
        job.model_copy(update={"job_id": "job-2", "company_name": f"{job.company_name}, Inc."})
    )
    container.repository.put_job(job.model_copy(update={"job_id": "job-3", "company_name": "Zephyrine Widgets"}))
    probes = company_probes(f"{job.company_name} and Zephyrine Widgets")
    companies = container.repository.companies_named_by(ALICE.user_id, job.job_id, probes)
    assert other_applications(companies, job.company_name) == ["Zephyrine Widgets"]


# ---- what a generation hands to its CPU stages: the stored CV as text, parsed where the stage runs, never a parsed
# model copied from the server process (validating and pickling the largest CV there stalled its event loop)

T = TypeVar("T")


class _CopyingRunner:
    """A CPU runner that sends each stage through pickle, as the server's worker processes do, and notes every
    parsed CV or stored record the copy carries."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    async def __call__(self, stage: Callable[[], T]) -> T:
        buffer = io.BytesIO()
        copied = self.copied

        class _Noting(pickle.Pickler):
            def reducer_override(self, obj: Any) -> Any:
                if isinstance(obj, CV | CVRecord | JobRecord):
                    copied.append(type(obj).__name__)
                return NotImplemented

        _Noting(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(stage)
        copy: Callable[[], T] = pickle.loads(buffer.getvalue())
        return await asyncio.to_thread(copy)


def test_the_cpu_stages_get_the_stored_cv_and_job_as_text(tmp_path: Path) -> None:
    container = build(Settings(data_dir=tmp_path))
    runner = _CopyingRunner()
    container.service.use_cpu_runner(runner)
    job = _register(container, ALICE)
    stored = asyncio.run(container.service.generate(_request(job), ALICE))
    fresh = asyncio.run(
        container.service.generate(_request(job, job_id="fresh", job_description=job.description), ALICE)
    )
    assert stored.code.is_success, stored.body
    assert fresh.code.is_success, fresh.body
    assert runner.copied == []
    assert container.repository.get_job("alice", "fresh") is not None


def test_a_stored_cv_that_no_longer_reads_is_a_storage_error(container: Container, tmp_path: Path) -> None:
    job = _register(container, ALICE)
    with sqlite3.connect(Settings(data_dir=tmp_path).sqlite_path) as db:
        db.execute("UPDATE cvs SET body = ? WHERE cv_id = 'cv1'", ('{"user_id": "alice"}',))
    result = asyncio.run(container.service.generate(_request(job), ALICE))
    assert result.code is ResultCode.STORAGE_ERROR
    assert "retry" in result.body.model_dump()["error"]


def test_a_generation_failure_raised_in_a_worker_process_comes_back_whole() -> None:
    fvs = FVSValidation(is_valid=False, company_name_verified=True, job_title_verified=False)
    failure = GenerationFailure(ResultCode.JOB_NOT_FOUND, "No job with id 'x'.", fvs)
    back = pickle.loads(pickle.dumps(failure))
    assert (back.code, back.message, back.fvs) == (ResultCode.JOB_NOT_FOUND, "No job with id 'x'.", fvs)
