"""The CPU-bound stages of a generation as module-level functions of picklable values, and where they run.

`CoverLetterService` hands each stage to a `CpuRunner`: a worker thread by default (the CLI, Lambda, tests), or a
pool of worker processes in `careervp serve`, so that a burst of generations neither holds the event loop nor queues
behind one interpreter lock, and a stage still running at the generation deadline can be stopped where it runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from careervp.logic import policy
from careervp.logic.fvs import verify_letter
from careervp.logic.repair import repaired
from careervp.logic.scoring import score_letter
from careervp.logic.service.inputs import StoredCV
from careervp.logic.writers.base import Writer, WritingBrief
from careervp.models.api import CoverLetterCreate, FVSValidation
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.letter import Draft
from careervp.vocabulary.companies import companies_a_text_may_name

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
    """An offline writer's letter as one plain call (its `write` is async only to share the port with models)."""
    return asyncio.run(writer.write(brief))


def judge_draft(
    draft: Draft,
    request: CoverLetterCreate,
    cv: StoredCV,
    posting: JobPosting,
    evidence: EvidenceMap,
    other_companies: list[str],
    *,
    offline_writer: str,
    stronger: bool = False,
    is_fallback: bool = False,
) -> policy.Attempt:
    """Verify and score one draft; the offline writer's letter is repaired first, since it never fails on its own
    checker (logic/repair.py says why)."""
    parsed_cv = cv.cv

    def verify(text: str) -> FVSValidation:
        return verify_letter(
            text,
            cv=parsed_cv,
            job=posting,
            company_name=request.company_name,
            job_title=request.job_title,
            gap_responses=request.gap_responses,
            other_companies=companies_a_text_may_name(text, other_companies),
        )

    if draft.writer == offline_writer:
        text, fvs = repaired(draft.text, verify)
        draft = draft.model_copy(update={"text": text})
    else:
        fvs = verify(draft.text)
    quality = score_letter(draft.text, evidence=evidence, preferences=request.preferences)
    return policy.Attempt(draft, fvs, quality, stronger=stronger, is_fallback=is_fallback)


def offline_attempt(
    writer: Writer,
    brief: WritingBrief,
    request: CoverLetterCreate,
    cv: StoredCV,
    posting: JobPosting,
    evidence: EvidenceMap,
    other_companies: list[str],
    *,
    is_fallback: bool = False,
) -> policy.Attempt:
    """An offline writer's letter, judged: one call, so a worker process is asked once per attempt."""
    draft = write_offline(writer, brief)
    return judge_draft(
        draft, request, cv, posting, evidence, other_companies, offline_writer=writer.name, is_fallback=is_fallback
    )
