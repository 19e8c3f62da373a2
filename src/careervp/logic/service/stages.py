"""The CPU-bound stages of a generation as module-level functions of picklable values, and where they run.

`CoverLetterService` hands each stage to a `CpuRunner`: a worker thread by default (the CLI, Lambda, tests), or a
pool of worker processes in `careervp serve`, so that a burst of generations neither holds the event loop nor queues
behind one interpreter lock, and a stage still running at the generation deadline can be stopped where it runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar

from careervp.logic import policy
from careervp.logic.fvs import verify_letter
from careervp.logic.ports import CompanyKeyRows, Repository
from careervp.logic.repair import repaired
from careervp.logic.scoring import score_letter
from careervp.logic.service.inputs import Prepared, StoredCV, StoredJob, prepare
from careervp.logic.service.packed import Packed
from careervp.logic.service.versions import other_applications
from careervp.logic.text import word_count
from careervp.logic.writers.base import OfflineWriter, Writer, WritingBrief
from careervp.models.api import CoverLetterCreate, FVSValidation, Preferences
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.letter import Draft
from careervp.vocabulary.companies import companies_a_text_may_name, company_probes

T = TypeVar("T")


class CpuRunner(Protocol):
    """Runs a CPU-bound stage (a picklable call without arguments) away from the event loop and awaits its result.
    Cancelling the await (the generation deadline) stops the stage where the runner can: a worker process is
    replaced, a worker thread finishes on its own and its result is dropped."""

    def __call__(self, stage: Callable[[], T], /) -> Awaitable[T]: ...


async def in_worker_thread(stage: Callable[[], T]) -> T:
    """The default `CpuRunner`: a worker thread (the CLI and Lambda run one request at a time)."""
    return await asyncio.to_thread(stage)


def write_offline(writer: Writer, brief: WritingBrief) -> Draft:
    """An offline writer's letter as one plain call (its `write` is async only to share the port with models): its
    `write_now` when it has one, else its `write` on an event loop of its own."""
    if isinstance(writer, OfflineWriter):
        return writer.write_now(brief)
    return asyncio.run(writer.write(brief))


@dataclass(frozen=True)
class Written:
    """An offline writer's letter and its `company_probes`: what the user's other companies are looked up by
    (`Repository.companies_named_by`) before the letter is judged."""

    draft: Draft
    probes: frozenset[str]


@dataclass
class GenerationInputs:
    """One generation's inputs as the service holds them between stages."""

    cv: StoredCV
    prepared: Prepared
    user_id: str
    written: Written | None = None
    """The offline writer's letter, written with the inputs when it writes first."""
    judged: policy.Attempt | None = None
    """That letter's attempt, when it was judged in the same stage (`write_and_judge`)."""
    _brief: WritingBrief | None = field(default=None, repr=False)

    @property
    def posting(self) -> JobPosting:
        return self.prepared.posting

    def brief(self, preferences: Preferences) -> WritingBrief:
        """The writers' brief, built on first use: when the offline writer wrote with the inputs and its letter is
        chosen, nothing in this process reads the evidence map, and it stays packed."""
        if self._brief is None:
            self._brief = self.prepared.brief(preferences)
        return self._brief

    def judging(self, request: CoverLetterCreate) -> tuple[CoverLetterCreate, StoredCV, StoredJob, Packed[EvidenceMap]]:
        """What judging a letter reads, in the order the stages take it (the job as its document: the stage reads
        it, and its stored readings, where it runs)."""
        return request, self.cv, self.prepared.job, self.prepared.packed_evidence


def write_offline_letter(writer: Writer, brief: WritingBrief) -> Written:
    draft = write_offline(writer, brief)
    return Written(draft, company_probes(draft.text))


def prepare_and_write(
    cv: StoredCV,
    job_document: str | None,
    request: CoverLetterCreate,
    *,
    user_id: str,
    now: datetime,
    offline_writer: Writer | None,
) -> tuple[Prepared, Written | None]:
    """The first CPU stage: the inputs prepared and, when the offline writer writes first, its letter, so that the
    lookup of the companies it names falls between this stage and the judging one (no stage of its own)."""
    prepared = prepare(cv, job_document, request, user_id=user_id, now=now)
    if offline_writer is None:
        return prepared, None
    return prepared, write_offline_letter(offline_writer, prepared.brief(request.preferences))


@dataclass(frozen=True)
class OtherCompanies:
    """The user's other applications a letter might name: the companies filed under `probes`, found from the
    letter's own words rather than by trying every company the user applied to."""

    probes: frozenset[str]
    companies: tuple[str, ...]


