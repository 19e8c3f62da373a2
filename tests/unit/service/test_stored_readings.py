"""A CV's and a posting's readings (figures, skills) are worked out when the record is made, stored with it, and
handed back before a letter: the readers then spare the stored texts, the letter is the same, and readings made by
other code, or a record stored without them, are read again."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from pathlib import Path

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.ingest import read_cv_file, read_posting
from careervp.logic.numbers import extract_quantities
from careervp.logic.numbers.reading import QUANTITIES
from careervp.logic.service.versions import new_cv, new_job
from careervp.logic.text_facts import cv_readings, forget_readings, posting_readings, prime
from careervp.models.api import CoverLetterCreate, CoverLetterPublic
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.results import UserContext
from careervp.vocabulary import find_skills
from careervp.vocabulary.skills import SKILLS_FOUND
from careervp.vocabulary.text_memo import TextMemo

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
NOW = datetime(2026, 11, 2, tzinfo=UTC)


def _cv() -> CV:
    return read_cv_file(next(p for p in sorted((SAMPLE / "cvs").iterdir()) if p.suffix == ".md"))


def _posting() -> JobPosting:
    return read_posting((SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8"))


def test_the_stored_readings_are_what_the_readers_find() -> None:
    for readings in (cv_readings(_cv()), posting_readings(_posting())):
        assert readings is not None
        assert readings.quantities
        assert readings.skills
        forget_readings()
        for text in readings.quantities:
            assert prime(readings)
            primed = extract_quantities(text)
            forget_readings()
            assert primed == extract_quantities(text)
        for text in readings.skills:
            assert prime(readings)
            primed_skills = find_skills(text)
            forget_readings()
            assert primed_skills == find_skills(text)


def test_handed_back_readings_spare_the_readers() -> None:
    cv, posting = _cv(), _posting()
    stored = [r for r in (cv_readings(cv), posting_readings(posting)) if r is not None]
    forget_readings()
    assert all(prime(readings) for readings in stored)
    computed = QUANTITIES.computed, SKILLS_FOUND.computed
    for readings in stored:
        for text in readings.quantities:
            extract_quantities(text)
        for text in readings.skills:
            find_skills(text)
    assert (QUANTITIES.computed, SKILLS_FOUND.computed) == computed


def test_readings_made_by_other_code_are_read_again() -> None:
    readings = cv_readings(_cv())
    assert readings is not None
    forget_readings()
    assert not prime(readings.model_copy(update={"version": "older-code"}))
    computed = QUANTITIES.computed
    extract_quantities(next(iter(readings.quantities)))
    assert QUANTITIES.computed == computed + 1


def test_readings_too_large_to_store_are_not_stored_at_all() -> None:
    assert cv_readings(_cv(), max_chars=100) is None
    assert posting_readings(_posting(), max_chars=100) is None


def test_answers_are_noted_only_in_the_thread_that_asked() -> None:
    memo = TextMemo(len, 8)
    with memo.noting() as notes:
        memo("mine")
        other = threading.Thread(target=memo, args=("theirs",))
        other.start()
        other.join()
        with memo.noting() as inner:
            memo("nested")
    assert inner == {"nested": 6}
    assert notes == {"mine": 4, "nested": 6}


def _letter(tmp_path: Path, *, with_readings: bool) -> CoverLetterPublic:
    container = build(Settings(data_dir=tmp_path))
    cv, posting = _cv(), _posting()
    record = new_cv(user_id="alice", cv_id="cv-1", filename="cv.md", content_type="text/markdown", cv=cv, now=NOW)
    job = new_job(user_id="alice", job_id="job-1", company_name=posting.company_name, job_title=posting.job_title,
                  description=posting.raw_text, posting=posting, now=NOW)  # fmt: skip
    if not with_readings:  # a record stored before readings existed
        record, job = record.model_copy(update={"readings": None}), job.model_copy(update={"readings": None})
    container.repository.put_cv(record)
    container.repository.put_job(job)
    forget_readings()
    request = CoverLetterCreate(
        cv_id="cv-1", job_id="job-1", company_name=posting.company_name, job_title=posting.job_title
    )
    result = asyncio.run(container.service.generate(request, UserContext("alice")))
    assert isinstance(result.body, CoverLetterPublic), result.code
    return result.body


def test_a_record_stored_without_readings_gives_the_same_letter(tmp_path: Path) -> None:
    with_readings = _letter(tmp_path / "new", with_readings=True)
    without = _letter(tmp_path / "old", with_readings=False)
    assert with_readings.cover_letter.content == without.cover_letter.content
    assert with_readings.fvs_validation == without.fvs_validation
    assert with_readings.quality_score == without.quality_score
