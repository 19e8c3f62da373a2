"""SQLite adapter of the Repository port: the embedded default, one file in the data dir.

- WAL, so readers never wait for the writer, and `BEGIN IMMEDIATE` for every read-modify-write (rate counters,
  idempotency claims, letter versions): SQLite then admits one writer at a time, which is what makes "count one
  request in every window or in none" and "exactly one claimant" atomic across threads and processes.
- One connection per thread (sqlite3 connections are not shared); the busy timeout makes a writer wait, not fail.
- Records are stored as their JSON next to the few columns that are queried, so a model change needs no migration.
- CV ids are minted by the server and global, as in the DynamoDB adapter: an id owned by another (unexpired) user is
  never taken, which is what lets the service tell FORBIDDEN from NOT_FOUND. Job ids may be chosen by clients, so
  they are scoped to their owner: another user's use of the same id is invisible.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from careervp.dal import sqlite_companies, sqlite_idempotency, sqlite_quota, sqlite_schema
from careervp.dal.private import private_dir, private_file
from careervp.logic.ports import StorageError, VersionConflict
from careervp.models.records import CVRecord, IdempotencyClaim, JobRecord, LetterRecord, RateBucket, RateOutcome

R = TypeVar("R", bound=BaseModel)

MAX_VERSION_ATTEMPTS = 20
BUSY_TIMEOUT_S = 30.0


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


class SqliteRepository:
    """The Repository port on one SQLite file. Every method raises StorageError on any database failure."""

    def __init__(self, path: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self._path = Path(path)
        self._now = now or (lambda: datetime.now(UTC))
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            private_dir(self._path.parent)
            private_file(self._path)  # SQLite gives its -wal and -shm files the database file's mode
        except OSError as error:
            raise StorageError(f"open failed: {error}") from error
        with self._errors("open"):
            connection = self._connection()
            connection.execute("PRAGMA journal_mode=WAL")
        with self._write("open") as db:
            sqlite_schema.prepare(db)

    @property
    def path(self) -> Path:
        return self._path

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE itself.
            connection = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    @contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        try:
            yield
        except StorageError:
            raise
        except (sqlite3.Error, ValidationError, ValueError) as error:
            raise StorageError(f"{operation} failed: {error}") from error

    @contextmanager
    def _write(self, operation: str) -> Iterator[sqlite3.Connection]:
        """One write transaction, holding SQLite's single writer lock from the first statement."""
        with self._errors(operation):
            connection = self._connection()
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def _read(self, operation: str, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        with self._errors(operation):
            rows: list[sqlite3.Row] = self._connection().execute(sql, params).fetchall()
            return rows

    def _now_epoch(self) -> float:
        return _epoch(self._now())

    @staticmethod
    def _parse(model: type[R], rows: list[Any]) -> list[R]:
        return [model.model_validate_json(row[0]) for row in rows]

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                with suppress(sqlite3.Error):
                    connection.close()
            self._connections.clear()
        self._local = threading.local()

    def ping(self) -> bool:
        try:
            self._connection().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def purge_expired(self) -> int:
        """Delete what has expired (the 90-day retention). Reads already hide it; this frees the space."""
        now = self._now_epoch()
        with self._write("purge_expired") as db:
            removed = 0
            for table in ("cvs", "jobs", "letters", "rate_counters", "idempotency"):
                removed += db.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (now,)).rowcount  # noqa: S608
            sqlite_companies.purge(db)
            return removed

    def _put_owned(self, table: str, id_column: str, record_id: str, record: CVRecord) -> None:
        with self._write(f"put_{table}") as db:
            cursor = db.execute(
                f"INSERT INTO {table} ({id_column}, user_id, created_at, expires_at, body) VALUES (?, ?, ?, ?, ?) "  # noqa: S608
                f"ON CONFLICT ({id_column}) DO UPDATE SET user_id = excluded.user_id, created_at = excluded.created_at,"
                " expires_at = excluded.expires_at, body = excluded.body"
                f" WHERE {table}.user_id = excluded.user_id OR {table}.expires_at <= ?",
                (
                    record_id,
                    record.user_id,
                    _epoch(record.created_at),
                    _epoch(record.expires_at),
                    record.model_dump_json(),
                    self._now_epoch(),
                ),
            )
            if cursor.rowcount == 0:
                raise StorageError(f"{table[:-1]} id {record_id!r} belongs to another user")

    def _document(self, table: str, id_column: str, user_id: str, record_id: str) -> str | None:
        rows = self._read(
            f"get_{table}",
            f"SELECT body FROM {table} WHERE {id_column} = ? AND user_id = ? AND expires_at > ?",  # noqa: S608
            (record_id, user_id, self._now_epoch()),
        )
        return str(rows[0][0]) if rows else None

    def _owner(self, table: str, id_column: str, record_id: str) -> str | None:
        rows = self._read(
            f"{table}_owner",
            f"SELECT user_id FROM {table} WHERE {id_column} = ? AND expires_at > ?",  # noqa: S608
            (record_id, self._now_epoch()),
        )
        return str(rows[0][0]) if rows else None

    def _list_owned(self, table: str, id_column: str, user_id: str) -> list[Any]:
        return self._read(
            f"list_{table}",
            f"SELECT body FROM {table} WHERE user_id = ? AND expires_at > ? ORDER BY created_at, {id_column}",  # noqa: S608
            (user_id, self._now_epoch()),
        )

    def _delete_owned(self, table: str, id_column: str, user_id: str, record_id: str) -> bool:
        with self._write(f"delete_{table}") as db:
            cursor = db.execute(f"DELETE FROM {table} WHERE {id_column} = ? AND user_id = ?", (record_id, user_id))  # noqa: S608
            return cursor.rowcount > 0

    def put_cv(self, record: CVRecord) -> None:
        self._put_owned("cvs", "cv_id", record.cv_id, record)

    def get_cv(self, user_id: str, cv_id: str) -> CVRecord | None:
        document = self.get_cv_document(user_id, cv_id)
        with self._errors("get_cv"):
            return None if document is None else CVRecord.model_validate_json(document)

    def get_cv_document(self, user_id: str, cv_id: str) -> str | None:
        return self._document("cvs", "cv_id", user_id, cv_id)

    def cv_owner(self, cv_id: str) -> str | None:
        return self._owner("cvs", "cv_id", cv_id)

    def list_cvs(self, user_id: str) -> list[CVRecord]:
        with self._errors("list_cvs"):
            return self._parse(CVRecord, self._list_owned("cvs", "cv_id", user_id))

    def delete_cv(self, user_id: str, cv_id: str) -> bool:
        return self._delete_owned("cvs", "cv_id", user_id, cv_id)

    def put_job(self, record: JobRecord) -> None:
        with self._write("put_jobs") as db:
            created, expires = _epoch(record.created_at), _epoch(record.expires_at)
            db.execute(
                "INSERT OR REPLACE INTO jobs (user_id, job_id, created_at, expires_at, body, company_name)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (record.user_id, record.job_id, created, expires, record.model_dump_json(), record.company_name),
            )
            sqlite_companies.file_company(db, record.user_id, record.company_name)

    def get_job(self, user_id: str, job_id: str) -> JobRecord | None:
        document = self.get_job_document(user_id, job_id)
        with self._errors("get_job"):
            return None if document is None else JobRecord.model_validate_json(document)

    def get_job_document(self, user_id: str, job_id: str) -> str | None:
        return self._document("jobs", "job_id", user_id, job_id)

    def list_jobs(self, user_id: str) -> list[JobRecord]:
        with self._errors("list_jobs"):
            return self._parse(JobRecord, self._list_owned("jobs", "job_id", user_id))

    def delete_job(self, user_id: str, job_id: str) -> bool:
        return self._delete_owned("jobs", "job_id", user_id, job_id)

    def companies_named_by(self, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
        with self._errors("companies_named_by"):
            return sqlite_companies.companies_named_by(self._connection(), user_id, job_id, probes, self._now_epoch())

    def companies_filed(self, user_id: str, job_id: str, limit: int) -> tuple[tuple[str, str], ...] | None:
        with self._errors("companies_filed"):
            return sqlite_companies.companies_filed(self._connection(), user_id, job_id, limit, self._now_epoch())

    def add_letter(self, record: LetterRecord) -> LetterRecord:
        """Insert under the UNIQUE primary key; a taken (or once-used) number moves on to the next free one."""
        with self._write("add_letter") as db:
            ids = (record.user_id, record.cv_id, record.job_id)
            row = db.execute(
                "SELECT last_version FROM letter_series WHERE user_id = ? AND cv_id = ? AND job_id = ?", ids
            ).fetchone()
            version = max(record.version, (row[0] if row else 0) + 1)
            for _ in range(MAX_VERSION_ATTEMPTS):
                stored = record.model_copy(update={"version": version})
                try:
                    db.execute(
                        "INSERT INTO letters (user_id, cv_id, job_id, version, created_at, expires_at, body)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (*ids, version, _epoch(stored.created_at), _epoch(stored.expires_at), stored.model_dump_json()),
                    )
                except sqlite3.IntegrityError:
                    version += 1
                    continue
                db.execute(
                    "INSERT INTO letter_series (user_id, cv_id, job_id, last_version) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (user_id, cv_id, job_id) DO UPDATE SET"
                    " last_version = max(last_version, excluded.last_version)",
                    (*ids, version),
                )
                return stored
            raise VersionConflict(f"no free letter version after {MAX_VERSION_ATTEMPTS} attempts")

    def latest_letter_version(self, user_id: str, cv_id: str, job_id: str) -> int:
        rows = self._read(
            "latest_letter_version",
            "SELECT max(coalesce((SELECT last_version FROM letter_series WHERE user_id = ?1 AND cv_id = ?2"
            " AND job_id = ?3), 0), coalesce((SELECT max(version) FROM letters WHERE user_id = ?1 AND cv_id = ?2"
            " AND job_id = ?3), 0))",
            (user_id, cv_id, job_id),
        )
        return int(rows[0][0])

    def get_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None = None) -> LetterRecord | None:
        sql = "SELECT body FROM letters WHERE user_id = ? AND cv_id = ? AND job_id = ? AND expires_at > ?"
        params: tuple[Any, ...] = (user_id, cv_id, job_id, self._now_epoch())
        if version is not None:
            sql += " AND version = ?"
            params = (*params, version)
        rows = self._read("get_letter", sql + " ORDER BY version DESC LIMIT 1", params)
        with self._errors("get_letter"):
            records = self._parse(LetterRecord, rows)
        return records[0] if records else None

    def list_letters(self, user_id: str, cv_id: str | None = None, job_id: str | None = None) -> list[LetterRecord]:
        sql = "SELECT body FROM letters WHERE user_id = ? AND expires_at > ?"
        params: tuple[Any, ...] = (user_id, self._now_epoch())
        if cv_id is not None:
            sql, params = sql + " AND cv_id = ?", (*params, cv_id)
        if job_id is not None:
            sql, params = sql + " AND job_id = ?", (*params, job_id)
        rows = self._read("list_letters", sql + " ORDER BY created_at, cv_id, job_id, version", params)
        with self._errors("list_letters"):
            return self._parse(LetterRecord, rows)

    def delete_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Delete one version; `letter_series` keeps its number taken, so no later version is ever reachable through
        an old link to this one."""
        with self._write("delete_letter_version") as db:
            cursor = db.execute(
                "DELETE FROM letters WHERE user_id = ? AND cv_id = ? AND job_id = ? AND version = ?",
                (user_id, cv_id, job_id, version),
            )
            return cursor.rowcount > 0

    def undo_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Delete a version nobody has seen; when it was the newest, its number is free again."""
        ids = (user_id, cv_id, job_id)
        with self._write("undo_letter_version") as db:
            cursor = db.execute(
                "DELETE FROM letters WHERE user_id = ? AND cv_id = ? AND job_id = ? AND version = ?", (*ids, version)
            )
            if cursor.rowcount == 0:
                return False
            row = db.execute(
                "SELECT max(version) FROM letters WHERE user_id = ? AND cv_id = ? AND job_id = ?", ids
            ).fetchone()
            remaining = int(row[0]) if row and row[0] is not None else 0
            if remaining:
                db.execute(
                    "UPDATE letter_series SET last_version = ? WHERE user_id = ? AND cv_id = ? AND job_id = ?"
                    " AND last_version = ?",
                    (remaining, *ids, version),
                )
            else:
                db.execute(
                    "DELETE FROM letter_series WHERE user_id = ? AND cv_id = ? AND job_id = ? AND last_version = ?",
                    (*ids, version),
                )
            return True

    def delete_user(self, user_id: str) -> int:
        """Erase the user's CVs, jobs, letters, version series and idempotency records (which hold letters); return
        how many CVs, jobs and letter versions went. Rate counters stay until their window ends, so erasing an account
        is not a way to reset a quota."""
        with self._write("delete_user") as db:
            erased = 0
            for table in ("cvs", "jobs", "letters"):
                erased += db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,)).rowcount  # noqa: S608
            db.execute("DELETE FROM letter_series WHERE user_id = ?", (user_id,))
            db.execute("DELETE FROM idempotency WHERE user_id = ?", (user_id,))
            db.execute("DELETE FROM company_keys WHERE user_id = ?", (user_id,))
            return erased

    def revoke_tokens(self, user_id: str, before: datetime) -> None:
        with self._write("revoke_tokens") as db:
            db.execute(
                "INSERT INTO token_revocations (user_id, revoked_before) VALUES (?, ?) ON CONFLICT (user_id)"
                " DO UPDATE SET revoked_before = max(revoked_before, excluded.revoked_before)",
                (user_id, _epoch(before)),
            )

    def tokens_revoked_before(self, user_id: str) -> datetime | None:
        rows = self._read(
            "tokens_revoked_before", "SELECT revoked_before FROM token_revocations WHERE user_id = ?", (user_id,)
        )
        return datetime.fromtimestamp(float(rows[0][0]), UTC) if rows else None

    def consume_rate(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        with self._write("consume_rate") as db:
            return sqlite_quota.consume(db, user_id, buckets, int(self._now_epoch()))

    def rate_standing(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        with self._errors("rate_standing"):
            return sqlite_quota.standing(self._connection(), user_id, buckets, int(self._now_epoch()))

    def claim_idempotency(
        self, user_id: str, key: str, request_hash: str, now: datetime, owner: str = ""
    ) -> IdempotencyClaim:
        with self._write("claim_idempotency") as db:
            return sqlite_idempotency.claim(db, user_id, key, request_hash, now, owner)

    def heartbeat_idempotency(self, user_id: str, key: str, owner: str, now: datetime) -> None:
        with self._write("heartbeat_idempotency") as db:
            sqlite_idempotency.heartbeat(db, user_id, key, owner, now)

    def take_over_idempotency(self, user_id: str, key: str, previous_owner: str, owner: str, now: datetime) -> bool:
        with self._write("take_over_idempotency") as db:
            return sqlite_idempotency.take_over(db, user_id, key, previous_owner, owner, now)

    def complete_idempotency(self, user_id: str, key: str, status_code: int, response: str, now: datetime) -> None:
        with self._write("complete_idempotency") as db:
            sqlite_idempotency.complete(db, user_id, key, status_code, response, now)

    def release_idempotency(self, user_id: str, key: str) -> None:
        with self._write("release_idempotency") as db:
            db.execute("DELETE FROM idempotency WHERE user_id = ? AND key = ?", (user_id, key))

    def in_progress_claims(self) -> list[tuple[str, str, IdempotencyClaim]]:
        """Unfinished claims of every user (start-up looks for those a crashed process left behind)."""
        with self._write("in_progress_claims") as db:
            return sqlite_idempotency.in_progress(db, self._now())
