"""The contamination check looks a letter up in the index of company keys, on both stores (SQLite file, DynamoDB
through the moto server): another application the letter names is caught, the companies it does not name are never
read, words a repair puts side by side are looked up too, a failed job write leaves no key behind, and a DynamoDB
roster filed under other rules is filed again."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import boto3
import pytest

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.sqlite import SqliteRepository
from careervp.ingest import read_cv_file, read_posting
from careervp.llm.fake import ScriptedLLM
from careervp.logic.ports import CompanyKeyRows, Repository, StorageError
from careervp.logic.service.stages import KnownCompanies, OtherCompanies, in_worker_thread
from careervp.models.api import CoverLetterCreate
from careervp.models.letter import Draft
from careervp.models.records import CVRecord, JobRecord
from careervp.models.results import UserContext
from careervp.vocabulary.companies import company_probes
from contract.repository_contract import make_job_record

from .conftest import REGION

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
ALICE = UserContext("alice")
T = TypeVar("T")


class _RecordingSqlite(SqliteRepository):
    """The SQLite store, noting what each contamination lookup answered."""

    answers: list[list[str]]

    def companies_named_by(self, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
        answer = super().companies_named_by(user_id, job_id, probes)
        self.answers.append(answer)
        return answer


class _RecordingDynamo(DynamoRepository):
    """The DynamoDB store, noting what each contamination lookup answered."""

    answers: list[list[str]]

    def companies_named_by(self, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
        answer = super().companies_named_by(user_id, job_id, probes)
        self.answers.append(answer)
        return answer


@pytest.fixture(params=["sqlite", "dynamodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> _RecordingSqlite | _RecordingDynamo:
    repository: _RecordingSqlite | _RecordingDynamo
    if request.param == "sqlite":
        repository = _RecordingSqlite(tmp_path / "careervp.sqlite3")
    else:
        endpoint = request.getfixturevalue("moto_endpoint")
        repository = _RecordingDynamo(f"careervp-test-{tmp_path.name[-12:]}", region=REGION, endpoint_url=endpoint)
        repository.create_table()
    repository.answers = []
    return repository


def _register(repository: Repository) -> JobRecord:
    now = datetime.now(UTC)
    cv = read_cv_file(next(p for p in sorted((SAMPLE / "cvs").iterdir()) if p.suffix in {".md", ".json"}))
    record = CVRecord(
        user_id="alice", cv_id="cv1", filename="cv.md", content_type="text/markdown", cv=cv, created_at=now,
        expires_at=now + timedelta(days=90),
    )  # fmt: skip
    repository.put_cv(record)
    posting = read_posting((SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8"))
    job = JobRecord(
        user_id="alice", job_id="job1", company_name=posting.company_name, job_title=posting.job_title,
        description=posting.raw_text, posting=posting, created_at=now, expires_at=now + timedelta(days=90),
    )  # fmt: skip
    repository.put_job(job)
    return job


def test_another_application_a_letter_names_is_caught_through_the_index(
    store: _RecordingSqlite | _RecordingDynamo, tmp_path: Path
) -> None:
    job = _register(store)
    for index in range(40):
        store.put_job(job.model_copy(update={"job_id": f"other-{index}", "company_name": f"Quorvex{index} Trading"}))
    store.put_job(job.model_copy(update={"job_id": "job2", "company_name": "Zephyrine Widgets"}))
    settings = Settings(data_dir=tmp_path)
    request = CoverLetterCreate(cv_id="cv1", job_id="job1", company_name=job.company_name, job_title=job.job_title)
    good = asyncio.run(build(settings, repository=store).service.generate(request, ALICE))
    assert good.record is not None, good.body
    body, _, signoff = good.record.content.rpartition("\n\n")
    contaminated = f"{body}\n\nZephyrine Widgets has my application too, and I admire both teams.\n\n{signoff}"
    llm = ScriptedLLM([contaminated, contaminated])
    store.answers.clear()
    result = asyncio.run(build(settings, repository=store, llm=llm).service.generate(request, ALICE))
    # Both model attempts name the other application; the template fallback writes the letter instead.
    assert result.code.is_success, result.body
    assert result.record is not None
    assert "Zephyrine" not in result.record.content
    assert len(llm.calls) == 2
    assert store.answers[:2] == [["Zephyrine Widgets"], ["Zephyrine Widgets"]]
    # The forty companies no letter names were never candidates: the lookup follows the letter's words.
    assert not any(name.startswith("Quorvex") for answer in store.answers for name in answer)


def test_a_job_write_that_fails_leaves_no_key_entry(dynamo_repo: DynamoRepository, moto_endpoint: str) -> None:
    too_large = make_job_record("u1", "job-1", company="Zephyr Ltd").model_copy(update={"description": "x" * 450_000})
    with pytest.raises(StorageError):
        dynamo_repo.put_job(too_large)  # DynamoDB refuses the item, and with it the whole transaction
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    assert client.scan(TableName=dynamo_repo.table_name)["Items"] == []
    assert dynamo_repo.companies_named_by("u1", "job-9", company_probes("Zephyr")) == []


def test_a_roster_filed_under_other_rules_is_filed_again(dynamo_repo: DynamoRepository, moto_endpoint: str) -> None:
    dynamo_repo.put_job(make_job_record("u1", "job-1", company="Zephyr Ltd"))
    assert dynamo_repo.companies_named_by("u1", "job-9", company_probes("Zephyr")) == ["Zephyr Ltd"]
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    table = dynamo_repo.table_name
    client.delete_item(TableName=table, Key={"user_id": {"S": "u1"}, "sk": {"S": "COMPANYKEY#zephyr"}})
    assert dynamo_repo.companies_named_by("u1", "job-9", company_probes("Zephyr")) == []  # the same rules: kept
    client.update_item(
        TableName=table,
        Key={"user_id": {"S": "u1"}, "sk": {"S": "COMPANY#"}},
        UpdateExpression="SET filing = :old",
        ExpressionAttributeValues={":old": {"S": "an older filing"}},
    )
    assert dynamo_repo.companies_named_by("u1", "job-9", company_probes("Zephyr")) == ["Zephyr Ltd"]


class _OfflineText:
    """An offline writer (it shares the template writer's name, so its letter is repaired like the template's) whose
    letter is given."""

    name = "template"

    def __init__(self, text: str) -> None:
        self.text = text

    async def write(self, brief: object, feedback: object = (), stronger: bool = False) -> Draft:
        return Draft(text=self.text, writer=self.name)


def test_words_a_repair_puts_side_by_side_are_looked_up_and_the_letter_judged_again(
    store: _RecordingSqlite | _RecordingDynamo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = _register(store)
    store.put_job(job.model_copy(update={"job_id": "job2", "company_name": "Kestrelbrook"}))
    settings = Settings(data_dir=tmp_path)
    request = CoverLetterCreate(cv_id="cv1", job_id="job1", company_name=job.company_name, job_title=job.job_title)
    good = asyncio.run(build(settings, repository=store).service.generate(request, ALICE))
    assert good.record is not None, good.body
    body, _, signoff = good.record.content.rpartition("\n\n")
    # The invented 97% is taken out, and "Kestrel" then stands beside "Brook": a run that may name Kestrelbrook.
    text = f"{body}\n\nI admire Kestrel. I cut costs by 97% last spring. Brook teams inspire me.\n\n{signoff}"
    container = build(settings, repository=store, writer=_OfflineText(text))
    stages: list[str] = []
    run_stage = in_worker_thread

    async def noting(stage: Callable[[], T]) -> T:
        stages.append(getattr(stage, "func", stage).__name__)
        return await run_stage(stage)

    container.service.use_cpu_runner(noting)
    looked_up: list[list[str]] = []
    named_by = KnownCompanies.named_by

    def noting_lookup(known: KnownCompanies, probes: frozenset[str]) -> OtherCompanies:
        found = named_by(known, probes)
        looked_up.append(list(found.companies))
        return found

    monkeypatch.setattr(KnownCompanies, "named_by", noting_lookup)
    store.answers.clear()
    result = asyncio.run(container.service.generate(request, ALICE))
    assert result.code.is_success, result.body
    assert result.record is not None
    assert "97%" not in result.record.content
    assert "Kestrel. Brook" in result.record.content
    if isinstance(store, CompanyKeyRows):  # the user's few companies went with the letter: judged where written
        assert (store.answers, looked_up) == ([], [[], ["Kestrelbrook"]])
        assert stages == ["prepare_write_and_judge"]
    else:
        assert (store.answers, looked_up) == ([[], ["Kestrelbrook"]], [])
        assert stages == ["prepare_write_and_judge", "judge_draft", "judge_draft"]
