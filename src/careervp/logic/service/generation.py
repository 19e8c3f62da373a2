"""The one orchestrator: load -> evidence -> write -> verify -> score -> retry/fall back -> store -> render.

Every door (HTTP route, Lambda, CLI, web page) calls `CoverLetterService.generate`; none of them repeats a step.
Errors are values here: the service returns a `GenerationResult` whose code maps to HTTP in one table.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from functools import partial

from careervp.logic import policy
from careervp.logic.downloads import DOWNLOAD_FORMATS
from careervp.logic.ports import BlobStore, Clock, LLMError, Renderer, Repository, StorageError
from careervp.logic.service.failures import (
    GenerationFailure,
    decision_failure,
    elapsed_ms,
    error_result,
    llm_failure,
    unusable_reply,
)
from careervp.logic.service.files import LetterFiles
from careervp.logic.service.inputs import UNREADABLE, StoredCV
from careervp.logic.service.stages import (
    CpuRunner,
    GenerationInputs,
    KnownCompanies,
    OtherCompanies,
    Written,
    in_worker_thread,
    judge_draft,
    prepare_write_and_judge,
    write_offline_letter,
)
from careervp.logic.service.versions import (
    content_digest,
    letter_body,
    new_cv,
    new_job,
    new_version,
    other_applications,
)
from careervp.logic.writers.base import Writer
from careervp.logic.writers.defects import defect_feedback
from careervp.logic.writers.llm import LLMOutputError
from careervp.models.api import CoverLetterCreate, CoverLetterPublic, FVSViolation
from careervp.models.codes import ResultCode
from careervp.models.letter import Draft
from careervp.models.records import CVRecord, JobRecord, LetterRecord
from careervp.models.results import GenerationResult, LetterCase, UserContext
from careervp.vocabulary.companies import company_probes

AnswerKeeper = Callable[[CoverLetterPublic], CoverLetterPublic]
"""Keeps a new letter's success body where the door needs it (the idempotency record) and returns the body as the
caller gets it; called in the thread that stored the letter."""


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
        cpu_runner: CpuRunner = in_worker_thread,
    ) -> None:
        """`eager_formats`: renderings stored with each version (see `LetterFiles`). `cpu_runner`: where evidence,
        offline writing, verification and scoring run (logic/service/stages.py)."""
        self._repo = repository
        self.files = LetterFiles(
            repository=repository,
            blobs=blobs,
            renderer=renderer,
            download_ttl_s=download_ttl_s,
            eager_formats=eager_formats,
        )
        self._writer = writer
        self._fallback = fallback_writer
        self._clock = clock
        self._require_vpr = require_vpr
        self._timeout_s = timeout_s
        self._cpu = cpu_runner

    def use_cpu_runner(self, runner: CpuRunner) -> None:
        """Run the CPU stages elsewhere from now on (the server hands them to its worker processes)."""
        self._cpu = runner

    @property
    def writer_name(self) -> str:
        return self._writer.name

    async def generate(
        self,
        request: CoverLetterCreate,
        user: UserContext,
        *,
        request_key: str | None = None,
        answer: AnswerKeeper | None = None,
    ) -> GenerationResult:
        """The one pipeline. `request_key` (the caller's idempotency key) is kept on the stored version, so the answer
        can be found again if the process dies between storing the letter and remembering the answer. `answer`
        is given the success body in the thread that stored the letter, so the door's own writes (the answer kept
        for retries) take no hop of their own; the body it returns is the one this call returns."""
        started = time.perf_counter()
        cost = 0.0
        try:
            try:
                inputs, attempts, decision = await asyncio.wait_for(self._run(request, user), self._timeout_s)
            except TimeoutError as exc:
                raise GenerationFailure(
                    ResultCode.CV_LETTER_GENERATION_TIMEOUT, f"Generation took longer than {self._timeout_s:g} s."
                ) from exc
            cost = sum(a.draft.cost_usd for a in attempts)
            if decision.code is None or decision.chosen is None or not decision.code.is_success:
                raise decision_failure(decision.code or ResultCode.INTERNAL_ERROR, decision.chosen)
            chosen, code = decision.chosen, decision.code

            def store_and_answer() -> tuple[LetterRecord, CoverLetterPublic]:
                record = self._store(request, user, inputs, chosen, code, cost, request_key)
                body = self._success_body(record, inputs, chosen, len(attempts), started, cost)
                return record, (answer(body) if answer is not None else body)

            record, body = await asyncio.to_thread(store_and_answer)
        except GenerationFailure as failure:
            return error_result(failure, started, cost)
        return GenerationResult(code, body, record)

    # -- steps -----------------------------------------------------------------------------------------------

    async def _run(
        self, request: CoverLetterCreate, user: UserContext
    ) -> tuple[GenerationInputs, list[policy.Attempt], policy.Decision]:
        """Everything up to the decision, under the generation deadline. Store reads run in worker threads and the
        CPU stages (evidence, offline writing, verification, scoring) in the CPU runner: the event loop keeps serving
        other requests meanwhile, and the deadline fires on time (a worker process still running a stage then is
        replaced; a worker thread finishes its bounded stage and the result is dropped). Nothing is stored after a
        timeout."""
        first = self._writer if self._writer.name == self._fallback.name else None  # the offline writer writes first
        cv, job_document, known = await asyncio.to_thread(self._load, request, user, first is not None)
        stage = partial(prepare_write_and_judge, cv, job_document, request, known, user_id=user.user_id,
                        now=self._clock.now())  # fmt: skip
        prepared, written, judged = await self._cpu(partial(stage, offline_writer=first))
        if self._require_vpr and not prepared.evidence.requirements:
            raise GenerationFailure(ResultCode.VPR_NOT_FOUND, "No evidence report could be built for this CV and job.")
        inputs = GenerationInputs(cv, prepared, user.user_id, written, judged)
        attempts, decision = await self._attempts(request, inputs)
        return inputs, attempts, decision

    def _load(
        self, request: CoverLetterCreate, user: UserContext, offline_first: bool
    ) -> tuple[StoredCV, str | None, KnownCompanies | None]:
        """The stored CV and job as their documents (parsed later, by the CPU stage), and, when the offline writer
        writes first and the store can give them, the user's few companies its letter could name."""
        try:
            cv_document = self._repo.get_cv_document(user.user_id, request.cv_id)
            if cv_document is None:
                owner = self._repo.cv_owner(request.cv_id)
                if owner is not None and owner != user.user_id:
                    raise GenerationFailure(ResultCode.FORBIDDEN, "That CV belongs to another user.")
                raise GenerationFailure(ResultCode.CV_NOT_FOUND, f"No CV with id '{request.cv_id}'.")
            job_document = self._repo.get_job_document(user.user_id, request.job_id)
            known = KnownCompanies.in_store(self._repo, user.user_id, request) if offline_first else None
        except StorageError as exc:
            raise GenerationFailure(ResultCode.STORAGE_ERROR, UNREADABLE) from exc
        return StoredCV(cv_document), job_document, known

    def _other_companies(self, request: CoverLetterCreate, user_id: str, probes: frozenset[str]) -> OtherCompanies:
        """The user's other applications a text with these probes may name (same-company postings left out)."""
        try:
            found = self._repo.companies_named_by(user_id, request.job_id, probes)
        except StorageError as exc:
            raise GenerationFailure(ResultCode.STORAGE_ERROR, UNREADABLE) from exc
        return OtherCompanies(probes, tuple(other_applications(found, request.company_name)))

    async def _attempts(
        self, request: CoverLetterCreate, inputs: GenerationInputs
    ) -> tuple[list[policy.Attempt], policy.Decision]:
        preferences = request.preferences
        primary_is_template = self._writer.name == self._fallback.name
        attempts: list[policy.Attempt] = []
        feedback: list[FVSViolation] = []
        try:
            if inputs.judged is not None:
                attempts.append(inputs.judged)
            elif inputs.written is not None:
                attempts.append(await self._judge(inputs.written, request, inputs))
            else:
                draft = await self._writer.write(inputs.brief(preferences))
                attempts.append(await self._judge(await self._probed(draft), request, inputs))
        except LLMOutputError as exc:
            # The model answered, but with a refusal or leftovers: a failed attempt, not a provider failure.
            feedback = [unusable_reply(exc)]
        except LLMError as exc:
            raise llm_failure(exc) from exc
        while True:
            if attempts:
                decision = policy.decide(attempts, primary_is_template=primary_is_template)
            else:
                decision = policy.Decision(policy.Action.RETRY_STRONGER)
            if decision.action is policy.Action.RETRY_STRONGER:
                if attempts:  # the prompt puts critical violations first, then what reads assembled
                    latest = attempts[-1]
                    defects = await self._cpu(
                        partial(defect_feedback, latest.draft.text, posting=inputs.posting.raw_text)
                    )
                    feedback = defects + latest.fvs.violations
                try:
                    draft = await self._writer.write(inputs.brief(preferences), feedback=feedback, stronger=True)
                except LLMError:
                    # The retry is a second chance; if the provider fails now, the template still can.
                    attempts.append(await self._offline_attempt(request, inputs, is_fallback=True))
                    continue
                attempts.append(await self._judge(await self._probed(draft), request, inputs, stronger=True))
            elif decision.action is policy.Action.FALLBACK_TEMPLATE:
                attempts.append(await self._offline_attempt(request, inputs, is_fallback=True))
            else:
                return attempts, decision

    async def _offline_attempt(
        self, request: CoverLetterCreate, inputs: GenerationInputs, *, is_fallback: bool = False
    ) -> policy.Attempt:
        """The fallback writer's letter (after a model's attempts), then judged."""
        written = await self._cpu(partial(write_offline_letter, self._fallback, inputs.brief(request.preferences)))
        return await self._judge(written, request, inputs, is_fallback=is_fallback)

    @staticmethod
    async def _probed(draft: Draft) -> Written:
        """A model's letter with its probes (a fraction of a millisecond, in a thread while the loop serves)."""
        return Written(draft, await asyncio.to_thread(company_probes, draft.text))

    async def _judge(
        self,
        written: Written,
        request: CoverLetterCreate,
        inputs: GenerationInputs,
        *,
        stronger: bool = False,
        is_fallback: bool = False,
    ) -> policy.Attempt:
        """Look up the companies the letter's words may name (one indexed read), then judge it in one CPU stage.
        A repair that puts new words side by side has them looked up after; the stage runs again only when they
        name another company."""
        judge = partial(judge_draft, offline_writer=self._fallback.name, stronger=stronger, is_fallback=is_fallback)
        others = await asyncio.to_thread(self._other_companies, request, inputs.user_id, written.probes)
        while True:
            judged = await self._cpu(partial(judge, written.draft, *inputs.judging(request), others))
            if not judged.unlooked:
                return judged.attempt
            probes = others.probes | judged.unlooked
            more = await asyncio.to_thread(self._other_companies, request, inputs.user_id, probes)
            if more.companies == others.companies:
                return judged.attempt
            others = more

    def _store(
        self,
        request: CoverLetterCreate,
        user: UserContext,
        inputs: GenerationInputs,
        chosen: policy.Attempt,
        code: ResultCode,
        cost: float,
        request_key: str | None,
    ) -> LetterRecord:
        """Persist the job (if new), the version and its renderings, all or nothing."""
        now = self._clock.now()
        try:
            if inputs.prepared.new_job is not None:
                self._repo.put_job(inputs.prepared.new_job)
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
                words=chosen.word_count,
            ).model_copy(update={"request_key": request_key})
            stored = self._repo.add_letter(record)
        except StorageError as exc:
            self._undo_job(inputs)
            raise GenerationFailure(
                ResultCode.STORAGE_ERROR, "The letter could not be saved; nothing was stored."
            ) from exc
        try:
            self.files.render_all(stored, inputs.prepared.candidate)
        except Exception as exc:  # any blob or render failure: take the version back out
            self._undo_letter(stored, inputs)
            raise GenerationFailure(
                ResultCode.STORAGE_ERROR, "The letter could not be saved; nothing was stored."
            ) from exc
        return stored

    def letter_file(self, record: LetterRecord, fmt: str) -> bytes | None:
        """A version's rendering in `fmt` (drawn now when it was left for first use); None when it cannot be."""
        return self.files.letter_file(record, fmt)

    def stored_answer(self, user_id: str, request_key: str) -> CoverLetterPublic | None:
        """The success body for the version generated under `request_key`, rebuilt from the stored record (the
        evidence-map extras are not kept); None when no such version exists."""
        records = [r for r in self._repo.list_letters(user_id) if r.request_key == request_key]
        if not records:
            return None
        record = max(records, key=lambda r: r.version)
        return letter_body(record, self.files.download_urls(record), processing_time_ms=0, cost=record.cost_estimate)

    async def generate_case(self, case: LetterCase, user: UserContext) -> GenerationResult:
        """A letter for a CV and a posting read from files: both are kept under ids drawn from their content (so
        running the same files again adds a version rather than a copy), then the one pipeline runs."""
        now = self._clock.now()
        posting = case.posting
        cv_id = f"cv-{content_digest(case.cv_bytes)}"
        job_id = f"job-{content_digest(case.posting_text, posting.company_name, posting.job_title)}"
        cv = new_cv(
            user_id=user.user_id,
            cv_id=cv_id,
            filename=case.cv_name,
            content_type="application/octet-stream",
            cv=case.cv,
            now=now,
        )
        job = new_job(
            user_id=user.user_id,
            job_id=job_id,
            company_name=posting.company_name,
            job_title=posting.job_title,
            description=case.posting_text,
            posting=posting,
            now=now,
        )
        await asyncio.to_thread(self._keep_case, cv, job)
        request = CoverLetterCreate(
            cv_id=cv_id,
            job_id=job_id,
            company_name=posting.company_name,
            job_title=posting.job_title,
            preferences=case.preferences,
        )
        return await self.generate(request, user)

    def _keep_case(self, cv: CVRecord, job: JobRecord) -> None:
        self._repo.put_cv(cv)
        self._repo.put_job(job)

    def _undo_letter(self, record: LetterRecord, inputs: GenerationInputs) -> None:
        self.files.undo_version(record)
        self._undo_job(inputs)

    def _undo_job(self, inputs: GenerationInputs) -> None:
        new_job = inputs.prepared.new_job
        if new_job is None:
            return
        try:
            self._repo.delete_job(new_job.user_id, new_job.job_id)
        except StorageError:
            return

    # -- bodies ----------------------------------------------------------------------------------------------

    def _success_body(
        self,
        record: LetterRecord,
        inputs: GenerationInputs,
        chosen: policy.Attempt,
        attempts: int,
        started: float,
        cost: float,
    ) -> CoverLetterPublic:
        urls = self.files.download_urls(record)
        body = letter_body(record, urls, processing_time_ms=elapsed_ms(started), cost=cost)
        return body.model_copy(
            update={
                "requirement_coverage": list(inputs.prepared.coverage),
                "input_tokens": chosen.draft.input_tokens,
                "output_tokens": chosen.draft.output_tokens,
                "attempts": attempts,
            }
        )
