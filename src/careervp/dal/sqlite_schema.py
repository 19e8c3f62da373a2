"""The SQLite file's tables, and the steps that bring a file written by an older release up to date.

`prepare` runs at every open, inside one write transaction, so two processes opening an old file at once migrate it
once. Every step checks the file's current shape first, which makes it safe to run again.
"""

from __future__ import annotations

import sqlite3

from careervp.dal import sqlite_companies

SCHEMA = """
CREATE TABLE IF NOT EXISTS cvs (
    cv_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL,
    body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS cvs_by_user ON cvs (user_id, created_at);
-- Job ids are chosen by clients, so they are scoped to their owner: two users may both use "acme-1".
-- `company_name` is a column of its own so the contamination check of every generation reads the user's companies
-- from an index instead of every posting.
CREATE TABLE IF NOT EXISTS jobs (
    user_id TEXT NOT NULL, job_id TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL,
    body TEXT NOT NULL, company_name TEXT NOT NULL DEFAULT '', PRIMARY KEY (user_id, job_id));
CREATE INDEX IF NOT EXISTS jobs_by_user ON jobs (user_id, created_at);
CREATE INDEX IF NOT EXISTS jobs_by_company ON jobs (user_id, company_name, expires_at, job_id);
CREATE TABLE IF NOT EXISTS letters (
    user_id TEXT NOT NULL, cv_id TEXT NOT NULL, job_id TEXT NOT NULL, version INTEGER NOT NULL,
    created_at REAL NOT NULL, expires_at REAL NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (user_id, cv_id, job_id, version));
-- The highest version ever stored per letter, so a number is never reused after its row is deleted or purged.
CREATE TABLE IF NOT EXISTS letter_series (
    user_id TEXT NOT NULL, cv_id TEXT NOT NULL, job_id TEXT NOT NULL, last_version INTEGER NOT NULL,
    PRIMARY KEY (user_id, cv_id, job_id));
CREATE TABLE IF NOT EXISTS rate_counters (
    user_id TEXT NOT NULL, rate_window TEXT NOT NULL, window_start INTEGER NOT NULL, hits INTEGER NOT NULL,
    expires_at INTEGER NOT NULL, PRIMARY KEY (user_id, rate_window, window_start));
-- Tokens issued before this moment are refused (DELETE /api/me): kept apart from the user's data, which is erased.
CREATE TABLE IF NOT EXISTS token_revocations (user_id TEXT PRIMARY KEY, revoked_before REAL NOT NULL);
-- `owner` names the process holding an in-progress claim and `heartbeat_at` when it last said it was alive,
-- so a claim left by a crashed process is recognised and resolved.
CREATE TABLE IF NOT EXISTS idempotency (
    user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, state TEXT NOT NULL,
    status_code INTEGER, response TEXT, claimed_at REAL NOT NULL, expires_at REAL NOT NULL,
    owner TEXT NOT NULL DEFAULT '', heartbeat_at REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, key));
"""


def prepare(db: sqlite3.Connection) -> None:
    """Bring an older file up to date, then create whatever is missing. Call inside a write transaction."""
    _scope_job_ids_per_user(db)
    _add_job_company(db)
    _add_claim_owner(db)
    _create_missing(db)
    sqlite_companies.prepare(db)


def _create_missing(db: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the caller's transaction first.
    lines = [line for line in SCHEMA.splitlines() if not line.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            db.execute(statement)


def _primary_key(db: sqlite3.Connection, table: str) -> list[str]:
    rows = db.execute(f"PRAGMA table_info({table})").fetchall()
    return [str(row[1]) for row in sorted((r for r in rows if r[5]), key=lambda r: int(r[5]))]


def _scope_job_ids_per_user(db: sqlite3.Connection) -> None:
    """Files from before job ids were per user keyed `jobs` by job_id alone: rebuild the table with the new key."""
    if _primary_key(db, "jobs") != ["job_id"]:
        return
    db.execute("ALTER TABLE jobs RENAME TO jobs_global_ids")
    db.execute("DROP INDEX IF EXISTS jobs_by_user")
    _create_missing(db)
    db.execute(
        "INSERT INTO jobs (user_id, job_id, created_at, expires_at, body, company_name)"  # noqa: S608
        f" SELECT user_id, job_id, created_at, expires_at, body, {_COMPANY_FROM_BODY} FROM jobs_global_ids"
    )
    db.execute("DROP TABLE jobs_global_ids")


_COMPANY_FROM_BODY = "coalesce(json_extract(body, '$.company_name'), '')"


def _add_job_company(db: sqlite3.Connection) -> None:
    """Files from before the company column: add it, filled from each stored posting."""
    columns = {str(row[1]) for row in db.execute("PRAGMA table_info(jobs)").fetchall()}
    if not columns or "company_name" in columns:
        return
    db.execute("ALTER TABLE jobs ADD COLUMN company_name TEXT NOT NULL DEFAULT ''")
    db.execute(f"UPDATE jobs SET company_name = {_COMPANY_FROM_BODY}")  # noqa: S608 - a constant expression


def _add_claim_owner(db: sqlite3.Connection) -> None:
    columns = {str(row[1]) for row in db.execute("PRAGMA table_info(idempotency)").fetchall()}
    if not columns or "owner" in columns:
        return
    db.execute("ALTER TABLE idempotency ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE idempotency ADD COLUMN heartbeat_at REAL NOT NULL DEFAULT 0")
