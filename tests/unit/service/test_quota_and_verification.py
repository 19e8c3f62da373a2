"""The quota every door asks (counted or only read, on a real SQLite file and a clock that stands still), and the
check of a letter someone brings, defaulting its target to the posting's company and title."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.ingest import read_cv_file, read_posting
from careervp.logic.service.verification import verify_letter_text
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.records import RateWindow
from careervp.models.results import UserContext

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"
NOW = datetime(2025, 11, 28, 23, 41, 15, tzinfo=UTC)  # 45 s before the minute window resets
TIERS = {"free": {RateWindow.MINUTE: 2, RateWindow.DAY: 10}, "premium": {RateWindow.MINUTE: 3}}
ALICE = UserContext("alice")


class _StillClock:
    def now(self) -> datetime:
        return NOW


def _container(tmp_path: Path, *, limits: str = "on") -> Container:
    return build(Settings(data_dir=tmp_path, rate_limits=limits, rate_limit_tiers=TIERS), clock=_StillClock())


def test_a_charge_counts_until_the_tightest_window_is_full_then_says_how_long_to_wait(tmp_path: Path) -> None:
    quota = _container(tmp_path).quota
    first, second, refused = (quota.charge(ALICE) for _ in range(3))
    assert first is not None
    assert second is not None
    assert refused is not None
    assert (first.allowed, first.headers["X-RateLimit-Remaining"], first.retry_after) == (True, "1", 0)
    assert (second.allowed, second.headers["X-RateLimit-Remaining"]) == (True, "0")
    assert (refused.allowed, refused.limit, refused.retry_after) == (False, 2, 45)
    assert refused.headers == {
        "X-RateLimit-Limit": "2",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int(NOW.timestamp()) + 45),
    }


def test_the_standing_reads_the_quota_without_counting(tmp_path: Path) -> None:
    quota = _container(tmp_path).quota
    assert quota.standing_headers(ALICE)["X-RateLimit-Remaining"] == "2"
    assert quota.standing_headers(ALICE)["X-RateLimit-Remaining"] == "2"
    quota.charge(ALICE)
    assert quota.standing_headers(ALICE)["X-RateLimit-Remaining"] == "1"


def test_each_user_is_charged_by_their_own_tier(tmp_path: Path) -> None:
    quota = _container(tmp_path).quota
    premium = UserContext("bea", tier="premium")
    charged = [quota.charge(premium) for _ in range(4)]
    assert [c.allowed for c in charged if c is not None] == [True, True, True, False]
    assert quota.standing_headers(ALICE)["X-RateLimit-Limit"] == "2"


def test_with_limits_off_nothing_is_counted_or_reported(tmp_path: Path) -> None:
    quota = _container(tmp_path, limits="off").quota
    assert not quota.enabled
    assert quota.charge(ALICE) is None
    assert quota.standing_headers(ALICE) == {}


def _case() -> tuple[CV, JobPosting]:
    cv = read_cv_file(next(p for p in sorted((FIXTURES / "cvs").iterdir()) if p.suffix in {".md", ".json"}))
    posting = read_posting((FIXTURES / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8"))
    return cv, posting


def test_a_brought_letter_is_checked_against_the_postings_company_unless_another_is_given() -> None:
    cv, posting = _case()
    company, title = posting.company_name, posting.job_title
    letter = f"Dear {company} team,\n\nI am applying for the {title} role at {company}."
    checked = verify_letter_text(letter, cv=cv, posting=posting)
    assert checked.company_name_verified
    assert checked.job_title_verified
    elsewhere = verify_letter_text(letter, cv=cv, posting=posting, company_name="Northwind Traders")
    assert not elsewhere.company_name_verified
    assert not elsewhere.is_valid
