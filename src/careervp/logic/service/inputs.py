"""A generation's inputs, read where the CPU stages run rather than on the server's event loop.

The largest CV the readers accept is stored as a record of over a megabyte of JSON. Validating it takes tens of
milliseconds in one call that holds the interpreter lock, and pickling the parsed model to a worker process costs as
much again, twice a generation; in the server process either stalls every other request (`/health` included). So the
service reads the stored documents as text, sends the text (a plain copy), and the stage that needs the CV parses it
in its own process, once: `StoredCV.record` keeps the last few parsed documents per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TypeVar

from pydantic import ValidationError

from careervp.ingest import PostingReadError, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.service.failures import GenerationFailure
from careervp.logic.service.packed import Packed
from careervp.logic.service.versions import new_job, requirement_coverage
from careervp.logic.text_facts import prime
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.models.api import CoverLetterCreate, Preferences, RequirementCoverage
from careervp.models.codes import ResultCode
from careervp.models.cv import CV, Person
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.records import CVRecord, JobRecord

UNREADABLE = "The store could not be read; please retry."


_Stored = TypeVar("_Stored", CVRecord, JobRecord)


def _read(model: type[_Stored], document: str) -> _Stored:
    """A stored record parsed, and the readings stored with it handed to the readers (logic/text_facts.py)."""
    try:
        record = model.model_validate_json(document)
    except ValidationError as exc:
        raise GenerationFailure(ResultCode.STORAGE_ERROR, UNREADABLE) from exc
    prime(record.readings)
    return record


@lru_cache(maxsize=4)
def _parsed_cv(document: str) -> CVRecord:
    """Keyed by the whole document (owner and id included), so a cached parse is only ever its own record's, and
    its readings are handed in once per process."""
    return _read(CVRecord, document)


@lru_cache(maxsize=4)
def _parsed_job(document: str) -> JobRecord:
    """A stored job record, parsed once per process (see `_parsed_cv`)."""
    return _read(JobRecord, document)


@dataclass(frozen=True)
class StoredCV:
    """A stored CV record as its JSON document; what crosses to a worker process is this text, not a model."""

    document: str

    @classmethod
    def of(cls, record: CVRecord) -> StoredCV:
        return cls(record.model_dump_json())

    @property
    def cv(self) -> CV:
        return _parsed_cv(self.document).cv


@dataclass(frozen=True)
class StoredJob:
    """A job record as its JSON document (see `StoredCV`): the judging stage parses it where it runs, once per
    process, and so gets the posting's stored readings too."""

    document: str

    @property
    def posting(self) -> JobPosting:
        return _parsed_job(self.document).posting


@dataclass(frozen=True)
class Prepared:
    """What the rest of a generation needs from its stored inputs. The server itself reads only the candidate (for
    the renderings) and the requirement coverage (for the answer); the evidence map and the posting travel packed
    (logic/service/packed.py) and are unpacked only by a stage or writer that reads them."""

    candidate: Person
    packed_posting: Packed[JobPosting]
    new_job: JobRecord | None
    packed_evidence: Packed[EvidenceMap]
    job: StoredJob
    """The job as stored, or as it will be stored with the letter (a job described in the request)."""
    cv_text: str = ""
    """The CV's own words, for the writer's check that a letter denies nothing the CV holds."""
    coverage: tuple[RequirementCoverage, ...] = ()
    """The answer's `requirement_coverage`, drawn from the evidence map where it was built."""

    @property
    def evidence(self) -> EvidenceMap:
        return self.packed_evidence.value

    @property
    def posting(self) -> JobPosting:
        return self.packed_posting.value

    def brief(self, preferences: Preferences) -> WritingBrief:
        """What a writer gets for this generation."""
        return WritingBrief(evidence=self.evidence, preferences=preferences, candidate=self.candidate,
                            cv_text=self.cv_text)  # fmt: skip


def prepare(
    cv: StoredCV, job_document: str | None, request: CoverLetterCreate, *, user_id: str, now: datetime
) -> Prepared:
    """The CPU stage before writing: the CV parsed, the posting read (the stored job's, or the request's description
    as a new job record, stored only with the letter), and the evidence map built from both."""
    posting, record, document = _posting(job_document, request, user_id=user_id, now=now)
    evidence = build_evidence_map(
        cv.cv,
        posting,
        gap_responses=request.gap_responses,
        emphasis_areas=request.preferences.emphasis_areas or (),
    )
    return Prepared(
        cv.cv.person,
        Packed(posting),
        record,
        Packed(evidence),
        StoredJob(document),
        cv_source_text(cv.cv),
        tuple(requirement_coverage(evidence)),
    )


def _posting(
    job_document: str | None, request: CoverLetterCreate, *, user_id: str, now: datetime
) -> tuple[JobPosting, JobRecord | None, str]:
    """The posting, the new job record when the request describes the job, and the job's document either way."""
    if job_document is not None:
        return _parsed_job(job_document).posting, None, job_document
    if not request.job_description or not request.job_description.strip():
        raise GenerationFailure(
            ResultCode.JOB_NOT_FOUND, f"No job with id '{request.job_id}' and no job_description given."
        )
    try:
        posting = read_posting(request.job_description, company_name=request.company_name, job_title=request.job_title)
    except PostingReadError as exc:
        raise GenerationFailure(ResultCode.INVALID_REQUEST, f"job_description: {exc}") from exc
    record = new_job(
        user_id=user_id,
        job_id=request.job_id,
        company_name=request.company_name,
        job_title=request.job_title,
        description=request.job_description,
        posting=posting,
        now=now,
    )
    return posting, record, record.model_dump_json()
