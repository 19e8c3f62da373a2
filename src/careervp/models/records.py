"""What the service stores: one record per CV, job posting and letter version, all owned by one user."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from careervp.models.api import FVSValidation, Preferences, QualityDetails
from careervp.models.cv import CV
from careervp.models.job import JobPosting

RETENTION_DAYS = 90


class StoredReadings(BaseModel):
    """Readings of a stored CV's or posting's texts worked out when it was stored (logic/text_facts.py says how):
    the figures each text holds and the skills it names. A cache of pure functions of the text, never a fact of its
    own: `version` names the code that read them, and readings of another version are ignored (read again)."""

    version: str
    quantities: dict[str, list[list[Any]]] = Field(default_factory=dict)
    skills: dict[str, list[tuple[str, int, int]]] = Field(default_factory=dict)


class CVRecord(BaseModel):
    user_id: str
    cv_id: str
    filename: str
    content_type: str
    cv: CV
    created_at: datetime
    expires_at: datetime
    readings: StoredReadings | None = None


class JobRecord(BaseModel):
    user_id: str
    job_id: str
    company_name: str
    job_title: str
    description: str
    url: str | None = None
    posting: JobPosting
    created_at: datetime
    expires_at: datetime
    readings: StoredReadings | None = None


class LetterRecord(BaseModel):
    """One version of one letter. Versions are never overwritten; a regeneration adds one."""

    user_id: str
    cv_id: str
    job_id: str
    version: int = Field(ge=1)
    cover_letter_id: str
    company_name: str
    job_title: str
    content: str
    word_count: int
    personalization_score: float
    relevance_score: float
    tone_score: float
    quality_score: float
    quality: QualityDetails | None = None
    preferences: Preferences
    fvs_validation: FVSValidation
    code: str
    model_used: str | None = None
    cost_estimate: float = 0.0
    edited: bool = Field(default=False, description="True when the user edited the text and re-verified it.")
    request_key: str | None = Field(
        default=None, description="Idempotency key of the request that generated it (finds it after a crash)."
    )
    response: dict[str, Any] = Field(default_factory=dict, description="The response body as first returned.")
    created_at: datetime
    expires_at: datetime

    @property
    def storage_key(self) -> str:
        return f"ARTIFACT#COVER_LETTER#{self.cv_id}#{self.job_id}#v{self.version}"


class RateWindow(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


class RateBucket(BaseModel):
    """One fixed window of one user's quota, e.g. the minute starting at epoch 1764369600."""

    window: RateWindow
    window_start: int = Field(description="Epoch seconds where the window starts.")
    limit: int = Field(ge=0)

    @property
    def reset_at(self) -> int:
        return self.window_start + {"minute": 60, "hour": 3600, "day": 86400}[self.window.value]


class RateOutcome(BaseModel):
    allowed: bool
    limit: int = Field(description="Limit of the tightest window (the one reported in X-RateLimit-Limit).")
    remaining: int
    reset_at: int = Field(description="Epoch seconds when the tightest window resets.")
    retry_after: int = Field(default=0, description="Seconds until a request may succeed, when not allowed.")


class IdempotencyState(StrEnum):
    NEW = "new"  # the caller now owns the key and must complete or release it
    IN_PROGRESS = "in_progress"  # another request holds it
    DONE = "done"  # a stored response exists


class IdempotencyClaim(BaseModel):
    state: IdempotencyState
    request_hash: str
    status_code: int | None = None
    response: dict[str, Any] | None = None
    owner: str = Field(default="", description="Who holds an in-progress claim (process or instance identity).")
    heartbeat_at: datetime | None = Field(default=None, description="When the holder last said it was working.")
