"""What the services hand back to the doors, and who is asking: plain values, so a door can map them to HTTP, an
exit code or a Lambda answer without knowing how they were made."""

from __future__ import annotations

from dataclasses import dataclass

from careervp.models.api import CoverLetterPublic, ErrorPublic, FVSValidation, Preferences
from careervp.models.codes import ResultCode
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.letter import QualityReport
from careervp.models.records import LetterRecord


@dataclass(frozen=True)
class UserContext:
    """Who is asking. Every door (HTTP, Lambda, CLI) turns its credentials into one of these."""

    user_id: str
    tier: str = "free"


@dataclass(frozen=True)
class GenerationResult:
    """One run of the pipeline: the contract's body (success or error), and the stored version on success."""

    code: ResultCode
    body: CoverLetterPublic | ErrorPublic
    record: LetterRecord | None = None

    @property
    def http_status(self) -> int:
        return self.code.http_status


@dataclass(frozen=True)
class Verification:
    """What FVS and scoring say about an edited letter, and the version it was saved as (when asked to save)."""

    fvs: FVSValidation
    quality: QualityReport
    word_count: int
    code: ResultCode
    saved: LetterRecord | None = None


@dataclass(frozen=True)
class LetterCase:
    """A CV and a posting read from files (the command line), with the preferences for their letter."""

    cv: CV
    cv_bytes: bytes
    cv_name: str
    posting: JobPosting
    posting_text: str
    preferences: Preferences


@dataclass(frozen=True)
class Download:
    """The answer to a signed download link: the file, a redirect to the object store, or why neither.

    Exactly one of `data`, `redirect_url` and `error` is set; `error` is the code and the message for the user."""

    data: bytes | None = None
    media_type: str = "application/octet-stream"
    redirect_url: str | None = None
    error: tuple[ResultCode, str] | None = None


@dataclass(frozen=True)
class QuotaCharge:
    """One request counted against the caller's tier quota, or refused because a window is full (nothing counted).

    `headers` are the contract's X-RateLimit-* values; `retry_after` is 0 when the request may go ahead."""

    allowed: bool
    limit: int
    headers: dict[str, str]
    retry_after: int = 0
