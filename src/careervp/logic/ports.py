"""Ports: the small interfaces the core needs from the outside world. Adapters live in dal/ and llm/."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from careervp.models.cv import Person
from careervp.models.records import (
    CVRecord,
    IdempotencyClaim,
    JobRecord,
    LetterRecord,
    RateBucket,
    RateOutcome,
)


class StorageError(Exception):
    """The store failed; the service maps it to STORAGE_ERROR. Adapters raise it for any backend failure."""


class VersionConflict(StorageError):
    """A letter version with that number already exists (another writer won the race)."""


class Repository(Protocol):
    """CVs, job postings, letter versions, rate counters and idempotency records, all scoped by user.

    CV ids are minted by the service and unique across users (`cv_owner` tells FORBIDDEN from NOT_FOUND); job ids
    may be chosen by the client, so each user has their own: another user's job with the same id is invisible."""

    def put_cv(self, record: CVRecord) -> None: ...
    def get_cv(self, user_id: str, cv_id: str) -> CVRecord | None: ...
    def get_cv_document(self, user_id: str, cv_id: str) -> str | None:
        """The CV record exactly as stored (its JSON document), not validated: a generation parses it where its CPU
        stages run, so the largest CV costs the server's event loop no parsing."""
        ...

    def cv_owner(self, cv_id: str) -> str | None:
        """Owner of a CV id, whoever asks; lets the service tell FORBIDDEN from NOT_FOUND."""
        ...

    def list_cvs(self, user_id: str) -> list[CVRecord]: ...
    def delete_cv(self, user_id: str, cv_id: str) -> bool: ...

    def put_job(self, record: JobRecord) -> None: ...
    def get_job(self, user_id: str, job_id: str) -> JobRecord | None: ...
    def get_job_document(self, user_id: str, job_id: str) -> str | None:
        """The job record exactly as stored (its JSON document), not validated (see `get_cv_document`)."""
        ...

    def list_jobs(self, user_id: str) -> list[JobRecord]: ...
    def delete_job(self, user_id: str, job_id: str) -> bool: ...
    def companies_named_by(self, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
        """The distinct companies of the user's live jobs other than `job_id` filed under any of `probes` (a text's
        `company_probes`; a company is filed under its `company_index_keys`, both in vocabulary/companies.py),
        sorted: the candidates of a letter's contamination check. Asked on every generation, so adapters answer it
        from an index of those keys kept with the jobs: its cost follows the probes and the companies found, never
        the number of jobs stored."""
        ...

    def add_letter(self, record: LetterRecord) -> LetterRecord:
        """Store a new version. `record.version` is a hint: on a conflict the adapter retries with the next
        free number and returns the record as stored. Never overwrites an existing version."""
        ...

    def latest_letter_version(self, user_id: str, cv_id: str, job_id: str) -> int:
        """Highest stored version (0 when none), expired ones included so numbers are never reused."""
        ...

    def get_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None = None) -> LetterRecord | None:
        """The given version, or the latest when `version` is None. Expired versions are never returned."""
        ...

    def list_letters(self, user_id: str, cv_id: str | None = None, job_id: str | None = None) -> list[LetterRecord]: ...
    def delete_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Delete one version; its number is never given to another version (a link to it must die with it)."""
        ...

    def undo_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Take back a version that was stored but never handed out (its generation failed afterwards): deleted,
        and when it was the newest its number is free again, so the failed attempt leaves no trace."""
        ...

    def delete_user(self, user_id: str) -> int:
        """Erase everything the user owns; returns how many records went."""
        ...

    def consume_rate(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        """Atomically count one request in every bucket, unless any bucket is full (then count none)."""
        ...

    def rate_standing(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        """The buckets' state without counting anything (for the headers of responses that are not generations)."""
        ...

    def claim_idempotency(
        self, user_id: str, key: str, request_hash: str, now: datetime, owner: str = ""
    ) -> IdempotencyClaim:
        """NEW for exactly one claimant (recorded as `owner`, heartbeat now); the others see the claim as it is."""
        ...

    def heartbeat_idempotency(self, user_id: str, key: str, owner: str, now: datetime) -> None:
        """The owner is still working: an in-progress claim is taken over only a lease after its last heartbeat."""
        ...

    def take_over_idempotency(self, user_id: str, key: str, previous_owner: str, owner: str, now: datetime) -> bool:
        """Hand an in-progress claim whose owner is gone to `owner` (compare-and-set on the owner): exactly one of
        several rescuers gets True."""
        ...

    def complete_idempotency(self, user_id: str, key: str, status_code: int, response: str, now: datetime) -> None:
        """Store the answer on the claim: `response` is the body as JSON text, kept as given (the same bytes the
        runner sent), and read back as a dict by `claim_idempotency`."""
        ...

    def release_idempotency(self, user_id: str, key: str) -> None: ...

    def ping(self) -> bool:
        """True when the store answers (for /health)."""
        ...


class BlobStore(Protocol):
    """Rendered letters (PDF, DOCX, Markdown, text) and links to download them."""

    def put(self, key: str, data: bytes, content_type: str) -> None: ...
    def get(self, key: str) -> bytes | None: ...
    def signed_url(self, key: str, filename: str, expires_in_s: int) -> str: ...
    def delete_prefix(self, prefix: str) -> int: ...


@runtime_checkable
class SignedLinks(Protocol):
    """A blob store whose `signed_url` points at the app's `/downloads` route and can check those links."""

    def verify(self, key: str, filename: str, expires: int, signature: str) -> bool: ...


@runtime_checkable
class Presigning(Protocol):
    """A blob store that can hand out a short-lived direct link (S3 presigned GET) for the route to redirect to."""

    def presign(self, key: str, filename: str, expires_in_s: int) -> str: ...


@runtime_checkable
class ClaimSweep(Protocol):
    """Optional storage capability: list every unfinished idempotency claim as (user_id, key, claim). A local file
    can; a shared cloud table is not scanned."""

    def in_progress_claims(self) -> list[tuple[str, str, IdempotencyClaim]]: ...


@runtime_checkable
class TokenRevocations(Protocol):
    """Optional storage capability: tokens of a user issued before a moment are refused (set when an account is
    erased, so its old tokens stop working). Adapters that lack it simply skip the check."""

    def revoke_tokens(self, user_id: str, before: datetime) -> None: ...
    def tokens_revoked_before(self, user_id: str) -> datetime | None: ...


@runtime_checkable
class CompanyKeyRows(Protocol):
    """Optional storage capability: for a user with few companies, the whole of what `companies_named_by` looks up,
    so a letter's companies can be found where the letter is judged, without a trip back to the store between
    writing it and judging it. Adapters that lack it are asked `companies_named_by` after writing."""

    def companies_filed(self, user_id: str, job_id: str, limit: int) -> tuple[tuple[str, str], ...] | None:
        """(key, company) for every key filed for the user's companies that have a live job other than `job_id`,
        when the user has at most `limit` keys filed; None when more."""
        ...


@dataclass(frozen=True)
class LLMReply:
    text: str
    input_tokens: int
    output_tokens: int
    model_id: str


class LLMError(Exception):
    """The model provider failed (maps to LLM_API_ERROR)."""


class LLMThrottled(LLMError):
    """The provider throttled us after our own retries (maps to LLM_RATE_LIMITED)."""


class LLMTimeout(LLMError):
    """The model did not answer in time (maps to CV_LETTER_GENERATION_TIMEOUT)."""


class LLM(Protocol):
    """A chat model. `stronger=True` asks for the provider's stronger (fallback) model."""

    @property
    def name(self) -> str: ...

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply: ...


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware UTC now."""
        ...


class Renderer(Protocol):
    """Turns a stored letter into a downloadable file: fmt is one of 'pdf', 'docx', 'md', 'txt'."""

    def __call__(self, letter: LetterRecord, candidate: Person, fmt: str) -> bytes: ...
