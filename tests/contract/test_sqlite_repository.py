"""The storage contract on the SQLite adapter, plus what only SQLite does (file, WAL, several processes)."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from careervp.dal.sqlite import SqliteRepository
from careervp.logic.ports import StorageError
from careervp.vocabulary.companies import company_probes

from .repository_contract import (
    NOW,
    PAST,
    RepositoryContract,
    buckets,
    make_cv_record,
    make_job_record,
    make_letter,
)


class TestSqliteRepository(RepositoryContract):
    @pytest.fixture
    def repo(self, tmp_path: Path) -> Iterator[SqliteRepository]:
        repository = SqliteRepository(tmp_path / "careervp.sqlite3")
        yield repository
        repository.close()


@pytest.fixture
def sqlite_repo(tmp_path: Path) -> Iterator[SqliteRepository]:
    repository = SqliteRepository(tmp_path / "data" / "careervp.sqlite3")
    yield repository
    repository.close()


def test_database_is_in_wal_mode_and_survives_reopening(sqlite_repo: SqliteRepository) -> None:
    sqlite_repo.put_cv(make_cv_record("alice", "cv-1"))
    with sqlite3.connect(sqlite_repo.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened = SqliteRepository(sqlite_repo.path)
    assert reopened.get_cv("alice", "cv-1") is not None
    reopened.close()


def test_purge_expired_frees_rows_but_keeps_version_numbers(sqlite_repo: SqliteRepository) -> None:
    sqlite_repo.put_cv(make_cv_record("alice", "cv-old", expires_at=PAST))
    sqlite_repo.put_cv(make_cv_record("alice", "cv-new"))
    sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, expires_at=PAST))
    assert sqlite_repo.purge_expired() == 2
    assert sqlite_repo.latest_letter_version("alice", "cv-1", "job-1") == 1
    assert sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", 1)).version == 2
    assert [r.cv_id for r in sqlite_repo.list_cvs("alice")] == ["cv-new"]


def test_undoing_the_newest_version_leaves_no_trace(sqlite_repo: SqliteRepository) -> None:
    sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
    sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", 2))
    sqlite_repo.undo_letter_version("alice", "cv-1", "job-1", 2)
    assert sqlite_repo.latest_letter_version("alice", "cv-1", "job-1") == 1
    sqlite_repo.undo_letter_version("alice", "cv-1", "job-1", 1)
    assert sqlite_repo.latest_letter_version("alice", "cv-1", "job-1") == 0
    with sqlite3.connect(sqlite_repo.path) as raw:
        assert raw.execute("SELECT count(*) FROM letter_series").fetchone()[0] == 0


def test_deleting_an_older_version_keeps_the_newest_number(sqlite_repo: SqliteRepository) -> None:
    for version in (1, 2, 3):
        sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", version))
    sqlite_repo.delete_letter_version("alice", "cv-1", "job-1", 2)
    assert sqlite_repo.latest_letter_version("alice", "cv-1", "job-1") == 3
    assert sqlite_repo.add_letter(make_letter("alice", "cv-1", "job-1", 1)).version == 4


def test_a_broken_database_raises_storage_error_and_ping_says_no(tmp_path: Path) -> None:
    repository = SqliteRepository(tmp_path / "careervp.sqlite3")
    repository.close()
    with sqlite3.connect(repository.path) as raw:
        raw.execute("DROP TABLE letters")
    with pytest.raises(StorageError):
        repository.add_letter(make_letter("alice", "cv-1", "job-1"))
    with pytest.raises(StorageError):
        repository.get_letter("alice", "cv-1", "job-1")
    directory = tmp_path / "gone"
    directory.mkdir()
    (directory / "db").mkdir()  # a directory where the database file should be: cannot be opened
    with pytest.raises(StorageError):
        SqliteRepository(directory / "db")


def test_a_failed_transaction_leaves_nothing(sqlite_repo: SqliteRepository) -> None:
    def write_then_fail() -> None:
        with sqlite_repo._write("test") as db:
            db.execute("INSERT INTO letter_series (user_id, cv_id, job_id, last_version) VALUES ('a', 'cv', 'job', 7)")
            raise StorageError("boom")

    with pytest.raises(StorageError):
        write_then_fail()
    assert sqlite_repo.latest_letter_version("a", "cv", "job") == 0


def _consume_in_another_process(path: str, queue: multiprocessing.Queue[bool]) -> None:
    repository = SqliteRepository(Path(path))
    for _ in range(5):
        queue.put(repository.consume_rate("alice", buckets(6, 100, 100)).allowed)
    repository.close()


def test_rate_limit_is_atomic_across_processes(sqlite_repo: SqliteRepository) -> None:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[bool] = context.Queue()
    workers = [
        context.Process(target=_consume_in_another_process, args=(str(sqlite_repo.path), queue)) for _ in range(3)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=60) for _ in range(15)]
    for worker in workers:
        worker.join(timeout=60)
    assert sum(results) == 6


def test_expiry_follows_the_injected_clock(tmp_path: Path) -> None:
    moments = [NOW]
    repository = SqliteRepository(tmp_path / "db.sqlite3", now=lambda: moments[0])
    repository.put_cv(make_cv_record("alice", "cv-1"))
    assert repository.get_cv("alice", "cv-1") is not None
    moments[0] = NOW + timedelta(days=91)
    assert repository.get_cv("alice", "cv-1") is None
    repository.close()


def test_token_revocations_survive_erasure_and_only_move_forward(sqlite_repo: SqliteRepository) -> None:
    assert sqlite_repo.tokens_revoked_before("alice") is None
    sqlite_repo.revoke_tokens("alice", NOW)
    sqlite_repo.revoke_tokens("alice", NOW - timedelta(days=1))  # an older moment never lowers the cut-off
    sqlite_repo.delete_user("alice")
    assert sqlite_repo.tokens_revoked_before("alice") == NOW
    assert sqlite_repo.tokens_revoked_before("bob") is None


_GLOBAL_JOB_IDS_SCHEMA = """
CREATE TABLE jobs (job_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at REAL NOT NULL,
                   expires_at REAL NOT NULL, body TEXT NOT NULL);
