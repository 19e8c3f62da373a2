"""The storage contract: what every Repository adapter must do, whatever it is built on.

Subclass `RepositoryContract` and provide a `repo` fixture returning a fresh, empty repository:

    class TestSqliteRepository(RepositoryContract):
        @pytest.fixture
        def repo(self, tmp_path): return SqliteRepository(tmp_path / "db.sqlite3")

Import it as `from contract.repository_contract import RepositoryContract` (tests/ is on sys.path for the packages
tests/contract and tests/integration).

Conventions the contract fixes (the service and the API rely on them):
- CV ids (minted by the service) are global: an id owned by another user's unexpired record is never taken over
  (StorageError). Job ids (which clients may choose) are per user: the same id of two users names two jobs.
- Lists are oldest first: CVs and jobs by (created_at, id); letters by (created_at, cv_id, job_id, version).
- Expired records are never served (get, owner, list), but an expired letter version still counts for numbering.
- `add_letter` never overwrites a version: a taken number moves on to the next free one.
- `consume_rate` counts a request in every bucket or in none; refused -> the full window that frees up last;
  allowed -> the window with the fewest requests left after this one (ties: the one that resets last).
- Idempotency: exactly one simultaneous claimant gets NEW; a finished response is replayed for 24 h; an unfinished
  claim older than 10 minutes may be taken over; `complete` after `release` stores nothing.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest

from careervp.logic.ports import Repository, StorageError
from careervp.logic.service.versions import new_cv, new_job
from careervp.models.api import FVSValidation, Preferences
from careervp.models.cv import CV, ExperienceEntry, Person
from careervp.models.job import JobPosting
from careervp.models.records import (
    CVRecord,
    IdempotencyState,
    JobRecord,
    LetterRecord,
    RateBucket,
    RateWindow,
)
from careervp.vocabulary.companies import company_index_keys, company_probes

T = TypeVar("T")
# The probes of a text naming every company the tests below store.
NAMING_ALL = company_probes(
    "Example Corp, Zephyr Ltd, Acme #1 %s, Bob's Own, Northwind, Gone Ltd and Kept Ltd all wrote back."
)
NOW = datetime.now(UTC).replace(microsecond=0)
PAST = NOW - timedelta(days=1)
# Tomorrow's midnight (UTC): a minute boundary that is also an hour and a day boundary, and in the future, so no
# adapter sweeps its counters as expired while a test runs.
MINUTE_START = int(NOW.timestamp()) - int(NOW.timestamp()) % 86_400 + 86_400


def make_cv_record(
    user_id: str, cv_id: str, *, expires_at: datetime | None = None, created_at: datetime = NOW, name: str = "Ada"
) -> CVRecord:
    cv = CV(
        person=Person(name=name, email="ada@example.com"),
        experience=[ExperienceEntry(employer="Example Works", title="Engineer", achievements=["Cut costs by 20%"])],
        skills=["Python", "PostgreSQL"],
        raw_text=f"{name}\nEngineer at Example Works",
    )
    return CVRecord(
        user_id=user_id,
        cv_id=cv_id,
        filename="cv.md",
        content_type="text/markdown",
        cv=cv,
        created_at=created_at,
        expires_at=expires_at or created_at + timedelta(days=90),
    )


def make_job_record(
    user_id: str,
    job_id: str,
    *,
    expires_at: datetime | None = None,
    created_at: datetime = NOW,
    company: str = "Example Corp",
) -> JobRecord:
    posting = JobPosting(company_name=company, job_title="Backend Engineer", must_have=["Python"])
    return JobRecord(
        user_id=user_id,
        job_id=job_id,
        company_name=company,
        job_title="Backend Engineer",
        description="We need Python.",
        posting=posting,
        created_at=created_at,
        expires_at=expires_at or created_at + timedelta(days=90),
    )


def make_letter(
    user_id: str,
    cv_id: str,
    job_id: str,
    version: int = 1,
    *,
    expires_at: datetime | None = None,
    content: str = "Dear hiring team, ...",
) -> LetterRecord:
    created = NOW + timedelta(seconds=version)
    return LetterRecord(
        user_id=user_id,
        cv_id=cv_id,
        job_id=job_id,
        version=version,
        cover_letter_id=f"cl-{cv_id}-{job_id}-{version}",
        company_name="Example Corp",
        job_title="Backend Engineer",
        content=content,
        word_count=len(content.split()),
        personalization_score=0.8,
        relevance_score=0.7,
        tone_score=0.9,
        quality_score=0.79,
        preferences=Preferences(),
        fvs_validation=FVSValidation(is_valid=True, company_name_verified=True, job_title_verified=True),
        code="COVER_LETTER_GENERATED_SUCCESS",
        response={"success": True, "nested": {"version": version}},
        created_at=created,
        expires_at=expires_at or created + timedelta(days=90),
    )


def buckets(minute: int, hour: int, day: int, *, start: int = MINUTE_START) -> list[RateBucket]:
    return [
        RateBucket(window=RateWindow.MINUTE, window_start=start, limit=minute),
        RateBucket(window=RateWindow.HOUR, window_start=start - start % 3600, limit=hour),
        RateBucket(window=RateWindow.DAY, window_start=start - start % 86_400, limit=day),
    ]


def all_at_once(count: int, action: Callable[[int], T]) -> list[T]:
    """Run `action` in `count` threads released together by a barrier, so the calls really overlap."""
    barrier = threading.Barrier(count)

    def run(index: int) -> T:
        barrier.wait()
        return action(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


class RepositoryContract:
    """Every test gets a fresh, empty `repo` from the subclass's fixture."""

    @pytest.fixture
    def repo(self) -> Any:  # pragma: no cover - always overridden
        raise NotImplementedError

    # ---------------------------------------------------------------- CVs
    def test_cv_round_trip_and_owner(self, repo: Repository) -> None:
        record = make_cv_record("alice", "cv-1")
        repo.put_cv(record)
        assert repo.get_cv("alice", "cv-1") == record
        assert repo.cv_owner("cv-1") == "alice"
        assert repo.cv_owner("cv-unknown") is None

    def test_stored_documents_read_back_as_their_records_and_only_for_their_owner(self, repo: Repository) -> None:
        cv, job = make_cv_record("alice", "cv-1"), make_job_record("alice", "job-1")
        repo.put_cv(cv)
        repo.put_job(job)
        cv_document = repo.get_cv_document("alice", "cv-1")
        job_document = repo.get_job_document("alice", "job-1")
        assert cv_document is not None
        assert job_document is not None
        assert CVRecord.model_validate_json(cv_document) == cv
        assert JobRecord.model_validate_json(job_document) == job
        assert repo.get_cv_document("bob", "cv-1") is None
        assert repo.get_job_document("bob", "job-1") is None
        assert repo.get_cv_document("alice", "cv-unknown") is None
        assert repo.get_job_document("alice", "job-unknown") is None

    def test_the_readings_stored_with_a_cv_and_a_job_read_back_with_them(self, repo: Repository) -> None:
        cv = new_cv(user_id="alice", cv_id="cv-1", filename="cv.md", content_type="text/markdown",
                    cv=make_cv_record("alice", "cv-1").cv, now=NOW)  # fmt: skip
        posting = make_job_record("alice", "job-1").posting
        job = new_job(user_id="alice", job_id="job-1", company_name=posting.company_name,
                      job_title=posting.job_title, description="We need Python.", posting=posting, now=NOW)  # fmt: skip
        assert cv.readings is not None
        assert cv.readings.quantities
        assert cv.readings.skills
        assert job.readings is not None
        assert job.readings.skills
        repo.put_cv(cv)
        repo.put_job(job)
        cv_document, job_document = repo.get_cv_document("alice", "cv-1"), repo.get_job_document("alice", "job-1")
        assert cv_document is not None
        assert CVRecord.model_validate_json(cv_document).readings == cv.readings
        assert job_document is not None
        assert JobRecord.model_validate_json(job_document).readings == job.readings

    def test_cv_is_invisible_to_another_user(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1"))
        assert repo.get_cv("bob", "cv-1") is None
        assert repo.list_cvs("bob") == []
        assert repo.delete_cv("bob", "cv-1") is False
        assert repo.get_cv("alice", "cv-1") is not None

    def test_cv_id_owned_by_another_user_is_not_taken_over(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1"))
        with pytest.raises(StorageError):
            repo.put_cv(make_cv_record("bob", "cv-1"))
        assert repo.cv_owner("cv-1") == "alice"
        assert repo.get_cv("bob", "cv-1") is None

    def test_cv_put_by_its_owner_replaces_it(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1", name="Ada"))
        repo.put_cv(make_cv_record("alice", "cv-1", name="Ada Lovelace"))
        stored = repo.get_cv("alice", "cv-1")
        assert stored is not None
        assert stored.cv.person.name == "Ada Lovelace"
        assert len(repo.list_cvs("alice")) == 1

    def test_cvs_are_listed_oldest_first_and_only_the_owners(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-b", created_at=NOW))
        repo.put_cv(make_cv_record("alice", "cv-a", created_at=NOW + timedelta(seconds=5)))
        repo.put_cv(make_cv_record("alice", "cv-c", created_at=NOW - timedelta(seconds=5)))
        repo.put_cv(make_cv_record("bob", "cv-d"))
        assert [r.cv_id for r in repo.list_cvs("alice")] == ["cv-c", "cv-b", "cv-a"]
        assert [r.cv_id for r in repo.list_cvs("bob")] == ["cv-d"]

    def test_cv_delete(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1"))
        assert repo.delete_cv("alice", "cv-1") is True
        assert repo.delete_cv("alice", "cv-1") is False
        assert repo.get_cv("alice", "cv-1") is None
        assert repo.cv_owner("cv-1") is None

    def test_deleted_cv_id_can_be_used_again(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1"))
        repo.delete_cv("alice", "cv-1")
        repo.put_cv(make_cv_record("bob", "cv-1"))
        assert repo.cv_owner("cv-1") == "bob"

    # ---------------------------------------------------------------- jobs
    def test_job_round_trip_owner_list_delete(self, repo: Repository) -> None:
        record = make_job_record("alice", "job-1")
        repo.put_job(record)
        repo.put_job(make_job_record("alice", "job-2", created_at=NOW + timedelta(seconds=1)))
        assert repo.get_job("alice", "job-1") == record
        assert [r.job_id for r in repo.list_jobs("alice")] == ["job-1", "job-2"]
        assert repo.delete_job("alice", "job-1") is True
        assert repo.delete_job("alice", "job-1") is False
        assert [r.job_id for r in repo.list_jobs("alice")] == ["job-2"]

    def test_job_ids_are_per_user(self, repo: Repository) -> None:
        alices = make_job_record("alice", "job-1")
        repo.put_job(alices)
        assert repo.get_job("bob", "job-1") is None
        assert repo.delete_job("bob", "job-1") is False
        assert repo.list_jobs("bob") == []
        bobs = make_job_record("bob", "job-1", created_at=NOW + timedelta(seconds=1))
        repo.put_job(bobs)  # the same id, another user: a job of bob's own, alice's untouched
        assert repo.get_job("alice", "job-1") == alices
        assert repo.get_job("bob", "job-1") == bobs
        assert repo.delete_job("bob", "job-1") is True
        assert repo.get_job("alice", "job-1") == alices

    def test_companies_named_are_distinct_sorted_and_leave_out_the_asked_job(self, repo: Repository) -> None:
        for job_id, company in (("job-1", "Example Corp"), ("job-2", "Zephyr Ltd"), ("job-3", "Zephyr Ltd")):
            repo.put_job(make_job_record("alice", job_id, company=company))
        repo.put_job(make_job_record("alice", "job-4", company="Acme #1 %s"))
        repo.put_job(make_job_record("bob", "job-5", company="Bob's Own"))
        assert repo.companies_named_by("alice", "job-1", NAMING_ALL) == ["Acme #1 %s", "Zephyr Ltd"]
        assert repo.companies_named_by("alice", "job-2", NAMING_ALL) == ["Acme #1 %s", "Example Corp", "Zephyr Ltd"]
        assert repo.companies_named_by("bob", "job-9", NAMING_ALL) == ["Bob's Own"]
        assert repo.companies_named_by("carol", "job-1", NAMING_ALL) == []

    def test_only_the_companies_a_text_may_name_are_found(self, repo: Repository) -> None:
        for index, company in enumerate(("Example Corp", "Zephyr Ltd", "Northwind Traders", "Ledgerwell Payments")):
            repo.put_job(make_job_record("alice", f"job-{index}", company=company))
        named = company_probes("I admired Zephyr's launch and the Ledger Well team at NT.")
        assert repo.companies_named_by("alice", "job-9", named) == [
            "Ledgerwell Payments",
            "Northwind Traders",
            "Zephyr Ltd",
        ]
        assert repo.companies_named_by("alice", "job-9", company_probes("Dear hiring team")) == []
        assert repo.companies_named_by("alice", "job-9", frozenset()) == []

    def test_a_long_group_and_member_name_is_filed_whole_and_found_by_either_side(self, repo: Repository) -> None:
        # Words of many initials: three names (the whole, the group, the member) with more keys than a transaction.
        group = " ".join(f"{chr(65 + i * 7 % 26)}roup{i}" for i in range(30))
        member = " ".join(f"{chr(65 + i * 11 % 26)}ember{i}" for i in range(30))
        company = f"{group} – {member}"
        assert len(company_index_keys(company)) > 100
        repo.put_job(make_job_record("alice", "job-1", company=company))
        assert repo.companies_named_by("alice", "job-9", company_probes(f"I admire {member}.")) == [company]
        assert repo.companies_named_by("alice", "job-9", company_probes(f"I admire {group}.")) == [company]
        assert repo.companies_named_by("alice", "job-9", company_probes("I admire Member.")) == []

    def test_companies_named_follow_replaced_deleted_and_expired_jobs(self, repo: Repository) -> None:
        repo.put_job(make_job_record("alice", "job-1", company="Example Corp"))
        repo.put_job(make_job_record("alice", "job-2", company="Zephyr Ltd"))
        repo.put_job(make_job_record("alice", "job-2", company="Northwind"))  # the same job, now another company
        assert repo.companies_named_by("alice", "job-1", NAMING_ALL) == ["Northwind"]
        assert repo.delete_job("alice", "job-2") is True
        assert repo.companies_named_by("alice", "job-1", NAMING_ALL) == []
        repo.put_job(make_job_record("alice", "job-3", company="Gone Ltd", created_at=PAST - timedelta(days=90)))
        assert repo.companies_named_by("alice", "job-1", NAMING_ALL) == []
        repo.put_job(make_job_record("alice", "job-4", company="Kept Ltd"))
        repo.delete_user("alice")
        assert repo.companies_named_by("alice", "job-1", NAMING_ALL) == []

    # ---------------------------------------------------------------- letters
    def test_letter_round_trip(self, repo: Repository) -> None:
        record = make_letter("alice", "cv-1", "job-1")
        stored = repo.add_letter(record)
        assert stored == record
        assert repo.get_letter("alice", "cv-1", "job-1") == record
        assert repo.get_letter("alice", "cv-1", "job-1", 1) == record
        assert repo.get_letter("alice", "cv-1", "job-1", 2) is None
        assert repo.get_letter("bob", "cv-1", "job-1") is None
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 1
        assert repo.latest_letter_version("alice", "cv-1", "job-2") == 0

    def test_a_version_is_never_overwritten(self, repo: Repository) -> None:
        first = repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, content="first text"))
        second = repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, content="second text"))
        assert (first.version, second.version) == (1, 2)
        kept = repo.get_letter("alice", "cv-1", "job-1", 1)
        assert kept is not None
        assert kept.content == "first text"
        latest = repo.get_letter("alice", "cv-1", "job-1")
        assert latest is not None
        assert (latest.version, latest.content) == (2, "second text")

    def test_versions_beyond_nine_sort_numerically(self, repo: Repository) -> None:
        for version in range(1, 12):
            repo.add_letter(make_letter("alice", "cv-1", "job-1", version))
        latest = repo.get_letter("alice", "cv-1", "job-1")
        assert latest is not None
        assert latest.version == 11
        assert [r.version for r in repo.list_letters("alice", "cv-1", "job-1")] == list(range(1, 12))

    def test_concurrent_writers_each_get_their_own_version(self, repo: Repository) -> None:
        stored = all_at_once(20, lambda i: repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, content=f"t{i}")))
        assert sorted(r.version for r in stored) == list(range(1, 21))
        texts = {r.version: r.content for r in repo.list_letters("alice", "cv-1", "job-1")}
        assert texts == {r.version: r.content for r in stored}

    def test_list_letters_filters_by_cv_and_job(self, repo: Repository) -> None:
        repo.add_letter(make_letter("alice", "cv-1", "job-1"))
        repo.add_letter(make_letter("alice", "cv-1", "job-2"))
        repo.add_letter(make_letter("alice", "cv-2", "job-1"))
        repo.add_letter(make_letter("bob", "cv-9", "job-9"))
        pairs = lambda records: sorted((r.cv_id, r.job_id) for r in records)  # noqa: E731
        assert pairs(repo.list_letters("alice")) == [("cv-1", "job-1"), ("cv-1", "job-2"), ("cv-2", "job-1")]
        assert pairs(repo.list_letters("alice", cv_id="cv-1")) == [("cv-1", "job-1"), ("cv-1", "job-2")]
        assert pairs(repo.list_letters("alice", job_id="job-1")) == [("cv-1", "job-1"), ("cv-2", "job-1")]
        assert pairs(repo.list_letters("alice", "cv-2", "job-1")) == [("cv-2", "job-1")]
        assert pairs(repo.list_letters("bob")) == [("cv-9", "job-9")]

    def test_letter_fields_survive_storage(self, repo: Repository) -> None:
        record = make_letter("alice", "cv-1", "job-1").model_copy(update={"edited": True, "model_used": "m"})
        repo.add_letter(record)
        stored = repo.get_letter("alice", "cv-1", "job-1")
        assert stored is not None
        assert stored.edited is True
        assert stored.response == {"success": True, "nested": {"version": 1}}
        assert stored.model_dump() == record.model_dump()

    def test_delete_letter_version(self, repo: Repository) -> None:
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 2))
        assert repo.delete_letter_version("bob", "cv-1", "job-1", 2) is False
        assert repo.delete_letter_version("alice", "cv-1", "job-1", 2) is True
        assert repo.delete_letter_version("alice", "cv-1", "job-1", 2) is False
        latest = repo.get_letter("alice", "cv-1", "job-1")
        assert latest is not None
        assert latest.version == 1

    def test_a_deleted_version_number_is_never_given_again(self, repo: Repository) -> None:
        for version in (1, 2, 3):
            repo.add_letter(make_letter("alice", "cv-1", "job-1", version))
        assert repo.delete_letter_version("alice", "cv-1", "job-1", 3) is True
        assert repo.delete_letter_version("alice", "cv-1", "job-1", 2) is True
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 3
        assert repo.add_letter(make_letter("alice", "cv-1", "job-1", 2)).version == 4
        assert repo.get_letter("alice", "cv-1", "job-1", 3) is None
        for version in (1, 4):
            assert repo.delete_letter_version("alice", "cv-1", "job-1", version) is True
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 4  # even with no version left
        assert repo.add_letter(make_letter("alice", "cv-1", "job-1", 1)).version == 5
        assert repo.latest_letter_version("alice", "cv-2", "job-1") == 0  # per letter, not per user

    def test_undoing_an_unseen_newest_version_frees_its_number(self, repo: Repository) -> None:
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 2))
        assert repo.undo_letter_version("alice", "cv-1", "job-1", 2) is True
        assert repo.undo_letter_version("alice", "cv-1", "job-1", 2) is False
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 1
        assert repo.add_letter(make_letter("alice", "cv-1", "job-1", 2)).version == 2

    def test_concurrent_deletes_keep_the_highest_number(self, repo: Repository) -> None:
        for version in range(1, 7):
            repo.add_letter(make_letter("alice", "cv-1", "job-1", version))
        deleted = all_at_once(6, lambda i: repo.delete_letter_version("alice", "cv-1", "job-1", i + 1))
        assert all(deleted)
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 6

    # ---------------------------------------------------------------- expiry
    def test_expired_records_are_never_served(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "old-cv", expires_at=PAST))
        repo.put_job(make_job_record("alice", "old-job", expires_at=PAST))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, expires_at=PAST))
        assert repo.get_cv("alice", "old-cv") is None
        assert repo.cv_owner("old-cv") is None
        assert repo.list_cvs("alice") == []
        assert repo.get_job("alice", "old-job") is None
        assert repo.list_jobs("alice") == []
        assert repo.get_letter("alice", "cv-1", "job-1") is None
        assert repo.get_letter("alice", "cv-1", "job-1", 1) is None
        assert repo.list_letters("alice") == []

    def test_expired_version_still_counts_for_numbering(self, repo: Repository) -> None:
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1, expires_at=PAST))
        assert repo.latest_letter_version("alice", "cv-1", "job-1") == 1
        fresh = repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
        assert fresh.version == 2
        latest = repo.get_letter("alice", "cv-1", "job-1")
        assert latest is not None
        assert latest.version == 2

    def test_latest_skips_an_expired_newer_version(self, repo: Repository) -> None:
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 2, expires_at=PAST))
        latest = repo.get_letter("alice", "cv-1", "job-1")
        assert latest is not None
        assert latest.version == 1

    def test_expired_id_of_another_user_can_be_taken(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1", expires_at=PAST))
        repo.put_cv(make_cv_record("bob", "cv-1"))
        assert repo.cv_owner("cv-1") == "bob"
        assert repo.get_cv("alice", "cv-1") is None

    # ---------------------------------------------------------------- erasure
    def test_delete_user_erases_everything_of_that_user_only(self, repo: Repository) -> None:
        repo.put_cv(make_cv_record("alice", "cv-1"))
        repo.put_job(make_job_record("alice", "job-1"))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 1))
        repo.add_letter(make_letter("alice", "cv-1", "job-1", 2))
        repo.claim_idempotency("alice", "key-1", "hash", NOW)
        repo.put_cv(make_cv_record("bob", "cv-2"))
        repo.add_letter(make_letter("bob", "cv-2", "job-2"))
        assert repo.delete_user("alice") == 4
        assert repo.get_cv("alice", "cv-1") is None
        assert repo.cv_owner("cv-1") is None
        assert repo.get_job("alice", "job-1") is None
        assert repo.list_letters("alice") == []
        assert repo.claim_idempotency("alice", "key-1", "hash", NOW).state is IdempotencyState.NEW
        assert repo.get_cv("bob", "cv-2") is not None
        assert len(repo.list_letters("bob")) == 1
        assert repo.delete_user("alice") == 0

    # ---------------------------------------------------------------- rate limits
    def test_rate_counts_down_and_refuses_when_full(self, repo: Repository) -> None:
        outcomes = [repo.consume_rate("alice", buckets(3, 30, 200)) for _ in range(4)]
        assert [o.allowed for o in outcomes] == [True, True, True, False]
        assert [o.remaining for o in outcomes] == [2, 1, 0, 0]
        assert all(o.limit == 3 for o in outcomes)
        assert outcomes[0].reset_at == MINUTE_START + 60
        assert outcomes[3].retry_after >= 1

    def test_rate_is_all_or_nothing_across_windows(self, repo: Repository) -> None:
        for _ in range(2):
            assert repo.consume_rate("alice", buckets(5, 2, 200)).allowed
        refused = repo.consume_rate("alice", buckets(5, 2, 200))
        assert not refused.allowed
        assert (refused.limit, refused.reset_at) == (2, MINUTE_START + 3600)
        # The refused request was not counted in the minute window: with the hour limit lifted, 3 more fit in it.
        allowed = [repo.consume_rate("alice", buckets(5, 100, 200)).allowed for _ in range(4)]
        assert allowed == [True, True, True, False]

    def test_refusal_reports_the_window_that_frees_up_last(self, repo: Repository) -> None:
        repo.consume_rate("alice", buckets(1, 1, 1))
        refused = repo.consume_rate("alice", buckets(1, 1, 1))
        assert not refused.allowed
        assert refused.reset_at == MINUTE_START + 86_400

    def test_rate_windows_are_separate_per_user_and_per_window_start(self, repo: Repository) -> None:
        assert repo.consume_rate("alice", buckets(1, 10, 10)).allowed
        assert not repo.consume_rate("alice", buckets(1, 10, 10)).allowed
        assert repo.consume_rate("bob", buckets(1, 10, 10)).allowed
        assert repo.consume_rate("alice", buckets(1, 10, 10, start=MINUTE_START + 60)).allowed

    def test_zero_limit_refuses_everything(self, repo: Repository) -> None:
        assert not repo.consume_rate("alice", buckets(0, 10, 10)).allowed

    def test_concurrent_consumers_get_exactly_the_limit(self, repo: Repository) -> None:
        outcomes = all_at_once(20, lambda _: repo.consume_rate("alice", buckets(5, 30, 200)))
        assert sum(o.allowed for o in outcomes) == 5
        assert sorted(o.remaining for o in outcomes if o.allowed) == [0, 1, 2, 3, 4]

    def test_rate_standing_reports_without_counting(self, repo: Repository) -> None:
        fresh = repo.rate_standing("alice", buckets(3, 30, 200))
        assert (fresh.allowed, fresh.limit, fresh.remaining, fresh.reset_at) == (True, 3, 3, MINUTE_START + 60)
        for _ in range(3):
            repo.consume_rate("alice", buckets(3, 30, 200))
        for _ in range(2):  # asking twice changes nothing
            spent = repo.rate_standing("alice", buckets(3, 30, 200))
            assert (spent.allowed, spent.remaining, spent.reset_at) == (False, 0, MINUTE_START + 60)
            assert spent.retry_after >= 1
        assert repo.rate_standing("bob", buckets(3, 30, 200)).remaining == 3
        assert repo.consume_rate("alice", buckets(4, 30, 200)).remaining == 0  # the 4th of 4: nothing was added

    # ---------------------------------------------------------------- idempotency
    def test_idempotency_lifecycle(self, repo: Repository) -> None:
        first = repo.claim_idempotency("alice", "key-1", "hash-a", NOW)
        assert first.state is IdempotencyState.NEW
        waiting = repo.claim_idempotency("alice", "key-1", "hash-a", NOW)
        assert waiting.state is IdempotencyState.IN_PROGRESS
        assert waiting.request_hash == "hash-a"
        body = {"success": True, "cover_letter": {"version": 3, "content": "Dear…"}}
        repo.complete_idempotency("alice", "key-1", 200, json.dumps(body), NOW)
        done = repo.claim_idempotency("alice", "key-1", "hash-b", NOW + timedelta(minutes=1))
        assert done.state is IdempotencyState.DONE
        assert (done.request_hash, done.status_code, done.response) == ("hash-a", 200, body)

    def test_idempotency_keys_are_per_user(self, repo: Repository) -> None:
        assert repo.claim_idempotency("alice", "key-1", "h", NOW).state is IdempotencyState.NEW
        assert repo.claim_idempotency("bob", "key-1", "h", NOW).state is IdempotencyState.NEW

    def test_released_claim_can_be_claimed_again_and_late_completion_stores_nothing(self, repo: Repository) -> None:
        repo.claim_idempotency("alice", "key-1", "h", NOW)
        repo.release_idempotency("alice", "key-1")
        repo.complete_idempotency("alice", "key-1", 200, '{"late": true}', NOW)
        again = repo.claim_idempotency("alice", "key-1", "h", NOW)
        assert again.state is IdempotencyState.NEW
        repo.release_idempotency("alice", "never-claimed")  # releasing nothing is harmless

    def test_a_dead_claim_is_taken_over_after_its_lease(self, repo: Repository) -> None:
        repo.claim_idempotency("alice", "key-1", "h", NOW)
        assert repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(minutes=1)).state is (
            IdempotencyState.IN_PROGRESS
        )
        assert repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(hours=1)).state is IdempotencyState.NEW

    def test_a_stored_response_is_forgotten_after_a_day(self, repo: Repository) -> None:
        repo.claim_idempotency("alice", "key-1", "h", NOW)
        repo.complete_idempotency("alice", "key-1", 200, '{"ok": true}', NOW)
        assert repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(hours=23)).state is IdempotencyState.DONE
        assert repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(hours=25)).state is IdempotencyState.NEW

    def test_exactly_one_of_simultaneous_claimants_wins(self, repo: Repository) -> None:
        claims = all_at_once(12, lambda _: repo.claim_idempotency("alice", "key-1", "h", NOW))
        assert sum(c.state is IdempotencyState.NEW for c in claims) == 1
        assert sum(c.state is IdempotencyState.IN_PROGRESS for c in claims) == 11

    def test_a_claim_names_its_owner_and_a_heartbeat_keeps_it(self, repo: Repository) -> None:
        repo.claim_idempotency("alice", "key-1", "h", NOW, owner="host/1/a")
        seen = repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(minutes=1), owner="host/2/b")
        assert (seen.state, seen.owner, seen.heartbeat_at) == (IdempotencyState.IN_PROGRESS, "host/1/a", NOW)
        repo.heartbeat_idempotency("alice", "key-1", "host/1/a", NOW + timedelta(minutes=9))
        repo.heartbeat_idempotency("alice", "key-1", "host/2/b", NOW + timedelta(minutes=15))  # not the owner
        held = repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(minutes=12), owner="host/2/b")
        assert (held.state, held.heartbeat_at) == (IdempotencyState.IN_PROGRESS, NOW + timedelta(minutes=9))
        lapsed = repo.claim_idempotency("alice", "key-1", "h", NOW + timedelta(minutes=20), owner="host/2/b")
        assert (lapsed.state, lapsed.owner) == (IdempotencyState.NEW, "host/2/b")

    def test_a_gone_owners_claim_is_taken_over_by_exactly_one(self, repo: Repository) -> None:
        repo.claim_idempotency("alice", "key-1", "h", NOW, owner="host/1/gone")
        won = all_at_once(8, lambda i: repo.take_over_idempotency("alice", "key-1", "host/1/gone", f"host/2/r{i}", NOW))
        assert sum(won) == 1
        now_held = repo.claim_idempotency("alice", "key-1", "h", NOW, owner="host/3/late")
        assert now_held.owner == f"host/2/r{won.index(True)}"
        assert repo.take_over_idempotency("alice", "key-1", "host/1/gone", "host/3/late", NOW) is False
        repo.complete_idempotency("alice", "key-1", 200, '{"ok": true}', NOW)
        assert repo.take_over_idempotency("alice", "key-1", now_held.owner, "host/3/late", NOW) is False
        assert repo.take_over_idempotency("alice", "never", "host/1/gone", "host/3/late", NOW) is False

    # ---------------------------------------------------------------- health
    def test_ping(self, repo: Repository) -> None:
        assert repo.ping() is True
