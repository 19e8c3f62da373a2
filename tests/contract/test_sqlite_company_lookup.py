"""The SQLite lookup of the companies a letter may name, from either side: reading the user's few filed keys and
matching them here gives what looking up every probe gives (`LOOKUP`), for users with fewer keys than the text has
probes and with more, with jobs expired, at the same company twice, and the job asked about left out; and the rows
a letter judged where it was written looks them up in give what the store's lookup gives."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.dal import sqlite_companies
from careervp.dal.sqlite import SqliteRepository
from careervp.logic.service.stages import KnownCompanies, OtherCompanies
from careervp.logic.service.versions import other_applications
from careervp.models.api import CoverLetterCreate
from careervp.vocabulary.companies import company_probes
from contract.repository_contract import NOW, make_job_record

_COMPANIES = ("Zephyr Ltd", "Ledgerwell Payments", "Northwind Traders", "NT Group", "Acme #1 %s", "Bob's Own",
              "Harbour Holdings", "Harbour Services")  # fmt: skip
_WORDS = ("Zephyr", "Ledger", "Well", "Ledgerwell", "Northwind", "NT", "Acme", "Harbour", "team", "I", "admire",
          "the", "Services", "Group", "Bob's")  # fmt: skip


_examples = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_stores_and_letters = given(
    jobs=st.lists(st.tuples(st.sampled_from(("alice", "bob")), st.sampled_from(_COMPANIES), st.booleans()), max_size=8),
    words=st.lists(st.sampled_from(_WORDS), max_size=8),
    asked=st.integers(min_value=0, max_value=8),
)
"""Jobs of two users at companies (some expired, some twice), a letter's words, and the job asked about."""


def _stored(tmp_path: Path, jobs: list[tuple[str, str, bool]]) -> SqliteRepository:
    repo = SqliteRepository(tmp_path / f"lookup-{len(list(tmp_path.iterdir()))}.sqlite3")
    for index, (user, company, expired) in enumerate(jobs):
        expires = NOW - timedelta(days=1) if expired else None
        repo.put_job(make_job_record(user, f"job-{index}", company=company, expires_at=expires))
    return repo


@_examples
@_stores_and_letters
def test_either_side_finds_the_same_companies(
    tmp_path: Path, jobs: list[tuple[str, str, bool]], words: list[str], asked: int
) -> None:
    repo = _stored(tmp_path, jobs)
    now = repo._now_epoch()
    db = repo._connection()
    for probes in (company_probes(" ".join(words)), frozenset(words[:1]), frozenset()):
        for user in ("alice", "bob", "carol"):
            params = sqlite_companies.lookup_params(user, f"job-{asked}", probes, now)
            by_probe = [row[0] for row in db.execute(sqlite_companies.LOOKUP, params)]
            assert sqlite_companies.companies_named_by(db, user, f"job-{asked}", probes, now) == by_probe
            assert sqlite_companies.companies_named_by(db, user, f"job-{asked}", sorted(probes), now) == by_probe
    repo.close()


@_examples
@_stores_and_letters
def test_the_companies_filed_answer_every_lookup_as_the_store_does(
    tmp_path: Path, jobs: list[tuple[str, str, bool]], words: list[str], asked: int
) -> None:
    """A letter judged where it was written looks its companies up in the user's filed rows (`KnownCompanies`):
    the same companies, target left out, as the store's lookup by the letter's probes."""
    repo = _stored(tmp_path, jobs)
    request = CoverLetterCreate(cv_id="cv", job_id=f"job-{asked}", company_name="Zephyr Ltd", job_title="Analyst")
    for user in ("alice", "bob", "carol"):
        known = KnownCompanies.in_store(repo, user, request)
        assert known is not None
        for probes in (company_probes(" ".join(words)), frozenset(words[:1]), frozenset()):
            stored = other_applications(repo.companies_named_by(user, request.job_id, probes), request.company_name)
            assert known.named_by(probes) == OtherCompanies(probes, tuple(stored))
    repo.close()


def test_a_user_with_more_keys_than_the_limit_is_looked_up_in_the_store(tmp_path: Path) -> None:
    repo = SqliteRepository(tmp_path / "many.sqlite3")
    for index, company in enumerate(_COMPANIES):
        repo.put_job(make_job_record("alice", f"job-{index}", company=company))
    filed = repo.companies_filed("alice", "job-0", 1_000)
    assert filed is not None
    assert len(filed) > 3
    assert repo.companies_filed("alice", "job-0", 3) is None
    assert repo.companies_filed("carol", "job-0", 0) == ()
    repo.close()
