"""The SQLite file's index of company keys: filed from the jobs of a file written before it existed (the fixture is
a dump of a file written by that release's own code), filed again when the filing rules change, and never left
half-written by a job write that fails."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.dal.sqlite import SqliteRepository
from careervp.llm.fake import ScriptedLLM
from careervp.models.api import CoverLetterCreate
from careervp.models.codes import ResultCode
from careervp.models.results import UserContext
from careervp.vocabulary.companies import company_probes, index_keys_version

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sqlite" / "careervp_before_company_keys.sql"
ALICE = UserContext("alice")


def _file_from_before_the_index(path: Path) -> Path:
    """The fixture's file: alice's CV, her job `job1` at Ledgerwell Payments, `job2` at Zephyrine Widgets, 30 more
    companies and one of bob's, with their expiry moved into the future (they were written in January 2026)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    future = (datetime.now(UTC) + timedelta(days=30)).timestamp()
    with sqlite3.connect(path) as raw:
        raw.executescript(FIXTURE.read_text(encoding="utf-8"))
        raw.execute("UPDATE jobs SET expires_at = ?", (future,))
        raw.execute("UPDATE cvs SET expires_at = ?", (future,))
    raw.close()
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute(sql).fetchall()
    raw.close()
    return rows


def test_a_file_from_before_the_index_has_its_companies_filed_when_opened(tmp_path: Path) -> None:
    path = _file_from_before_the_index(tmp_path / "careervp.sqlite3")
    assert not _rows(path, "SELECT name FROM sqlite_master WHERE name = 'company_keys'")
    repository = SqliteRepository(path)
    named = company_probes("Zephyrine Widgets, Quorvexa0 Trading and Bob's Own")
    assert repository.companies_named_by("alice", "job1", named) == ["Quorvexa0 Trading", "Zephyrine Widgets"]
    assert repository.companies_named_by("bob", "bobs", named) == []
    assert repository.companies_named_by("alice", "job1", company_probes("Dear Ledgerwell team")) == []
    assert _rows(path, "SELECT version FROM company_keys_filing") == [(index_keys_version(),)]
    repository.close()


def test_the_companies_are_filed_once_and_again_when_the_rules_change(tmp_path: Path) -> None:
    path = _file_from_before_the_index(tmp_path / "careervp.sqlite3")
    SqliteRepository(path).close()
    count = "SELECT count(*) FROM company_keys"
    filed = _rows(path, count)
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM company_keys WHERE company_name = 'Zephyrine Widgets'")
    raw.close()
    SqliteRepository(path).close()  # the same rules: nothing is filed again
    assert _rows(path, count) < filed
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE company_keys_filing SET version = 'an older filing'")
    raw.close()
    repository = SqliteRepository(path)
    assert _rows(path, count) == filed
    assert repository.companies_named_by("alice", "job1", company_probes("Zephyrine")) == ["Zephyrine Widgets"]
    repository.close()


def _request(**changes: object) -> CoverLetterCreate:
    body: dict[str, object] = {
        "cv_id": "cv1",
        "job_id": "job1",
        "company_name": "Ledgerwell Payments",
        "job_title": "Senior Backend Engineer",
    }
    return CoverLetterCreate.model_validate(body | changes)


def test_a_letter_naming_another_application_is_still_caught_after_the_upgrade(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    _file_from_before_the_index(settings.sqlite_path)
    job = SqliteRepository(settings.sqlite_path).get_job("alice", "job1")
    assert job is not None
    request = _request(company_name=job.company_name, job_title=job.job_title)
    good = asyncio.run(build(settings).service.generate(request, ALICE))
    assert good.record is not None, good.body
    body, _, signoff = good.record.content.rpartition("\n\n")
    contaminated = f"{body}\n\nZephyrine Widgets has my application too, and I admire both teams.\n\n{signoff}"
    llm = ScriptedLLM([contaminated, contaminated])
    result = asyncio.run(build(settings, llm=llm).service.generate(request, ALICE))
    # Both model attempts name the other application; the template fallback writes the letter instead.
    assert result.code.is_success, result.body
    assert result.record is not None
    assert "Zephyrine" not in result.record.content
    assert len(llm.calls) == 2


def test_a_job_write_that_fails_leaves_neither_the_job_nor_its_keys(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    _file_from_before_the_index(settings.sqlite_path)
    repository = SqliteRepository(settings.sqlite_path)
    with sqlite3.connect(settings.sqlite_path) as raw:  # the index write fails after the job row went in
        raw.execute(
            "CREATE TRIGGER index_full BEFORE INSERT ON company_keys WHEN NEW.company_name = 'Halcyra Airways'"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    raw.close()
    request = _request(
        job_id="job-new",
        company_name="Halcyra Airways",
        job_title="Backend Engineer",
        job_description="Halcyra Airways is hiring a Backend Engineer. Requirements: Go, Kafka, PostgreSQL, AWS.",
    )
    result = asyncio.run(build(settings, repository=repository).service.generate(request, ALICE))
    assert result.code is ResultCode.STORAGE_ERROR
    assert repository.get_job("alice", "job-new") is None
    assert repository.list_letters("alice") == []
    assert _rows(settings.sqlite_path, "SELECT * FROM company_keys WHERE company_name = 'Halcyra Airways'") == []
    assert repository.companies_named_by("alice", "job1", company_probes("Halcyra Airways")) == []
