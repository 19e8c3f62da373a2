"""The caller's library: CVs, job postings and letter versions, read, listed, deleted, and edited letters re-verified.

Every operation is scoped to one user. Another user's CV or job answers FORBIDDEN, as the contract does for
generation (ids are random, so confirming that one exists tells an attacker nothing they could use); an id nobody
owns answers CV_NOT_FOUND / JOB_NOT_FOUND / NOT_FOUND. Failures are `LibraryError`s carrying the contract's
`ResultCode`, mapped to HTTP in one place by the door.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from careervp.ingest import CVReadError, PostingReadError, read_cv, read_posting
from careervp.logic import policy
from careervp.logic.downloads import record_blob_key, user_blob_prefix
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.ports import BlobStore, Clock, Repository, StorageError, TokenRevocations
from careervp.logic.scoring import score_letter
from careervp.logic.service import CoverLetterService
from careervp.logic.service.versions import new_cv, new_job, new_version, other_applications
from careervp.logic.text import word_count
from careervp.models.api import FVSValidation, Preferences
from careervp.models.codes import ResultCode
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.letter import Draft, QualityReport
from careervp.models.records import CVRecord, JobRecord, LetterRecord
from careervp.models.results import Verification
from careervp.vocabulary.companies import companies_a_text_may_name, company_probes

MAX_LETTER_CHARS = 20_000


class LibraryError(Exception):
    """A request the library cannot honour; `code` decides the HTTP status, `field` names the input at fault."""

    def __init__(self, code: ResultCode, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def _storage(operation: str) -> LibraryError:
    return LibraryError(ResultCode.STORAGE_ERROR, f"The store could not {operation}; please retry.")


class Library:
    def __init__(
        self,
        *,
        repository: Repository,
        blobs: BlobStore,
        service: CoverLetterService,
        clock: Clock,
        cv_reader: Callable[[bytes, str], CV] = read_cv,
    ) -> None:
        self._repo = repository
        self._blobs = blobs
        self._service = service
        self._clock = clock
        self._read_cv = cv_reader

    # ---------------------------------------------------------------- CVs
    def add_cv(self, user_id: str, data: bytes, filename: str, content_type: str) -> CVRecord:
        """Parse an uploaded CV (PDF, DOCX, Markdown, text or JSON Resume) and keep it for 90 days."""
        try:
            cv = self._read_cv(data, filename)
        except CVReadError as error:
            raise LibraryError(ResultCode.INVALID_REQUEST, f"file: {error}", field="file") from error
        record = new_cv(
            user_id=user_id,
            cv_id=f"cv_{uuid.uuid4().hex}",
            filename=filename,
            content_type=content_type,
            cv=cv,
            now=self._clock.now(),
        )
        try:
            self._repo.put_cv(record)
        except StorageError as error:
            raise _storage("save the CV") from error
        return record

    def get_cv(self, user_id: str, cv_id: str) -> CVRecord:
        try:
            record = self._repo.get_cv(user_id, cv_id)
            owner = None if record else self._repo.cv_owner(cv_id)
        except StorageError as error:
            raise _storage("read the CV") from error
        if record is not None:
            return record
        if owner is not None and owner != user_id:
            raise LibraryError(ResultCode.FORBIDDEN, "That CV belongs to another user.", field="cv_id")
        raise LibraryError(ResultCode.CV_NOT_FOUND, f"No CV with id '{cv_id}'.", field="cv_id")

    def storage_answers(self) -> bool:
        """True when the store answers a ping (the readiness /health reports)."""
        return self._repo.ping()

    def list_cvs(self, user_id: str) -> list[CVRecord]:
        try:
            return self._repo.list_cvs(user_id)
        except StorageError as error:
            raise _storage("list the CVs") from error

    def delete_cv(self, user_id: str, cv_id: str) -> int:
        """Delete the CV and every letter written from it; returns how many records went."""
        self.get_cv(user_id, cv_id)
        try:
            letters = self._repo.list_letters(user_id, cv_id=cv_id)
            removed = self._delete_letters(letters)
            removed += int(self._repo.delete_cv(user_id, cv_id))
            self._blobs.delete_prefix(user_blob_prefix(user_id, cv_id))
        except StorageError as error:
            raise _storage("delete the CV") from error
        return removed

    # ---------------------------------------------------------------- job postings
    def add_job(
        self, user_id: str, *, company_name: str, job_title: str, description: str, url: str | None = None
    ) -> JobRecord:
        try:
            posting = read_posting(description, company_name=company_name, job_title=job_title)
        except PostingReadError as error:
            raise LibraryError(ResultCode.INVALID_REQUEST, f"description: {error}", field="description") from error
        if url:
            posting = posting.model_copy(update={"url": url})
        record = new_job(
            user_id=user_id,
            job_id=f"job_{uuid.uuid4().hex}",
            company_name=company_name,
            job_title=job_title,
            description=description,
            posting=posting,
            now=self._clock.now(),
            url=url,
        )
        try:
            self._repo.put_job(record)
        except StorageError as error:
            raise _storage("save the job posting") from error
        return record

    def get_job(self, user_id: str, job_id: str) -> JobRecord:
        try:
            record = self._repo.get_job(user_id, job_id)
        except StorageError as error:
            raise _storage("read the job posting") from error
        if record is not None:
            return record
        raise LibraryError(ResultCode.JOB_NOT_FOUND, f"No job with id '{job_id}'.", field="job_id")

    def list_jobs(self, user_id: str) -> list[JobRecord]:
        try:
            return self._repo.list_jobs(user_id)
        except StorageError as error:
            raise _storage("list the job postings") from error

    def delete_job(self, user_id: str, job_id: str) -> int:
        """Delete the posting and every letter written for it; returns how many records went."""
        self.get_job(user_id, job_id)
        try:
            removed = self._delete_letters(self._repo.list_letters(user_id, job_id=job_id))
            removed += int(self._repo.delete_job(user_id, job_id))
        except StorageError as error:
            raise _storage("delete the job posting") from error
        return removed

    # ---------------------------------------------------------------- letters
    def _check_pair(self, user_id: str, cv_id: str, job_id: str) -> None:
        """FORBIDDEN when the CV is someone else's (job ids are per user, so only the CV can belong to another)."""
        try:
            owner = self._repo.cv_owner(cv_id)
            if owner is not None and owner != user_id:
                raise LibraryError(ResultCode.FORBIDDEN, "That letter belongs to another user.")
        except StorageError as error:
            raise _storage("read the letter") from error

    def get_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None = None) -> LetterRecord:
        try:
            record = self._repo.get_letter(user_id, cv_id, job_id, version)
        except StorageError as error:
            raise _storage("read the letter") from error
        if record is not None:
            return record
        self._check_pair(user_id, cv_id, job_id)
        which = f"version {version} of the" if version is not None else "a"
        raise LibraryError(ResultCode.NOT_FOUND, f"There is no {which} letter for CV '{cv_id}' and job '{job_id}'.")

    def list_letters(self, user_id: str, cv_id: str | None = None, job_id: str | None = None) -> list[LetterRecord]:
        try:
            return self._repo.list_letters(user_id, cv_id=cv_id, job_id=job_id)
        except StorageError as error:
            raise _storage("list the letters") from error

    def delete_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None = None) -> int:
        """Delete one version, or every version of the letter when `version` is None."""
        if version is not None:
            letters = [self.get_letter(user_id, cv_id, job_id, version)]
        else:
            letters = self.list_letters(user_id, cv_id, job_id)
            if not letters:
                self.get_letter(user_id, cv_id, job_id)  # raises FORBIDDEN or NOT_FOUND
        try:
            return self._delete_letters(letters)
        except StorageError as error:
            raise _storage("delete the letter") from error

    def _delete_letters(self, letters: list[LetterRecord]) -> int:
        removed = 0
        for letter in letters:
            self._blobs.delete_prefix(record_blob_key(letter, ""))
            removed += int(
                self._repo.delete_letter_version(letter.user_id, letter.cv_id, letter.job_id, letter.version)
            )
        return removed

    def download_urls(self, record: LetterRecord) -> dict[str, str]:
        return self._service.files.download_urls(record)

    def rendering(self, record: LetterRecord, fmt: str) -> bytes | None:
        return self._service.files.letter_file(record, fmt)

    # ---------------------------------------------------------------- edited letters
    def verify_edit(
        self,
        user_id: str,
        cv_id: str,
        job_id: str,
        content: str,
        *,
        base_version: int | None = None,
        save: bool = False,
    ) -> Verification:
        """Check an edited letter as FVS and scoring check a generated one; with `save`, keep it as a new version.

        The edit inherits company, title and preferences from the version it started from (or, with no letter yet,
        from the job posting). A letter with a critical violation is never saved: the contract's truth rule holds
        for the user's own words too.
        """
        if not content.strip():
            raise LibraryError(ResultCode.INVALID_REQUEST, "content: the letter is empty.", field="content")
        if len(content) > MAX_LETTER_CHARS:
            raise LibraryError(
                ResultCode.INVALID_REQUEST, f"content: at most {MAX_LETTER_CHARS} characters.", field="content"
            )
        cv_record = self.get_cv(user_id, cv_id)
        job = self.get_job(user_id, job_id)
        base = self._base_letter(user_id, cv_id, job_id, base_version)
        company, title = (base.company_name, base.job_title) if base else (job.company_name, job.job_title)
        preferences = base.preferences if base else Preferences()
        fvs, quality = self._judge(content, cv_record.cv, job.posting, company, title, preferences, user_id, job_id)
        attempt = policy.Attempt(Draft(text=content, writer="edit"), fvs, quality)
        code = policy.conclude([attempt]).code or ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS
        if code is ResultCode.GENERATION_QUALITY_INSUFFICIENT:
            code = ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS  # the user's own words: kept, with a warning
        count = word_count(content)
        if not save:
            return Verification(fvs, quality, count, code)
        if code is ResultCode.FVS_HALLUCINATION_DETECTED:
            return Verification(fvs, quality, count, code)
        saved = self._save_edit(user_id, cv_record, job, content, company, title, preferences, fvs, quality, code)
        return Verification(fvs, quality, count, code, saved)

    def _base_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None) -> LetterRecord | None:
        if version is not None:
            return self.get_letter(user_id, cv_id, job_id, version)
        try:
            return self._repo.get_letter(user_id, cv_id, job_id)
        except StorageError as error:
            raise _storage("read the letter") from error

    def _judge(
        self,
        content: str,
        cv: CV,
        posting: JobPosting,
        company: str,
        title: str,
        preferences: Preferences,
        user_id: str,
        job_id: str,
    ) -> tuple[FVSValidation, QualityReport]:
        try:
            others = other_applications(
                self._repo.companies_named_by(user_id, job_id, company_probes(content)), company
            )
        except StorageError as error:
            raise _storage("read the job postings") from error
        evidence = build_evidence_map(cv, posting, emphasis_areas=preferences.emphasis_areas or ())
        others = companies_a_text_may_name(content, others)
        fvs = verify_letter(content, cv=cv, job=posting, company_name=company, job_title=title, other_companies=others)
        return fvs, score_letter(content, evidence=evidence, preferences=preferences)

    def _save_edit(
        self,
        user_id: str,
        cv_record: CVRecord,
        job: JobRecord,
        content: str,
        company: str,
        title: str,
        preferences: Preferences,
        fvs: FVSValidation,
        quality: QualityReport,
        code: ResultCode,
    ) -> LetterRecord:
        now = self._clock.now()
        try:
            latest = self._repo.latest_letter_version(user_id, cv_record.cv_id, job.job_id)
            stored = self._repo.add_letter(
                new_version(
                    user_id=user_id,
                    cv_id=cv_record.cv_id,
                    job_id=job.job_id,
                    version=latest + 1,
                    company_name=company,
                    job_title=title,
                    content=content,
                    quality=quality,
                    preferences=preferences,
                    fvs=fvs,
                    code=code,
                    model_used="edit",
                    now=now,
                    edited=True,
                )
            )
        except StorageError as error:
            raise _storage("save the letter") from error
        try:
            self._service.files.render_all(stored, cv_record.cv.person)
        except Exception as error:  # a half-rendered version must not stay behind
            self._service.files.undo_version(stored)
            raise _storage("save the letter") from error
        return stored

    # ---------------------------------------------------------------- the whole account
    def tokens_revoked_before(self, user_id: str) -> datetime | None:
        """The moment the account was erased: tokens issued before it no longer open it. None when it never was, or
        when the store keeps no revocations. Raises the store's StorageError when it cannot be reached."""
        return self._repo.tokens_revoked_before(user_id) if isinstance(self._repo, TokenRevocations) else None

    def delete_account(self, user_id: str) -> int:
        """Erase everything the user owns: records and rendered files, and (where the store keeps revocations) make
        the tokens issued so far stop working. Returns how many records went."""
        try:
            removed = self._repo.delete_user(user_id)
            self._blobs.delete_prefix(user_blob_prefix(user_id))
        except StorageError as error:
            raise _storage("erase the account") from error
        if isinstance(self._repo, TokenRevocations):
            try:
                self._repo.revoke_tokens(user_id, self._clock.now())
            except StorageError as error:
                raise LibraryError(
                    ResultCode.STORAGE_ERROR, "The data was erased but old tokens could not be revoked."
                ) from error
        return removed
