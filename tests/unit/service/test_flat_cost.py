"""A letter's cost does not follow the user's stored applications: with none or hundreds of other jobs stored its
CPU stages are at most the same two (as before the index), none of them carries a company the letter does not name
once the user has more than a stage takes, and they judge the letter the same."""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.ingest import read_cv_file, read_posting
from careervp.logic.service.inputs import StoredCV, prepare
from careervp.logic.service.stages import Judged, OtherCompanies, judge_draft
from careervp.models.api import CoverLetterCreate
from careervp.models.letter import Draft
from careervp.models.records import CVRecord, JobRecord
from careervp.models.results import UserContext
from careervp.vocabulary.companies import company_probes

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
ALICE = UserContext("alice")
T = TypeVar("T")


class _PicklingRunner:
    """Sends each stage and its answer through pickle, as the server's worker processes do, noting both."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.answers: list[object] = []

    async def __call__(self, stage: Callable[[], T]) -> T:
        self.sent.append(pickle.dumps(stage, protocol=pickle.HIGHEST_PROTOCOL))
        answer = await asyncio.to_thread(pickle.loads(self.sent[-1]))
        self.answers.append(answer)
        result: T = pickle.loads(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
        return result


def _job(now: datetime) -> JobRecord:
    posting = read_posting((SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8"))
    return JobRecord(
        user_id="alice", job_id="job1", company_name=posting.company_name, job_title=posting.job_title,
        description=posting.raw_text, posting=posting, created_at=now, expires_at=now + timedelta(days=90),
    )  # fmt: skip


def _stages(tmp_path: Path, other_jobs: int) -> _PicklingRunner:
    container = build(Settings(data_dir=tmp_path))
    runner = _PicklingRunner()
    container.service.use_cpu_runner(runner)
    now = datetime(2026, 11, 2, tzinfo=UTC) + timedelta(days=30)  # the same record bytes in both runs
    cv = read_cv_file(next(p for p in sorted((SAMPLE / "cvs").iterdir()) if p.suffix in {".md", ".json"}))
    container.repository.put_cv(
        CVRecord(user_id="alice", cv_id="cv1", filename="cv.md", content_type="text/markdown", cv=cv, created_at=now,
                 expires_at=now + timedelta(days=3650))
    )  # fmt: skip
    job = _job(now).model_copy(update={"expires_at": now + timedelta(days=3650)})
    container.repository.put_job(job)
    for index in range(other_jobs):
        company = f"Quorvex{index} Trading"
        container.repository.put_job(job.model_copy(update={"job_id": f"other-{index}", "company_name": company}))
    request = CoverLetterCreate(cv_id="cv1", job_id="job1", company_name=job.company_name, job_title=job.job_title)
    result = asyncio.run(container.service.generate(request, ALICE))
    assert result.code.is_success, result.body
    return runner


def test_a_template_letter_is_judged_the_same_however_many_jobs_are_stored(tmp_path: Path) -> None:
    none = _stages(tmp_path / "none", 0)
    many = _stages(tmp_path / "many", 300)
    assert len(none.sent) == 1  # few companies: they go with the inputs and the letter is judged where it is written
    assert len(many.sent) == 2  # more than KNOWN_COMPANY_KEYS: the letter's own words are looked up between stages
    assert not any(b"Quorvex" in sent for sent in many.sent)
    (prepared, written, attempt), (prepared_many, written_many, _) = none.answers[0], many.answers[0]
    assert (prepared_many, written_many) == (prepared, written)
    assert many.answers[1] == Judged(attempt, frozenset())


def test_a_few_companies_go_with_the_inputs(tmp_path: Path) -> None:
    few = _stages(tmp_path / "few", 3)
    assert len(few.sent) == 1
    assert b"Quorvex2 Trading" in few.sent[0]


def test_judging_a_text_whose_words_were_not_looked_up_says_which(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    job = _job(now)
    cv = read_cv_file(next(p for p in sorted((SAMPLE / "cvs").iterdir()) if p.suffix in {".md", ".json"}))
    stored = StoredCV.of(
        CVRecord(user_id="alice", cv_id="cv1", filename="cv.md", content_type="text/markdown", cv=cv, created_at=now,
                 expires_at=now + timedelta(days=90))
    )  # fmt: skip
    request = CoverLetterCreate(cv_id="cv1", job_id="job1", company_name=job.company_name, job_title=job.job_title)
    prepared = prepare(stored, job.model_dump_json(), request, user_id="alice", now=now)
    draft = Draft(text=f"Dear {job.company_name} team,\n\nZephyrine Widgets taught me a lot.\n", writer="llm")
    looked_up = OtherCompanies(company_probes(draft.text), ("Zephyrine Widgets",))
    stage = partial(judge_draft, draft, request, stored, prepared.posting, prepared.evidence, offline_writer="template")
    assert stage(OtherCompanies(frozenset(), ())).unlooked == looked_up.probes
    judged = stage(looked_up)
    assert judged.unlooked == frozenset()
    assert any("Zephyrine" in v.message for v in judged.attempt.fvs.violations)