@dataclass(frozen=True)
class Judged:
    """A judged attempt, and the probes of the texts it verified that the companies were not looked up by (taking
    sentences out of a letter puts new words side by side): when those find no other company, the verdict stands."""

    attempt: policy.Attempt
    unlooked: frozenset[str]


def judge_draft(
    draft: Draft,
    request: CoverLetterCreate,
    cv: StoredCV,
    job: JobPosting | StoredJob,
    evidence: EvidenceMap | Packed[EvidenceMap],
    others: OtherCompanies,
    *,
    offline_writer: str,
    stronger: bool = False,
    is_fallback: bool = False,
) -> Judged:
    """Verify and score one draft; the offline writer's letter is repaired first, since it never fails on its own
    checker (logic/repair.py says why). `others` were looked up by the draft's probes; any text verified here that
    has probes beyond them says so in `Judged.unlooked`. `job` as stored (a `StoredJob`) brings the posting's stored
    readings to the process the stage runs in."""
    parsed_cv = cv.cv
    evidence = evidence.value if isinstance(evidence, Packed) else evidence
    posting = job.posting if isinstance(job, StoredJob) else job
    unlooked: set[str] = set()

    def verify(text: str) -> FVSValidation:
        unlooked.update(company_probes(text) - others.probes)
        return verify_letter(
            text,
            cv=parsed_cv,
            job=posting,
            company_name=request.company_name,
            job_title=request.job_title,
            gap_responses=request.gap_responses,
            other_companies=companies_a_text_may_name(text, list(others.companies)),
        )

    if draft.writer == offline_writer:
        text, fvs = repaired(draft.text, verify)
        draft = draft.model_copy(update={"text": text})
    else:
        fvs = verify(draft.text)
    quality = score_letter(draft.text, evidence=evidence, preferences=request.preferences)
    attempt = policy.Attempt(
        draft, fvs, quality, stronger=stronger, is_fallback=is_fallback, word_count=word_count(draft.text)
    )
    return Judged(attempt, frozenset(unlooked))


KNOWN_COMPANY_KEYS = 512
"""The most company keys of a user looked up where the letter is judged (a letter has a few hundred probes); a user
with more has the letter looked up in the store, by its probes, between writing and judging."""


@dataclass(frozen=True)
class KnownCompanies:
    """All the (key, company) rows `Repository.companies_named_by` would look a user's letter up in (the user's
    companies with a live job other than this one; `CompanyKeyRows`), so the lookup is made where the letter is."""

    rows: tuple[tuple[str, str], ...]
    company_name: str

    @classmethod
    def in_store(cls, repo: Repository, user_id: str, request: CoverLetterCreate) -> KnownCompanies | None:
        """The user's companies as `repo` files them for this request, when it can give them all and there are few;
        raises the store's StorageError."""
        if not isinstance(repo, CompanyKeyRows):
            return None
        rows = repo.companies_filed(user_id, request.job_id, KNOWN_COMPANY_KEYS)
        return cls(rows, request.company_name) if rows is not None else None

    def named_by(self, probes: frozenset[str]) -> OtherCompanies:
        """What the service's lookup by `probes` gives: the companies filed under them, sorted, less the target's."""
        named = sorted({company for key, company in self.rows if key in probes})
        return OtherCompanies(probes, tuple(other_applications(named, self.company_name)))


def prepare_write_and_judge(
    cv: StoredCV,
    job_document: str | None,
    request: CoverLetterCreate,
    known: KnownCompanies | None,
    *,
    user_id: str,
    now: datetime,
    offline_writer: Writer | None,
) -> tuple[Prepared, Written | None, policy.Attempt | None]:
    """`prepare_and_write`, and when the user's companies are `known`, the offline letter judged in the same stage:
    one stage, and nothing sent back and forth between writing and judging."""
    prepared, written = prepare_and_write(cv, job_document, request, user_id=user_id, now=now,
                                          offline_writer=offline_writer)  # fmt: skip
    if written is None or known is None or offline_writer is None:
        return prepared, written, None
    return prepared, written, _judged_here(written, request, cv, prepared, known, offline_writer.name)


def _judged_here(
    written: Written, request: CoverLetterCreate, cv: StoredCV, prepared: Prepared, known: KnownCompanies, writer: str
) -> policy.Attempt:
    """The letter judged with its companies looked up in `known` exactly as the service looks them up in the store
    between stages (`CoverLetterService._judge`), again for the words a repair puts side by side."""
    others = known.named_by(written.probes)
    while True:
        judged = judge_draft(written.draft, request, cv, prepared.job, prepared.packed_evidence, others,
                             offline_writer=writer)  # fmt: skip
        if not judged.unlooked:
            return judged.attempt
        more = known.named_by(others.probes | judged.unlooked)
        if more.companies == others.companies:
            return judged.attempt
        others = more
