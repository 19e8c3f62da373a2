"""Bodies of the CRUD routes (the generation route uses the contract's models in careervp.models.api).

Named as the generation's bodies are (careervp.models.api): Create / Check for what the caller sends, Public for one
resource, Summary for a list item, List for a list.
Strict types and `extra="forbid"` on every input: a wrong type or an unknown field is a 400 naming it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator

from careervp.models.api import CoverLetter, FVSValidation, Preferences, QualityDetails, checked_name
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.records import CVRecord, JobRecord, LetterRecord

MAX_DESCRIPTION_CHARS = 50_000
MAX_LETTER_CHARS = 20_000

_URL_RE = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class JobCreate(_Input):
    company_name: Annotated[StrictStr, Field(min_length=1, max_length=255)]
    job_title: Annotated[StrictStr, Field(min_length=1, max_length=255)]
    description: Annotated[StrictStr, Field(min_length=1, max_length=MAX_DESCRIPTION_CHARS)]
    url: Annotated[StrictStr, Field(max_length=2048)] | None = None

    @field_validator("company_name", "job_title")
    @classmethod
    def _name(cls, value: str) -> str:
        # The contract's rule for CoverLetterCreate, so a job created here can always be used in a generation request.
        return checked_name(value)

    @field_validator("description")
    @classmethod
    def _description(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not _URL_RE.match(value):
            raise ValueError("must be an http(s) URL")
        return value


class LetterCheck(_Input):
    content: Annotated[StrictStr, Field(min_length=1, max_length=MAX_LETTER_CHARS)]
    version: Annotated[int, Field(ge=1, le=1_000_000, description="The version the edit started from.")] | None = None


class DeletionPublic(BaseModel):
    deleted: int = Field(ge=0, description="How many records were erased.")


# ---------------------------------------------------------------- CVs
class CVSummary(BaseModel):
    cv_id: str
    filename: str
    content_type: str
    candidate_name: str
    headline: str | None = None
    experience_entries: int
    skills: int
    created_at: datetime
    expires_at: datetime

    @classmethod
    def of(cls, record: CVRecord) -> CVSummary:
        return cls(
            cv_id=record.cv_id,
            filename=record.filename,
            content_type=record.content_type,
            candidate_name=record.cv.person.name,
            headline=record.cv.person.headline,
            experience_entries=len(record.cv.experience),
            skills=len(record.cv.skills),
            created_at=record.created_at,
            expires_at=record.expires_at,
        )


class CVPublic(CVSummary):
    cv: CV = Field(description="The CV as parsed: every fact a letter may cite comes from here.")

    @classmethod
    def of(cls, record: CVRecord) -> CVPublic:
        return cls(**CVSummary.of(record).model_dump(), cv=record.cv)


class CVList(BaseModel):
    cvs: list[CVSummary]
    count: int


# ---------------------------------------------------------------- jobs
class JobSummary(BaseModel):
    job_id: str
    company_name: str
    job_title: str
    url: str | None = None
    created_at: datetime
    expires_at: datetime

    @classmethod
    def of(cls, record: JobRecord) -> JobSummary:
        return cls(
            job_id=record.job_id,
            company_name=record.company_name,
            job_title=record.job_title,
            url=record.url,
            created_at=record.created_at,
            expires_at=record.expires_at,
        )


class JobPublic(JobSummary):
    description: str
    posting: JobPosting = Field(description="The posting as parsed: requirements, responsibilities, keywords.")

    @classmethod
    def of(cls, record: JobRecord) -> JobPublic:
        return cls(**JobSummary.of(record).model_dump(), description=record.description, posting=record.posting)


class JobList(BaseModel):
    jobs: list[JobSummary]
    count: int


# ---------------------------------------------------------------- letters
class LetterVersionPublic(BaseModel):
    """One stored letter version, shaped like the generation response so clients can show either the same way."""

    success: Literal[True] = True
    cover_letter: CoverLetter
    fvs_validation: FVSValidation
    quality_score: float = Field(ge=0.0, le=1.0)
    code: str
    quality: QualityDetails | None = None
    preferences: Preferences
    edited: bool
    model_used: str | None = None
    cost_estimate: float = Field(ge=0.0)
    expires_at: datetime
    download_url: str | None = None
    download_urls: dict[str, str] = {}

    @classmethod
    def of(cls, record: LetterRecord, cover_letter: CoverLetter, urls: dict[str, str]) -> LetterVersionPublic:
        return cls(
            cover_letter=cover_letter,
            fvs_validation=record.fvs_validation,
            quality_score=record.quality_score,
            code=record.code,
            quality=record.quality,
            preferences=record.preferences,
            edited=record.edited,
            model_used=record.model_used,
            cost_estimate=record.cost_estimate,
            expires_at=record.expires_at,
            download_url=urls.get("pdf"),
            download_urls=urls,
        )


class LetterVersionList(BaseModel):
    cover_letters: list[LetterVersionPublic]
    count: int


class LetterCheckPublic(BaseModel):
    success: Literal[True] = True
    code: str = Field(description="What the letter would be filed as: success, with warnings, or FVS failure.")
    fvs_validation: FVSValidation
    quality_score: float = Field(ge=0.0, le=1.0)
    personalization_score: float = Field(ge=0.0, le=1.0)
    relevance_score: float = Field(ge=0.0, le=1.0)
    tone_score: float = Field(ge=0.0, le=1.0)
    quality: QualityDetails
    word_count: int = Field(ge=0)
    saved: LetterVersionPublic | None = Field(default=None, description="The new version, when `save=true` stored one.")


# ---------------------------------------------------------------- health
class ComponentHealth(BaseModel):
    ready: bool
    name: str


class HealthPublic(BaseModel):
    status: Literal["ok", "degraded"]
    storage: ComponentHealth
    model_provider: ComponentHealth
    auth_mode: str
    rate_limits: bool
    cpu_workers: int | None = Field(
        default=None,
        ge=0,
        description="Warm worker processes taking generation's CPU stages (`careervp serve`); null where the stages "
        "run in worker threads.",
    )
