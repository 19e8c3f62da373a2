"""The one orchestrator: load -> evidence -> write -> verify -> score -> retry/fall back -> store -> render.

Every door (HTTP route, Lambda, CLI, web page) calls `CoverLetterService.generate`; none of them repeats a step.
Errors are values here: the service returns a `GenerationResult` whose code maps to HTTP in one table.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from careervp.ingest import PostingReadError, read_posting
from careervp.logic import policy
from careervp.logic.downloads import CONTENT_TYPES, DOWNLOAD_FORMATS, download_filename
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.lexicon import company_matches
from careervp.logic.ports import (
    BlobStore,
    Clock,
    LLMError,
    LLMThrottled,
    LLMTimeout,
    Renderer,
    Repository,
    StorageError,
)
from careervp.logic.repair import repaired
from careervp.logic.scoring import score_letter
from careervp.logic.text import word_count
from careervp.logic.writers.base import Writer, WritingBrief
from careervp.logic.writers.defects import defect_feedback
from careervp.logic.writers.llm import LLMOutputError
from careervp.models.api import (
    CoverLetter,
    CoverLetterRequest,
    CoverLetterResponse,
    ErrorResponse,
    FVSValidation,
    FVSViolation,
    Preferences,
    RequirementCoverage,
    Severity,
)
from careervp.models.codes import ResultCode
from careervp.models.cv import CV
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.letter import Draft, QualityReport
from careervp.models.records import RETENTION_DAYS, CVRecord, JobRecord, LetterRecord


@dataclass(frozen=True)
class UserContext:
    """Who is asking. Every door (HTTP, Lambda, CLI) turns its credentials into one of these."""

    user_id: str
    tier: str = "free"


@dataclass(frozen=True)
class GenerationResult:
    code: ResultCode
    body: CoverLetterResponse | ErrorResponse
    record: LetterRecord | None = None

    @property
    def http_status(self) -> int:
        return self.code.http_status


class _Failure(Exception):
    """Internal short-circuit carrying an error code; never leaves this module."""

    def __init__(self, code: ResultCode, message: str, fvs: FVSValidation | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fvs = fvs


@dataclass
class _Inputs:
    cv_record: CVRecord
    posting: JobPosting
    new_job: JobRecord | None
    evidence: EvidenceMap
    other_companies: list[str]


def letter_blob_key(user_id: str, cv_id: str, job_id: str, version: int, fmt: str) -> str:
    return f"{user_id}/{cv_id}/{job_id}/v{version}.{fmt}"


class CoverLetterService:
    def __init__(
        self,
        *,
        repository: Repository,
        blobs: BlobStore,
        renderer: Renderer,
        writer: Writer,
        fallback_writer: Writer,
        clock: Clock,
        download_ttl_s: int = 86_400,
        require_vpr: bool = False,
        timeout_s: float = 300.0,
        eager_formats: Sequence[str] = DOWNLOAD_FORMATS,
    ) -> None:
        """`eager_formats`: renderings stored with each version. The rest (PDF and DOCX cost most of a letter's
        CPU) are drawn on first download by `letter_file`; a store that serves files itself, such as S3 behind
        presigned URLs, needs them all up front."""
        self._repo = repository
        self._blobs = blobs
        self._render = renderer
        self._writer = writer
        self._fallback = fallback_writer
        self._clock = clock
        self._download_ttl_s = download_ttl_s
        self._require_vpr = require_vpr
        self._timeout_s = timeout_s
        self._eager_formats = tuple(f for f in DOWNLOAD_FORMATS if f in eager_formats)

    @property
    def writer_name(self) -> str:
        return self._writer.name

    async def generate(
        self, request: CoverLetterRequest, user: UserContext, *, request_key: str | None = None
    ) -> GenerationResult:
        """The one pipeline. `request_key` (the caller's idempotency key) is kept on the stored version, so the answer
        can be found again if the process dies between storing the letter and remembering the answer."""
        started = time.perf_counter()
        cost = 0.0
        try:
            try:
                inputs, attempts, decision = await asyncio.wait_for(self._run(request, user), self._timeout_s)
            except TimeoutError as exc:
                raise _Failure(
                    ResultCode.CV_LETTER_GENERATION_TIMEOUT, f"Generation took longer than {self._timeout_s:g} s."
                ) from exc
            cost = sum(a.draft.cost_usd for a in attempts)
            if decision.code is None or decision.chosen is None or not decision.code.is_success:
                chosen = decision.chosen
                code = decision.code or ResultCode.INTERNAL_ERROR
                raise _Failure(code, _failure_message(code, chosen), chosen.fvs if chosen else None)
            record = self._store(request, user, inputs, decision.chosen, decision.code, cost, request_key)
        except _Failure as failure:
            return self._error(failure, started, cost)
        body = self._success_body(record, inputs, decision.chosen, len(attempts), started, cost)
        return GenerationResult(decision.code, body, record)

    # -- steps -----------------------------------------------------------------------------------------------

    async def _run(
        self, request: CoverLetterRequest, user: UserContext
    ) -> tuple[_Inputs, list[policy.Attempt], policy.Decision]:
        """Everything up to the decision, under the generation deadline. The CPU stages (evidence, writing,
        verification, scoring) run in worker threads: the event loop keeps serving other requests meanwhile, and the
        deadline fires on time (a stage still running then finishes in its thread, bounded by logic/bounds.py, and
        its result is dropped; nothing is stored after a timeout)."""
        inputs = await asyncio.to_thread(self._load, request, user)
        brief = WritingBrief(
            evidence=inputs.evidence, preferences=request.preferences, candidate=inputs.cv_record.cv.person
        )
        attempts, decision = await self._attempts(brief, request, inputs)
        return inputs, attempts, decision

    def _load(self, request: CoverLetterRequest, user: UserContext) -> _Inputs:
        try:
            cv_record = self._repo.get_cv(user.user_id, request.cv_id)
            if cv_record is None:
                owner = self._repo.cv_owner(request.cv_id)
                if owner is not None and owner != user.user_id:
                    raise _Failure(ResultCode.FORBIDDEN, "That CV belongs to another user.")
                raise _Failure(ResultCode.CV_NOT_FOUND, f"No CV with id '{request.cv_id}'.")
            posting, new_job = self._posting(request, user)
            other_companies = other_applications(
                self._repo.list_jobs(user.user_id), request.job_id, request.company_name
            )
        except StorageError as exc:
            raise _Failure(ResultCode.STORAGE_ERROR, "The store could not be read; please retry.") from exc
        evidence = build_evidence_map(
            cv_record.cv,
            posting,
            gap_responses=request.gap_responses,
            emphasis_areas=request.preferences.emphasis_areas or (),
        )
        if self._require_vpr and not evidence.requirements:
            raise _Failure(ResultCode.VPR_NOT_FOUND, "No evidence report could be built for this CV and job.")
        return _Inputs(cv_record, posting, new_job, evidence, other_companies)

    def _posting(self, request: CoverLetterRequest, user: UserContext) -> tuple[JobPosting, JobRecord | None]:
        job = self._repo.get_job(user.user_id, request.job_id)
        if job is not None:
            return job.posting, None
        if not request.job_description or not request.job_description.strip():
            raise _Failure(ResultCode.JOB_NOT_FOUND, f"No job with id '{request.job_id}' and no job_description given.")
        try:
            posting = read_posting(
                request.job_description, company_name=request.company_name, job_title=request.job_title
            )
        except PostingReadError as exc:
            raise _Failure(ResultCode.INVALID_REQUEST, f"job_description: {exc}") from exc
        now = self._clock.now()
        record = JobRecord(
            user_id=user.user_id,
            job_id=request.job_id,
            company_name=request.company_name,
            job_title=request.job_title,
            description=request.job_description,
            posting=posting,
            created_at=now,
            expires_at=now + timedelta(days=RETENTION_DAYS),
        )
        return posting, record

    async def _attempts(
        self, brief: WritingBrief, request: CoverLetterRequest, inputs: _Inputs
    ) -> tuple[list[policy.Attempt], policy.Decision]:
        primary_is_template = self._writer.name == self._fallback.name
        attempts: list[policy.Attempt] = []
        feedback: list[FVSViolation] = []
        try:
            draft = await self._writer.write(brief)
            attempts.append(await asyncio.to_thread(self._judge, draft, request, inputs))
        except LLMOutputError as exc:
            # The model answered, but with a refusal or leftovers: a failed attempt, not a provider failure.
            feedback = [_unusable_reply(exc)]
        except LLMError as exc:
            raise _Failure(*_llm_failure(exc)) from exc
        while True:
            if attempts:
                decision = policy.decide(attempts, primary_is_template=primary_is_template)
                latest = attempts[-1]  # the prompt puts critical violations first, then what reads assembled
                feedback = defect_feedback(latest.draft.text, posting=inputs.posting.raw_text) + latest.fvs.violations
            else:
                decision = policy.Decision(policy.Action.RETRY_STRONGER)
            if decision.action is policy.Action.RETRY_STRONGER:
                try:
                    draft = await self._writer.write(brief, feedback=feedback, stronger=True)
                except LLMError:
                    # The retry is a second chance; if the provider fails now, the template still can.
                    draft = await self._fallback.write(brief)
                    attempts.append(await asyncio.to_thread(self._judge, draft, request, inputs, is_fallback=True))
                    continue
                attempts.append(await asyncio.to_thread(self._judge, draft, request, inputs, stronger=True))
            elif decision.action is policy.Action.FALLBACK_TEMPLATE:
                draft = await self._fallback.write(brief)
                attempts.append(await asyncio.to_thread(self._judge, draft, request, inputs, is_fallback=True))
            else:
                return attempts, decision

    def _judge(
        self,
        draft: Draft,
        request: CoverLetterRequest,
        inputs: _Inputs,
        *,
        stronger: bool = False,
        is_fallback: bool = False,
    ) -> policy.Attempt:
        def verify(text: str) -> FVSValidation:
            return verify_letter(
                text,
                cv=inputs.cv_record.cv,
                job=inputs.posting,
                company_name=request.company_name,
                job_title=request.job_title,
                gap_responses=request.gap_responses,
                other_companies=inputs.other_companies,
            )

        if draft.writer == self._fallback.name:
            # The offline writer's letter never fails on its own checker (logic/repair.py says why).
            text, fvs = repaired(draft.text, verify)
            draft = draft.model_copy(update={"text": text})
        else:
            fvs = verify(draft.text)
        quality = score_letter(draft.text, evidence=inputs.evidence, preferences=request.preferences)
        return policy.Attempt(draft, fvs, quality, stronger=stronger, is_fallback=is_fallback)

    def _store(
        self,
        request: CoverLetterRequest,
        user: UserContext,
        inputs: _Inputs,
        chosen: policy.Attempt,
        code: ResultCode,
        cost: float,
        request_key: str | None,
    ) -> LetterRecord:
        """Persist the job (if new), the version and its renderings, all or nothing."""
        now = self._clock.now()
        try:
            if inputs.new_job is not None:
                self._repo.put_job(inputs.new_job)
            version = self._repo.latest_letter_version(user.user_id, request.cv_id, request.job_id) + 1
            draft = chosen.draft
            record = new_version(
                user_id=user.user_id,
                cv_id=request.cv_id,
                job_id=request.job_id,
                version=version,
                company_name=request.company_name,
                job_title=request.job_title,
                content=draft.text,
                quality=chosen.quality,
                preferences=request.preferences,
                fvs=chosen.fvs,
                code=code,
                model_used=draft.model_id or draft.writer,
                cost=cost,
                now=now,
            ).model_copy(update={"request_key": request_key})
            stored = self._repo.add_letter(record)
        except StorageError as exc:
            self._undo_job(inputs)
            raise _Failure(ResultCode.STORAGE_ERROR, "The letter could not be saved; nothing was stored.") from exc
        try:
            self.render_all(stored, inputs.cv_record.cv)
        except Exception as exc:  # any blob or render failure: take the version back out
            self._undo_letter(stored, inputs)
            raise _Failure(ResultCode.STORAGE_ERROR, "The letter could not be saved; nothing was stored.") from exc
        return stored

    def render_all(self, record: LetterRecord, cv: CV) -> None:
        """Store the eager renderings of a new version (all four formats unless configured otherwise)."""
        for fmt in self._eager_formats:
            self._put_rendering(record, cv, fmt)

    def _put_rendering(self, record: LetterRecord, cv: CV, fmt: str) -> bytes:
        data = self._render(record, cv.person, fmt)
        self._blobs.put(
            letter_blob_key(record.user_id, record.cv_id, record.job_id, record.version, fmt), data, CONTENT_TYPES[fmt]
        )
        return data

    def letter_file(self, record: LetterRecord, fmt: str) -> bytes | None:
        """A version's rendering: from the blob store, or drawn now (and kept) when it was left for first use.
        None when the format is unknown or the CV behind the letter is gone."""
        if fmt not in DOWNLOAD_FORMATS:
            return None
        stored = self._blobs.get(letter_blob_key(record.user_id, record.cv_id, record.job_id, record.version, fmt))
        if stored is not None:
            return stored
        cv_record = self._repo.get_cv(record.user_id, record.cv_id)
        if cv_record is None:
            return None
        return self._put_rendering(record, cv_record.cv, fmt)

    def stored_answer(self, user_id: str, request_key: str) -> CoverLetterResponse | None:
        """The success body for the version generated under `request_key`, rebuilt from the stored record (the
        evidence-map extras are not kept); None when no such version exists."""
        records = [r for r in self._repo.list_letters(user_id) if r.request_key == request_key]
        if not records:
            return None
        record = max(records, key=lambda r: r.version)
        return self._record_body(record, processing_time_ms=0, cost=record.cost_estimate)

    def download_urls(self, record: LetterRecord) -> dict[str, str]:
        return {
            fmt: self._blobs.signed_url(
                letter_blob_key(record.user_id, record.cv_id, record.job_id, record.version, fmt),
                download_filename(record, fmt),
                self._download_ttl_s,
            )
            for fmt in DOWNLOAD_FORMATS
        }

    def _undo_letter(self, record: LetterRecord, inputs: _Inputs) -> None:
        self.undo_version(record)
        self._undo_job(inputs)

    def undo_version(self, record: LetterRecord) -> None:
        """Take back a version stored moments ago and never handed out: its files, its record, and (when it was the
        newest) its number, so a failed attempt leaves no trace."""
        prefix = letter_blob_key(record.user_id, record.cv_id, record.job_id, record.version, "")
        # Best effort, each step on its own: a failing blob store must not keep the version record alive.
        with contextlib.suppress(Exception):
            self._blobs.delete_prefix(prefix)
        with contextlib.suppress(Exception):
            self._repo.undo_letter_version(record.user_id, record.cv_id, record.job_id, record.version)

    def _undo_job(self, inputs: _Inputs) -> None:
        if inputs.new_job is None:
            return
        try:
            self._repo.delete_job(inputs.new_job.user_id, inputs.new_job.job_id)
        except StorageError:
            return

    # -- bodies ----------------------------------------------------------------------------------------------

    def _success_body(
        self,
        record: LetterRecord,
        inputs: _Inputs,
        chosen: policy.Attempt,
        attempts: int,
        started: float,
        cost: float,
    ) -> CoverLetterResponse:
        body = self._record_body(record, processing_time_ms=_elapsed_ms(started), cost=cost)
        return body.model_copy(
            update={
                "requirement_coverage": requirement_coverage(inputs.evidence),
                "input_tokens": chosen.draft.input_tokens,
                "output_tokens": chosen.draft.output_tokens,
                "attempts": attempts,
            }
        )

    def _record_body(self, record: LetterRecord, *, processing_time_ms: int, cost: float) -> CoverLetterResponse:
        """The contract's success body for a stored version, with fresh download links."""
        urls = self.download_urls(record)
        return CoverLetterResponse(
            cover_letter=letter_view(record),
            fvs_validation=record.fvs_validation,
            quality_score=record.quality_score,
            code=ResultCode(record.code),
            processing_time_ms=processing_time_ms,
            cost_estimate=round(cost, 6),
            download_url=urls["pdf"],
            download_urls=urls,
            quality=record.quality,
            model_used=record.model_used,
        )

    @staticmethod
    def _error(failure: _Failure, started: float, cost: float) -> GenerationResult:
        body = ErrorResponse(
            error=failure.message,
            code=failure.code,
            processing_time_ms=_elapsed_ms(started),
            cost_estimate=round(cost, 6),
            fvs_validation=failure.fvs,
        )
        return GenerationResult(failure.code, body)


def other_applications(jobs: Sequence[JobRecord], job_id: str, company_name: str) -> list[str]:
    """Companies of the user's other applications: naming one of them in this letter is contamination. Postings
    of the same company (under any short form) are not "other"."""
    return [
        job.company_name for job in jobs if job.job_id != job_id and not company_matches(job.company_name, company_name)
    ]


def new_version(
    *,
    user_id: str,
    cv_id: str,
    job_id: str,
    version: int,
    company_name: str,
    job_title: str,
    content: str,
    quality: QualityReport,
    preferences: Preferences,
    fvs: FVSValidation,
    code: ResultCode,
    model_used: str,
    now: datetime,
    cost: float = 0.0,
    edited: bool = False,
) -> LetterRecord:
    """The stored record of one letter version, generated or edited, with its 90-day expiry."""
    return LetterRecord(
        user_id=user_id,
        cv_id=cv_id,
        job_id=job_id,
        version=version,
        cover_letter_id=str(uuid.uuid4()),
        company_name=company_name,
        job_title=job_title,
        content=content,
        word_count=word_count(content),
        personalization_score=quality.personalization,
        relevance_score=quality.relevance,
        tone_score=quality.tone,
        quality_score=quality.overall,
        quality=quality.details,
        preferences=preferences,
        fvs_validation=fvs,
        code=code.value,
        model_used=model_used,
        cost_estimate=cost,
        edited=edited,
        created_at=now,
        expires_at=now + timedelta(days=RETENTION_DAYS),
    )


def letter_view(record: LetterRecord) -> CoverLetter:
    """The contract's `cover_letter` object for a stored version."""
    return CoverLetter(
        cover_letter_id=record.cover_letter_id,
        cv_id=record.cv_id,
        job_id=record.job_id,
        user_id=record.user_id,
        company_name=record.company_name,
        job_title=record.job_title,
        content=record.content,
        word_count=record.word_count,
        personalization_score=record.personalization_score,
        relevance_score=record.relevance_score,
        tone_score=record.tone_score,
        generated_at=record.created_at,
        version=record.version,
    )


def requirement_coverage(evidence: EvidenceMap) -> list[RequirementCoverage]:
    out: list[RequirementCoverage] = []
    for req in evidence.requirements:
        facts = [f.text for f in (evidence.fact(fid) for fid in req.fact_ids) if f is not None]
        out.append(
            RequirementCoverage(
                requirement=req.requirement,
                category=req.category.value,
                met=not req.is_gap,
                score=req.score,
                evidence=facts[:3],
            )
        )
    return out


def _elapsed_ms(started: float) -> int:
    return max(0, int((time.perf_counter() - started) * 1000))


def _unusable_reply(exc: LLMOutputError) -> FVSViolation:
    return FVSViolation(
        field="refusal",
        found=exc.reason,
        severity=Severity.CRITICAL,
        message=f"The previous answer was not a usable cover letter ({exc.reason}); write the letter itself.",
    )


def _llm_failure(exc: LLMError) -> tuple[ResultCode, str]:
    if isinstance(exc, LLMThrottled):
        return ResultCode.LLM_RATE_LIMITED, "The language model is busy; please retry shortly."
    if isinstance(exc, LLMTimeout):
        return ResultCode.CV_LETTER_GENERATION_TIMEOUT, "The language model did not answer in time."
    return ResultCode.LLM_API_ERROR, "The language model failed to answer."


def _failure_message(code: ResultCode, chosen: policy.Attempt | None) -> str:
    if code is ResultCode.FVS_HALLUCINATION_DETECTED and chosen is not None:
        found = "; ".join(v.message for v in chosen.fvs.critical[:3])
        return f"Every attempt stated something the CV does not support: {found}"
    if code is ResultCode.GENERATION_QUALITY_INSUFFICIENT and chosen is not None:
        return f"The best letter scored {chosen.quality.overall:.2f}, below the 0.50 floor."
    return "The letter could not be generated."
