"""The idempotency records the door's coordinator keeps through the claims service, on a real SQLite file and a
clock that stands still; and the account-erasure cut-off and store ping the shared dependencies ask the library."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.dal.sqlite import SqliteRepository
from careervp.logic.service.claims import IdempotencyClaims
from careervp.models.records import IdempotencyState

NOW = datetime.now(UTC).replace(microsecond=0)  # the store reads its own clock for the lease


class _StillClock:
    def now(self) -> datetime:
        return NOW


class _UnlistedStore(SqliteRepository):
    """A store whose claims cannot be listed whole, as a shared cloud table's are not."""

    in_progress_claims = None  # type: ignore[assignment]


def test_a_claim_is_won_once_then_completed_and_answered(tmp_path: Path) -> None:
    claims = IdempotencyClaims(SqliteRepository(tmp_path / "db.sqlite3"), _StillClock())
    assert claims.claim("u", "k", "h", owner="me").state is IdempotencyState.NEW
    assert claims.claim("u", "k", "h", owner="other").state is IdempotencyState.IN_PROGRESS
    assert [(user, key) for user, key, _ in claims.unfinished()] == [("u", "k")]
    claims.complete("u", "k", 200, '{"success": true}')
    done = claims.claim("u", "k", "h", owner="other")
    assert (done.state, done.status_code, done.response) == (IdempotencyState.DONE, 200, {"success": True})
    assert claims.unfinished() == []


def test_a_store_that_cannot_be_listed_has_no_unfinished_claims_to_sweep(tmp_path: Path) -> None:
    claims = IdempotencyClaims(_UnlistedStore(tmp_path / "db.sqlite3"), _StillClock())
    claims.claim("u", "k", "h", owner="me")
    assert claims.unfinished() == []
    assert claims.stored_answer("u", "k") is None


def test_the_container_wires_claims_to_the_letters_stored_under_a_key(tmp_path: Path) -> None:
    container = build(Settings(data_dir=tmp_path), clock=_StillClock())
    assert container.claims.stored_answer("u", "key#never-used") is None
    assert container.library.storage_answers()


def test_the_library_reports_when_an_account_was_erased(tmp_path: Path) -> None:
    library = build(Settings(data_dir=tmp_path), clock=_StillClock()).library
    assert library.tokens_revoked_before("alice") is None
    library.delete_account("alice")
    assert library.tokens_revoked_before("alice") == NOW