CREATE INDEX jobs_by_user ON jobs (user_id, created_at);
CREATE TABLE idempotency (user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, state TEXT NOT NULL,
    status_code INTEGER, response TEXT, claimed_at REAL NOT NULL, expires_at REAL NOT NULL, PRIMARY KEY (user_id, key));
"""


def test_a_file_with_global_job_ids_is_migrated_to_per_user_ids(tmp_path: Path) -> None:
    path = tmp_path / "careervp.sqlite3"
    alices = make_job_record("alice", "acme-1")
    with sqlite3.connect(path) as raw:
        raw.executescript(_GLOBAL_JOB_IDS_SCHEMA)
        raw.execute(
            "INSERT INTO jobs VALUES (?, ?, ?, ?, ?)",
            ("acme-1", "alice", NOW.timestamp(), alices.expires_at.timestamp(), alices.model_dump_json()),
        )
        raw.execute("INSERT INTO idempotency VALUES ('alice', 'k', 'h', 'done', 200, '{}', 0, 9e12)")
    raw.close()
    repository = SqliteRepository(path)
    assert repository.get_job("alice", "acme-1") == alices
    repository.put_job(make_job_record("bob", "acme-1"))
    assert repository.get_job("alice", "acme-1") == alices
    assert repository.get_job("bob", "acme-1") is not None
    assert repository.claim_idempotency("alice", "k", "h", NOW).state.value == "done"
    assert repository.companies_named_by("alice", "acme-2", company_probes("Example Corp")) == ["Example Corp"]
    repository.close()
    assert SqliteRepository(path).get_job("bob", "acme-1") is not None  # opening again changes nothing


def test_jobs_stored_before_the_company_column_are_indexed_by_company(tmp_path: Path) -> None:
    path = tmp_path / "careervp.sqlite3"
    older = make_job_record("alice", "job-1", company="Zephyr Ltd")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "CREATE TABLE jobs (user_id TEXT NOT NULL, job_id TEXT NOT NULL, created_at REAL NOT NULL,"
            " expires_at REAL NOT NULL, body TEXT NOT NULL, PRIMARY KEY (user_id, job_id))"
        )
        raw.execute(
            "INSERT INTO jobs VALUES (?, ?, ?, ?, ?)",
            ("alice", "job-1", NOW.timestamp(), older.expires_at.timestamp(), older.model_dump_json()),
        )
    raw.close()
    repository = SqliteRepository(path)
    assert repository.companies_named_by("alice", "job-2", company_probes("Zephyr")) == ["Zephyr Ltd"]
    assert repository.get_job("alice", "job-1") == older
    repository.close()
    with sqlite3.connect(path) as raw:
        plan = " ".join(
            str(row[3])
            for row in raw.execute(
                "EXPLAIN QUERY PLAN SELECT DISTINCT company_name FROM jobs WHERE user_id = ? AND expires_at > ?"
                " AND job_id != ? ORDER BY company_name",
                ("alice", 0, "job-2"),
            )
        )
    raw.close()
    assert "COVERING INDEX jobs_by_company" in plan  # the postings themselves are never read
